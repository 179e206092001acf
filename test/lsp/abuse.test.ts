import { execFileSync } from 'node:child_process';
import { readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import type { SymbolInformation } from 'vscode-languageserver';
import { runBcyt, workspace } from '../files.js';
import { startServer } from './stdio-server.js';

const CATALOG = 'org TTYT "Trung tâm Y tế Hoằng Hóa" code TTYT\nindicator bai "Số bài viết" unit bài\n';
const REPORT = (catalog: string) => `import "${catalog}"\nreport R issuer TTYT period Q1/2024\n---\nSố bài viết là {bai = 3} bài.\n`;
const codes = (diagnostics: Array<{ code?: unknown }>) => diagnostics.map(d => String(d.code));

describe('the stdio language server under abuse', () => {
    test('documents that are not .bcyt (a .json, a .txt, an untitled buffer of another language) are ignored, the server stays up', async () => {
        const dir = workspace({ 'catalog.bcyt': CATALOG });
        const server = await startServer(dir);
        const folder = pathToFileURL(dir).toString();
        server.open(`${folder}/package.json`, '{"name": "x"}', 'json');
        server.open(`${folder}/notes.txt`, 'ghi chú', 'plaintext');
        server.open('untitled:Untitled-1', 'SELECT 1', 'sql');
        const report = `${folder}/r.bcyt`;
        const published = server.nextDiagnostics(report);
        server.open(report, REPORT('catalog'));
        expect(codes(await published)).toEqual([]);
        expect(server.process.exitCode).toBe(null);
        expect(await server.stop()).toBe(0);
        expect(server.stderr()).not.toMatch(/Error/);
    });

    test('closed untitled documents are forgotten; closed files are kept', async () => {
        const dir = workspace({ 'catalog.bcyt': CATALOG });
        const server = await startServer(dir);
        const symbols = async (query: string) =>
            ((await server.connection.sendRequest('workspace/symbol', { query })) as SymbolInformation[]).map(s => s.name);
        for (let i = 0; i < 20; i++) {
            const uri = `untitled:Untitled-${i}`;
            const published = server.nextDiagnostics(uri);
            server.open(uri, `indicator nhap_${i} "Nháp ${i}" unit người\n`);
            await published;
            if (i === 19) continue;
            // a deleted document's diagnostics are cleared
            const cleared = server.nextDiagnostics(uri);
            server.close(uri);
            expect(await cleared).toEqual([]);
        }
        const file = `${pathToFileURL(dir).toString()}/r.bcyt`;
        const published = server.nextDiagnostics(file);
        server.open(file, `${REPORT('catalog')}`.replace('report R', 'indicator nhap_tep "Tệp" unit người\nreport R'));
        await published;
        server.close(file);
        expect((await symbols('nhap_')).sort()).toEqual(['nhap_19', 'nhap_tep']);
        expect(await server.stop()).toBe(0);
    });

    test('an upper-case extension, a FIFO, a link to /dev/zero and a file over the size limit in the workspace: the rest is checked', async () => {
        const dir = workspace({ 'cat.BCYT': CATALOG });
        execFileSync('mkfifo', [join(dir, 'fifo.bcyt')]);
        symlinkSync('/dev/zero', join(dir, 'zero.bcyt'));
        writeFileSync(join(dir, 'huge.bcyt'), `// ${'x'.repeat(21 * 1024 * 1024)}\n`);
        const server = await startServer(dir);
        const report = `${pathToFileURL(dir).toString()}/r.bcyt`;
        const published = server.nextDiagnostics(report);
        server.open(report, REPORT('cat.BCYT'));
        expect(codes(await published)).toEqual([]);
        const importsHuge = `${pathToFileURL(dir).toString()}/r2.bcyt`;
        const second = server.nextDiagnostics(importsHuge);
        server.open(importsHuge, REPORT('huge'));
        const messages = (await second).map(d => d.message);
        expect(messages.some(m => m.includes('"huge"') && m.includes('lớn hơn 20 MB'))).toBe(true);
        expect(await server.stop()).toBe(0);
    });

    test('a catalog outside the workspace folder resolves as in bcyt check (a shared provincial catalog in a sibling folder)', async () => {
        const dir = workspace({
            'danh-muc/tinh.bcyt': 'import "don-vi"\nindicator bai "Số bài viết" unit bài\n',
            'danh-muc/don-vi.bcyt': 'org TTYT "Trung tâm Y tế Hoằng Hóa" code TTYT\n',
            'bao-cao/r.bcyt': REPORT('../danh-muc/tinh').replace('{bai = 3}', '{bai = 3} và {bai = 4}'),
        });
        const cli = runBcyt(['check', 'bao-cao/r.bcyt'], dir);
        const server = await startServer(join(dir, 'bao-cao'));
        const report = pathToFileURL(join(dir, 'bao-cao/r.bcyt')).toString();
        let published = server.nextDiagnostics(report);
        server.open(report, readFileSync(join(dir, 'bao-cao/r.bcyt'), 'utf8'));
        // the keystroke lane first, then the evaluated one (lsp/slow-checks.ts)
        let diagnostics = await published;
        while (!codes(diagnostics).includes('claim-mismatch')) {
            expect(codes(diagnostics)).not.toContain('unresolved-reference');
            published = server.nextDiagnostics(report);
            diagnostics = await published;
        }
        expect(codes(diagnostics)).not.toContain('unresolved-reference');
        // the same findings as the command line, at the same places
        expect(diagnostics.map(d => `${d.range.start.line + 1}:${d.range.start.character + 1} ${String(d.code)}`).sort())
            .toEqual(cli.stdout.trim().split('\n').map(line => line.split(' ').slice(0, 3).join(' ').replace(/^[^:]+:/, '').replace(/ (error|warning|information|hint) /, ' ')).sort());
        // no editor watches the catalog: it is read again when it changed and the report is rebuilt
        writeFileSync(join(dir, 'danh-muc/tinh.bcyt'), 'import "don-vi"\nindicator bai_viet "Số bài viết" unit bài\n');
        published = server.nextDiagnostics(report);
        await server.connection.sendNotification('textDocument/didChange', {
            textDocument: { uri: report, version: 2 }, contentChanges: [{ text: `${readFileSync(join(dir, 'bao-cao/r.bcyt'), 'utf8')}\n` }],
        });
        expect(codes(await published)).toEqual(['unresolved-reference', 'unresolved-reference']);
        expect(await server.stop()).toBe(0);
    });

    test('a deeply nested catalog: the server still publishes, for the catalog and the report', async () => {
        const deep = `outline O "x" {\n${'section "1." "a" {\n'.repeat(283)}${'}\n'.repeat(283)}}\n${CATALOG}indicator x "X" unit bài = ${Array.from({ length: 3720 }, () => 'bai').join(' + ')}\n`;
        const dir = workspace({ 'catalog.bcyt': deep });
        const server = await startServer(dir);
        const folder = pathToFileURL(dir).toString();
        const catalog = server.nextDiagnostics(`${folder}/catalog.bcyt`);
        const report = `${folder}/r.bcyt`;
        const published = server.nextDiagnostics(report);
        server.open(report, REPORT('catalog'));
        expect(codes(await published)).toEqual([]);
        expect(codes(await catalog)).toEqual(['limit-exceeded', 'limit-exceeded']);
        expect(await server.stop()).toBe(0);
    });
});
