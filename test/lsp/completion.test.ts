import { beforeAll, describe, expect, test } from 'vitest';
import { expectCompletion, parseDocument } from 'langium/test';
import type { CompletionItem, CompletionList } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { BcytServices } from '../../language-server/src/bcyt-module.js';
import * as ast from '../../language-server/src/generated/ast.js';
import { example, exampleServices, insertAfter, lspServices, virtualUri } from './lsp-helpers.js';

const CATALOG = `org SYT "Sở Y tế A" code SYT parent BYT
org TTYT "Trung tâm Y tế B" code TTYT parent SYT
org TYT "Trạm Y tế C" parent TTYT
unit em < trẻ
indicator tre "Số trẻ được tiêm" unit trẻ
indicator nguoi "Số người" unit người
indicator luot "Số lượt khám" unit lượt
indicator ty_le "Tỷ lệ" unit %
target TTYT 2024 {
  tre = 3515
}
`;
const REPORT = `report R
  issuer TTYT
  period Q1/2024
---
`;

let services: BcytServices;
beforeAll(async () => {
    services = await lspServices();
});

const labels = (list: CompletionList) => list.items.map(i => i.label);
const sorted = (list: CompletionList) => [...list.items].sort((a, b) => (a.sortText ?? '').localeCompare(b.sortText ?? '')).map(i => i.label);
const newText = (item: CompletionItem | undefined) => (item?.textEdit && 'newText' in item.textEdit ? item.textEdit.newText : item?.insertText);

/** The completion list at the `<|>` of `text`. */
async function complete(text: string, uri?: string, on: BcytServices = services): Promise<CompletionList> {
    let result: CompletionList | undefined;
    await expectCompletion(on)({ text, index: 0, parseOptions: uri ? { documentUri: uri } : undefined, disposeAfterCheck: true, assert: list => { result = list; } });
    return result!;
}

/** Applies an item's edit to the text without its marker. */
function apply(text: string, item: CompletionItem): string {
    const plain = text.replace('<|>', '');
    const document = TextDocument.create('file:///x.bcyt', 'bcyt', 0, plain);
    const edit = item.textEdit as { range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string };
    return TextDocument.applyEdits(document, [{ range: edit.range, newText: edit.newText }]);
}

