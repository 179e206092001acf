import { describe, expect, test } from 'vitest';
import { DiagnosticSeverity } from 'vscode-languageserver';
import { check } from '../helpers.js';
import { checkCodes, findings } from './seed-report.js';

/** Seed 002: TTYT Thiệu Hóa and the 13 communes of its appendix. */
const COMMUNES = ['Thiệu Toán', 'Thiệu Chính', 'Minh Tâm', 'Thiệu Lý', 'Thiệu Vận', 'Tân Châu', 'Thiệu Giao', 'Thiệu Ngọc',
    'Thiệu Thành', 'Thiệu Công', 'Thiệu Long', 'Thiệu Quang', 'Thiệu Nguyên'];
const ids = COMMUNES.map((_, i) => `TYT_${i + 1}`);
const CATALOG = `org SYT "Sở Y tế Thanh Hóa" code SYT
org TTYT "Trung tâm Y tế Thiệu Hóa" code TTYT parent SYT
${COMMUNES.map((name, i) => `org ${ids[i]} "Trạm Y tế xã ${name}" parent TTYT`).join('\n')}
org TYT_Khac "Trạm Y tế xã Hoằng Xuân" parent SYT
`;
const plan = (targets: string, header = 'plan KH issuer TTYT period 2024 date T1/2024') => `${CATALOG}${targets}\n${header}\n---\n`;

describe('target-rollup: a count target against the list that details it (seed 002, phụ lục 01)', () => {
    test.each([
        ['002: 13 xã, 13 communes listed', `xa_dat_chuan_qg = 13 xã detail ${ids.join(', ')}`, []],
        ['13 xã, 12 listed', `xa_dat_chuan_qg = 13 xã detail ${ids.slice(1).join(', ')}`, ['target-rollup 13']],
        ['a commune listed twice', `xa_dat_chuan_qg = 13 xã detail ${ids.join(', ')}, TYT_1`, ['target-rollup TYT_1']],
        ['a station of another district', `xa_dat_chuan_qg = 13 xã detail ${ids.slice(1).join(', ')}, TYT_Khac`, ['target-rollup TYT_Khac']],
        ['at least 12, 13 listed', `xa_dat_chuan_qg >= 12 xã detail ${ids.join(', ')}`, []],
        ['at least 14, 13 listed', `xa_dat_chuan_qg >= 14 xã detail ${ids.join(', ')}`, ['target-rollup 14']],
    ])('%s', async (_name, line, expected) => {
        expect(await checkCodes(plan(`target TTYT 2024 {\n  ${line}\n}`), ['target-rollup'])).toEqual(expected);
    });

    test('the message counts the list; the fix writes the count', async () => {
        const checked = await check(plan(`target TTYT 2024 {\n  xa_dat_chuan_qg = 13 xã detail ${ids.slice(1).join(', ')}\n}`));
        const diagnostic = checked.diagnostics().find(d => d.code === 'target-rollup')!;
        expect(diagnostic.message).toBe('Chỉ tiêu "Số xã, phường, thị trấn đạt Bộ tiêu chí quốc gia về y tế" = 13 xã nhưng danh sách chi tiết có 12 đơn vị');
        expect((diagnostic.data as { replacement: string }).replacement).toBe('12');
    });
});

describe("target-rollup: the communes' targets against the district's", () => {
    const communes = (values: number[]) => values.map((v, i) => `target ${ids[i]} 2024 {\n  tre_tiem_chung_day_du = ${v}\n}`).join('\n');
    test.each([
        ['all 13 add up', `target TTYT 2024 {\n  tre_tiem_chung_day_du = 1300\n}\n${communes(Array(13).fill(100))}`, []],
        ['all 13 add up to less', `target TTYT 2024 {\n  tre_tiem_chung_day_du = 1350\n}\n${communes(Array(13).fill(100))}`, ['target-rollup 1350']],
        ['three given, already more than the district', `target TTYT 2024 {\n  tre_tiem_chung_day_du = 250\n}\n${communes([100, 100, 100])}`, ['target-rollup 250']],
        ['three given, less than the district (the others may follow)', `target TTYT 2024 {\n  tre_tiem_chung_day_du = 1300\n}\n${communes([100, 100, 100])}`, []],
        ['percentages do not add up', `target TTYT 2024 {\n  ty_le_tham_gia_bhyt = 95 %\n}\ntarget TYT_1 2024 {\n  ty_le_tham_gia_bhyt = 90 %\n}`, []],
    ])('%s', async (_name, targets, expected) => {
        expect(await checkCodes(plan(targets), ['target-rollup'])).toEqual(expected);
    });
});

