import { existsSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node.js';
import { IMPORT_REQUEST, type ImportParams, type ImportResult } from '../server/protocol.js';
import { bcytLanguage, t } from './i18n.js';

/** `bao-cao.docx` → `bao-cao.bcyt` beside it, or `bao-cao-2.bcyt` … when that exists: nothing is overwritten. */
export function freeDraftPath(source: string): string {
    const base = join(dirname(source), basename(source, extname(source)));
    let path = `${base}.bcyt`;
    for (let n = 2; existsSync(path); n++) path = `${base}-${n}.bcyt`;
    return path;
}

/**
 * `bcyt.importDocument` ("BCYT: Import a document…"): a Word, text or Markdown document (from
 * the explorer, or chosen in a dialog) becomes a .bcyt draft, written by the server (which
 * matches it against the workspace's catalogs) and opened beside the editor.
 */
export async function importDocument(client: () => Promise<LanguageClient>, target?: vscode.Uri): Promise<ImportResult | undefined> {
    let uri = target instanceof vscode.Uri ? target : undefined;
    if (!uri) {
        const picked = await vscode.window.showOpenDialog({
            canSelectMany: false, openLabel: t('Import'),
            filters: { [t('Word, text or Markdown')]: ['docx', 'txt', 'md'] },
        });
        uri = picked?.[0];
    }
    if (!uri) return undefined;
    if (uri.scheme !== 'file') {
        void vscode.window.showWarningMessage(t('Only a file on this computer can be imported.'));
        return undefined;
    }
    const params: ImportParams = { source: uri.fsPath, output: freeDraftPath(uri.fsPath) };
    const result = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: t('BCYT: importing {0}…', basename(uri.fsPath)) },
        async () => (await client()).sendRequest<ImportResult>(IMPORT_REQUEST, params));
    if (result.status === 'failed') {
        void vscode.window.showErrorMessage(t('Import failed: {0}', bcytLanguage() === 'en' ? result.messageEn : result.message));
        return result;
    }
    await vscode.window.showTextDocument(vscode.Uri.file(result.output), { viewColumn: vscode.ViewColumn.Beside });
    void vscode.window.showInformationMessage(t('Imported {0} → {1}: {2} figures as checked claims, {3} citations, {4} new indicators. Read the draft over before using it.',
        basename(uri.fsPath), basename(result.output), result.claims, result.citations, result.indicators));
    return result;
}
