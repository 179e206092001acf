import { describe, expect, test } from 'vitest';
import type { CodeAction } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { check } from '../helpers.js';
import { findings, report } from './seed-report.js';

/**
 * `change-wording` (issue 15, point 4): the verb before a stated change against what the
 * expression is and what the data show. Made-up lines of the shapes real reports use (seed 001:
 * "tăng 58 trẻ so với cùng kỳ", "giảm 88 trẻ", "đạt 109% so với cùng kỳ"), with made-up data.
 */
const DATA = `data TTYT Q1/2023 {
  tre_tiem_chung_day_du = 645
  tre_sinh = 834
  tre_de_duoi_2500g = 5
  ty_le_nha_tieu_hvs = 85,6 %
  hiv_hien_mac = 268
}
data TTYT Q1/2024 {
  tre_tiem_chung_day_du = 703
  tre_sinh = 746
  tre_de_duoi_2500g = 9
  ty_le_nha_tieu_hvs = 92,3 %
  hiv_hien_mac = 268
}
target TTYT 2024 {
  tre_tiem_chung_day_du = 3515
}`;

async function wording(body: string, declarations = DATA) {
    return findings(await check(report(declarations, body)), ['change-wording']);
}

const TC = 'tre_tiem_chung_day_du';
const NFD_TANG = 'tăng'.normalize('NFD');

describe('change-wording: a right relative claim says nothing', () => {
    test.each([
        ['001: "tăng 58 trẻ so với cùng kỳ"', `Số trẻ tiêm chủng đầy đủ {${TC}} trẻ, tăng {${TC} - prev(${TC}) = 58} trẻ so với cùng kỳ.`],
        ['001: "đạt 109% so với cùng kỳ"', `đạt {${TC} of prev = 109%} so với cùng kỳ.`],
        ['"bằng 109%"', `bằng {${TC} of prev = 109%} cùng kỳ.`],
        ['001: "giảm 88 trẻ so với cùng kỳ"', 'Tổng số trẻ sinh là {tre_sinh} trẻ giảm {prev(tre_sinh) - tre_sinh = 88} trẻ so với cùng kỳ.'],
        ['"so với cùng kỳ tăng 58"', `so với cùng kỳ tăng {${TC} - prev(${TC}) = 58} trẻ.`],
        ['"tăng thêm", "tăng lên", "giảm đi"', `tăng thêm {${TC} - prev(${TC}) = 58} trẻ; tăng lên {${TC} - prev(${TC}) = 58}; giảm đi {prev(tre_sinh) - tre_sinh = 88} trẻ.`],
        ['a growth rate: "tăng 9% so với cùng kỳ"', `tăng {(${TC} - prev(${TC})) of prev(${TC}) = 9%} so với cùng kỳ.`],
        ['a fall as a growth rate: "giảm 10,6%"', 'giảm {(prev(tre_sinh) - tre_sinh) of prev(tre_sinh) = 10,6%} so với cùng kỳ.'],
        ['percentage points after the braces', 'tỷ lệ nhà tiêu hợp vệ sinh tăng {ty_le_nha_tieu_hvs - prev(ty_le_nha_tieu_hvs) = 6,7} điểm phần trăm.'],
        ['"điểm %"', 'tăng {ty_le_nha_tieu_hvs - prev(ty_le_nha_tieu_hvs) = 6,7} điểm %.'],
        ['a statement after "tăng lên" is the level reached', `tăng lên {${TC} = 703} trẻ.`],
        ['002: "Tốc độ tăng dân số dưới 0,6 %"', '- Tốc độ tăng dân số dưới {plan(toc_do_tang_dan_so) = 0,6} %.'],
        ['"giảm còn 89,4%": the level reached', 'giảm còn {tre_sinh of prev = 89,4%} so với cùng kỳ.'],
        ['"giảm xuống": the level reached', 'giảm xuống {tre_sinh of prev = 89,4%}.'],
        ['a verb in another clause', `tăng trưởng; đạt {${TC} of prev = 109%} so với cùng kỳ.`],
        ['a word ending in "tăng" is not the verb', `Sơn Tăng đạt {${TC} of prev = 109%}.`],
        ['a share of another indicator after "tăng" (the level it rose to)', 'tăng {tre_de_duoi_2500g of tre_sinh = 1,2%}.'],
        ['"tăng" in NFD before a right change', `${NFD_TANG} {${TC} - prev(${TC}) = 58} trẻ.`],
        ['a table row: "giảm 88" in its cell', '| Tổng số trẻ sinh | {tre_sinh} | giảm {prev(tre_sinh) - tre_sinh = 88} |'],
        ['a hedge after the verb: "tăng khoảng 58"', `tăng khoảng {${TC} - prev(${TC}) = 58} trẻ.`],
        ['no change at all (268 and 268)', 'tăng {hiv_hien_mac - prev(hiv_hien_mac)} bệnh nhân; giảm {prev(hiv_hien_mac) - hiv_hien_mac} bệnh nhân.'],
    ])('%s', async (_name, body) => {
        expect(await wording(body)).toEqual([]);
    });

    test.each([
        ['"giảm" before x - prev(x) with no data for the compared period', 'giảm {tre_bao_ve_uvss - prev(tre_bao_ve_uvss) = 5} trẻ so với cùng kỳ.'],
        ['"tăng" before a difference with no data', 'tăng {prev(tre_bao_ve_uvss) - tre_bao_ve_uvss = 5} trẻ.'],
    ])('the value unknown (missing data): the direction is not judged — %s', async (_name, body) => {
        expect(await wording(body)).toEqual([]);
    });
});

