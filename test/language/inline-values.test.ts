import { describe, expect, test } from 'vitest';
import { DiagnosticSeverity } from 'vscode-languageserver';
import { resolveDocument } from '../../language-server/src/document-model/resolve.js';
import type { PrintedBlock } from '../../language-server/src/document-model/model.js';
import { check, type Checked } from '../helpers.js';
import { findings, report } from './seed-report.js';

/**
 * One meaning for every `{…}` (issue 13): what the checker says of an expression and what the
 * document prints for it come from one reading. Each row is a made-up line of a real shape — a
 * news report, a hospital plan-attainment table, a statistics summary — with what the checker
 * finds (errors and warnings; information is listed where it matters) and what prints.
 */

/** The printed text of every `{…}` of the document, in order. */
function printed(checked: Checked): string[] {
    const model = checked.documents['main.bcyt'].parseResult.value;
    const document = resolveDocument(model, checked.services.evaluation.Evaluator.session(model))!;
    const runs = (blocks: readonly PrintedBlock[]) => blocks.flatMap(b => ('runs' in b ? b.runs : b.kind === 'table' ? b.rows.flat(2) : []));
    return [...runs(document.body), ...document.appendices.flatMap(a => runs(a.blocks))].filter(r => r.computed).map(r => r.text);
}

/** Errors and warnings as `code "covered text"`. */
async function slips(declarations: string, body: string): Promise<{ codes: string[]; printed: string[]; checked: Checked }> {
    const checked = await check(report(declarations, body));
    const codes = findings(checked).filter(f => f.severity <= DiagnosticSeverity.Warning).map(f => `${f.code} ${f.covered}`);
    return { codes, printed: printed(checked), checked };
}

const POPULATION = `indicator dan_so "Dân số trung bình" unit người
indicator duoc_sy "Số dược sỹ" unit người
indicator giuong_benh "Số giường bệnh" unit giường
unit giường`;

describe('the scale of a stated rate, wherever the author writes it', () => {
    // 2.464 live births for 167.769 people: 14,687 ‰
    const births = '{tre_de_song = 2.464} trẻ, dân số {dan_so = 167.769} người; tỷ suất sinh thô';
    test.each([
        ['‰ inside the braces', `${births} {tre_de_song of dan_so = 14,7 ‰}.`, '14,7 ‰'],
        ['%o inside the braces', `${births} {tre_de_song of dan_so = 14,7%o}.`, '14,7‰'],
        ['"phần nghìn" inside the braces', `${births} {tre_de_song of dan_so = 14,7 phần nghìn}.`, '14,7 ‰'],
        ['‰ right after the braces', `${births} {tre_de_song of dan_so = 14,7}‰.`, '14,7'],
        ['%o right after the braces', `${births} {tre_de_song of dan_so = 14,7}%o.`, '14,7'],
        ['%0 after a space', `${births} {tre_de_song of dan_so = 14,7} %0.`, '14,7'],
        ['"phần nghìn" after the braces', `${births} {tre_de_song of dan_so = 14,7} phần nghìn.`, '14,7'],
        ['"/1000" after the braces', `${births} {tre_de_song of dan_so = 14,7}/1000 dân.`, '14,7'],
        ['"trên 1.000 dân" in the label', 'Tỷ suất sinh thô trên 1.000 dân: {tre_de_song of dan_so = 14,7}; trẻ đẻ sống {tre_de_song = 2.464}, dân số {dan_so = 167.769}.', '14,7'],
        ['a ‰ column of a table row', `| Tỷ suất sinh thô | ‰ | {tre_de_song of dan_so = 14,7} | {tre_de_song = 2.464} | {dan_so = 167.769} |`, '14,7'],
    ])('%s: checked as per mille, printed as written', async (_name, body, shown) => {
        const { codes, printed: out } = await slips(POPULATION, body);
        expect(codes).toEqual([]);
        expect(out).toContain(shown);
    });

    test('the same number read as a percentage is wrong, and the engine\'s number prints', async () => {
        const { codes, printed: out } = await slips(POPULATION, `${'{tre_de_song = 2.464} trẻ, dân số {dan_so = 167.769} người'}; đạt {tre_de_song of dan_so = 14,7}%.`);
        expect(codes).toEqual(['claim-mismatch 14,7']);
        expect(out).toContain('1,5');
    });

    test.each([
        ['maternal mortality per 100.000 live births, named in the label',
            'Tỷ suất chết mẹ trên 100.000 trẻ đẻ sống: {tu_vong_me of tre_de_song = 46} ({tu_vong_me = 1} bà mẹ, {tre_de_song = 2.174} trẻ đẻ sống).', '46'],
        ['pharmacists per 10.000 people ("1 vạn")',
            'Số dược sỹ bình quân 1 vạn dân (người): {duoc_sy of dan_so = 3}; dược sỹ {duoc_sy = 50}, dân số {dan_so = 167.769}.', '3'],
        ['beds per 10.000 people after the braces',
            'Giường bệnh: {giuong_benh of dan_so = 25} trên 1 vạn dân ({giuong_benh = 420} giường, dân số {dan_so = 167.769}).', '25'],
    ])('%s', async (_name, body, shown) => {
        const { codes, printed: out } = await slips(POPULATION, body);
        expect(codes).toEqual([]);
        expect(out).toContain(shown);
    });

    test.each([
        ['"tỷ số giới tính khi sinh … là 112" (boys per 100 girls)', 'Tỷ số giới tính khi sinh là {ty_so_gioi_tinh_khi_sinh = 112}.'],
        ['a sex ratio computed from its parts, named a ratio', 'Trẻ sinh: nam {tre_sinh_nam = 396}, nữ {tre_sinh_nu = 354}; tỷ số giới tính khi sinh là {tre_sinh_nam of tre_sinh_nu = 112}.'],
        ['a rate in a table cell: its column says %', '| 1 | Tổng số lượt khám bệnh | Lượt | {plan(luot_kham) = 120.000} | {luot_kham = 125.400} | {luot_kham of plan = 104,5} |'],
        ['a plain division is a plain number', 'Bình quân {luot_kham = 125.400} lượt cho {dan_so = 167.769} người, tức {luot_kham / dan_so = 0,75} lượt/người.'],
    ])('no missing sign: %s', async (_name, body) => {
        const { codes } = await slips(`${POPULATION}\ntarget TTYT 2024 {\n  luot_kham = 120000\n}`, body);
        expect(codes).toEqual([]);
    });

    test.each([
        ['a share without its sign', 'đạt {tre_tiem_soi_2 of prev = 88,5} so với cùng kỳ', '88,5%'],
        ['a % indicator stated without its sign', 'tỷ lệ hộ dùng nhà tiêu hợp vệ sinh đạt {ty_le_nha_tieu_hvs = 96,6};', '96,6%'],
    ])('the sign left out is reported and printed: %s', async (_name, body, shown) => {
        const { codes, printed: out } = await slips('', `{tre_tiem_soi_2 = 821} trẻ, cùng kỳ {prev(tre_tiem_soi_2) = 928}; ${body}`);
        expect(codes.filter(c => c.startsWith('number-format'))).toHaveLength(1);
        expect(out).toContain(shown);
    });
});

