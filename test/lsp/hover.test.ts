import { beforeAll, describe, expect, test } from 'vitest';
import { expectHover } from 'langium/test';
import type { BcytServices } from '../../language-server/src/bcyt-module.js';
import { example, exampleServices, lspServices } from './lsp-helpers.js';

const FILE = `org SYT "Sở Y tế Thanh Hóa" code SYT parent BYT
org TTYT "Trung tâm Y tế Thiệu Hóa" code TTYT parent SYT place "Thiệu Hóa"
unit "phụ nữ mang thai" < "phụ nữ"
indicator tre "Số trẻ dưới 1 tuổi được tiêm chủng đầy đủ" unit trẻ
indicator tre_nam "Số trẻ trai" unit trẻ
indicator tre_nu "Số trẻ gái" unit trẻ
indicator tong "Tổng số trẻ" unit trẻ = tre_nam + tre_nu
indicator ty_le "Tỷ lệ tiêm chủng đầy đủ" unit % direction up
target TTYT 2024 {
  tre = 3515
  ty_le > 95 %
}
data TTYT Q1/2023 {
  tre = 645
}
data TTYT Q1/2024 {
  tre_nam = 400
  tre_nu = 303
}
report R
  issuer TTYT
  period Q1/2024
---
Số trẻ được tiêm chủng đầy đủ là {t<|>re = 703} trẻ đạt {tre <|>of plan = 20%} kế hoạch, {<|>tre @ TTYT <|>Q1/2023} cùng kỳ.
Theo [1<|>300/QĐ-BYT] và {<|>tong}.
`;

let services: BcytServices;
beforeAll(async () => {
    services = await lspServices();
});

const hover = (index: number, expected: RegExp | string) => expectHover(services)({ text: FILE, index, hover: expected, disposeAfterCheck: true });