describe('change-wording: the words contradict the expression', () => {
    test.each([
        ['an index written as growth: "tăng 109%"', `tăng {${TC} of prev = 109%} so với cùng kỳ.`, 'tăng', 2, '"tăng 109%": 109% là chỉ số so với cùng kỳ (Số trẻ dưới 1 tuổi được tiêm chủng đầy đủ / cùng kỳ = 703 / 645), không phải mức tăng; viết "bằng 109%" hoặc "tăng 9%"'],
        ['"tăng" in NFD', `${NFD_TANG} {${TC} of prev(${TC}) = 109%} so với cùng kỳ.`, NFD_TANG, 2, undefined],
        ['"giảm 89,4%": a fall written as its index', 'giảm {tre_sinh of prev = 89,4%} so với cùng kỳ.', 'giảm', 2, '"giảm 89,4%": 89,4% là chỉ số so với cùng kỳ (Tổng số trẻ sinh / cùng kỳ = 746 / 834), không phải mức giảm; viết "bằng 89,4%" hoặc "giảm 10,6%"'],
        ['an index of the plan: "tăng 20% kế hoạch"', `tăng {${TC} of plan = 20%} kế hoạch.`, 'tăng', 2, '"tăng 20%": 20% là chỉ số so với kế hoạch (Số trẻ dưới 1 tuổi được tiêm chủng đầy đủ / kế hoạch = 703 / 3.515), không phải mức tăng; viết "đạt 20%"'],
        ['a hedge between the verb and the index: "tăng gần 109%"', `tăng gần {${TC} of prev = 109%}.`, 'tăng', 2, undefined],
        ['in a table cell', `| Số trẻ tiêm chủng đầy đủ | {${TC}} | tăng {${TC} of prev = 109%} |`, 'tăng', 2, undefined],
        ['an index with no data: still an index', 'tăng {tre_bao_ve_uvss of prev = 122%} so với cùng kỳ.', 'tăng', 2, undefined],
        ['a difference of percentages written as percent (inside the braces)', 'tỷ lệ nhà tiêu hợp vệ sinh tăng {ty_le_nha_tieu_hvs - prev(ty_le_nha_tieu_hvs) = 6,7%} so với cùng kỳ.', '%', 2, 'Hiệu hai tỷ lệ (Tỷ lệ hộ gia đình sử dụng nhà tiêu hợp vệ sinh - Tỷ lệ hộ gia đình sử dụng nhà tiêu hợp vệ sinh (cùng kỳ) = 92,3 - 85,6) tính bằng điểm phần trăm: viết "tăng 6,7 điểm phần trăm", không phải "tăng 6,7%"'],
        ['a difference of shares of the plan, "%" after the braces (no data)', 'tăng {tre_bao_ve_uvss of plan - prev(tre_bao_ve_uvss) of plan = 5,1}% so với cùng kỳ.', '%', 2, undefined],
        ['"giảm" before an increase: an error', 'Số trẻ đẻ dưới 2.500 gr giảm {prev(tre_de_duoi_2500g) - tre_de_duoi_2500g = 4} trẻ so với cùng kỳ.', 'giảm', 1, '"giảm" nhưng tính ra là tăng 4 (Số trẻ đẻ ra có cân nặng dưới 2.500 gram (cùng kỳ) - Số trẻ đẻ ra có cân nặng dưới 2.500 gram = 5 - 9): viết "tăng 4"'],
        ['"tăng" before a decrease: an error', 'so với cùng kỳ tăng {tre_sinh - prev(tre_sinh)} trẻ.', 'tăng', 1, undefined],
        ['"giảm đi" before an increase', `giảm đi {${TC} - prev(${TC}) = 58} trẻ.`, 'giảm đi', 1, undefined],
        ['periods named: "tăng" before x @ 2023 − x @ 2024, a fall', 'tăng {tre_sinh @ Q1/2023 - tre_sinh @ Q1/2024 = 88} trẻ.', 'tăng', 1, undefined],
        ['a growth rate that is a fall', `tăng {(prev(tre_sinh) - tre_sinh) of prev(tre_sinh) = 10,6%}.`, 'tăng', 1, undefined],
        ['the right verb, the expression backwards: "giảm" prints "-88"', 'giảm {tre_sinh - prev(tre_sinh)} trẻ so với cùng kỳ.', 'tre_sinh - prev(tre_sinh)', 2, '"giảm 88" đúng với số liệu nhưng biểu thức tính ra -88 (Tổng số trẻ sinh - Tổng số trẻ sinh (cùng kỳ) = 746 - 834): đảo hai vế, {prev(tre_sinh) - tre_sinh}'],
    ])('%s', async (_name, body, covered, severity, message) => {
        const [finding, ...more] = await wording(body);
        expect(more).toEqual([]);
        expect(finding.covered).toBe(covered);
        expect(finding.severity).toBe(severity);
        if (message) expect(finding.message).toBe(message);
    });

    test('in English', async () => {
        const checked = await check(report(DATA, `tăng {${TC} of prev = 109%} so với cùng kỳ; giảm {prev(tre_de_duoi_2500g) - tre_de_duoi_2500g = 4} trẻ.`), { language: 'en' });
        expect(findings(checked, ['change-wording']).map(f => f.message)).toEqual([
            '"tăng 109%": 109% is an index against the same period (Số trẻ dưới 1 tuổi được tiêm chủng đầy đủ / the same period = 703 / 645), not an increase; write "bằng 109%" or "tăng 9%"',
            '"giảm" but it comes to an increase of 4 (Số trẻ đẻ ra có cân nặng dưới 2.500 gram (same period) - Số trẻ đẻ ra có cân nặng dưới 2.500 gram = 5 - 9): write "tăng 4"',
        ]);
    });
});