describe('a forced DOCX prints the engine\'s numbers, never a slip', () => {
    const RATIO = `indicator nhan_khau "Tổng số nhân khẩu" unit người
indicator hssk "Số nhân khẩu có hồ sơ sức khỏe điện tử" unit người
indicator ty_le_hssk "Tỷ lệ nhân khẩu có hồ sơ sức khỏe điện tử" unit % = hssk / nhan_khau`;
    const ARTICLES = `indicator bai_viet "Số bài viết truyền thông" unit bài = bv_dich + bv_khac
indicator bv_dich "Số bài viết về phòng chống dịch" unit bài
indicator bv_khac "Số bài viết khác" unit bài`;
    test.each([
        ['a statement that agrees prints as written', RATIO, '{nhan_khau = 240.000} người, {hssk = 238.800} người, đạt {ty_le_hssk = 99,5%}', [], '99,5%'],
        ['a ratio indicator stated against its formula: the formula\'s value', RATIO, '{nhan_khau = 360.000} người, {hssk = 238.800} người, đạt {ty_le_hssk = 99,5%}', ['claim-mismatch 99,5'], '66,3%'],
        ['a total against its parts: their sum', ARTICLES, 'Tổng số {bai_viet = 530} bài, trong đó {bv_dich = 176} bài về dịch, {bv_khac = 254} bài khác', ['sum-mismatch 530'], '430'],
        ['a statement against data given before it: the data', `${ARTICLES}\ndata TTYT Q1/2024 {\n  bv_dich = 176\n}`, 'về dịch {bv_dich = 167} bài', ['claim-mismatch 167'], '176'],
        ['a claim: the engine\'s value at the precision stated', '', '{tre_tiem_chung_day_du = 703} trẻ, cùng kỳ {prev(tre_tiem_chung_day_du) = 645}, đạt {tre_tiem_chung_day_du of prev = 119%}', ['claim-mismatch 119'], '109%'],
        ['an English decimal point in Vietnamese notation', '', '{tre_tiem_chung_day_du = 703} trẻ, cùng kỳ {prev(tre_tiem_chung_day_du) = 645}, đạt {tre_tiem_chung_day_du of prev = 109.0%}', ['number-format 109.0'], '109,0%'],
        ['a claim that cannot be verified prints as stated', '', '{tre_tiem_chung_day_du = 703} trẻ đạt {tre_tiem_chung_day_du of plan = 20%} kế hoạch', [], '20%'],
        ['a value asked for, with its sign', '', '{tre_tiem_chung_day_du = 703} trẻ, cùng kỳ {prev(tre_tiem_chung_day_du) = 645}, đạt {tre_tiem_chung_day_du of prev} so với cùng kỳ', [], '109,0%'],
        ['a value asked for, its sign after the braces', '', '{tre_tiem_chung_day_du = 703} trẻ, cùng kỳ {prev(tre_tiem_chung_day_du) = 645}, đạt {tre_tiem_chung_day_du of prev}% so với cùng kỳ', [], '109,0'],
        ['a difference asked for', '', '{tre_tiem_chung_day_du = 703} trẻ, tăng {tre_tiem_chung_day_du - prev(tre_tiem_chung_day_du)} trẻ so với cùng kỳ là {prev(tre_tiem_chung_day_du) = 645}', [], '58'],
    ])('%s', async (_name, declarations, body, expected, shown) => {
        const { codes, printed: out } = await slips(declarations, body);
        expect(codes).toEqual(expected);
        expect(out).toContain(shown);
    });
});