describe('completion of declared names by what is legal there', () => {
    test('after a number in a data block, only units the indicator accepts', async () => {
        const list = await complete(`${CATALOG}data TTYT Q1/2024 {\n  nguoi = 3 <|>\n}\n`);
        expect(labels(list)).toEqual(expect.arrayContaining(['người', 'trẻ', 'em', '"phụ nữ"', '"cán bộ"']));
        expect(labels(list)).not.toContain('lượt');
        expect(labels(list)).not.toContain('%');
        expect(labels(list)).not.toContain('tre'); // a name after a number is its unit, never the next entry
    });

    test('after a count, a unit of a different kind is not offered; after a ratio indicator only ratio units of its factor', async () => {
        expect(labels(await complete(`${CATALOG}data TTYT Q1/2024 {\n  tre = 3 <|>\n}\n`))).toEqual(['trẻ', 'em']);
        const units = (list: CompletionList) => list.items.filter(i => i.kind !== 14 /* keyword */).map(i => i.label);
        expect(units(await complete(`${CATALOG}target TTYT 2024 {\n  ty_le >= 95 <|>\n}\n`))).toEqual(['%', '"nam/100 nữ"']);
    });

    test('on a new line of a data block, indicators not given yet; no units', async () => {
        const list = await complete(`${CATALOG}data TTYT Q1/2024 {\n  tre = 3\n  <|>\n}\n`);
        expect(labels(list)).toEqual(expect.arrayContaining(['nguoi', 'luot', 'ty_le', 'tre_sinh']));
        expect(labels(list)).not.toContain('tre');
        expect(labels(list)).not.toContain('trẻ');
    });

    test('units in declarations: any unit for an indicator, count units for a base', async () => {
        const any = labels(await complete(`${CATALOG}indicator x "X" unit <|>`));
        expect(any).toEqual(expect.arrayContaining(['người', 'lượt', '%', '‰', 'lần', 'em']));
        const base = labels(await complete(`${CATALOG}unit con < <|>`));
        expect(base).toEqual(expect.arrayContaining(['người', 'lượt', 'em']));
        expect(base).not.toContain('%');
        expect(base).not.toContain('lần');
    });

    test('after + in a formula, indicators whose unit adds to the left operand, never the indicator itself', async () => {
        const list = labels(await complete(`${CATALOG}indicator tong "Tổng" unit người = tre + <|>`));
        expect(list).toEqual(expect.arrayContaining(['nguoi', 'tre_sinh', 'plan(…)', 'prev(…)']));
        expect(list).not.toContain('luot');
        expect(list).not.toContain('ty_le');
        expect(list).not.toContain('tong');
    });

    test('a parent that would make a cycle is not offered', async () => {
        const list = labels(await complete(`${CATALOG}org X "X" parent SYT\norg Y "Y" parent X\norg Z "Z"\norg X2 "X2"\n`.replace('org X "X" parent SYT', 'org X "X" parent <|>')));
        expect(list).toEqual(expect.arrayContaining(['SYT', 'Z', 'BYT']));
        expect(list).not.toContain('X');
        expect(list).not.toContain('Y');
    });

    test('period literals around the document period: its own, the same period, the plan year first', async () => {
        const list = await complete(`${CATALOG}data TTYT <|>\n${REPORT}`);
        expect(sorted(list).slice(0, 3)).toEqual(['Q1/2024', 'Q1/2023', '2024']);
        expect(labels(list)).toEqual(expect.arrayContaining(['Q2/2024', 'H1/2024', 'T3/2024', '..31/3/2024']));
        expect(list.items.find(i => i.label === 'Q1/2023')?.detail).toBe('cùng kỳ: quý I năm 2023');
    });

    test('the fields of a legal declaration, its short names and span among them', async () => {
        const list = labels(await complete(`${CATALOG}legal "06/QĐ-TTg" type "Quyết định"\n    <|>\n${REPORT}`));
        expect(list).toEqual(expect.arrayContaining(['date', 'issuer', 'subject', 'alias', 'period']));
    });

    test('keywords and snippets for a new report, plan and letter', async () => {
        const list = labels(await complete(`${CATALOG}<|>`));
        expect(list).toEqual(expect.arrayContaining(['indicator', 'data', 'legal', 'report (báo cáo)', 'plan (kế hoạch)', 'letter (công văn)', 'outline (đề cương)']));
        const withDocument = labels(await complete(`${CATALOG}<|>\n${REPORT}`));
        expect(withDocument).not.toContain('report (báo cáo)');
    });
});

describe('document snippets', () => {
    const expand = (snippet: string) => snippet.replace(/\$\{\d+\|([^,|]*)[^}]*\}/g, '$1').replace(/\$\{\d+:([^}]*)\}/g, '$1').replace(/\$\{\d+\}|\$\d+/g, '');

    test.each(['report (báo cáo)', 'plan (kế hoạch)', 'letter (công văn)', 'outline (đề cương)'])('%s expands into a file without syntax errors', async label => {
        const item = (await complete(`${CATALOG}<|>`)).items.find(i => i.label === label)!;
        const text = `${CATALOG}${expand(item.insertText!)}`;
        const document = await parseDocument(services, text);
        expect(document.parseResult.parserErrors.map(e => e.message)).toEqual([]);
        expect(document.parseResult.lexerErrors).toEqual([]);
    });

    test('the letter follows the đề cương of seed 004, as an appendix', async () => {
        const item = (await complete(`${CATALOG}<|>`)).items.find(i => i.label === 'letter (công văn)')!;
        const body = item.insertText!.split('---\n')[1];
        expect(body).toContain('{appendix "ĐỀ CƯƠNG BÁO CÁO"');
        const headings = body.split('\n').filter(l => l.startsWith('#'));
        expect(headings.map(h => h.replace(/\d{4}/g, 'YYYY'))).toEqual([
            '## I. ĐÁNH GIÁ KẾT QUẢ HOẠT ĐỘNG Y TẾ NĂM YYYY',
            '## II. ĐÁNH GIÁ CHUNG',
            '### 1. Ưu điểm',
            '### 2. Tồn tại, hạn chế và nguyên nhân',
            '#### 2.1. Tồn tại, hạn chế',
            '#### 2.2. Nguyên nhân',
            '##### a) Nguyên nhân chủ quan',
            '##### b) Nguyên nhân khách quan',
            '## III. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM THỰC HIỆN TRONG NĂM YYYY',
            '## IV. KIẾN NGHỊ',
        ]);
    });
});