/** Each quick fix of the first change-wording finding, applied: its title, the new line, and the findings left on it. */
async function fixed(body: string): Promise<Array<{ title: string; line: string; left: string[] }>> {
    const text = report(DATA, body);
    const checked = await check(text);
    const document = checked.documents['main.bcyt'];
    const diagnostic = checked.diagnostics().find(d => d.code === 'change-wording')!;
    const actions = await checked.services.lsp.CodeActionProvider!.getCodeActions(document, {
        textDocument: { uri: document.uri.toString() }, range: diagnostic.range, context: { diagnostics: [diagnostic] },
    }) as CodeAction[];
    return Promise.all(actions.map(async action => {
        const after = TextDocument.applyEdits(TextDocument.create('x', 'bcyt', 0, text), action.edit!.changes![document.uri.toString()]);
        const left = findings(await check(after), ['change-wording', 'claim-mismatch', 'number-format', 'percent-out-of-range']).map(f => f.code);
        return { title: action.title, line: after.split('\n').at(-2)!, left };
    }));
}

test('a change stated backwards: "giảm 88" is right as the text reads it (the verb gives the sign); information turns the expression round', async () => {
    const checked = await check(report(DATA, 'giảm {tre_sinh - prev(tre_sinh) = 88} trẻ so với cùng kỳ.'));
    const found = checked.diagnostics().map(d => ({ code: d.code, severity: d.severity, edits: (d.data as { edits?: Array<{ newText: string }> }).edits?.map(e => e.newText) }));
    expect(found).toEqual([{ code: 'change-wording', severity: 3, edits: ['prev(tre_sinh) - tre_sinh'] }]);
});

test('a change stated backwards with the wrong number, or the verb the data contradict: still found, once', async () => {
    const wrongNumber = await check(report(DATA, 'giảm {tre_sinh - prev(tre_sinh) = 98} trẻ so với cùng kỳ.'));
    expect(wrongNumber.diagnostics().map(d => d.code).sort()).toEqual(['change-wording', 'claim-mismatch']);
    // the verb is the one slip: the number is how much it fell
    const wrongVerb = await check(report(DATA, 'tăng {tre_sinh - prev(tre_sinh) = 88} trẻ so với cùng kỳ.'));
    expect(wrongVerb.diagnostics().map(d => [d.code, d.severity])).toEqual([['change-wording', 1]]);
});

