import { beforeAll, describe, expect, test } from 'vitest';
import { expectFoldings, expectSemanticToken, expectSymbols, highlightHelper } from 'langium/test';
import { SemanticTokenTypes, SymbolKind, type DocumentSymbol } from 'vscode-languageserver';
import type { BcytServices } from '../../language-server/src/bcyt-module.js';
import { example, exampleServices, lspServices } from './lsp-helpers.js';

let services: BcytServices;
beforeAll(async () => {
    services = await lspServices();
});

const FILE = `org TTYT "Trung tâm Y tế" code TTYT
indicator tong "Tổng" unit trẻ
    = a + b
indicator a "A" unit trẻ
indicator b "B" unit trẻ
data TTYT Q1/2024 {
  a = 1
  b = 2
}
outline DC "Đề cương" {
  section "I." "KẾT QUẢ" {
    section "1." "Ưu điểm"
  }
}
report BC
  issuer TTYT
  period Q1/2024
---
# PHẦN THỨ NHẤT
## I. ĐẶC ĐIỂM
Văn bản.

## II. KẾT QUẢ
### 1. Tiêm chủng
- Tiêm {a = 1} trẻ.

# PHẦN II
Cuối.
`;

const tree = (symbols: DocumentSymbol[], depth = 0): string[] =>
    symbols.flatMap(s => [`${'  '.repeat(depth)}${s.name}`, ...tree(s.children ?? [], depth + 1)]);

describe('document symbols', () => {
    test('declarations and the document with its sections nested by heading level', async () => {
        await expectSymbols(services)({
            text: FILE, disposeAfterCheck: true,
            assert: symbols => {
                expect(tree(symbols)).toEqual([
                    'TTYT', 'tong', 'a', 'b',
                    'data TTYT Q1/2024', '  a', '  b',
                    'DC', '  I. KẾT QUẢ', '    1. Ưu điểm',
                    'BC', '  PHẦN THỨ NHẤT', '    I. ĐẶC ĐIỂM', '    II. KẾT QUẢ', '      1. Tiêm chủng', '  PHẦN II',
                ]);
                const doc = symbols.find(s => s.name === 'BC')!;
                expect(doc.kind).toBe(SymbolKind.File);
                expect(doc.detail).toBe('báo cáo');
                const part1 = doc.children![0];
                // a section spans to the line before the next heading of the same or a higher level
                expect([part1.range.start.line, part1.range.end.line]).toEqual([18, 24]);
                expect(symbols.find(s => s.name === 'tong')?.detail).toBe('Tổng');
            },
        });
    });

    test('example 004: the outline of the letter and of its đề cương', async () => {
        const withCatalogs = await exampleServices();
        const { text, uri } = example('004');
        await expectSymbols(withCatalogs)({
            text, parseOptions: { documentUri: uri }, disposeAfterCheck: true,
            assert: symbols => {
                expect(symbols.map(s => s.name)).toEqual(['CV_SYT_KonTum_TongKet2023']);
                expect(tree(symbols[0].children ?? [])).toEqual([
                    'ĐỀ CƯƠNG BÁO CÁO — đánh giá kết quả thực hiện công tác y tế năm 2023 và phương hướng, nhiệm vụ năm 2024',
                    '  I. ĐÁNH GIÁ KẾT QUẢ HOẠT ĐỘNG Y TẾ NĂM 2023',
                    '  II. ĐÁNH GIÁ CHUNG',
                    '    1. Ưu điểm',
                    '    2. Tồn tại, hạn chế và nguyên nhân',
                    '      2.1. Tồn tại, hạn chế',
                    '      2.2. Nguyên nhân',
                    '        a) *Nguyên nhân chủ quan*',
                    '        b) *Nguyên nhân khách quan*',
                    '  III. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM THỰC HIỆN TRONG NĂM 2024',
                    '    1. Lĩnh vực y tế:',
                    '    2. Lĩnh vực Dân số - Kế hoạch hóa gia đình:',
                    '    3. Kết quả đạt được trong các năm 2021, 2022, 2023; những thuận lợi, khó khăn trong năm 2024 và các năm tiếp theo có thể ảnh hưởng đến việc thực hiện các chỉ tiêu và đảm bảo tính khả thi khi thực hiện.',
                    '    6. Việc xây dựng hoạch hàng năm phải có tính phân đầu và theo lộ trình hàng năm để đảm bảo đến năm 2025 đạt và vượt mục tiêu đã đề ra đến năm 2025.',
                    '  IV. KIẾN NGHỊ',
                ]);
            },
        });
    });
});

