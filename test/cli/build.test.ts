import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import { runBcyt, workspace } from '../files.js';

const run = runBcyt;

const CATALOG = 'org TTYT "Trung tâm Y tế Hoằng Hóa" code TTYT\nindicator bai "Số bài viết" unit bài\n';
const REPORT = (catalog: string, count: number) =>
    `import "${catalog}"\nreport R issuer TTYT period Q1/2024\n---\nSố bài viết là {bai = ${count}} bài.\n`;

const isZip = (path: string) => readFileSync(path).subarray(0, 2).toString() === 'PK';

describe('bcyt build never writes over what it should not (exit 2, nothing changed)', () => {
    test.each([
        ['the source itself', 'r.bcyt'],
        ['the imported catalog', 'catalog.bcyt'],
        ['a source in upper case', 'R.BCYT'],
        ['a text file', 'notes.txt'],
        ['a link to the source', 'link.docx'],
        ['the configuration', 'bcyt.config.json'],
        ['a folder', 'sub'],
    ])('-o naming %s', (_what, target) => {
        const dir = workspace({ 'catalog.bcyt': CATALOG, 'r.bcyt': REPORT('catalog', 3), 'notes.txt': 'ghi chú\n', 'bcyt.config.json': '{}', 'sub/x': '' });
        symlinkSync('r.bcyt', join(dir, 'link.docx'));
        const before = readdirSync(dir).map(name => [name, statSync(join(dir, name)).isFile() ? readFileSync(join(dir, name), 'utf8') : 'folder']);
        const result = run(['build', 'r.bcyt', '-o', target], dir);
        expect(result.code).toBe(2);
        expect(result.stderr).toMatch(/Không ghi tệp DOCX .*: (đây là tệp nguồn|tệp đã có không phải là tệp DOCX|đường dẫn là một thư mục)/);
        expect(result.stderr).not.toMatch(/\n\s+at /); // no stack
        const after = readdirSync(dir).map(name => [name, statSync(join(dir, name)).isFile() ? readFileSync(join(dir, name), 'utf8') : 'folder']);
        expect(after).toEqual(before);
    });

    test('a read-only DOCX target in a writable folder: a clear error, the file left as it was', () => {
        const dir = workspace({ 'catalog.bcyt': CATALOG, 'r.bcyt': REPORT('catalog', 3) });
        expect(run(['build', 'r.bcyt'], dir).code).toBe(0);
        const docx = join(dir, 'r.docx');
        const bytes = readFileSync(docx);
        chmodSync(docx, 0o444);
        writeFileSync(join(dir, 'r.bcyt'), REPORT('catalog', 4));
        const result = run(['build', 'r.bcyt'], dir);
        expect(result.code).toBe(2);
        expect(result.stderr).toContain('tệp chỉ cho phép đọc');
        expect(readFileSync(docx).equals(bytes)).toBe(true);
    });

    test('a DOCX it made is replaced', () => {
        const dir = workspace({ 'catalog.bcyt': CATALOG, 'r.bcyt': REPORT('catalog', 3) });
        expect(run(['build', 'r.bcyt', '-o', 'bao-cao.docx'], dir).code).toBe(0);
        const first = statSync(join(dir, 'bao-cao.docx')).size;
        writeFileSync(join(dir, 'r.bcyt'), REPORT('catalog', 3).replace('bài.\n', 'bài.\nThêm một đoạn văn nữa để tệp DOCX khác đi.\n'));
        expect(run(['build', 'r.bcyt', '-o', 'bao-cao.docx'], dir)).toMatchObject({ code: 0 });
        expect(statSync(join(dir, 'bao-cao.docx')).size).not.toBe(first);
    });

    test('--out-dir naming an existing file: a clear error, no stack', () => {
        const dir = workspace({ 'catalog.bcyt': CATALOG, 'a/r.bcyt': REPORT('../catalog', 3), 'out': 'not a folder' });
        const result = run(['build', '.', '--out-dir', 'out'], dir);
        expect(result.code).toBe(2);
        expect(result.stderr).toContain('không tạo được thư mục xuất');
        expect(result.stderr).not.toMatch(/EEXIST|\n\s+at /);
        expect(readFileSync(join(dir, 'out'), 'utf8')).toBe('not a folder');
    });
});