describe('change-wording: the quick fixes write the right words, and nothing is left to report', () => {
    test.each([
        ['an index as growth: "bằng" or the growth', `tăng {${TC} of prev = 109%} so với cùng kỳ.`, [
            { title: 'Sửa thành "bằng 109%"', line: `bằng {${TC} of prev = 109%} so với cùng kỳ.`, left: [] },
            { title: 'Sửa thành "tăng 9%"', line: `tăng {(${TC} - prev(${TC})) of prev(${TC}) = 9%} so với cùng kỳ.`, left: [] },
        ]],
        ['a fall written as its index', 'giảm {tre_sinh of prev = 89,4%} so với cùng kỳ.', [
            { title: 'Sửa thành "bằng 89,4%"', line: 'bằng {tre_sinh of prev = 89,4%} so với cùng kỳ.', left: [] },
            { title: 'Sửa thành "giảm 10,6%"', line: 'giảm {(prev(tre_sinh) - tre_sinh) of prev(tre_sinh) = 10,6%} so với cùng kỳ.', left: [] },
        ]],
        ['an index computed, not stated', `tăng {${TC} of prev} so với cùng kỳ.`, [
            { title: 'Sửa thành "bằng 109,0%"', line: `bằng {${TC} of prev} so với cùng kỳ.`, left: [] },
            { title: 'Sửa thành "tăng 9,0%"', line: `tăng {(${TC} - prev(${TC})) of prev(${TC})} so với cùng kỳ.`, left: [] },
        ]],
        ['percentage points, "%" inside the braces', 'tăng {ty_le_nha_tieu_hvs - prev(ty_le_nha_tieu_hvs) = 6,7%} so với cùng kỳ.', [
            { title: 'Sửa thành "tăng 6,7 điểm phần trăm"', line: 'tăng {ty_le_nha_tieu_hvs - prev(ty_le_nha_tieu_hvs) = 6,7} điểm phần trăm so với cùng kỳ.', left: [] },
        ]],
        ['percentage points, "%" after the braces', 'tăng {ty_le_nha_tieu_hvs - prev(ty_le_nha_tieu_hvs) = 6,7} % so với cùng kỳ.', [
            { title: 'Sửa thành "tăng 6,7 điểm phần trăm"', line: 'tăng {ty_le_nha_tieu_hvs - prev(ty_le_nha_tieu_hvs) = 6,7} điểm phần trăm so với cùng kỳ.', left: [] },
        ]],
        ['"giảm" before an increase: the verb and the expression', 'giảm {prev(tre_de_duoi_2500g) - tre_de_duoi_2500g = 4} trẻ so với cùng kỳ.', [
            { title: 'Sửa thành "tăng 4"', line: 'tăng {tre_de_duoi_2500g - prev(tre_de_duoi_2500g) = 4} trẻ so với cùng kỳ.', left: [] },
        ]],
        ['"giảm" before an increase of the right orientation: the verb alone', `giảm {${TC} - prev(${TC}) = 58} trẻ.`, [
            { title: 'Sửa thành "tăng 58"', line: `tăng {${TC} - prev(${TC}) = 58} trẻ.`, left: [] },
        ]],
        ['"tăng" before a decrease, computed', 'tăng {tre_sinh - prev(tre_sinh)} trẻ.', [
            { title: 'Sửa thành "giảm 88"', line: 'giảm {prev(tre_sinh) - tre_sinh} trẻ.', left: [] },
        ]],
        ['the expression backwards inside round()', 'giảm {round(tre_sinh - prev(tre_sinh), 0)} trẻ.', [
            { title: 'Sửa thành "{round(prev(tre_sinh) - tre_sinh, 0)}"', line: 'giảm {round(prev(tre_sinh) - tre_sinh, 0)} trẻ.', left: [] },
        ]],
    ])('%s', async (_name, body, expected) => {
        expect(await fixed(body)).toEqual(expected);
    });
});

test('a difference of percentages lacks "điểm phần trăm" (number-format): the fix writes it after the braces', async () => {
    const checked = await check(report('', 'tăng {tre_tiem_soi_2 of plan - prev(tre_tiem_soi_2) of plan = 5,1} so với cùng kỳ'));
    const diagnostic = checked.diagnostics().find(d => d.code === 'number-format')!;
    expect(diagnostic.message).toBe('5,1 là hiệu hai tỷ lệ (Số trẻ được tiêm sởi mũi 2 / kế hoạch - Số trẻ được tiêm sởi mũi 2 (cùng kỳ) / kế hoạch) nhưng thiếu đơn vị; viết 5,1 điểm phần trăm');
    const [edit] = (diagnostic.data as { edits: Array<{ newText: string; range: { start: { character: number } } }> }).edits;
    expect(edit.newText).toBe(' điểm phần trăm');
    const line = checked.documents['main.bcyt'].textDocument.getText().split('\n').find(l => l.startsWith('tăng'))!;
    expect(line.slice(0, edit.range.start.character).endsWith('= 5,1}')).toBe(true);
});
