import { relative } from 'node:path';
import { NodeFileSystem } from 'langium/node';
import type { Diagnostic } from 'vscode-languageserver';
import { createBcytServices } from '../../language-server/src/bcyt-module.js';
import { setMessageLanguage, type MessageLanguage } from '../../language-server/src/validation/diagnostic-codes.js';
import { loadFiles, type UnreadableFile } from '../../language-server/src/workspace/headless.js';

export interface CheckOptions {
    readonly format: 'text' | 'json';
    readonly lang: MessageLanguage;
}

export interface FileDiagnostic {
    readonly file: string;
    readonly range: Diagnostic['range'];
    readonly severity: 'error' | 'warning' | 'information' | 'hint';
    readonly code: string;
    readonly message: string;
}

const SEVERITIES = ['error', 'error', 'warning', 'information', 'hint'] as const;

/** Checks files and folders; returns the diagnostics of the files asked for, in file order. */
export async function checkFiles(inputs: string[], lang: MessageLanguage): Promise<{ diagnostics: FileDiagnostic[]; unreadable: UnreadableFile[] }> {
    setMessageLanguage(lang);
    const { Bcyt } = createBcytServices(NodeFileSystem, { production: true });
    const { documents, unreadable } = await loadFiles(Bcyt, inputs);
    const diagnostics: FileDiagnostic[] = [];
    for (const document of documents) {
        const file = relative(process.cwd(), document.uri.fsPath) || document.uri.fsPath;
        const sorted = [...(document.diagnostics ?? [])].sort((a, b) =>
            a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
        for (const d of sorted) {
            diagnostics.push({
                file, range: d.range, severity: SEVERITIES[d.severity ?? 1],
                code: String(d.code ?? 'syntax-error'), message: typeof d.message === 'string' ? d.message : d.message.value,
            });
        }
    }
    return { diagnostics, unreadable };
}

export async function runCheck(inputs: string[], options: CheckOptions): Promise<number> {
    const { diagnostics, unreadable } = await checkFiles(inputs, options.lang);
    for (const { path, reason } of unreadable) {
        const shown = relative(process.cwd(), path) || path;
        process.stderr.write(options.lang === 'vi' ? `bcyt: không đọc được ${shown}: ${reason.vi}\n` : `bcyt: cannot read ${shown}: ${reason.en}\n`);
    }
    if (options.format === 'json') {
        process.stdout.write(`${JSON.stringify({ diagnostics }, null, 2)}\n`);
    } else {
        for (const d of diagnostics) {
            process.stdout.write(`${d.file}:${d.range.start.line + 1}:${d.range.start.character + 1} ${d.severity} ${d.code} ${d.message}\n`);
        }
    }
    if (unreadable.length) return 2;
    return diagnostics.some(d => d.severity === 'error') ? 1 : 0;
}
