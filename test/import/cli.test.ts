import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import { report } from './helpers.js';

const BCYT = resolve('bin/bcyt.js');

function run(args: string[], cwd: string) {
    const result = spawnSync(process.execPath, [BCYT, ...args], { cwd, encoding: 'utf8' });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const BODY = 'Số bài viết truyền thông là 530 bài so với cùng kỳ là 464 bài. Trong đó: về phòng chống dịch là 176 bài, về an toàn thực phẩm là 105 bài, về các bệnh xã hội là 58 bài, về nội dung khác là 91 bài.';

/** A Word file of `text`, a paragraph a line (as Word saves a pasted text). */
function wordFile(text: string): Uint8Array {
    const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
    const body = text.split('\n').map(line => `<w:p><w:r><w:t xml:space="preserve">${escape(line)}</w:t></w:r></w:p>`).join('');
    return zipSync({
        'word/document.xml': strToU8(`<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`),
    });
}

function folder(files: Record<string, string | Uint8Array>): string {
    const dir = mkdtempSync(join(tmpdir(), 'bcyt-import-cli-'));
    for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
    return dir;
}

describe('bcyt import', () => {
    test('writes the draft beside the document, never over an existing file unless --force', () => {
        const dir = folder({ 'bao-cao.txt': report(BODY) });
        const first = run(['import', 'bao-cao.txt'], dir);
        expect(first.code).toBe(0);
        expect(first.stdout).toMatch(/^bao-cao\.txt → bao-cao\.bcyt: \d+ số liệu thành mệnh đề/);
        const draft = readFileSync(join(dir, 'bao-cao.bcyt'), 'utf8');
        expect(draft).toContain('report BC_bao_cao');
        expect(draft).toContain('{bai_viet_truyen_thong = 530} bài');

        writeFileSync(join(dir, 'bao-cao.bcyt'), 'bản đã sửa tay');
        const again = run(['import', 'bao-cao.txt'], dir);
        expect(again.code).toBe(2);
        expect(again.stderr).toContain('bao-cao.bcyt đã có');
        expect(readFileSync(join(dir, 'bao-cao.bcyt'), 'utf8')).toBe('bản đã sửa tay');

        expect(run(['import', 'bao-cao.txt', '--force'], dir).code).toBe(0);
        expect(readFileSync(join(dir, 'bao-cao.bcyt'), 'utf8')).toBe(draft);
        expect(run(['import', 'bao-cao.txt', '-o', 'khac.bcyt'], dir).code).toBe(0);
        expect(readFileSync(join(dir, 'khac.bcyt'), 'utf8')).toBe(draft);
    });

    test('the draft checks: the slip of the original is found in it', () => {
        const dir = folder({ 'bao-cao.docx': wordFile(report(BODY)) });
        expect(run(['import', 'bao-cao.docx'], dir).code).toBe(0);
        const check = run(['check', 'bao-cao.bcyt'], dir);
        expect(check.code).toBe(1);
        expect(check.stdout).toMatch(/^bao-cao\.bcyt:\d+:\d+ error sum-mismatch Tổng số 530\b.* 430\b/m);
    });

    test('a damaged file: a clear error naming it, exit 2, nothing written', () => {
        const dir = folder({ 'hong.docx': 'PK không phải zip' });
        const result = run(['import', 'hong.docx'], dir);
        expect(result.code).toBe(2);
        expect(result.stderr).toContain('hong.docx: tệp Word bị hỏng');
        expect(existsSync(join(dir, 'hong.bcyt'))).toBe(false);
        const en = run(['import', 'hong.docx', '--lang', 'en'], dir);
        expect(en.stderr).toContain('hong.docx: the Word file is damaged');
        expect(run(['import', 'khong-co.docx'], dir).code).toBe(2);
        expect(run(['import'], dir).code).toBe(2);
    });
});

describe('bcyt check file.docx', () => {
    test('reports at the paragraph of the original, the sentence quoted; exit 1', () => {
        const dir = folder({ 'bao-cao.docx': wordFile(report(BODY)) });
        const result = run(['check', 'bao-cao.docx'], dir);
        expect(result.code).toBe(1);
        // the body is the 7th non-empty paragraph; "530" is its 29th character
        expect(result.stdout).toMatch(/^bao-cao\.docx:7:29 error sum-mismatch Tổng số 530\b.* 430\b.*\(176 \+ 105 \+ 58 \+ 91\)/m);
        expect(result.stdout).toContain('— “Số bài viết truyền thông là 530 bài so với cùng kỳ là 464 bài.”');
        expect(existsSync(join(dir, 'bao-cao.bcyt'))).toBe(false);
    });

    test('JSON: the paragraph and the sentence; a correct document exits 0', () => {
        const dir = folder({ 'bao-cao.docx': wordFile(report(BODY)), 'dung.docx': wordFile(report(BODY.replace('530', '430'))) });
        const result = run(['check', 'bao-cao.docx', '--format', 'json', '--lang', 'en'], dir);
        const diagnostics = JSON.parse(result.stdout).diagnostics.filter((d: { severity: string }) => d.severity === 'error');
        expect(diagnostics).toEqual([expect.objectContaining({
            file: 'bao-cao.docx', code: 'sum-mismatch', paragraph: 7, quote: 'Số bài viết truyền thông là 530 bài so với cùng kỳ là 464 bài.',
            range: { start: { line: 6, character: 28 }, end: { line: 6, character: 28 } },
        })]);
        expect(diagnostics[0].message).toMatch(/^Total 530\b.* differs from the sum of its parts 430\b/);
        expect(run(['check', 'dung.docx'], dir).code).toBe(0);
    });

    test('a damaged Word file beside a good one: named, exit 2', () => {
        const dir = folder({ 'hong.docx': 'không phải zip', 'bao-cao.docx': wordFile(report(BODY)) });
        const result = run(['check', 'hong.docx', 'bao-cao.docx'], dir);
        expect(result.code).toBe(2);
        expect(result.stderr).toContain('hong.docx: tệp Word bị hỏng');
        expect(result.stdout).toContain('bao-cao.docx:7:29 error sum-mismatch');
    });
});