describe('target-period: sub-period targets against the year', () => {
    const quarters = (values: number[], indicator = 'luot_kham') =>
        values.map((v, i) => `target TTYT Q${i + 1}/2024 {\n  ${indicator} = ${v}\n}`).join('\n');
    test.each([
        ['four quarters adding up to the year', `target TTYT 2024 {\n  luot_kham = 1000\n}\n${quarters([250, 250, 250, 250])}`, []],
        ['four quarters adding up to less than the year', `target TTYT 2024 {\n  luot_kham = 1000\n}\n${quarters([200, 250, 250, 250])}`, ['target-period 200']],
        ['two quarters already more than the year', `target TTYT 2024 {\n  luot_kham = 1000\n}\n${quarters([600, 600])}`, ['target-period 600']],
        ['a half-year more than the year', `target TTYT 2024 {\n  luot_kham = 1000\n}\ntarget TTYT H1/2024 {\n  luot_kham = 1200\n}`, ['target-period 1200']],
        ['the first 6 months within the year', `target TTYT 2024 {\n  luot_kham = 1000\n}\ntarget TTYT 6T/2024 {\n  luot_kham = 450\n}`, []],
        ['an average population does not add up over quarters', `target TTYT 2024 {\n  dan_so_tb = 167769\n}\n${quarters([167000, 167500, 168000, 168500], 'dan_so_tb')}`, []],
    ])('%s', async (_name, targets, expected) => {
        expect(await checkCodes(plan(targets), ['target-period'])).toEqual(expected);
    });
});

describe('target-status (information): the actual value against the target of the same period', () => {
    const year = (targets: string, data: string) => plan(`target TTYT 2024 {\n${targets}\n}\ndata TTYT 2024 {\n${data}\n}`,
        'report BC issuer TTYT period 2024 date 10/01/2025');
    test.each([
        ['a count reaching its target', '  tre_tiem_chung_day_du = 3515', '  tre_tiem_chung_day_du = 3600', 'Đạt chỉ tiêu "Số trẻ dưới 1 tuổi được tiêm chủng đầy đủ": thực hiện 3.600 trẻ, kế hoạch = 3.515 trẻ (Trung tâm Y tế Thiệu Hóa, năm 2024)'],
        ['a count short of its target', '  tre_tiem_chung_day_du = 3515', '  tre_tiem_chung_day_du = 3400', 'Chưa đạt chỉ tiêu "Số trẻ dưới 1 tuổi được tiêm chủng đầy đủ": thực hiện 3.400 trẻ, kế hoạch = 3.515 trẻ (Trung tâm Y tế Thiệu Hóa, năm 2024)'],
        ['002: "> 95%" met', '  ty_le_tiem_chung_day_du > 95 %', '  ty_le_tiem_chung_day_du = 96,2 %', 'Đạt chỉ tiêu "Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ các loại vắc xin": thực hiện 96,2%, kế hoạch > 95% (Trung tâm Y tế Thiệu Hóa, năm 2024)'],
        ['002: "dưới 0,6 %" not met', '  toc_do_tang_dan_so < 0,6 %', '  toc_do_tang_dan_so = 0,7 %', 'Chưa đạt chỉ tiêu "Tốc độ tăng dân số": thực hiện 0,7%, kế hoạch < 0,6% (Trung tâm Y tế Thiệu Hóa, năm 2024)'],
        ['a count without a direction: how far, not whether it is met', '  luot_kham = 100000', '  luot_kham = 90000', 'Chỉ tiêu "Tổng số lượt khám bệnh": thực hiện 90.000 lượt, kế hoạch = 100.000 lượt, bằng 90,0% kế hoạch (Trung tâm Y tế Thiệu Hóa, năm 2024)'],
        ['002: "còn 4,6 %" for a lower-is-better indicator, met below', '  ty_le_sdd_duoi_5 = 4,6 %', '  ty_le_sdd_duoi_5 = 4,4 %', 'Đạt chỉ tiêu "Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng (cân nặng/tuổi)": thực hiện 4,4%, kế hoạch = 4,6% (Trung tâm Y tế Thiệu Hóa, năm 2024)'],
    ])('%s', async (_name, targets, data, message) => {
        const [finding] = findings(await check(year(targets, data)), ['target-status']);
        expect(finding.severity).toBe(DiagnosticSeverity.Information);
        expect(finding.message).toBe(message);
    });

    test('001: a quarter against the year\'s target is no status (that is "đạt 20% kế hoạch")', async () => {
        const text = plan('target TTYT 2024 {\n  tre_tiem_chung_day_du = 3515\n}\ndata TTYT Q1/2024 {\n  tre_tiem_chung_day_du = 703\n}',
            'report BC issuer TTYT period Q1/2024 date 14/4/2024');
        expect(findings(await check(text), ['target-status'])).toEqual([]);
    });
});
