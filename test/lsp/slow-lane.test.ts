import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';

interface Publish { readonly uri: string; readonly codes: string[] }

/** A minimal LSP client over stdio that records every publishDiagnostics. */
function startServer() {
    const child = spawn(process.execPath, [resolve('bin/bcyt-language-server.js'), '--stdio']);
    const publishes: Publish[] = [];
    const responses = new Map<number, (result: unknown) => void>();
    let buffer = Buffer.alloc(0);
    child.stdout.on('data', (chunk: Buffer) => {
        buffer = Buffer.concat([buffer, chunk]);
        for (;;) {
            const head = buffer.indexOf('\r\n\r\n');
            if (head < 0) return;
            const length = Number(/Content-Length: (\d+)/.exec(buffer.subarray(0, head).toString())![1]);
            if (buffer.length < head + 4 + length) return;
            const message = JSON.parse(buffer.subarray(head + 4, head + 4 + length).toString());
            buffer = buffer.subarray(head + 4 + length);
            if (message.method === 'textDocument/publishDiagnostics') {
                publishes.push({ uri: message.params.uri, codes: message.params.diagnostics.map((d: { code: string }) => d.code).sort() });
            } else if (message.id !== undefined) {
                responses.get(message.id)?.(message.result);
            }
        }
    });
    const send = (message: object) => {
        const body = JSON.stringify({ jsonrpc: '2.0', ...message });
        child.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
    };
    const request = (id: number, method: string, params: unknown) => new Promise(done => {
        responses.set(id, done);
        send({ id, method, params });
    });
    return { child, publishes, send, request };
}

async function until(condition: () => boolean, timeoutMs = 20_000): Promise<void> {
    const start = Date.now();
    while (!condition()) {
        if (Date.now() - start > timeoutMs) throw new Error('timed out');
        await new Promise(r => setTimeout(r, 20));
    }
}

describe('two lanes of checks in the editor', () => {
    test('a keystroke gets the fast checks at once, then the evaluated ones when typing pauses', async () => {
        const folder = resolve('examples');
        const file = resolve(folder, '003-tin-dak-song-tong-ket-2023.bcyt');
        const uri = pathToFileURL(file).toString();
        const text = readFileSync(file, 'utf8');
        const server = startServer();
        try {
            await server.request(1, 'initialize', {
                processId: null, rootUri: pathToFileURL(folder).toString(), capabilities: {},
                workspaceFolders: [{ uri: pathToFileURL(folder).toString(), name: 'examples' }],
            });
            server.send({ method: 'initialized', params: {} });
            server.send({ method: 'textDocument/didOpen', params: { textDocument: { uri, languageId: 'bcyt', version: 1, text } } });
            const ofReport = () => server.publishes.filter(p => p.uri === uri);
            await until(() => ofReport().some(p => p.codes.includes('claim-mismatch')));

            const before = ofReport().length;
            server.send({ method: 'textDocument/didChange', params: { textDocument: { uri, version: 2 }, contentChanges: [{ text: `${text}\nThêm một dòng.\n` }] } });
            await until(() => ofReport().slice(before).some(p => p.codes.includes('claim-mismatch')));
            const after = ofReport().slice(before);
            // first the fast lane: the number as written, not yet the arithmetic …
            expect(after[0].codes).toEqual(['number-format']);
            // … then the evaluated claim and what the prose says ("Đề án 06 … giai đoạn 2020 - 2025"), once typing has paused
            expect(after[after.length - 1].codes).toEqual(['claim-mismatch', 'legal-period-mismatch', 'missing-data', 'number-format']);
        } finally {
            server.child.kill();
        }
    });
});

describe('the slow lane gives way to a keystroke', () => {
    test('a cancelled token stops it between check families, reporting nothing more', async () => {
        const { checkFiles } = await import('../helpers.js');
        const { Cancellation, OperationCancelled } = await import('langium');
        const seed = readFileSync(resolve('examples/001-bao-cao-hoang-hoa-quy-1-2024.bcyt'), 'utf8');
        const catalog = readFileSync(resolve('examples/catalog/thanh-hoa.bcyt'), 'utf8');
        const checked = await checkFiles({ 'report.bcyt': seed.replace(/import "[^"]*"/, 'import "catalog.bcyt"'), 'catalog.bcyt': catalog });
        const model = checked.documents['report.bcyt'].parseResult.value;
        const validator = checked.services.validation.BcytValidator;
        const complete: string[] = [];
        await validator.checkSlow(model, (_, message) => complete.push(message), Cancellation.CancellationToken.None);
        expect(complete.length).toBeGreaterThan(10);

        const source = new Cancellation.CancellationTokenSource();
        source.cancel();
        const cancelled: string[] = [];
        await expect(validator.checkSlow(model, (_, message) => cancelled.push(message), source.token)).rejects.toBe(OperationCancelled);
        expect(cancelled).toEqual([]);
    });
});
