import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { afterEach, describe, expect, test } from 'vitest';
import { runBcyt, workspace } from '../files.js';

const BCYT = resolve(__dirname, '../../bin/bcyt.js');
const CATALOG = 'org TTYT "Trung tâm Y tế Hoằng Hóa" code TTYT\nindicator bai "Số bài viết" unit bài = bai_a + bai_b\nindicator bai_a "A" unit bài\nindicator bai_b "B" unit bài\n';
const report = (total: number, extra = '') =>
    `import "catalog"\nreport R issuer TTYT period Q1/2024\n---\nSố bài viết là {bai = ${total}} bài, gồm {bai_a = 10} và {bai_b = 20} bài.\n${extra}`;

/** `bcyt watch …` running in `cwd`; `next(pattern)` waits for the output after what was already read to match. */
function startWatch(args: string[], cwd: string) {
    const child = spawn(process.execPath, [BCYT, 'watch', ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let read = 0;
    const waiting: Array<() => void> = [];
    child.stdout!.setEncoding('utf8').on('data', chunk => { stdout += chunk; waiting.splice(0).forEach(wake => wake()); });
    child.stderr!.setEncoding('utf8').on('data', chunk => { stderr += chunk; });
    const exited = new Promise<number | null>(done => child.on('exit', code => { waiting.splice(0).forEach(wake => wake()); done(code); }));
    const next = async (pattern: RegExp, timeout = 30_000): Promise<string> => {
        const until = Date.now() + timeout;
        for (;;) {
            const rest = stdout.slice(read);
            const match = pattern.exec(rest);
            if (match) {
                read += match.index + match[0].length;
                return rest.slice(0, match.index + match[0].length);
            }
            if (child.exitCode !== null || Date.now() > until) {
                throw new Error(`no ${pattern} in the output of bcyt watch:\n${stdout}\nstderr:\n${stderr}`);
            }
            await new Promise<void>(wake => { waiting.push(wake); setTimeout(wake, 200); });
        }
    };
    running.push(child);
    return { child, next, exited, output: () => ({ stdout, stderr }) };
}

const running: ChildProcess[] = [];
// each test starts a watch and waits for several builds: room for a loaded machine
const SLOW = 180_000;
afterEach(() => {
    for (const child of running.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
});

/** The text of a DOCX's body, its runs joined. */
const documentText = (path: string) => [...strFromU8(unzipSync(readFileSync(path))['word/document.xml']).matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map(m => m[1]).join('');
const WATCHING = /Đang theo dõi .*Ctrl-C để dừng\.\n/;

describe('bcyt watch <file>', () => {
    test('builds, rebuilds on save, refuses while an error remains and keeps the previous DOCX, builds again once fixed, ends on Ctrl-C', async () => {
        const dir = workspace({ 'catalog.bcyt': CATALOG, 'r.bcyt': report(30) });
        const docx = join(dir, 'r.docx');
        const watch = startWatch(['r.bcyt'], dir);
        const first = await watch.next(WATCHING);
        expect(first).toMatch(/r\.bcyt: 0 lỗi, 0 phát hiện khác\n/);
        expect(first).toMatch(/r\.bcyt → r\.docx \(\d+,\d\d s\)\n/);
        expect(documentText(docx)).toContain('Số bài viết là 30 bài');

        writeFileSync(join(dir, 'r.bcyt'), report(30, 'Một đoạn văn mới được thêm vào.\n'));
        await watch.next(/r\.bcyt → r\.docx \(\d+,\d\d s\)\n/);
        expect(documentText(docx)).toContain('Một đoạn văn mới được thêm vào.');
        const good = readFileSync(docx);

        writeFileSync(join(dir, 'r.bcyt'), report(530, 'Một đoạn văn mới được thêm vào.\n'));
        const refused = await watch.next(/không xuất DOCX.*\n/);
        expect(refused).toContain('r.bcyt: 1 lỗi');
        expect(refused).toMatch(/r\.bcyt:4:23 error sum-mismatch Tổng số 530 bài khác tổng các thành phần 30 bài/);
        expect(refused).toMatch(/r\.bcyt: còn 1 lỗi, không xuất DOCX; r\.docx \(nếu có\) được giữ nguyên/);
        expect(readFileSync(docx).equals(good)).toBe(true);

        writeFileSync(join(dir, 'r.bcyt'), report(30, 'Đoạn văn đã sửa.\n'));
        await watch.next(/r\.bcyt → r\.docx/);
        expect(documentText(docx)).toContain('Đoạn văn đã sửa.');

        watch.child.kill('SIGINT');
        expect(await watch.exited).toBe(0);
        expect(watch.output().stdout).toMatch(/Đã dừng theo dõi\.\n$/);
        expect(watch.output().stderr).toBe('');
        // the user's files are all there, and no temporary is left
        expect(readdirSync(dir).sort()).toEqual(['catalog.bcyt', 'r.bcyt', 'r.docx']);
    }, SLOW);

    test('a save of the imported catalog rebuilds the report; a save without a change does not', async () => {
        const dir = workspace({ 'catalog.bcyt': CATALOG, 'r.bcyt': report(30) });
        const watch = startWatch(['r.bcyt', '-o', 'out/bao-cao.docx', '--lang', 'en'], dir);
        expect(await watch.next(/Press Ctrl-C to stop\.\n/)).toMatch(/r\.bcyt → out\/bao-cao\.docx \(\d+\.\d\d s\)\n/);

        writeFileSync(join(dir, 'r.bcyt'), report(30));
        // the catalog now counts bai in "trẻ": the report's "bài" no longer fits
        writeFileSync(join(dir, 'catalog.bcyt'), CATALOG.replaceAll('unit bài', 'unit trẻ'));
        const rebuilt = await watch.next(/no DOCX written.*\n/);
        expect(rebuilt).toMatch(/r\.bcyt: [1-9]\d* error\(s\)/);
        expect(rebuilt).toContain('unit-mismatch');
        // the unchanged save of r.bcyt made no build of its own
        expect(rebuilt.match(/\] r\.bcyt: \d+ error/g), rebuilt).toHaveLength(1);

        watch.child.kill('SIGINT');
        expect(await watch.exited).toBe(0);
        expect(watch.output().stdout).toMatch(/Stopped watching\.\n$/);
    }, SLOW);
});

describe('bcyt watch <folder> --out-dir', () => {
    test('builds every document of the folder, and a document saved into it later', async () => {
        const dir = workspace({ 'bc/catalog.bcyt': CATALOG, 'bc/a/r.bcyt': report(30).replace('"catalog"', '"../catalog"') });
        const watch = startWatch(['bc', '--out-dir', 'out'], dir);
        expect(await watch.next(WATCHING)).toMatch(/bc\/a\/r\.bcyt → out\/a\/r\.docx/);

        // a file `bcyt build` would skip (an editor's lock or backup file) is not built
        writeFileSync(join(dir, 'bc/.#b.bcyt'), report(30));
        writeFileSync(join(dir, 'bc/b.bcyt'), report(30, 'Văn bản thứ hai.\n'));
        expect(await watch.next(/bc\/b\.bcyt → out\/b\.docx.*\n/)).not.toContain('.#b');
        expect(documentText(join(dir, 'out/b.docx'))).toContain('Văn bản thứ hai.');

        watch.child.kill('SIGINT');
        expect(await watch.exited).toBe(0);
        expect(existsSync(join(dir, 'out/a/r.docx'))).toBe(true);
        expect(watch.output().stdout).not.toContain('.#b');
        expect(readdirSync(join(dir, 'out')).sort()).toEqual(['a', 'b.docx']);
    }, SLOW);

    test.each([
        ['a folder without --out-dir', ['bc'], /--out-dir/],
        ['nothing to watch', ['khong-co.bcyt'], /không tìm thấy khong-co\.bcyt/],
        ['two inputs', ['bc', 'bc/catalog.bcyt', '--out-dir', 'out'], /bcyt watch </],
    ])('%s: exit 2 with a message', (_what, args, message) => {
        const dir = workspace({ 'bc/catalog.bcyt': CATALOG });
        const result = runBcyt(['watch', ...args], dir);
        expect(result.code).toBe(2);
        expect(result.stderr).toMatch(message);
    });
});
