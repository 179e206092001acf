import { describe, expect, test } from 'vitest';
import { DiagnosticSeverity } from 'vscode-languageserver';
import { check } from '../helpers.js';
import { findings, report } from './seed-report.js';


describe('missing-data: what a claim or an expression needs and nobody gave', () => {
    test('001: "đạt 109% so với cùng kỳ" with no same-period value: information naming indicator, org and period', async () => {
        const checked = await check(report('', '- Số trẻ dưới 1 tuổi được tiêm chủng đầy đủ là {tre_tiem_chung_day_du = 703} trẻ, đạt {tre_tiem_chung_day_du of prev = 109%} so với cùng kỳ.'));
        const [finding] = findings(checked, ['missing-data']);
        expect(finding).toEqual({
            code: 'missing-data', covered: '109', severity: DiagnosticSeverity.Information,
            message: 'Chưa kiểm tra được số nêu 109%: thiếu số liệu "Số trẻ dưới 1 tuổi được tiêm chủng đầy đủ" của Trung tâm Y tế Hoằng Hóa, quý I năm 2023',
        });
    });

    test('001: "đạt 20% kế hoạch" with no target names the plan of the year', async () => {
        const checked = await check(report('', '{tre_tiem_chung_day_du = 703} trẻ đạt {tre_tiem_chung_day_du of plan = 20%} kế hoạch'));
        expect(findings(checked, ['missing-data'])[0].message).toBe(
            'Chưa kiểm tra được số nêu 20%: thiếu số liệu kế hoạch "Số trẻ dưới 1 tuổi được tiêm chủng đầy đủ" của Trung tâm Y tế Hoằng Hóa, năm 2024');
    });

    test('001: "giảm 88 trẻ so với cùng kỳ" names the total, not its parts', async () => {
        const checked = await check(report('', '- Tổng số trẻ sinh là {tre_sinh = 746} trẻ giảm {prev(tre_sinh) - tre_sinh = 88} trẻ so với cùng kỳ.'));
        expect(findings(checked, ['missing-data'])[0].message).toBe(
            'Chưa kiểm tra được số nêu 88: thiếu số liệu "Tổng số trẻ sinh" của Trung tâm Y tế Hoằng Hóa, quý I năm 2023');
    });

    test('an expression without a stated number cannot be printed: an error on the whole expression', async () => {
        const checked = await check(report('', 'đạt {tre_tiem_chung_day_du of plan} kế hoạch'));
        const [finding] = findings(checked, ['missing-data']);
        expect([finding.covered, finding.severity]).toEqual(['{tre_tiem_chung_day_du of plan}', DiagnosticSeverity.Error]);
        // the org named once
        expect(finding.message).toBe('Không tính được {tre_tiem_chung_day_du of plan}: thiếu số liệu của Trung tâm Y tế Hoằng Hóa: "Số trẻ dưới 1 tuổi được tiêm chủng đầy đủ", quý I năm 2024; kế hoạch "Số trẻ dưới 1 tuổi được tiêm chủng đầy đủ", năm 2024');
    });

    test('001: "238.263 đạt 99,51%" states a ratio whose formula lacks the population', async () => {
        const declarations = `indicator nhan_khau "Tổng số nhân khẩu trên địa bàn huyện" unit người
indicator hssk "Số nhân khẩu đã được tạo lập Hồ sơ sức khỏe điện tử" unit người
indicator ty_le_hssk "Tỷ lệ nhân khẩu đã được tạo lập Hồ sơ sức khỏe điện tử" unit % = hssk / nhan_khau`;
        const body = 'tổng số nhân khẩu đã được tạo lập Hồ sơ sức khỏe điện tử là {hssk = 238.263} đạt {ty_le_hssk = 99,51%};';
        const [finding] = findings(await check(report(declarations, body)), ['missing-data']);
        expect([finding.covered, finding.severity, finding.message]).toEqual(['99,51', DiagnosticSeverity.Information,
            'Chưa kiểm tra được số nêu 99,51%: thiếu số liệu "Tổng số nhân khẩu trên địa bàn huyện" của Trung tâm Y tế Hoằng Hóa, quý I năm 2024']);
        const given = await check(report(declarations, body.replace('{hssk', '{nhan_khau = 239.436} {hssk')));
        expect(findings(given, ['missing-data', 'claim-mismatch'])).toEqual([]);
    });

    test.each([
        ['statements give values and never miss one', '{tre_sinh = 746} trẻ, cùng kỳ {prev(tre_sinh) = 834} trẻ'],
        ['a claim whose inputs are all given', '{tre_sinh = 746} trẻ, cùng kỳ {prev(tre_sinh) = 834}, giảm {prev(tre_sinh) - tre_sinh = 88} trẻ'],
        ['002: a planned value stated against the target block', '{plan(dan_so_tb) = 167.769} người'],
        ['an unresolved name is reported as such, not as missing data', '{khong_co_chi_so of plan = 20%}'],
    ])('silent: %s', async (_name, body) => {
        const declarations = 'target TTYT 2024 {\n  dan_so_tb = 167769\n}';
        expect(findings(await check(report(declarations, body)), ['missing-data'])).toEqual([]);
    });

    test('in English', async () => {
        const checked = await check(report('', '{tre_tiem_chung_day_du = 703} {tre_tiem_chung_day_du of prev = 109%}'), { language: 'en' });
        expect(findings(checked, ['missing-data'])[0].message).toBe(
            'The stated 109% cannot be checked: no data for "Số trẻ dưới 1 tuổi được tiêm chủng đầy đủ" for Trung tâm Y tế Hoằng Hóa, quý I năm 2023');
    });
});
