import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-languageserver/node';
import type { Diagnostic, PublishDiagnosticsParams } from 'vscode-languageserver';

const ROOT = resolve(__dirname, '../..');
const EXAMPLE = '003-tin-dak-song-tong-ket-2023.bcyt';

/**
 * `bcyt-language-server --stdio` takes the `bcyt.language` and `bcyt.severity` settings from any
 * LSP client, as the VS Code server does: in the initialization options and on a configuration
 * change (one startServer for both entry points).
 */
describe('bcyt-language-server --stdio: the bcyt settings of a plain LSP client', () => {
    let workspace: string;
    let server: ChildProcess;
    let connection: MessageConnection;
    const published: PublishDiagnosticsParams[] = [];

    beforeAll(() => {
        workspace = mkdtempSync(join(tmpdir(), 'bcyt-lsp-settings-'));
        cpSync(join(ROOT, 'examples'), workspace, { recursive: true });
        server = spawn(process.execPath, [join(ROOT, 'bin/bcyt-language-server.js'), '--stdio'], { cwd: ROOT, stdio: 'pipe' });
        connection = createMessageConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
        connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => { published.push(params); });
        connection.onRequest('workspace/configuration', () => [{ language: 'en', severity: { 'number-format': 'error' } }]);
        // no handler for client/registerCapability, as in some plain clients: the server must live on
        connection.listen();
    });

    afterAll(() => {
        connection?.dispose();
        if (server && server.exitCode === null) server.kill();
        rmSync(workspace, { recursive: true, force: true });
    });

    /** The diagnostics of the document once they include the evaluated lane (the claim 66.7%). */
    async function complete(uri: string, test: (diagnostics: Diagnostic[]) => boolean): Promise<Diagnostic[]> {
        for (let waited = 0; waited < 30_000; waited += 50) {
            const last = [...published].reverse().find(p => p.uri === uri);
            if (last && test(last.diagnostics)) return last.diagnostics;
            await new Promise(resolve => setTimeout(resolve, 50));
        }
        throw new Error(`no such diagnostics published: ${JSON.stringify(published.filter(p => p.uri === uri).map(p => p.diagnostics.map(d => [d.code, d.severity, d.message.slice(0, 40)])))}`);
    }

    test('English messages and the severity asked for; Vietnamese again after a change', async () => {
        const folder = pathToFileURL(workspace).toString();
        await connection.sendRequest('initialize', {
            processId: process.pid, rootUri: folder, workspaceFolders: [{ uri: folder, name: 'examples' }],
            capabilities: { workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: false } } },
            initializationOptions: { language: 'en', severity: { 'number-format': 'error' } },
        });
        await connection.sendNotification('initialized', {});
        const uri = pathToFileURL(join(workspace, EXAMPLE)).toString();
        await connection.sendNotification('textDocument/didOpen', {
            textDocument: { uri, languageId: 'bcyt', version: 1, text: readFileSync(join(workspace, EXAMPLE), 'utf8') },
        });
        const english = await complete(uri, ds => ds.some(d => d.code === 'claim-mismatch'));
        expect(english.find(d => d.code === 'claim-mismatch')!.message).toMatch(/^Stated 66\.7% differs from the computed 66,3%/);
        const format = english.find(d => d.code === 'number-format')!;
        expect(format.message).toMatch(/uses a decimal point/);
        expect(format.severity).toBe(1);

        connection.onRequest('workspace/configuration', () => [{ language: 'vi' }]);
        await connection.sendNotification('workspace/didChangeConfiguration', { settings: { bcyt: { language: 'vi' } } });
        const vietnamese = await complete(uri, ds => ds.some(d => d.code === 'claim-mismatch' && d.message.startsWith('Số nêu')));
        expect(vietnamese.find(d => d.code === 'number-format')!.severity).toBe(2);
    }, 60_000);
});
