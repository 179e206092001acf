import { describe, expect, test } from 'vitest';
import * as ast from '../../language-server/src/generated/ast.js';
import { check } from '../helpers.js';

const HEADER = `org TTYT "Trung tâm Y tế Hoằng Hóa" code TTYT
report BC issuer TTYT period Q1/2024
---
`;

async function body(lines: string) {
    const checked = await check(HEADER + lines);
    const model = checked.documents['main.bcyt'].parseResult.value;
    return { checked, blocks: model.document!.body!.blocks, errors: checked.documents['main.bcyt'].parseResult.parserErrors };
}

describe('the body: real seed lines parse as headings, list items and prose', () => {
    test.each([
        ['# PHẦN THỨ NHẤT', 'Heading'],
        ['## I.  ĐẶC ĐIỂM TÌNH HÌNH.', 'Heading'],
        ['#### 6.14  Công tác xét nghiệm:', 'Heading'],
        ['##### a) Nguyên nhân chủ quan', 'Heading'],
        ['- Được sự quan tâm chỉ đạo trực tiếp của Sở Y tế Thanh Hóa, các cơ sở Y tế tuyến tỉnh.', 'ListItem'],
        ['+ Tổng số cán bộ là: 51 (biên chế: 50; hợp đồng: 01). Trong đó:', 'ListItem'],
        ['* Tại trung tâm Y tế huyện.', 'ListItem'],
        ['Hoằng Hóa là một huyện đồng bằng ven biển có diện tích 203 km2 với dân số trên 23 vạn dân.', 'TextLine'],
        ['“Trách nhiệm, nỗ lực, linh hoạt, quyết liệt, hiệu quả” - 100% (≥ 85 điểm) #1', 'TextLine'],
        ['**Kính gửi:** Các khoa, phòng, trạm y tế xã, thị trấn', 'TextLine'],
        ['| 1 | Xã Thiệu Toán | |', 'TextLine'],
        ['-5 độ không phải danh sách', 'TextLine'],
    ])('%s → %s', async (line, type) => {
        const { blocks, errors } = await body(line);
        expect(errors).toEqual([]);
        expect(blocks[0].$type).toBe(type);
    });

    test('inline expressions, citations and escapes inside one line', async () => {
        const { blocks, errors, checked } = await body('Theo [1300/QĐ-BYT|symbol], số trẻ {tre_sinh = 746} trẻ, \\{không phải biểu thức\\}.');
        expect(errors).toEqual([]);
        const parts = (blocks[0] as ast.TextLine).parts;
        expect(parts.map(p => p.$type)).toEqual(['TextChunk', 'Citation', 'TextChunk', 'InlineExpression', 'TextChunk', 'TextChunk', 'TextChunk', 'TextChunk', 'TextChunk']);
        const citation = parts[1] as ast.Citation;
        expect(citation.legal.ref?.type).toBe('Quyết định');
        expect(citation.style).toBe('symbol');
        expect((parts[3] as ast.InlineExpression).stated?.value).toBe('746');
        expect(checked.codes()).toEqual([]);
    });

    test('an unclosed brace damages its own line only', async () => {
        const { blocks, checked } = await body('Số trẻ {tre_sinh = 746 trẻ.\n- Dòng sau vẫn là một mục danh sách.\n## II. MỤC TIẾP THEO');
        expect(new Set(checked.codes())).toEqual(new Set(['4:syntax-error']));
        expect(blocks.map(b => b.$type)).toEqual(['TextLine', 'ListItem', 'Heading']);
    });

    test('a unit on the same line belongs to the number; a name on the next line is the next entry', async () => {
        const checked = await check(`org T "T"
target T 2024 {
  xa_dat_chuan_qg = 13 xã
  dan_so_tb = 167769
  ty_le_tham_gia_bhyt = 95 %
}`);
        const target = checked.documents['main.bcyt'].parseResult.value.elements[1] as ast.TargetBlock;
        expect(target.targets.map(t => [t.indicator.$refText, t.quantity.value, t.quantity.unit?.$refText])).toEqual([
            ['xa_dat_chuan_qg', '13', 'xã'], ['dan_so_tb', '167769', undefined], ['ty_le_tham_gia_bhyt', '95', '%'],
        ]);
        expect(checked.codes()).toEqual([]);
    });

    test('a body without a final line break, and an empty body', async () => {
        expect((await body('Dòng cuối không xuống dòng')).errors).toEqual([]);
        const empty = await check('org T "T"\nreport R issuer T\n---');
        expect(empty.codes()).toEqual([]);
    });
});

/** Langium turns an exception in a check into a diagnostic; there must be none. */
function internalErrors(diagnostics: Array<{ message: unknown }>): unknown[] {
    return diagnostics.filter(d => String(d.message).includes('An error occurred')).map(d => d.message);
}