describe('hover', () => {
    test('an indicator: label, unit, and its figures for the document org and period from the engine', async () => {
        await hover(0, /^\*\*Số trẻ dưới 1 tuổi được tiêm chủng đầy đủ\*\* `tre`\n\nĐơn vị tính: trẻ\n/);
        await hover(0, /\*\*Trung tâm Y tế Thiệu Hóa, quý I năm 2024\*\*/);
        await hover(0, /- Thực hiện: \*\*703 trẻ\*\*\n- Kế hoạch \(năm 2024\): 3\.515 trẻ\n- Đạt \*\*20,0%\*\* kế hoạch\n- Cùng kỳ \(quý I năm 2023\): 645 trẻ\n- Đạt \*\*109,0%\*\* so với cùng kỳ/);
    });

    test('an indicator with a formula and a direction; figures computed by the formula', async () => {
        await hover(5, /Công thức: `tong = tre_nam \+ tre_nu`/);
        await hover(5, /Thực hiện: \*\*703 trẻ\*\*/);
        await hover(5, /Kế hoạch \(năm 2024\): _chưa có chỉ tiêu_/);
    });

    test('a reference with its own org and period shows the figures there', async () => {
        await hover(2, /\*\*Trung tâm Y tế Thiệu Hóa, quý I năm 2023\*\*\n\n- Thực hiện: \*\*645 trẻ\*\*/);
    });

    test('an entry of a data block shows the figures of the block org and period', async () => {
        const text = FILE.replace(/<\|>/g, '').replace('data TTYT Q1/2023 {\n  tre = 645', 'data TTYT Q1/2023 {\n  t<|>re = 645');
        await expectHover(services)({
            text, index: 0, disposeAfterCheck: true,
            hover: /\*\*Trung tâm Y tế Thiệu Hóa, quý I năm 2023\*\*\n\n- Thực hiện: \*\*645 trẻ\*\*/,
        });
    });

    test('the rest of an inline expression shows its value', async () => {
        await hover(1, /`\{tre of plan\}`\n\nGiá trị tính được: \*\*20,0%\*\*\n\nTính từ: Số trẻ dưới 1 tuổi được tiêm chủng đầy đủ \/ kế hoạch = 703 \/ 3\.515\n\nSố ghi trong văn bản: 20% — khớp/);
    });

    test('a legal document: its full citation', async () => {
        await hover(4, '**1300/QĐ-BYT**\n\nQuyết định số 1300/QĐ-BYT ngày 09/3/2023 của Bộ Y tế ban hành Bộ tiêu chí quốc gia về y tế xã giai đoạn đến năm 2030');
    });

    test('a legal document with short names and a span of years: both under its citation', async () => {
        const text = FILE.replace(/<\|>/g, '').replace('Theo [1300/QĐ-BYT]', 'Theo [06/Q<|>Đ-TTg]');
        await expectHover(services)({
            text, index: 0, disposeAfterCheck: true,
            hover: '**06/QĐ-TTg**\n\nQuyết định số 06/QĐ-TTg ngày 06/01/2022 của Thủ tướng Chính phủ phê duyệt Đề án phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử phục vụ chuyển đổi số quốc gia giai đoạn 2022 - 2025, tầm nhìn đến năm 2030\n\nTên gọi tắt: “Đề án 06” · Giai đoạn: 2022-2025',
        });
    });

    test('a period: its dates and its same period', async () => {
        await hover(3, '**quý I năm 2023**: 01/01/2023 – 31/3/2023\n\nCùng kỳ: quý I năm 2022 (01/01/2022 – 31/3/2022)');
    });

    test('an org: its path in the tree', async () => {
        const text = FILE.replace('issuer TTYT', 'issuer TT<|>YT').replace(/<\|>(?=[^\n]*\n[^]*issuer)/g, '');
        await expectHover(services)({
            text, index: 0, disposeAfterCheck: true,
            hover: /Bộ Y tế › Sở Y tế Thanh Hóa › Trung tâm Y tế Thiệu Hóa\n\nMã: TTYT · Địa danh: Thiệu Hóa/,
        });
    });

    test('a unit: its kind and what it is a kind of', async () => {
        const text = FILE.replace('unit "phụ nữ mang thai"', 'unit "phụ nữ mang <|>thai"').replace(/\{t<\|>re|<\|>(?=of plan)|\{<\|>tre|<\|>Q1|1<\|>300|\{<\|>tong/g, m => m.replace('<|>', ''));
        await expectHover(services)({
            text, index: 0, disposeAfterCheck: true,
            hover: 'Đơn vị tính **phụ nữ mang thai**: đơn vị đếm (số nguyên), là một loại của phụ nữ › người',
        });
    });
});

describe('hover on the examples', () => {
    test('001: an indicator in prose shows its value, the same period and the percentage from the engine', async () => {
        const withCatalogs = await exampleServices();
        const { text, uri } = example('001');
        const marked = text.replace('{bai_viet = 530}', '{bai_<|>viet = 530}');
        await expectHover(withCatalogs)({
            text: marked, index: 0, parseOptions: { documentUri: uri }, disposeAfterCheck: true,
            hover: /\*\*Số bài viết truyền thông\*\* `bai_viet`[^]*Công thức: `bai_viet = bai_viet_dich \+ bai_viet_attp \+ bai_viet_benh_xa_hoi \+ bai_viet_khac`[^]*- Thực hiện: \*\*530 bài\*\*\n- Kế hoạch \(năm 2024\): _chưa có chỉ tiêu_\n- Cùng kỳ \(quý I năm 2023\): 464 bài\n- Đạt \*\*114,2%\*\* so với cùng kỳ/,
        });
    });

    test('003: a citation of a provincial decision', async () => {
        const withCatalogs = await exampleServices();
        const { text, uri } = example('003');
        await expectHover(withCatalogs)({
            text: text.replace('[1037/QĐ-UBND|symbol]', '[1037/<|>QĐ-UBND|symbol]'), index: 0, parseOptions: { documentUri: uri }, disposeAfterCheck: true,
            hover: /Quyết định số 1037\/QĐ-UBND ngày 22\/10\/2022 của Ủy ban nhân dân tỉnh Đắk Nông về ban hành các tiêu chí/,
        });
    });
});

describe('hover on nothing', () => {
    test('plain prose has no hover', async () => {
        const text = FILE.replace('Số trẻ được', 'Số t<|>rẻ được').replace(/\{t<\|>re|<\|>(?=of plan)|\{<\|>tre|<\|>Q1|1<\|>300|\{<\|>tong/g, m => m.replace('<|>', ''));
        await expectHover(services)({ text, index: 0, hover: undefined as unknown as string, disposeAfterCheck: true });
        expect(true).toBe(true);
    });
});

describe('hover of an approximate or bounded number: what it allows, as checked', () => {
    const body = (line: string) => FILE.slice(0, FILE.indexOf('---\n') + 4).replace('<|>', '') + line + '\n';
    test.each([
        ['"gần 700" below it, within its last written place', 'Đã tiêm gần {tre ≈ 7<|>00} trẻ.', /Số ghi là số gần đúng: khớp khi số tính được trong khoảng 600–700/],
        ['"khoảng 700" either side', 'Đã tiêm khoảng {tre ≈ 7<|>00} trẻ.', /Số ghi là số gần đúng: khớp khi số tính được trong khoảng 650–750/],
        ['"trên 15%" of the plan', 'Đạt trên {tre <|>of plan > 15%} kế hoạch.', /Số ghi là cận dưới: khớp khi số tính được lớn hơn 15%/],
        ['"dưới {… = 25%}": the word makes the bound', 'Đạt dưới {tre <|>of plan = 25%} kế hoạch.', /Số ghi là cận trên: khớp khi số tính được nhỏ hơn 25%/],
        ['"không quá 800" as <=', 'Tiêm {tre <= 8<|>00} trẻ.', /Số ghi là cận trên: khớp khi số tính được không lớn hơn 800/],
    ])('%s', async (_what, line, expected) => {
        await expectHover(services)({ text: body(line), index: 0, hover: expected, disposeAfterCheck: true });
    });

    test('in English', async () => {
        const english = await lspServices();
        english.workspace.Settings.update({ language: 'en' });
        await expectHover(english)({ text: body('Đạt trên {tre <|>of plan > 15%} kế hoạch.'), index: 0, hover: /The number is a lower bound: it agrees when the computed value is above 15%/, disposeAfterCheck: true });
    });
});

describe('hover in English (bcyt.language = en)', () => {
    test('an inline expression and an indicator speak the user\'s language; the document\'s words stay Vietnamese', async () => {
        const english = await lspServices();
        english.workspace.Settings.update({ language: 'en' });
        const check = (index: number, expected: RegExp) => expectHover(english)({ text: FILE, index, hover: expected, disposeAfterCheck: true });
        await check(1, /Computed value: \*\*20,0%\*\*\n\nComputed from: Số trẻ dưới 1 tuổi được tiêm chủng đầy đủ \/ the target = 703 \/ 3\.515\n\nNumber in the text: 20% — agrees/);
        await check(0, /Unit: trẻ[\s\S]*- Actual: \*\*703 trẻ\*\*\n- Target \(năm 2024\): 3\.515 trẻ\n- \*\*20,0%\*\* of the target/);
    });
});
