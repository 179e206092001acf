import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runBcyt as run, workspace } from '../files.js';

const CATALOG = 'org TTYT "Trung tâm Y tế Hoằng Hóa" code TTYT\nindicator bai "Số bài viết" unit bài = bai_a + bai_b\nindicator bai_a "A" unit bài\nindicator bai_b "B" unit bài\n';
const GOOD = 'import "catalog"\nreport R issuer TTYT period Q1/2024\n---\nSố bài viết là {bai = 30} bài, gồm {bai_a = 10} và {bai_b = 20} bài.\n';
const BAD = 'import "catalog"\nreport R issuer TTYT period Q1/2024\n---\nSố bài viết là {bai = 530} bài, gồm {bai_a = 10} và {bai_b = 20} bài.\n';

describe('bcyt check', () => {
    test('exit 0 and no output for consistent files', () => {
        const dir = workspace({ 'catalog.bcyt': CATALOG, 'bc.bcyt': GOOD });
        const result = run(['check', '.'], dir);
        expect(result).toMatchObject({ code: 0, stdout: '' });
    });

    test('exit 1 and file:line:col severity code message for errors', () => {
        const dir = workspace({ 'catalog.bcyt': CATALOG, 'bc.bcyt': BAD });
        const result = run(['check', 'bc.bcyt'], dir);
        expect(result.code).toBe(1);
        expect(result.stdout).toBe('bc.bcyt:4:23 error sum-mismatch Tổng số 530 bài khác tổng các thành phần 30 bài (10 + 20) — Số bài viết, Trung tâm Y tế Hoằng Hóa, quý I năm 2024\n');
    });

    test('--format json --lang en: zero-based LSP ranges and English messages', () => {
        const dir = workspace({ 'catalog.bcyt': CATALOG, 'sub/bc.bcyt': BAD.replace('"catalog"', '"../catalog"') });
        const result = run(['check', 'sub', '--format', 'json', '--lang', 'en'], dir);
        expect(result.code).toBe(1);
        expect(JSON.parse(result.stdout)).toEqual({
            diagnostics: [{
                file: join('sub', 'bc.bcyt'),
                range: { start: { line: 3, character: 22 }, end: { line: 3, character: 25 } },
                severity: 'error', code: 'sum-mismatch',
                message: 'Total 530 bài differs from the sum of its parts 30 bài (10 + 20) — Số bài viết, Trung tâm Y tế Hoằng Hóa, quý I năm 2024',
            }],
        });
    });

    test('exit 2 on a missing file, naming it', () => {
        const dir = workspace({});
        const result = run(['check', 'khong-co.bcyt'], dir);
        expect(result.code).toBe(2);
        expect(result.stderr).toContain('khong-co.bcyt');
    });

    test.each([[[]], [['check']], [['check', 'x', '--format', 'xml']], [['check', 'x', '--lang', 'fr']], [['frobnicate']]])(
        'exit 2 on usage errors: %o', (args) => {
            const result = run(args, workspace({}));
            expect(result.code).toBe(2);
            expect(result.stderr).toContain('bcyt check');
        });

    test('warnings alone exit 0', () => {
        const dir = workspace({ 'a.bcyt': 'indicator x "X" unit người\nindicator y "Y" unit người\nrule r x <= y severity warning\norg T "T"\ndata T 2024 {\n x = 5\n y = 1\n}\n' });
        const result = run(['check', 'a.bcyt'], dir);
        expect(result.code).toBe(0);
        expect(result.stdout).toContain('warning rule-violated');
    });
});