describe('completion inside prose expressions {…}', () => {
    test('at the start: indicators, plan(…), prev(…), round(…)', async () => {
        const list = labels(await complete(`${CATALOG}${REPORT}Số trẻ là {<|>}\n`));
        expect(list).toEqual(expect.arrayContaining(['tre', 'nguoi', 'tre_sinh', 'plan(…)', 'prev(…)', 'round(…, 1)']));
        expect(list).not.toContain('SYT');
    });

    test('right after a "{" typed at the end of a line (no closing brace yet), and in "{ }"', async () => {
        for (const line of ['Số trẻ là {<|>\n', 'Số trẻ là { <|>}\n']) {
            expect(labels(await complete(`${CATALOG}${REPORT}${line}`)), line).toEqual(expect.arrayContaining(['tre', 'tre_sinh', 'plan(…)']));
        }
        expect(labels(await complete(`${CATALOG}${REPORT}Số trẻ là {tr<|>\nDòng sau.\n`))).toEqual(expect.arrayContaining(['tre_sinh', 'tre_de_song']));
    });

    test('after an indicator: of plan, of prev', async () => {
        const list = await complete(`${CATALOG}${REPORT}đạt {tre <|>}\n`);
        expect(labels(list)).toEqual(expect.arrayContaining(['of plan', 'of prev']));
        expect(list.items.find(i => i.label === 'of plan')?.detail).toBe('% kế hoạch');
    });

    test('a space typed after an indicator asks for its qualifiers; a space in declarations only where a name or unit follows', async () => {
        const space = { triggerKind: 2, triggerCharacter: ' ' };
        const at = async (text: string) => {
            const { output, indices } = (await import('langium/test')).replaceIndices({ text });
            const document = await parseDocument(services, output);
            return labels(await services.lsp.CompletionProvider!.getCompletion(document, {
                textDocument: { uri: document.uri.toString() }, position: document.textDocument.positionAt(indices[0]), context: space,
            }) as CompletionList);
        };
        expect(await at(`${CATALOG}${REPORT}đạt {tre <|>}\n`)).toEqual(expect.arrayContaining(['of plan', 'of prev']));
        expect(await at(`${CATALOG}data TTYT Q1/2024 {\n  tre = 3 <|>\n}\n`)).toEqual(['trẻ', 'em']);
        expect(await at(`${CATALOG}indicator x "X" <|>`)).toEqual([]);
    });

    test('after of: plan and prev themselves, and indicators', async () => {
        const list = labels(await complete(`${CATALOG}${REPORT}đạt {tre of <|>}\n`));
        expect(list).toEqual(expect.arrayContaining(['plan', 'prev', 'tre', 'nguoi']));
        expect(list).not.toContain('plan(…)');
    });

    test('after @: orgs and period literals', async () => {
        const list = labels(await complete(`${CATALOG}${REPORT}là {tre @ <|>}\n`));
        expect(list).toEqual(expect.arrayContaining(['TYT', 'TTYT', 'Q1/2023', 'Q1/2024']));
    });

    test('after an expression: the relations of a stated number, each with the words that say it', async () => {
        const list = await complete(`${CATALOG}${REPORT}đạt {tre <|>}\n`);
        expect(labels(list)).toEqual(expect.arrayContaining(['=', '≈', '>', '<', '>=', '<=']));
        expect(list.items.find(i => i.label === '≈')?.detail).toBe('số gần đúng: "khoảng", "gần", "xấp xỉ"');
        expect(list.items.find(i => i.label === '>')?.detail).toBe('cận dưới: "trên", "hơn", "ít nhất"');
        expect(list.items.find(i => i.label === '<=')?.detail).toBe('cận trên: "dưới", "không quá"');
    });

    test('after a stated percentage: ratio units only', async () => {
        expect(labels(await complete(`${CATALOG}${REPORT}đạt {tre of plan = 20 <|>}\n`)).sort()).toEqual(['%', '‰', '"nam/100 nữ"'].sort());
    });

    test('a directive at the start of a line', async () => {
        expect(labels(await complete(`${CATALOG}${REPORT}{<|>}\n`))).toEqual(expect.arrayContaining(['table …', 'appendix …']));
    });

    test('on a real seed line (001): of plan after the indicator', async () => {
        const services001 = await exampleServices();
        const { text, uri } = example('001');
        const edited = text.replace('{tre_tiem_chung_day_du of plan = 20%}', '{tre_tiem_chung_day_du <|>}');
        expect(labels(await complete(edited, uri, services001))).toEqual(expect.arrayContaining(['of plan', 'of prev']));
    });
});

