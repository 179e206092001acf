import { readFileSync } from 'node:fs';
import * as vscode from 'vscode';

let vietnamese: Record<string, string> = {};

/** Loads the Vietnamese bundle once, for when VS Code's own language is not Vietnamese. */
export function initI18n(context: vscode.ExtensionContext): void {
    try {
        vietnamese = JSON.parse(readFileSync(vscode.Uri.joinPath(context.extensionUri, 'l10n', 'bundle.l10n.vi.json').fsPath, 'utf8'));
    } catch {
        vietnamese = {};
    }
}

/** `bcyt.language`: the language of everything BCYT says, diagnostics and notifications alike. */
export function bcytLanguage(): 'vi' | 'en' {
    return vscode.workspace.getConfiguration('bcyt').get('language') === 'en' ? 'en' : 'vi';
}

/**
 * A UI text in the user's BCYT language. When it is also VS Code's display language this is
 * plain vscode.l10n (which reads l10n/bundle.l10n.<lang>.json); otherwise the bundle is read
 * directly, so a Vietnamese user of an English VS Code still gets Vietnamese by default.
 */
export function t(message: string, ...args: Array<string | number>): string {
    const wanted = bcytLanguage();
    if (vscode.env.language.toLowerCase().startsWith(wanted)) return vscode.l10n.t(message, ...args);
    const template = wanted === 'vi' ? vietnamese[message] ?? message : message;
    return template.replace(/\{(\d+)\}/g, (whole, index: string) => String(args[Number(index)] ?? whole));
}
