import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runBcyt, workspace } from '../files.js';

/** A hang fails the test, not the suite. */
const run = (args: string[], cwd: string) => runBcyt(args, cwd, 30_000);

const CATALOG = 'org TTYT "Trung tâm Y tế Hoằng Hóa" code TTYT\nindicator bai "Số bài viết" unit bài\n';
const REPORT = (catalog: string) => `import "${catalog}"\nreport R issuer TTYT period Q1/2024\n---\nSố bài viết là {bai = 3} bài.\n`;
const noStack = (text: string) => !/\n\s+at |Error:/.test(text);

describe('file names and kinds', () => {
    test('an upper-case extension, checked and imported', () => {
        const dir = workspace({ 'cat.BCYT': CATALOG, 'r.bcyt': REPORT('cat.BCYT'), 'R2.BCYT': REPORT('cat') .replace('"cat"', '"cat.BCYT"') });
        expect(run(['check', 'cat.BCYT'], dir)).toMatchObject({ code: 0, stdout: '' });
        expect(run(['check', '.'], dir)).toMatchObject({ code: 0, stdout: '' });
        const built = run(['build', 'R2.BCYT'], dir);
        expect(built.code).toBe(0);
        expect(built.stdout).toContain('R2.docx');
    });

    test('a FIFO in a checked folder is named, not waited on; the other files are checked', () => {
        const dir = workspace({ 'catalog.bcyt': CATALOG, 'r.bcyt': REPORT('catalog').replace('{bai = 3}', '{bai = 3,5}') });
        execFileSync('mkfifo', [join(dir, 'ong.bcyt')]);
        const result = run(['check', '.'], dir);
        expect(result.signal).toBe(null);
        expect(result.code).toBe(2);
        expect(result.stderr).toBe('bcyt: không đọc được ong.bcyt: không phải tệp thường (thiết bị, FIFO hay thư mục)\n');
        expect(result.stdout).toContain('r.bcyt:4:');
    });

    test.each(['/dev/zero', '/dev/urandom'])('a .bcyt linked to %s: refused at once', device => {
        const dir = workspace({});
        symlinkSync(device, join(dir, 'x.bcyt'));
        const result = run(['check', 'x.bcyt', '--lang', 'en'], dir);
        expect(result).toMatchObject({ code: 2, stderr: 'bcyt: cannot read x.bcyt: not a regular file (a device, a FIFO or a folder)\n' });
        expect(run(['build', 'x.bcyt'], dir)).toMatchObject({ code: 2, stdout: '' });
    });

    test('an import linked to /dev/zero: the import says why it is not read', () => {
        const dir = workspace({ 'r.bcyt': REPORT('zero') });
        symlinkSync('/dev/zero', join(dir, 'zero.bcyt'));
        const result = run(['check', 'r.bcyt'], dir);
        expect(result.code).toBe(1);
        expect(result.stdout).toContain('r.bcyt:1:8 error unresolved-reference Không tìm thấy tệp "zero" (tệp không phải tệp thường (thiết bị, FIFO hay thư mục))');
        expect(noStack(result.stderr)).toBe(true);
    });

    test.each(['seed.txt', 'seed.md', 'catalog.json'])('a file that is not .bcyt (%s): named with what to do, no stack', name => {
        const dir = workspace({ [name]: 'BÁO CÁO\nKết quả công tác y tế quý I năm 2024.\n', 'r.bcyt': REPORT('catalog').replace('import "catalog"\n', '') });
        expect(run(['check', name, 'r.bcyt'], dir)).toMatchObject({
            code: 2, stderr: `bcyt: không đọc được ${name}: không phải tệp .bcyt (văn bản Word, .txt hay .md: chuyển bằng bcyt import)\n`,
        });
        const english = run(['check', name, '--lang', 'en'], dir);
        expect(english).toMatchObject({ code: 2, stderr: `bcyt: cannot read ${name}: not a .bcyt file (a Word, .txt or .md document: convert it with bcyt import)\n` });
        expect(run(['build', name], dir).code).toBe(2);
    });

    test('a file over 20 MB is refused with the limit named', () => {
        const dir = workspace({ 'big.bcyt': `// ${'x'.repeat(20 * 1024 * 1024)}\n` });
        expect(run(['check', 'big.bcyt'], dir)).toMatchObject({ code: 2, stderr: 'bcyt: không đọc được big.bcyt: lớn hơn 20 MB\n' });
    });
});