describe('legal documents inside prose', () => {
    test('after "Quyết định số " the citations, labelled in full, replacing the phrase with [symbol]', async () => {
        const text = `${CATALOG}${REPORT}Căn cứ Quyết định số <|>\n`;
        const list = await complete(text);
        const item = list.items.find(i => i.label.includes('1300/QĐ-BYT'))!;
        expect(item.label).toBe('Quyết định số 1300/QĐ-BYT ngày 09/3/2023 của Bộ Y tế ban hành Bộ tiêu chí quốc gia về y tế xã giai đoạn đến năm 2030');
        expect(newText(item)).toBe('[1300/QĐ-BYT]');
        expect(list.isIncomplete).toBe(true);
        // Quyết định first
        expect(sorted(list).slice(0, 5).every(l => String(l).startsWith('Quyết định'))).toBe(true);
        const after = apply(text, item);
        expect(after.endsWith('Căn cứ [1300/QĐ-BYT]\n')).toBe(true);
        const document = await parseDocument<ast.Model>(services, after);
        const citation = document.parseResult.value.document!.body!.blocks.flatMap(b => (ast.isBlankLine(b) ? [] : b.parts)).find(ast.isCitation);
        expect(citation?.legal?.ref?.name).toBe('1300/QĐ-BYT');
    });

    test('a phrase with more words keeps them and cites the symbol only', async () => {
        const list = await complete(`${CATALOG}${REPORT}Thực hiện Kế hoạch hành động số <|>\n`);
        expect(newText(list.items[0])).toMatch(/^\[.+\|symbol\]$/);
    });

    test('by symbol as it is typed in prose: "1300", "QĐ-BYT", without diacritics', async () => {
        const byNumber = await complete(`${CATALOG}${REPORT}theo 1300<|>\n`);
        expect(byNumber.items.map(newText)).toEqual(['[1300/QĐ-BYT]']);
        const byCode = labels(await complete(`${CATALOG}${REPORT}theo QĐ-BYT<|>\n`));
        expect(byCode).toHaveLength(3);
        expect(labels(await complete(`${CATALOG}${REPORT}theo QD-BYT<|>\n`))).toEqual(byCode);
    });

    test('by words of the subject: "tiêu chí quốc gia"', async () => {
        const text = `${CATALOG}${REPORT}Triển khai Bộ tiêu chí quốc gia<|>\n`;
        const list = await complete(text);
        expect(list.items.map(newText)).toEqual(['[1300/QĐ-BYT]']);
        expect(apply(text, list.items[0])).toContain('Triển khai [1300/QĐ-BYT]\n');
        expect(labels(await complete(`${CATALOG}${REPORT}Các đơn vị thực hiện<|>\n`))).toEqual([]);
    });

    test('inside [ by symbol or by words, closing the bracket', async () => {
        const bySymbol = await complete(`${CATALOG}${REPORT}theo [13<|>\n`);
        expect(bySymbol.items.map(newText)).toEqual(['1300/QĐ-BYT]']);
        const byWords = await complete(`${CATALOG}${REPORT}theo [tieu chi quoc gia<|>\n`);
        expect(byWords.items.map(newText)).toEqual(['1300/QĐ-BYT]']);
        const styles = labels(await complete(`${CATALOG}${REPORT}theo [1300/QĐ-BYT|<|>]\n`));
        expect(styles).toEqual(['full', 'short', 'symbol']);
    });

    test('plain prose offers nothing', async () => {
        expect(labels(await complete(`${CATALOG}${REPORT}Thời tiết diễn biến phức tạp<|>\n`))).toEqual([]);
    });

    test('on a real seed line (004): documents of the Kon Tum catalog after "Quyết định số "', async () => {
        const services004 = await exampleServices();
        const { text, uri } = example('004');
        const edited = insertAfter(text, '\n---\n', 'Căn cứ Quyết định số <|>\n');
        const list = await complete(edited, uri, services004);
        const item = list.items.find(i => i.detail === '[1543/QĐ-SYT]');
        expect(item?.label).toMatch(/^Quyết định số 1543\/QĐ-SYT ngày 26\/12\/2022/);
        expect(newText(item)).toBe('[1543/QĐ-SYT]');
    });
});

describe('completion in a document whose imports resolve', () => {
    test('names of an imported catalog are offered', async () => {
        const withCatalog = await lspServices({ 'catalog.bcyt': CATALOG });
        const list = labels(await complete(`import "catalog"\n${REPORT}{<|>}\n`, virtualUri('doc.bcyt'), withCatalog));
        expect(list).toContain('tre');
    });
});
