import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node.js';
import { createClient } from './client.js';
import { Compiler, type CompileOptions } from './compile.js';
import { DataImport, type ImportDataOptions } from './data-import.js';
import { initI18n } from './i18n.js';
import { importDocument } from './import.js';
import { Preview } from './preview.js';
import { Review } from './review.js';
import { StatusBar } from './status.js';
import { newDocumentFromTemplate } from './templates.js';

let client: LanguageClient | undefined;

export function activate(context: vscode.ExtensionContext): void {
    initI18n(context);
    client = createClient(context);
    // commands are there at once; those that need the server wait for it to be ready
    const started = client.start().then(() => client!);
    const ready = (): Promise<LanguageClient> => started;
    const status = new StatusBar();
    const compiler = new Compiler(ready, status);
    const preview = new Preview(ready);
    const review = new Review(ready);
    const dataImport = new DataImport(ready);
    context.subscriptions.push(
        status, preview, review, dataImport,
        vscode.commands.registerCommand('bcyt.compile', (uri?: vscode.Uri, options?: CompileOptions) => compiler.compileFile(uri, options)),
        vscode.commands.registerCommand('bcyt.compileWorkspace', (options?: CompileOptions) => compiler.compileWorkspace(options)),
        vscode.commands.registerCommand('bcyt.openPreview', (uri?: vscode.Uri) => preview.open(uri)),
        vscode.commands.registerCommand('bcyt.compareWithHead', (target?: vscode.Uri | vscode.SourceControlResourceState) => review.compare(target)),
        vscode.commands.registerCommand('bcyt.newDocument', (kind?: string) => newDocumentFromTemplate(context, kind)),
        vscode.commands.registerCommand('bcyt.importDocument', (uri?: vscode.Uri) => importDocument(ready, uri)),
        vscode.commands.registerCommand('bcyt.importData', (uri?: vscode.Uri, options?: ImportDataOptions) => dataImport.run(uri, options)),
        vscode.workspace.onDidSaveTextDocument(document => {
            if (document.languageId === 'bcyt' && vscode.workspace.getConfiguration('bcyt', document.uri).get<boolean>('compileOnSave')) {
                void compiler.compileFile(document.uri, { quiet: true });
            }
        }),
    );
}

export function deactivate(): Promise<void> | undefined {
    return client?.stop();
}
