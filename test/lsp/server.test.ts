import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
    createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection,
} from 'vscode-languageserver/node';
import type { CompletionList, Hover, InitializeResult, InlayHint, TextEdit } from 'vscode-languageserver';

const ROOT = resolve(__dirname, '../..');
const EXAMPLE = '001-bao-cao-hoang-hoa-quy-1-2024.bcyt';

/** The language server as any LSP client starts it: `node bin/bcyt-language-server.js --stdio`. */
describe('bcyt-language-server --stdio', () => {
    let workspace: string;
    let server: ChildProcess;
    let connection: MessageConnection;
    let stderr = '';

    beforeAll(async () => {
        workspace = mkdtempSync(join(tmpdir(), 'bcyt-lsp-'));
        cpSync(join(ROOT, 'examples'), workspace, { recursive: true });
        server = spawn(process.execPath, [join(ROOT, 'bin/bcyt-language-server.js'), '--stdio'], { cwd: ROOT, stdio: 'pipe' });
        server.stderr!.on('data', chunk => { stderr += String(chunk); });
        connection = createMessageConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
        connection.listen();
    });

    afterAll(() => {
        connection?.dispose();
        if (server && server.exitCode === null) server.kill();
        rmSync(workspace, { recursive: true, force: true });
    });

    test('initialize, complete a citation in prose, hover an indicator, shut down', async () => {
        const folder = pathToFileURL(workspace).toString();
        const init = await connection.sendRequest('initialize', {
            processId: process.pid, rootUri: folder, workspaceFolders: [{ uri: folder, name: 'examples' }],
            capabilities: { textDocument: { completion: { completionItem: { snippetSupport: true } }, hover: { contentFormat: ['markdown'] } } },
        }) as InitializeResult;
        const capabilities = init.capabilities;
        expect(capabilities.completionProvider?.triggerCharacters).toEqual(expect.arrayContaining(['{', '[', ' ']));
        expect(capabilities).toMatchObject({
            hoverProvider: true, definitionProvider: true, referencesProvider: true, documentSymbolProvider: true,
            foldingRangeProvider: true, documentFormattingProvider: true, renameProvider: { prepareProvider: true },
        });
        expect(capabilities.inlayHintProvider).toBeTruthy();
        expect(capabilities.semanticTokensProvider).toBeTruthy();
        await connection.sendNotification('initialized', {});

        // the user types plain prose: "Căn cứ Quyết định số " on a new line of the body
        const uri = pathToFileURL(join(workspace, EXAMPLE)).toString();
        const original = readFileSync(join(workspace, EXAMPLE), 'utf8');
        const typed = 'Căn cứ Quyết định số ';
        const text = original.replace('\n---\n', `\n---\n${typed}\n`);
        await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'bcyt', version: 1, text } });
        const line = text.slice(0, text.indexOf(typed)).split('\n').length - 1;

        const completion = await connection.sendRequest('textDocument/completion', {
            textDocument: { uri }, position: { line, character: typed.length },
            context: { triggerKind: 2, triggerCharacter: ' ' },
        }) as CompletionList;
        const item = completion.items.find(i => i.label.includes('1300/QĐ-BYT'));
        expect(item?.label).toBe('Quyết định số 1300/QĐ-BYT ngày 09/3/2023 của Bộ Y tế ban hành Bộ tiêu chí quốc gia về y tế xã giai đoạn đến năm 2030');
        expect((item?.textEdit as TextEdit).newText).toBe('[1300/QĐ-BYT]');
        expect((item?.textEdit as TextEdit).range).toEqual({ start: { line, character: 'Căn cứ '.length }, end: { line, character: typed.length } });

        const at = text.indexOf('{bai_viet = 530}') + 3;
        const before = text.slice(0, at).split('\n');
        const hover = await connection.sendRequest('textDocument/hover', {
            textDocument: { uri }, position: { line: before.length - 1, character: before[before.length - 1].length },
        }) as Hover;
        const value = (hover.contents as { value: string }).value;
        expect(value).toContain('**Số bài viết truyền thông** `bai_viet`');
        expect(value).toContain('- Thực hiện: **530 bài**');
        expect(value).toContain('- Cùng kỳ (quý I năm 2023): 464 bài');
        expect(value).toContain('- Đạt **114,2%** so với cùng kỳ');

        const hints = await connection.sendRequest('textDocument/inlayHint', {
            textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: text.split('\n').length, character: 0 } },
        }) as InlayHint[];
        expect(hints.map(h => h.label)).toContain('= 138,3%');
        const formatting = await connection.sendRequest('textDocument/formatting', { textDocument: { uri }, options: { tabSize: 2, insertSpaces: true } }) as TextEdit[];
        expect(formatting).toEqual([]);

        await connection.sendRequest('shutdown');
        const exited = new Promise<number | null>(done => server.on('exit', code => done(code)));
        await connection.sendNotification('exit');
        expect(await exited).toBe(0);
        expect(stderr).not.toMatch(/Error/);
    });
});