describe('what cannot be computed is an error at the expression, and is never printed', () => {
    test.each([
        ['a change against a same period of 0', '{tre_sinh = 0} trẻ, cùng kỳ {prev(tre_sinh) = 0}, tăng {tre_sinh of prev = 5%}', 'chia cho 0 (Tổng số trẻ sinh (cùng kỳ) bằng 0)'],
        ['a percentage of 0 asked for', '{tre_sinh = 5} trẻ, cùng kỳ {prev(tre_sinh) = 0}, bằng {tre_sinh of prev}', 'chia cho 0'],
        ['"plan" alone', 'kế hoạch là {plan}', '"plan" chỉ dùng sau of'],
        ['a malformed number in the expression', '{tre_sinh = 746} trẻ, gấp {tre_sinh * 1.5}', 'số "1.5" viết sai'],
    ])('%s', async (_name, body, message) => {
        const { checked, printed: out } = await slips('', body);
        const errors = findings(checked).filter(f => f.severity === DiagnosticSeverity.Error);
        expect(errors.map(f => f.code)).toEqual(['not-computable']);
        expect(errors[0].covered.startsWith('{')).toBe(true);
        expect(errors[0].message).toContain(message);
        expect(out).toContain('…');
    });
});

describe('comparisons mean what they say', () => {
    const YEARS = `target TTYT 2024 {
  tre_tiem_chung_day_du = 3515
}
target TTYT 2023 {
  tre_tiem_chung_day_du = 3000
}
data TTYT Q1/2023 {
  tre_tiem_chung_day_du = 645
}`;
    test.each([
        ['this year against this year\'s plan', '{tre_tiem_chung_day_du = 703} đạt {tre_tiem_chung_day_du of plan = 20%}'],
        ['last year against last year\'s plan: prev(x of plan)', '{tre_tiem_chung_day_du = 703}, cùng kỳ đạt {prev(tre_tiem_chung_day_du of plan) = 21,5%}'],
        ['the same, written prev(x) of plan', '{tre_tiem_chung_day_du = 703}, cùng kỳ đạt {prev(tre_tiem_chung_day_du) of plan = 21,5%}'],
        ['last year\'s plan, written either way', 'kế hoạch năm trước {plan(prev(tre_tiem_chung_day_du)) = 3.000}, {prev(plan(tre_tiem_chung_day_du)) = 3.000}'],
        ['a difference of two shares, without parentheses (of binds tighter than -)', '{tre_tiem_chung_day_du = 703}, giảm {prev(tre_tiem_chung_day_du) of plan - tre_tiem_chung_day_du of plan = 1,5} điểm phần trăm'],
        ['percentage points between two rates', '{tre_tiem_chung_day_du = 703}, giảm {(prev(tre_tiem_chung_day_du) of plan) - (tre_tiem_chung_day_du of plan) = 1,5} điểm phần trăm'],
    ])('%s', async (_name, body) => {
        const { codes } = await slips(YEARS, body);
        expect(codes).toEqual([]);
    });

    test('a "% kế hoạch" rate may pass 100 %; a share may not', async () => {
        const declarations = `indicator ty_le_dat_kh_kham "Tỷ lệ đạt kế hoạch khám bệnh" unit %
indicator ty_le_xa_dat "Tỷ lệ xã đạt chuẩn quốc gia về y tế" unit %`;
        expect((await slips(declarations, 'Tỷ lệ đạt kế hoạch khám bệnh là {ty_le_dat_kh_kham = 104,5%}.')).codes).toEqual([]);
        expect((await slips(declarations, 'Tỷ lệ xã đạt chuẩn là {ty_le_xa_dat = 104,5%}.')).codes).toEqual(['percent-out-of-range 104,5']);
    });
});