describe('never crashes: any truncation, any bytes', () => {
    const SAMPLE = `import "x"
unit "cơ sở"
org TTYT "Trung tâm Y tế" code TTYT
indicator a "A" unit người = b + c
indicator b "B" unit người
indicator c "C" unit người
data TTYT Q1/2024 {
  a = 5
}
target TTYT 2024 {
  a >= 95 %
}
rule r "r" a <= b severity warning
legal "1300/QĐ-BYT" type "Quyết định" date 09/3/2023 issuer BYT subject "s"
outline O { section "I." "A" { section "1." "B" } }
report R number "/BC-TTYT" issuer TTYT period Q1/2024 date 14/4/2024 signer "GIÁM ĐỐC" "Tên"
---
# PHẦN I
- {a = 5} người, {a of plan = 20%}, [1300/QĐ-BYT] \\[x\\]
{table a, b columns prev actual}
{appendix "Phụ lục" "Tên" landscape}
| 1 | Xã |
`;

    test('every prefix of a complete file gives diagnostics, never an exception', async () => {
        for (let end = 0; end <= SAMPLE.length; end += 7) {
            const checked = await check(SAMPLE.slice(0, end));
            expect(internalErrors(checked.diagnostics()), `prefix of ${end} characters`).toEqual([]);
        }
    });

    test('random bytes and control characters', async () => {
        let seed = 42;
        const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
        for (let i = 0; i < 40; i++) {
            const length = Math.floor(random() * 300);
            const text = Array.from({ length }, () => String.fromCharCode(Math.floor(random() * 0x2000))).join('');
            const checked = await check(i % 2 ? text : SAMPLE.slice(0, Math.floor(random() * SAMPLE.length)) + text);
            expect(internalErrors(checked.diagnostics())).toEqual([]);
        }
    });
});

describe('a brace without an expression is an error of its own line, the rest of the body still parses', () => {
    test.each([
        ['typed "{" at the end of a line', 'Tổng số trẻ sinh là {'],
        ['"{}" as the editor auto-closes it', 'Tổng số trẻ sinh là {} trẻ.'],
        ['a brace in the middle of prose', 'Điểm { không phải biểu thức'],
        ['a brace before what cannot start an expression', 'Tỷ lệ {= 95%} và {"trẻ"} và {-5}'],
    ])('%s', async (_, line) => {
        const { blocks, checked } = await body(`${line}\n- Dòng sau {x = 1}.\n\nDòng cuối [12/2021/TT-BYT].\n`);
        expect(blocks.map(b => b.$type)).toEqual(['TextLine', 'ListItem', 'BlankLine', 'TextLine']);
        const syntax = checked.diagnostics().filter(d => d.code === 'syntax-error');
        expect(syntax.length).toBeGreaterThan(0);
        expect(syntax.every(d => d.range.start.line === 3)).toBe(true);
        // the lines after it are still checked
        expect(checked.codes()).toContain('5:unresolved-reference');
    });
});

test('the message for an empty brace says what to write', async () => {
    const { checked } = await body('Tổng số trẻ sinh là {} trẻ.\n');
    expect(checked.diagnostics().map(d => d.message)).toContain(
        'Lỗi cú pháp: "{" chưa có biểu thức: viết tên chỉ số và số liệu, ví dụ {tre_sinh = 746}; nếu là dấu ngoặc thường, viết \\{');
});

describe('legal declarations: short names and a span of years', () => {
    test.each([
        ['one alias and a span', 'legal "06/QĐ-TTg" type "Quyết định" alias "Đề án 06" period 2022-2025', ['Đề án 06'], '2022', '2025'],
        ['several aliases, fields in any order, spaces around the dash', 'legal "1719/QĐ-TTg" period 2021 - 2030\n    alias "Chương trình 1719" alias "CT 1719" type "Quyết định"', ['Chương trình 1719', 'CT 1719'], '2021', '2030'],
        ['neither', 'legal "1300/QĐ-BYT" type "Quyết định" date 09/3/2023', [], undefined, undefined],
    ])('%s', async (_name, declaration, aliases, from, to) => {
        const checked = await check(declaration);
        const document = checked.documents['main.bcyt'];
        expect(document.parseResult.parserErrors).toEqual([]);
        const legal = (document.parseResult.value as ast.Model).elements[0] as ast.LegalDoc;
        expect([legal.aliases, legal.periodFrom, legal.periodTo]).toEqual([aliases, from, to]);
    });

    test('a span without its end year does not parse', async () => {
        const checked = await check('legal "06/QĐ-TTg" alias "Đề án 06" period 2022');
        expect(checked.codes()).toContain('1:syntax-error');
    });
});
