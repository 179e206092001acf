import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node.js';
import { SERVER_NODE_OPTIONS, type ServerSettings } from '../server/protocol.js';
import { bcytLanguage } from './i18n.js';

/** The settings the server needs from the start: the first diagnostics already use them. */
export function serverSettings(): ServerSettings {
    const config = vscode.workspace.getConfiguration('bcyt');
    return { language: bcytLanguage(), severity: config.get<Record<string, string>>('severity') ?? {} };
}

/** The bundled language server (dist/server.cjs), started as a Node child over IPC. */
export function createClient(context: vscode.ExtensionContext): LanguageClient {
    const module = context.asAbsolutePath('dist/server.cjs');
    const serverOptions: ServerOptions = {
        run: { module, transport: TransportKind.ipc, options: { execArgv: [...SERVER_NODE_OPTIONS] } },
        debug: { module, transport: TransportKind.ipc, options: { execArgv: [...SERVER_NODE_OPTIONS, '--nolazy', '--inspect=6009'] } },
    };
    const clientOptions: LanguageClientOptions = {
        documentSelector: [{ scheme: 'file', language: 'bcyt' }, { scheme: 'untitled', language: 'bcyt' }],
        synchronize: {
            configurationSection: 'bcyt',
            fileEvents: vscode.workspace.createFileSystemWatcher('**/*.bcyt'),
        },
        initializationOptions: serverSettings(),
    };
    return new LanguageClient('bcyt', 'BCYT', serverOptions, clientOptions);
}