describe('bcyt build <folder> --out-dir keeps the folder structure', () => {
    test('two communes\' r.bcyt make two DOCX files', () => {
        const dir = workspace({
            'catalog.bcyt': CATALOG, 'xa/a/r.bcyt': REPORT('../../catalog', 3), 'xa/b/r.bcyt': REPORT('../../catalog', 5),
        });
        const result = run(['build', 'xa', '--out-dir', 'out'], dir);
        expect(result.code).toBe(0);
        expect(isZip(join(dir, 'out/a/r.docx')) && isZip(join(dir, 'out/b/r.docx'))).toBe(true);
        expect(readFileSync(join(dir, 'out/a/r.docx')).equals(readFileSync(join(dir, 'out/b/r.docx')))).toBe(false);
        expect(result.stdout.split('\n').filter(Boolean)).toHaveLength(2);
    });

    test('a DOCX file name made twice (r.bcyt and R.bcyt) is refused the second time', () => {
        const dir = workspace({ 'catalog.bcyt': CATALOG, 'xa/r.bcyt': REPORT('../catalog', 3), 'xa/R.bcyt': REPORT('../catalog', 5) });
        const result = run(['build', 'xa', '--out-dir', 'out'], dir);
        expect(result.code).toBe(2);
        expect(result.stderr).toMatch(/xa\/[rR]\.bcyt: không dựng vì sẽ ghi đè out\/[rR]\.docx vừa dựng từ xa\/[rR]\.bcyt/);
        expect(readdirSync(join(dir, 'out'))).toHaveLength(1);
    });

    test('into the source folder: the DOCX files beside their sources, the sources untouched', () => {
        const dir = workspace({ 'catalog.bcyt': CATALOG, 'a/r.bcyt': REPORT('../catalog', 3) });
        const result = run(['build', '.', '--out-dir', '.'], dir);
        expect(result.code).toBe(0);
        expect(isZip(join(dir, 'a/r.docx'))).toBe(true);
        expect(readFileSync(join(dir, 'a/r.bcyt'), 'utf8')).toBe(REPORT('../catalog', 3));
        expect(readFileSync(join(dir, 'catalog.bcyt'), 'utf8')).toBe(CATALOG);
    });
});

describe('temporary files', () => {
    test('a stale temporary of a killed build is swept by the next build; others are left', () => {
        const dir = workspace({ 'catalog.bcyt': CATALOG, 'r.bcyt': REPORT('catalog', 3) });
        const gone = spawnSync(process.execPath, ['-e', '0']).pid!;
        const stale = join(dir, `.r.docx.${gone}.0123456789ab.tmp`);
        const alive = join(dir, `.r.docx.${process.pid}.0123456789ab.tmp`);
        const foreign = join(dir, '.r.docx.tmp');
        for (const path of [stale, alive, foreign]) writeFileSync(path, 'half a DOCX');
        expect(run(['build', 'r.bcyt'], dir).code).toBe(0);
        expect([existsSync(stale), existsSync(alive), existsSync(foreign)]).toEqual([false, true, true]);
    });

    test.each(['SIGTERM', 'SIGINT', 'SIGHUP'])('a write interrupted by %s removes its temporary file and keeps the old DOCX', async signal => {
        const dir = workspace({ 'r.docx': 'the previous DOCX' });
        const writer = pathToFileURL(resolve('out/src/docx/write.js')).toString();
        // writes 64 MB and, as soon as the temporary file appears, receives the signal
        const script = `
            import { readdirSync } from 'node:fs';
            import { writeDocxAtomically } from ${JSON.stringify(writer)};
            const dir = ${JSON.stringify(dir)};
            const watch = setInterval(() => {
                if (readdirSync(dir).some(n => n.endsWith('.tmp'))) { clearInterval(watch); process.kill(process.pid, ${JSON.stringify(signal)}); }
            }, 0);
            await writeDocxAtomically(Buffer.alloc(64 * 1024 * 1024, 1), dir + '/r.docx');
            clearInterval(watch);
            console.log('finished before the signal');`;
        const child = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: 'pipe' });
        let output = '';
        child.stdout.on('data', chunk => { output += chunk; });
        const exit = await new Promise<{ code: number | null; signal: string | null }>(done => child.on('exit', (code, sig) => done({ code, signal: sig })));
        expect(output).toBe('');
        expect(exit.signal).toBe(signal);
        expect(readdirSync(dir)).toEqual(['r.docx']);
        expect(readFileSync(join(dir, 'r.docx'), 'utf8')).toBe('the previous DOCX');
    });
});

describe('a failure while printing', () => {
    test('is a failed build with a plain message, not a stack', async () => {
        const { compileDocument } = await import('../../src/build/compile.js');
        const { check } = await import('../helpers.js');
        const checked = await check(REPORT('catalog').replace('import "catalog"\n', CATALOG));
        checked.services.evaluation.Evaluator.session = () => { throw new TypeError('no session'); };
        const dir = workspace({});
        const outcome = await compileDocument(checked.services, checked.documents['main.bcyt'], join(dir, 'r.docx'), true);
        expect(outcome).toEqual({ status: 'failed', message: 'lỗi nội bộ khi dựng văn bản (xin báo lỗi này kèm tệp): no session' });
        expect(readdirSync(dir)).toEqual([]);
    });
});

