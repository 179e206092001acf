import { basename, dirname } from 'node:path';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node.js';
import {
    DATA_IMPORT_REQUEST, DATA_SHEETS_REQUEST,
    type DataImportParams, type DataImportResult, type DataSheetsParams, type DataSheetsResult,
} from '../server/protocol.js';
import { bcytLanguage, t } from './i18n.js';

const SCHEME = 'bcyt-data-import';

/** What a keybinding, another extension or a test may give instead of asking. */
export interface ImportDataOptions {
    readonly input?: vscode.Uri;
    readonly sheet?: string;
}

export type ImportDataOutcome =
    | { readonly status: 'applied' | 'unchanged'; readonly summary: string }
    | { readonly status: 'cancelled' }
    | { readonly status: 'failed'; readonly problems: readonly string[] };

/**
 * `bcyt.importData` ("BCYT: Import data…"): figures from a workbook, a CSV or a DHIS2 data value
 * set into the data blocks of a .bcyt document. The server works out the new text exactly as
 * `bcyt data import` does; here the change is shown as a diff against the document, and applied
 * on "Apply" as one edit of the open document (Undo takes it back; the file is not written).
 */
export class DataImport implements vscode.Disposable {
    private readonly proposals = new Map<string, string>();
    private readonly registration: vscode.Disposable;
    private count = 0;

    constructor(private readonly client: () => Promise<LanguageClient>) {
        this.registration = vscode.workspace.registerTextDocumentContentProvider(SCHEME, {
            provideTextDocumentContent: uri => this.proposals.get(uri.toString()) ?? '',
        });
    }

    async run(target?: vscode.Uri, options: ImportDataOptions = {}): Promise<ImportDataOutcome> {
        const uri = target instanceof vscode.Uri ? target : vscode.window.activeTextEditor?.document.uri;
        if (!uri || uri.scheme !== 'file' || !/\.bcyt$/iu.test(uri.fsPath)) {
            void vscode.window.showWarningMessage(t('Open a saved .bcyt file to import figures into it.'));
            return { status: 'cancelled' };
        }
        const document = await vscode.workspace.openTextDocument(uri);
        const input = options.input ?? (await vscode.window.showOpenDialog({
            canSelectMany: false, openLabel: t('Import'), defaultUri: vscode.Uri.file(dirname(uri.fsPath)),
            filters: { [t('Workbook, CSV or DHIS2 JSON')]: ['xlsx', 'csv', 'json'] },
        }))?.[0];
        if (!input) return { status: 'cancelled' };
        if (input.scheme !== 'file') return this.fail([t('Only a file on this computer can be imported.')]);
        const lang = bcytLanguage();
        const client = await this.client();
        let sheet = options.sheet;
        if (sheet === undefined) {
            const params: DataSheetsParams = { input: input.fsPath, lang };
            const listed = await client.sendRequest<DataSheetsResult>(DATA_SHEETS_REQUEST, params);
            if ('error' in listed) return this.fail([listed.error]);
            if (listed.sheets.length > 1) {
                const picked = await vscode.window.showQuickPick(
                    [{ label: t('All sheets'), description: t('{0} sheets', listed.sheets.length) }, ...listed.sheets.map(name => ({ label: name, sheet: name }))],
                    { title: t('Import data: which sheet of {0}?', basename(input.fsPath)), placeHolder: t('A sheet without a table of figures is skipped') },
                );
                if (!picked) return { status: 'cancelled' };
                sheet = 'sheet' in picked ? picked.sheet : undefined;
            }
        }
        const text = document.getText();
        const version = document.version;
        const params: DataImportParams = { into: uri.fsPath, text, input: input.fsPath, sheet, lang };
        const result = await vscode.window.withProgress(
            { location: vscode.ProgressLocation.Notification, title: t('BCYT: reading the figures of {0}…', basename(input.fsPath)) },
            () => client.sendRequest<DataImportResult>(DATA_IMPORT_REQUEST, params),
        );
        if (result.status === 'failed') return this.fail(result.problems);
        if (result.status === 'unchanged') {
            void vscode.window.showInformationMessage(t('Nothing to change: {0}', result.summary));
            return { status: 'unchanged', summary: result.summary };
        }
        const proposed = vscode.Uri.from({ scheme: SCHEME, path: uri.path, query: String(++this.count) });
        this.proposals.set(proposed.toString(), result.text);
        try {
            await vscode.commands.executeCommand('vscode.diff', uri, proposed,
                t('{0} ↔ with the figures of {1}', basename(uri.fsPath), basename(input.fsPath)), { preview: true });
            const apply: vscode.MessageItem = { title: t('Apply') };
            const cancel: vscode.MessageItem = { title: t('Cancel'), isCloseAffordance: true };
            const detail = [t('The diff shows what changes in {0}.', basename(uri.fsPath)), ...result.warnings].join('\n');
            const choice = await vscode.window.showInformationMessage(result.summary, { modal: true, detail }, apply, cancel);
            await closeDiff(proposed);
            if (choice !== apply) return { status: 'cancelled' };
        } finally {
            this.proposals.delete(proposed.toString());
        }
        // the edits are offsets in the text sent: a keystroke since then would misplace them
        if (document.version !== version) return this.fail([t('{0} changed while the figures were read: nothing was applied; run the command again.', basename(uri.fsPath))]);
        const edit = new vscode.WorkspaceEdit();
        for (const e of result.edits) edit.replace(uri, new vscode.Range(document.positionAt(e.offset), document.positionAt(e.end)), e.text);
        if (!await vscode.workspace.applyEdit(edit)) return this.fail([t('{0} could not be edited.', basename(uri.fsPath))]);
        await vscode.window.showTextDocument(document);
        void vscode.window.showInformationMessage(t('{0}. Undo takes it back.', result.summary));
        return { status: 'applied', summary: result.summary };
    }

    dispose(): void {
        this.registration.dispose();
    }

    private fail(problems: readonly string[]): ImportDataOutcome {
        const shown = problems.slice(0, 3).join('\n');
        const more = problems.length > 3 ? `\n${t('and {0} more', problems.length - 3)}` : '';
        void vscode.window.showErrorMessage(t('Figures not imported, nothing changed: {0}', `${shown}${more}`));
        return { status: 'failed', problems };
    }
}

async function closeDiff(proposed: vscode.Uri): Promise<void> {
    const tabs = vscode.window.tabGroups.all.flatMap(group => group.tabs)
        .filter(tab => tab.input instanceof vscode.TabInputTextDiff && tab.input.modified.toString() === proposed.toString());
    if (tabs.length) await vscode.window.tabGroups.close(tabs);
}