describe('deep and broken documents', () => {
    test('one deeply nested file in a folder: its finding, and every other file\'s findings', () => {
        const deep = `outline O "x" {\n${'section "1." "a" {\n'.repeat(283)}${'}\n'.repeat(283)}}\nindicator x "X" unit người = ${'('.repeat(160)}x${')'.repeat(160)}\n`;
        const dir = workspace({ 'a-deep.bcyt': deep, 'b.bcyt': REPORT('khong-co') });
        const result = run(['check', '.', '--format', 'json'], dir);
        expect(result.code).toBe(1);
        const found = (JSON.parse(result.stdout) as { diagnostics: Array<{ file: string; code: string }> }).diagnostics.map(d => `${d.file} ${d.code}`);
        expect(found).toEqual(['a-deep.bcyt limit-exceeded', 'a-deep.bcyt limit-exceeded', 'b.bcyt unresolved-reference', 'b.bcyt unresolved-reference', 'b.bcyt unresolved-reference']);
        expect(result.stderr).toBe('');
    });

    test('build --force with a syntax error inside an appendix directive writes the DOCX', () => {
        const dir = workspace({ 'r.bcyt': 'org T "T"\nreport R issuer T period 2024\n---\nMở đầu.\n{appendix 12}\nPhụ lục.\n' });
        expect(run(['check', 'r.bcyt'], dir).stdout).toContain('r.bcyt:5:11 error syntax-error');
        const built = run(['build', 'r.bcyt', '--force'], dir);
        expect(built).toMatchObject({ code: 0, stdout: 'r.bcyt → r.docx (--force)\n', stderr: '' });
    });
});

describe('bcyt.config.json as CHECKS.md says', () => {
    const withConfig = (config: string | undefined, setup?: (dir: string) => void) => {
        const dir = workspace({ 'r.bcyt': REPORT('missing-catalog'), ...(config === undefined ? {} : { 'bcyt.config.json': config }) });
        setup?.(dir);
        return run(['check', 'r.bcyt'], dir);
    };

    test('a byte-order mark is allowed: the severities apply', () => {
        const result = withConfig('\uFEFF{"severity": {"unresolved-reference": "off"}}');
        expect(result).toMatchObject({ code: 0, stdout: '' });
    });

    test.each([['[1,2]'], ['null'], ['"severity"'], ['{"severity": [1]}']])('%s is config-invalid', config => {
        const result = withConfig(config);
        expect(result.stdout).toContain('warning config-invalid');
        expect(result.stdout).toContain('cần dạng {"severity": {"mã": "mức"}}');
    });

    test('a configuration that is not JSON is config-invalid, quoting none of it', () => {
        const result = withConfig('mật khẩu: 123456');
        expect(result.stdout).toMatch(/config-invalid Tệp cấu hình .*bcyt\.config\.json: không phải JSON hợp lệ\n/);
        expect(result.stdout).not.toContain('mật khẩu');
        expect(result.stdout).not.toContain('123456');
    });

    test('a configuration linked to another file quotes nothing of it', () => {
        const result = withConfig(undefined, dir => {
            writeFileSync(join(dir, 'secret.txt'), 'root:$6$abcdef:19000:0:99999:7:::\n');
            symlinkSync('secret.txt', join(dir, 'bcyt.config.json'));
        });
        expect(result.stdout).toContain('config-invalid');
        expect(result.stdout).not.toMatch(/root|abcdef/);
    });

    test.each([
        ['/dev/zero', (dir: string) => symlinkSync('/dev/zero', join(dir, 'bcyt.config.json'))],
        ['a FIFO', (dir: string) => execFileSync('mkfifo', [join(dir, 'bcyt.config.json')])],
        ['a folder', (dir: string) => mkdirSync(join(dir, 'bcyt.config.json'))],
    ])('a configuration that is %s: config-invalid (unreadable), at once', (_what, setup) => {
        const result = withConfig(undefined, setup);
        expect(result.signal).toBe(null);
        expect(result.stdout).toMatch(/warning config-invalid Tệp cấu hình .*: không đọc được tệp: không phải tệp thường/);
        expect(result.stdout).toContain('unresolved-reference'); // its levels are not applied; the checks still run
    });

    test.runIf(process.getuid?.() !== 0)('a configuration without read permission: config-invalid (unreadable)', () => {
        const result = withConfig('{}', dir => chmodSync(join(dir, 'bcyt.config.json'), 0));
        expect(result.stdout).toMatch(/config-invalid .*không đọc được tệp: không đọc được/);
    });
});