describe('bcyt build --timings', () => {
    test.each([
        ['vi', ['Node khởi động', 'phân tích danh mục khởi đầu', 'kiểm tra (cả các phép tính)', 'dựng DOCX', 'ghi tệp', 'tổng']],
        ['en', ['Node starts', 'parse the starter catalog', 'checks (the evaluated ones too)', 'render the DOCX', 'write the file', 'total']],
    ])('says where the time went on stderr, in %s, the output unchanged', (lang, steps) => {
        const dir = workspace({ 'catalog.bcyt': CATALOG, 'r.bcyt': REPORT('catalog', 3) });
        const plain = run(['build', 'r.bcyt', '--lang', lang], dir);
        const timed = run(['build', 'r.bcyt', '--lang', lang, '--timings'], dir);
        expect(timed.code).toBe(0);
        expect(timed.stdout).toBe(plain.stdout);
        expect(plain.stderr).toBe('');
        const rows = new Map([...timed.stderr.matchAll(/^ {2}(.+?) +(\d+[.,]\d)$/gm)].map(m => [m[1], Number(m[2].replace(',', '.'))]));
        for (const step of steps) expect([...rows.keys()].some(label => label.startsWith(step))).toBe(true);
        const total = [...rows].find(([label]) => label.startsWith(steps[5]))![1];
        const parts = [...rows].filter(([label]) => !label.startsWith(steps[5])).reduce((sum, [, ms]) => sum + ms, 0);
        // the steps follow one another: together they are the total, to the rounding of each
        expect(Math.abs(total - parts)).toBeLessThan(rows.size * 0.1 + 1);
    });

    test('a folder: one table, each step summed over the documents', () => {
        const dir = workspace({ 'catalog.bcyt': CATALOG, 'a/r.bcyt': REPORT('../catalog', 3), 'b/r.bcyt': REPORT('../catalog', 4) });
        const result = run(['build', '.', '--out-dir', 'out', '--timings', '--lang', 'en'], dir);
        expect(result.code).toBe(0);
        expect(result.stderr.match(/^timings \(ms\):$/gm)).toHaveLength(1);
        expect(result.stderr.match(/^ {2}render the DOCX/gm)).toHaveLength(1);
    });
});

describe('bcyt build <folder> in worker threads', () => {
    const FOLDER = {
        'catalog.bcyt': CATALOG,
        'a/r.bcyt': REPORT('../catalog', 3),
        // an error: refused
        'b/r.bcyt': REPORT('../catalog', 4).replace('bài.\n', 'bài.\nSố khác là {khong_co = 1}.\n'),
        'c/r.bcyt': REPORT('../catalog', 5),
        // one DOCX name twice: the second is refused, whichever thread builds the first
        'xa/r.bcyt': REPORT('../catalog', 6),
        'xa/R.bcyt': REPORT('../catalog', 7),
        'd/r.bcyt': REPORT('../catalog', 8),
    };
    const build = (dir: string, threads: string, out: string) => {
        const result = spawnSync(process.execPath, [resolve('bin/bcyt.js'), 'build', '.', '--out-dir', out, '--timings', '--lang', 'en'],
            { cwd: dir, encoding: 'utf8', env: { ...process.env, BCYT_BUILD_THREADS: threads } });
        const [said, timings] = result.stderr.split(/^timings \(ms\):\n/m);
        return { code: result.status, stdout: result.stdout.replaceAll(out, 'OUT'), stderr: said.replaceAll(out, 'OUT'), timings };
    };

    test('say and write what one thread does, in the folder\'s order', async () => {
        const dir = workspace(FOLDER);
        const one = build(dir, '1', 'out1');
        const two = build(dir, '2', 'out2');
        expect(one.timings).not.toContain('build threads');
        expect(two.timings).toContain('build threads');
        expect(two).toMatchObject({ code: one.code, stdout: one.stdout, stderr: one.stderr });
        expect(one.code).toBe(2);
        expect(one.stdout.split('\n').filter(Boolean).map(line => line.split(' → ')[0])).toEqual(['a/r.bcyt', 'c/r.bcyt', 'd/r.bcyt', 'xa/r.bcyt']);
        expect(one.stderr).toContain('b/r.bcyt: 1 error remains');
        expect(one.stderr).toContain('xa/R.bcyt: not built');
        const { default: JSZip } = await import('jszip');
        const body = async (file: string) => (await JSZip.loadAsync(readFileSync(join(dir, file)))).file('word/document.xml')!.async('string');
        for (const docx of ['a/r.docx', 'c/r.docx', 'd/r.docx', 'xa/r.docx']) {
            expect(await body(join('out2', docx))).toBe(await body(join('out1', docx)));
        }
        expect(existsSync(join(dir, 'out2', 'b', 'r.docx'))).toBe(false);
    });
});
