import { describe, expect, test } from 'vitest';
import { DiagnosticSeverity } from 'vscode-languageserver';
import { check } from '../helpers.js';
import { findings, report } from './seed-report.js';

/**
 * Every stated number is an equation (issue 15): a claim that misses exactly one value pins it,
 * and later claims and rules are checked against it; two claims that imply values of one fact that
 * cannot both hold are `implied-mismatch`; approximate and bounded claims are checked with the
 * tolerance their words allow. Made-up lines of the shapes real reports use.
 */
const STAFF = `indicator ds "Số dược sỹ" unit người
indicator gb "Số giường bệnh" unit giường
unit giường
indicator dan_so "Dân số trung bình" unit người
unit "người/vạn dân" ratio 10000
unit "giường/vạn dân" ratio 10000
indicator ds_van_dan "Số dược sỹ bình quân 1 vạn dân" unit "người/vạn dân" = ds / dan_so
indicator gb_van_dan "Số giường bệnh bình quân 1 vạn dân" unit "giường/vạn dân" = gb / dan_so
indicator tong "Tổng số trẻ được khám" unit trẻ = tre_nam_kham + tre_nu_kham
indicator tre_nam_kham "Số trẻ trai được khám" unit trẻ
indicator tre_nu_kham "Số trẻ gái được khám" unit trẻ
indicator luot "Tổng số lượt khám bệnh" unit lượt`;

/** Errors and warnings as `code "covered"`. */
async function slips(body: string): Promise<string[]> {
    return findings(await check(report(STAFF, body))).filter(f => f.severity <= DiagnosticSeverity.Warning).map(f => `${f.code} ${f.covered}`);
}

const X = 'tre_tiem_chung_day_du';

describe('inference: a value no one gave, pinned by a claim, checks the claims after it', () => {
    test.each([
        ['"tăng 58 so với cùng kỳ" pins last year; "đạt 110%" then is wrong (703 / 645 = 109,0 %)',
            `Số trẻ {${X} = 703} trẻ, tăng {${X} - prev(${X}) = 58} trẻ so với cùng kỳ. Đạt {${X} of prev = 110%} so với cùng kỳ.`, ['implied-mismatch 110']],
        ['pharmacists and beds per 10.000 people imply two populations (500.000 and 800.000)',
            'Số dược sỹ: {ds = 400} người, bình quân 1 vạn dân: {ds_van_dan = 8}. Số giường bệnh: {gb = 2.000} giường, bình quân 1 vạn dân: {gb_van_dan = 25}.', ['implied-mismatch 25']],
        ['a total and one part pin the other; its share then is wrong (40 of 100, not 50 %)',
            'Tổng số {tong = 100} trẻ, trong đó trẻ trai {tre_nam_kham = 60}; trẻ gái chiếm {tre_nu_kham of tong = 50%}.', ['implied-mismatch 50']],
        ['"đạt 20% kế hoạch" pins the plan; a plan stated later must agree with it',
            `Số trẻ {${X} = 703} trẻ, đạt {${X} of plan = 20%} kế hoạch; kế hoạch năm {plan(${X}) = 4.000} trẻ.`, ['implied-mismatch 4.000']],
    ])('finds: %s', async (_name, body, expected) => {
        expect(await slips(body)).toEqual(expected);
    });

    test.each([
        ['a change and an index that agree (645 and 109 %)',
            `Số trẻ {${X} = 703} trẻ, tăng {${X} - prev(${X}) = 58} trẻ, đạt {${X} of prev = 109%} so với cùng kỳ.`],
        ['seed 001: four HSSK rates of one unstated population',
            `indicator nhan_khau "Tổng số nhân khẩu" unit người
indicator hssk "Số nhân khẩu có HSSK" unit người
indicator hssk_b "Số bộ HSSK có phần B" unit người
indicator ty_le_hssk "Tỷ lệ nhân khẩu có HSSK" unit % = hssk / nhan_khau
indicator ty_le_b "Tỷ lệ bộ HSSK có phần B" unit % = hssk_b / nhan_khau
---
{hssk = 238.263} đạt {ty_le_hssk = 99,51%}; phần B {hssk_b = 238.146} đạt {ty_le_b = 99,46%}.`],
        ['pharmacists and beds per 10.000 people of one population', 'Dược sỹ {ds = 400}, bình quân 1 vạn dân {ds_van_dan = 8}; giường {gb = 2.000}, bình quân 1 vạn dân {gb_van_dan = 40}.'],
    ])('silent: %s', async (_name, body) => {
        const [declarations, text] = body.includes('\n---\n') ? body.split('\n---\n') : ['', body];
        const checked = await check(report(`${STAFF}\n${declarations}`, text));
        // the claim that pins a value is itself unverified: information, never a warning or an error
        expect(findings(checked).filter(f => f.severity <= DiagnosticSeverity.Warning)).toEqual([]);
    });

    test('the claim that pins a value says what it implies (information)', async () => {
        const checked = await check(report(STAFF, `Số trẻ {${X} = 703} trẻ, giảm {prev(${X}) - ${X} = 5} trẻ so với cùng kỳ.`));
        expect(findings(checked).map(f => [f.code, f.severity, f.message])).toEqual([['missing-data', DiagnosticSeverity.Information,
            'Chưa kiểm tra được số nêu 5: thiếu số liệu "Số trẻ dưới 1 tuổi được tiêm chủng đầy đủ" của Trung tâm Y tế Hoằng Hóa, quý I năm 2023; theo số nêu, số đó là 708']]);
    });
});

describe('approximate and bounded claims', () => {
    test.each([
        ['"gần 80.000" below it, within a tenth', 'Thực hiện {luot = 75.135} lượt khám, gần {luot ≈ 80.000} lượt.', []],
        ['"gần 80.000" is below it: 81.200 is more', 'Thực hiện {luot = 81.200} lượt khám, gần {luot ≈ 80.000} lượt.', ['claim-mismatch 80.000']],
        ['"khoảng 3.000": within half its last place', 'Khám {luot = 3.210} lượt, khoảng {luot ≈ 3.000} lượt.', []],
        ['"khoảng 3.000" is not 3.600', 'Khám {luot = 3.600} lượt, khoảng {luot ≈ 3.000} lượt.', ['claim-mismatch 3.000']],
        ['"trên 85%" written as a bound', `{${X} = 703} trẻ, cùng kỳ {prev(${X}) = 645}, đạt trên {${X} of prev > 105%}.`, []],
        ['"trên 95%" written with = : the word makes it a bound', `{${X} = 703} trẻ, cùng kỳ {prev(${X}) = 645}, đạt trên {${X} of prev = 105%}.`, []],
        ['"dưới 100%" is not 109 %', `{${X} = 703} trẻ, cùng kỳ {prev(${X}) = 645}, đạt dưới {${X} of prev < 100%}.`, ['claim-mismatch 100']],
        ['"75 nghìn lượt": a count in thousands', 'Thực hiện {luot = 75.135} lượt, tức khoảng {luot ≈ 75} nghìn lượt.', []],
    ])('%s', async (_name, body, expected) => {
        expect(await slips(body)).toEqual(expected);
    });

    test('a bound gives no value: "trên {x = 95%}" is not the value of x', async () => {
        const checked = await check(report('', 'Tỷ lệ tiêm chủng đầy đủ đạt trên {ty_le_tiem_chung_day_du = 95%}; {ty_le_tiem_chung_day_du}.'));
        expect(findings(checked).map(f => `${f.code} ${f.covered}`)).toEqual(['missing-data 95', 'missing-data {ty_le_tiem_chung_day_du}']);
    });
});
