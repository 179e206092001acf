import { basename } from 'node:path';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node.js';
import { REVIEW_REQUEST, type ReviewParams, type ReviewResult } from '../server/protocol.js';
import { bcytLanguage, t } from './i18n.js';

const SCHEME = 'bcyt-review';

/**
 * "BCYT: Compare figures with HEAD": the Markdown report of `bcyt diff HEAD` for a document
 * (the editor's text, saved or not, against the last commit), shown in VS Code's Markdown
 * preview. Offered in the editor and on the changed .bcyt files of the Source Control view.
 */
export class Review implements vscode.Disposable {
    private readonly reports = new Map<string, string>();
    private readonly changed = new vscode.EventEmitter<vscode.Uri>();
    private readonly registration: vscode.Disposable;

    constructor(private readonly client: () => Promise<LanguageClient>) {
        this.registration = vscode.workspace.registerTextDocumentContentProvider(SCHEME, {
            onDidChange: this.changed.event,
            provideTextDocumentContent: uri => this.reports.get(uri.toString()) ?? '',
        });
    }

    /** `bcyt.compareWithHead`; returns the report (the tests read it). */
    async compare(target?: vscode.Uri | vscode.SourceControlResourceState): Promise<string | undefined> {
        const uri = target instanceof vscode.Uri ? target : target?.resourceUri ?? vscode.window.activeTextEditor?.document.uri;
        if (!uri || uri.scheme !== 'file' || !uri.fsPath.toLowerCase().endsWith('.bcyt')) {
            void vscode.window.showWarningMessage(t('Open a .bcyt file in a git repository to compare it with HEAD.'));
            return undefined;
        }
        const open = vscode.workspace.textDocuments.find(d => d.uri.toString() === uri.toString());
        const result = await vscode.window.withProgress(
            { location: vscode.ProgressLocation.Window, title: t('BCYT: comparing {0} with HEAD…', basename(uri.fsPath)) },
            () => this.request(uri, open?.isDirty ? open.getText() : undefined),
        );
        if ('error' in result) {
            void vscode.window.showErrorMessage(t('Cannot compare {0} with HEAD: {1}', basename(uri.fsPath), result.error));
            return undefined;
        }
        const report = vscode.Uri.from({ scheme: SCHEME, path: `/${basename(uri.fsPath)}.md`, query: uri.toString() });
        this.reports.set(report.toString(), result.markdown);
        this.changed.fire(report);
        await vscode.commands.executeCommand('markdown.showPreviewToSide', report);
        return result.markdown;
    }

    dispose(): void {
        this.registration.dispose();
        this.changed.dispose();
    }

    private async request(uri: vscode.Uri, text: string | undefined): Promise<ReviewResult> {
        try {
            const client = await this.client();
            const params: ReviewParams = { uri: client.code2ProtocolConverter.asUri(uri), text, lang: bcytLanguage() };
            return await client.sendRequest<ReviewResult>(REVIEW_REQUEST, params);
        } catch (error) {
            return { error: String((error as Error)?.message ?? error) };
        }
    }
}
