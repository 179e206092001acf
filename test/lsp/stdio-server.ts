import { spawn, type ChildProcess } from 'node:child_process';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
    createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection,
} from 'vscode-languageserver/node';
import type { Diagnostic } from 'vscode-languageserver';

const ROOT = resolve(__dirname, '../..');

/** The language server over stdio, as any LSP client starts it, initialised on a folder. */
export interface StdioServer {
    readonly process: ChildProcess;
    readonly connection: MessageConnection;
    /** what the server wrote to stderr so far */
    stderr(): string;
    /** the next diagnostics published for `uri` (call before the change that causes them) */
    nextDiagnostics(uri: string, timeoutMs?: number): Promise<Diagnostic[]>;
    open(uri: string, text: string, languageId?: string): void;
    close(uri: string): void;
    /** shutdown and exit; the exit code */
    stop(): Promise<number | null>;
}

export async function startServer(folder: string): Promise<StdioServer> {
    const child = spawn(process.execPath, [join(ROOT, 'bin/bcyt-language-server.js'), '--stdio'], { cwd: ROOT, stdio: 'pipe' });
    let stderr = '';
    child.stderr!.on('data', chunk => { stderr += String(chunk); });
    const exited = new Promise<number | null>(done => child.on('exit', code => done(code)));
    const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const waiters = new Map<string, Array<(diagnostics: Diagnostic[]) => void>>();
    connection.onNotification('textDocument/publishDiagnostics', (params: { uri: string; diagnostics: Diagnostic[] }) => {
        const list = waiters.get(params.uri) ?? [];
        waiters.delete(params.uri);
        for (const waiter of list) waiter(params.diagnostics);
    });
    connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => null));
    connection.listen();
    const uri = pathToFileURL(folder).toString();
    await connection.sendRequest('initialize', {
        processId: process.pid, rootUri: uri, workspaceFolders: [{ uri, name: 'workspace' }], capabilities: {},
    });
    await connection.sendNotification('initialized', {});
    let version = 1;
    return {
        process: child,
        connection,
        stderr: () => stderr,
        nextDiagnostics: (target, timeoutMs = 30_000) => new Promise((done, fail) => {
            const timer = setTimeout(() => fail(new Error(`no diagnostics for ${target} in ${timeoutMs} ms`)), timeoutMs);
            waiters.set(target, [...(waiters.get(target) ?? []), diagnostics => { clearTimeout(timer); done(diagnostics); }]);
        }),
        open: (target, text, languageId = 'bcyt') => {
            void connection.sendNotification('textDocument/didOpen', { textDocument: { uri: target, languageId, version: version++, text } });
        },
        close: target => {
            void connection.sendNotification('textDocument/didClose', { textDocument: { uri: target } });
        },
        stop: async () => {
            if (child.exitCode !== null) return child.exitCode;
            await connection.sendRequest('shutdown');
            await connection.sendNotification('exit');
            const code = await exited;
            connection.dispose();
            return code;
        },
    };
}
