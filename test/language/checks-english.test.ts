import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { check, checkFiles } from '../helpers.js';
import { findings, report } from './seed-report.js';

/**
 * Messages in English (`--lang en`, `bcyt.language`). The Vietnamese messages, with every
 * finding's position, code and severity, are in test/checks/<code>/*.expected.
 */
const ARTICLES = `
indicator bai_viet "Số bài viết truyền thông" unit bài = bv_dich + bv_attp + bv_xh + bv_khac
indicator bv_dich "Bài về phòng chống dịch, bệnh" unit bài
indicator bv_attp "Bài về an toàn vệ sinh thực phẩm" unit bài
indicator bv_xh "Bài về các bệnh xã hội" unit bài
indicator bv_khac "Bài tuyên truyền về nội dung khác" unit bài`;

describe('messages in English with --lang en', () => {
    test('sum-mismatch and an unresolved reference', async () => {
        const checked = await check(report(ARTICLES, '{bai_viet = 530} {bv_dich = 176} {bv_attp = 105} {bv_xh = 58} {bv_khac = 91} {nope}'), { language: 'en' });
        expect(checked.diagnostics().map(d => d.message).sort()).toEqual([
            'Cannot resolve indicator "nope" (check the name and the imports)',
            'Total 530 bài differs from the sum of its parts 430 bài (176 + 105 + 58 + 91) — Số bài viết truyền thông, Trung tâm Y tế Hoằng Hóa, quý I năm 2024',
        ]);
    });

    test('claim-mismatch: a statement checked against data names where the data is', async () => {
        const checked = await check(report(`data TTYT Q1/2024 {
  tre_tiem_chung_day_du = 703
}`, 'Số trẻ là {tre_tiem_chung_day_du = 730} trẻ.'), { language: 'en' });
        expect(checked.diagnostics()[0].message).toContain('data at main.bcyt:2');
    });

    test('missing-data', async () => {
        const checked = await check(report('', '{tre_tiem_chung_day_du = 703} {tre_tiem_chung_day_du of prev = 109%}'), { language: 'en' });
        expect(findings(checked, ['missing-data'])[0].message).toBe(
            'The stated 109% cannot be checked: no data for "Số trẻ dưới 1 tuổi được tiêm chủng đầy đủ" for Trung tâm Y tế Hoằng Hóa, quý I năm 2023; by the stated number it is 643–647');
    });

    test('unit-mismatch in prose', async () => {
        const checked = await check(report('', '{pnct_tiem_uv2 = 694} trẻ'), { language: 'en' });
        expect(findings(checked, ['unit-mismatch'])[0].message).toBe('Unit mismatch: "trẻ" after the value of "Số phụ nữ có thai được tiêm UV2+", an indicator counted in phụ nữ');
    });
});

describe('messages in English of documents of test/checks', () => {
    /** the documents (paths under test/checks, the first one checked), checked together so that imports resolve */
    const checkDocuments = (paths: readonly string[]) =>
        checkFiles(Object.fromEntries(paths.map(path => [path, readFileSync(`test/checks/${path}`, 'utf8')])), { language: 'en' });
    test.each([
        ['duplicate-name', ['duplicate-name/within-a-file-and-against-an-import/a.bcyt', 'duplicate-name/within-a-file-and-against-an-import/b.bcyt'],
            ['The name "người" is already declared at 00-units.bcyt:3', 'The name "x" is already declared at a.bcyt:4']],
        ['period-invalid', ['period-invalid/quarter-5-in-data.bcyt'], ['Invalid period "Q5/2024": quarters are Q1 to Q4']],
        ['legal-date-after-document', ['legal-date-after-document/issued-after-the-letter.bcyt', '_shared/kon-tum.bcyt'],
            ['4500/KH-UBND was issued on 20/12/2023, after this document\'s date (30/11/2023)']],
        // periods are still named in Vietnamese inside English messages: the English frame only
        ['target-period', ['target-period/half-year-more-than-the-year.bcyt'], [/^The target "Tổng số lượt khám bệnh" for .* \(1\.200\) exceeds the target for .* \(1\.000\), which contains it$/]],
        ['target-status', ['target-status/count-short-of-its-target.bcyt'], [/^Target "Số trẻ dưới 1 tuổi được tiêm chủng đầy đủ" not met: actual 3\.400 trẻ, target = 3\.515 trẻ \(Trung tâm Y tế Thiệu Hóa, .*\)$/]],
        ['date-before-period-end', ['date-before-period-end/dated-within-the-quarter.bcyt'], [/^The document is dated 25\/3\/2024, before its period \(.*\) ends on 31\/3\/2024$/]],
    ] as const)('%s', async (code, paths, messages) => {
        const checked = await checkDocuments(paths);
        const found = checked.diagnostics(paths[0]).filter(d => d.code === code).map(d => d.message);
        expect(found).toHaveLength(messages.length);
        messages.forEach((message, i) => (typeof message === 'string' ? expect(found[i]).toBe(message) : expect(found[i]).toMatch(message)));
    });
});
