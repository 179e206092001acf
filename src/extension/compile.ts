import { basename } from 'node:path';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node.js';
import { COMPILE_REQUEST, type CompileParams, type CompileResult } from '../server/protocol.js';
import { t } from './i18n.js';
import { docxPathFor } from './output-path.js';
import type { StatusBar } from './status.js';

export interface CompileOptions {
    /** write even while errors remain */
    readonly force?: boolean;
    /** no notifications, only the status bar (compile on save, tests) */
    readonly quiet?: boolean;
}

export interface WorkspaceSummary {
    readonly written: number;
    readonly refused: number;
    readonly failed: number;
}

/**
 * The compile commands. The server compiles (it holds the checked document, the engine runs
 * once); this side chooses the output path, reports the outcome and offers to force.
 */
export class Compiler {
    constructor(private readonly client: () => Promise<LanguageClient>, private readonly status: StatusBar) {}

    /** `bcyt.compile`: the given file, or the one in the active editor. */
    async compileFile(target?: vscode.Uri, options: CompileOptions = {}): Promise<CompileResult | undefined> {
        const uri = target instanceof vscode.Uri ? target : vscode.window.activeTextEditor?.document.uri;
        if (!uri || !uri.fsPath.toLowerCase().endsWith('.bcyt') || uri.scheme !== 'file') {
            if (!options.quiet) void vscode.window.showWarningMessage(t('Open a saved .bcyt file to compile it.'));
            return undefined;
        }
        this.status.compiling(uri);
        const result = await this.request(uri, options.force ?? false);
        this.status.compiledWith(uri, result);
        if (!options.quiet) this.report(uri, result);
        return result;
    }

    /** `bcyt.compileWorkspace`: every document of the workspace, with a progress notification. */
    async compileWorkspace(options: CompileOptions = {}): Promise<WorkspaceSummary> {
        const files = await vscode.workspace.findFiles('**/*.bcyt', '**/{node_modules,.git,out,dist}/**');
        files.sort((a, b) => a.fsPath.localeCompare(b.fsPath));
        const summary = { written: 0, refused: 0, failed: 0 };
        await vscode.window.withProgress({
            location: vscode.ProgressLocation.Notification, title: t('BCYT: compiling the workspace'), cancellable: true,
        }, async (progress, token) => {
            for (const [index, uri] of files.entries()) {
                if (token.isCancellationRequested) break;
                progress.report({ message: `${basename(uri.fsPath)} (${index + 1}/${files.length})`, increment: 100 / files.length });
                const result = await this.request(uri, options.force ?? false);
                if (result.status === 'written') summary.written++;
                else if (result.status === 'refused') summary.refused++;
                else if (result.status === 'failed') summary.failed++;
            }
        });
        if (!options.quiet) {
            const message = t('{0} DOCX written, {1} refused because errors remain, {2} failed.', summary.written, summary.refused, summary.failed);
            const show = summary.refused || summary.failed ? vscode.window.showWarningMessage : vscode.window.showInformationMessage;
            void show(message, ...(summary.refused ? [t('Show problems')] : [])).then(choice => {
                if (choice) void vscode.commands.executeCommand('workbench.actions.view.problems');
            });
        }
        return summary;
    }

    private async request(uri: vscode.Uri, force: boolean): Promise<CompileResult> {
        const config = vscode.workspace.getConfiguration('bcyt', uri);
        const folder = vscode.workspace.getWorkspaceFolder(uri)?.uri.fsPath;
        const output = docxPathFor(uri.fsPath, config.get<string>('outputFolder'), folder);
        try {
            const client = await this.client();
            const params: CompileParams = { uri: client.code2ProtocolConverter.asUri(uri), output, force };
            return await client.sendRequest<CompileResult>(COMPILE_REQUEST, params);
        } catch (error) {
            return { status: 'failed', message: String((error as Error)?.message ?? error) };
        }
    }

    /** Notifications do not block the command: it returns while they wait for a click. */
    private report(uri: vscode.Uri, result: CompileResult): void {
        const name = basename(uri.fsPath);
        switch (result.status) {
            case 'written': {
                const open = t('Open'), reveal = t('Show in Explorer');
                const warnings = result.warnings ? ` ${t('({0} warnings)', result.warnings)}` : '';
                void vscode.window.showInformationMessage(t('Compiled {0} → {1}', name, basename(result.output)) + warnings, open, reveal).then(choice => {
                    const docx = vscode.Uri.file(result.output);
                    if (choice === open) void vscode.env.openExternal(docx);
                    else if (choice === reveal) void vscode.commands.executeCommand('revealInExplorer', docx);
                });
                break;
            }
            case 'refused': {
                const problems = t('Show problems'), force = t('Compile anyway');
                const first = result.errors[0];
                const detail = first ? ` ${t('First: line {0}: {1}', first.line + 1, first.message)}` : '';
                void vscode.window.showErrorMessage(t('{0} was not compiled: {1} errors remain. Fix them, or compile anyway.', name, result.errors.length) + detail, problems, force)
                    .then(choice => {
                        if (choice === problems) void vscode.commands.executeCommand('workbench.actions.view.problems');
                        else if (choice === force) void this.compileFile(uri, { force: true });
                    });
                break;
            }
            case 'no-document':
                void vscode.window.showWarningMessage(t('{0} holds declarations only: nothing to compile', name));
                break;
            case 'failed':
                void vscode.window.showErrorMessage(t('{0}: compile failed: {1}', name, result.message));
                break;
        }
    }
}