describe('folding', () => {
    test('declaration blocks, the header, and sections by heading level', async () => {
        await expectFoldings(services)({
            text: `org TTYT "Trung tâm Y tế" code TTYT
<|indicator tong "Tổng" unit trẻ
    = a + b|>
indicator a "A" unit trẻ
indicator b "B" unit trẻ
<|data TTYT Q1/2024 {
  a = 1
  b = 2
}|>
<|outline DC "Đề cương" {
  <|section "I." "KẾT QUẢ" {
    section "1." "Ưu điểm"
  }|>
}|>
<|report BC
  issuer TTYT
  period Q1/2024|>
---
<|# PHẦN THỨ NHẤT
<|## I. ĐẶC ĐIỂM
Văn bản.|>

<|## II. KẾT QUẢ
<|### 1. Tiêm chủng
- Tiêm {a = 1} trẻ.|>|>|>

<|# PHẦN II
Cuối.|>
`,
            disposeAfterCheck: true,
        });
    });

    test('example 001: the header, the indicators with formulas, and every section', async () => {
        const withCatalogs = await exampleServices();
        const { text, uri } = example('001');
        const document = await (await import('langium/test')).parseDocument(withCatalogs, text, { documentUri: uri });
        const ranges = await withCatalogs.lsp.FoldingRangeProvider!.getFoldingRanges(document, { textDocument: { uri } });
        const lines = text.split('\n');
        const starts = ranges.map(r => lines[r.startLine]);
        expect(starts).toContain('report BC_HoangHoa_Q1_2024');
        expect(starts).toContain('# ĐẶC ĐIỂM TÌNH HÌNH VÀ KẾT QUẢ THỰC HIỆN');
        expect(starts).toContain('#### 6.1. Công tác tiêm chủng mở rộng.');
        const part2 = ranges.find(r => lines[r.startLine] === '# PHƯƠNG HƯỚNG NHIỆM VỤ 9 THÁNG CUỐI NĂM 2024')!;
        expect(lines[part2.endLine]).toMatch(/^- Phát huy những thành tích/);
    });
});

describe('semantic tokens', () => {
    test('declarations, references, numbers, units, citations and headings', async () => {
        const highlight = highlightHelper(services);
        const tokens = await highlight(`unit <|con|> < <|trẻ|>
indicator <|x|> "X" unit trẻ
org TTYT "T" code TTYT
data <|TTYT|> Q1/2024 {
  <|x|> = <|3|> <|con|>
}
report R
  issuer TTYT
  period <|Q1/2024|>
---
<|##|> <|I. KẾT QUẢ|>
Theo <|[|><|1300/QĐ-BYT|><|]|>, {<|x|> <|of|> prev}.
`);
        const expectToken = (rangeIndex: number, tokenType: string) => expectSemanticToken(tokens, { rangeIndex, tokenType });
        expectToken(0, SemanticTokenTypes.type);
        expectToken(1, SemanticTokenTypes.type);
        expectToken(2, SemanticTokenTypes.variable);
        expectToken(3, SemanticTokenTypes.namespace);
        expectToken(4, SemanticTokenTypes.variable);
        expectToken(5, SemanticTokenTypes.number);
        expectToken(6, SemanticTokenTypes.type);
        expectToken(7, SemanticTokenTypes.number);
        expectToken(8, SemanticTokenTypes.keyword);
        expectToken(9, SemanticTokenTypes.namespace);
        expectToken(10, SemanticTokenTypes.operator);
        expectToken(11, SemanticTokenTypes.macro);
        expectToken(12, SemanticTokenTypes.operator);
        expectToken(13, SemanticTokenTypes.variable);
        expectToken(14, SemanticTokenTypes.keyword);
        // modifiers: a declaration, and a name of the starter catalog
        const decoded = tokens.tokens as Array<{ text: string; offset: number; tokenModifiers: number }>;
        const modifiers = services.lsp.SemanticTokenProvider!.tokenModifiers;
        const has = (text: string, modifier: string, nth = 0) => (decoded.filter(t => t.text === text)[nth].tokenModifiers & modifiers[modifier]) !== 0;
        expect(has('x', 'declaration')).toBe(true);
        expect(has('x', 'declaration', 1)).toBe(false);
        expect(has('1300/QĐ-BYT', 'defaultLibrary')).toBe(true);
        expect(has('trẻ', 'defaultLibrary')).toBe(true);
        expect(has('con', 'defaultLibrary')).toBe(false);
    });
});
