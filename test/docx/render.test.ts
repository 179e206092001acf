/**
 * The DOCX renderer, read back with jszip: page, margins, fonts and sizes of Nghị định
 * 30/2020/NĐ-CP, the header table, body formatting, tables, appendix sections, page numbers and
 * the closing; and the atomic writer.
 */
import { execFileSync } from 'node:child_process';
import {
    chmodSync, mkdirSync, mkdtempSync, promises, readFileSync, readdirSync, rmSync, statSync, writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { DocxWriteError, renderDocx, writeDocxAtomically } from '../../src/docx/render.js';
import { textWidth } from '../../src/docx/measure.js';
import { columnWidths } from '../../src/docx/table.js';
import { recipientLine } from '../../src/docx/header.js';
import type { PrintedDocument, TableBlock } from '../../language-server/src/document-model/model.js';
import { ARTICLE_TITLE, COMMUNES, FIXTURES, REPORT_INDICATOR_ROWS, REPORT_SIGNER, article, letter, letterMany, plan, report } from './fixtures.js';
import {
    MM, attr, body, children, findParagraph, gridColumns, has, isBold, isItalic, num, pPr, paragraphs, readDocx, rows, runSize,
    runsOf, sections, text, type Docx,
} from './ooxml.js';

const docs: Record<string, Docx> = {};
beforeAll(async () => {
    for (const [name, doc] of Object.entries(FIXTURES)) docs[name] = await readDocx(await renderDocx(doc));
});

const headerTable = (d: Docx) => {
    const first = body(d.document)[0];
    expect(first.kind).toBe('tbl');
    return first.xml;
};
const cellParagraphs = (cell: string) => children(cell).filter(e => e.kind === 'p').map(e => e.xml);
/** every run of a paragraph has this size and style */
function expectRuns(paragraph: string, size: number, style: { bold?: boolean; italic?: boolean } = {}) {
    const runs = runsOf(paragraph).filter(r => text(r) !== '');
    expect(runs.length).toBeGreaterThan(0);
    for (const run of runs) {
        expect(runSize(run)).toBe(size);
        if (style.bold !== undefined) expect(isBold(run)).toBe(style.bold);
        if (style.italic !== undefined) expect(isItalic(run)).toBe(style.italic);
    }
}
/** length of a rule paragraph (bottom border, indented) in a cell of `cellWidth` with 57 twips margins */
const ruleLength = (p: string, cellWidth: number) => cellWidth - 2 * 57 - num(attr(p, 'ind', 'left')) - num(attr(p, 'ind', 'right'));
const isRule = (p: string) => has(p, 'pBdr') && text(p) === '';

describe('page and type', () => {
    it('every document is A4 portrait with margins in the ranges of ND 30', () => {
        for (const d of Object.values(docs)) {
            const main = sections(d.document)[0];
            expect(attr(main, 'pgSz', 'w')).toBe('11906');
            expect(attr(main, 'pgSz', 'h')).toBe('16838');
            expect(attr(main, 'pgSz', 'orient')).toBe('portrait');
            const margin = (side: string) => num(attr(main, 'pgMar', side)) / MM;
            expect(margin('top')).toBeGreaterThanOrEqual(19.9);
            expect(margin('top')).toBeLessThanOrEqual(25.1);
            expect(margin('bottom')).toBeGreaterThanOrEqual(19.9);
            expect(margin('bottom')).toBeLessThanOrEqual(25.1);
            expect(margin('left')).toBeGreaterThanOrEqual(29.9);
            expect(margin('left')).toBeLessThanOrEqual(35.1);
            expect(margin('right')).toBeGreaterThanOrEqual(14.9);
            expect(margin('right')).toBeLessThanOrEqual(20.1);
        }
    });

    it('Times New Roman throughout: document defaults for every script, no other font', () => {
        for (const d of Object.values(docs)) {
            const defaults = /<w:rPrDefault>[\s\S]*?<\/w:rPrDefault>/.exec(d.styles)![0];
            for (const script of ['ascii', 'hAnsi', 'cs', 'eastAsia']) expect(attr(defaults, 'rFonts', script)).toBe('Times New Roman');
            expect(attr(defaults, 'sz', 'val')).toBe('28');
            expect(attr(defaults, 'lang', 'val')).toBe('vi-VN');
            const fonts = [...(d.document + Object.values(d.headersById).join('')).matchAll(/<w:rFonts [^>]*>/g)].map(m => m[0]);
            for (const f of fonts) expect(f).not.toMatch(/w:(ascii|hAnsi)="(?!Times New Roman")/);
            for (const level of [1, 2, 3, 4]) {
                const style = new RegExp(`<w:style [^>]*w:styleId="Heading${level}"[\\s\\S]*?</w:style>`).exec(d.styles)![0];
                expect(attr(style, 'rFonts', 'ascii')).toBe('Times New Roman');
                expect(attr(style, 'color', 'val')).toBe('000000');
            }
        }
    });

    it('the same document gives the same XML parts (only docProps carry timestamps)', async () => {
        const again = await readDocx(await renderDocx(report));
        expect(Object.keys(again.parts).sort()).toEqual(Object.keys(docs['bao-cao'].parts).sort());
        for (const [name, xml] of Object.entries(again.parts)) expect(xml, name).toBe(docs['bao-cao'].parts[name]);
    });
});

describe('administrative header', () => {
    it('is a borderless two-column table: issuing body on the left, national name and motto on the right', () => {
        const table = headerTable(docs['bao-cao']);
        for (const side of ['top', 'left', 'bottom', 'right', 'insideH', 'insideV']) expect(attr(table, side, 'val')).toBe('none');
        const [left, right] = gridColumns(table);
        expect(attr(table, 'tblLayout', 'type')).toBe('fixed');
        // the right column holds the national name (13 pt bold) on one line: about 100 mm
        expect(right / MM).toBeGreaterThanOrEqual(98);
        expect(right - 2 * 57).toBeGreaterThan(textWidth('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 13, true));
        // the left column holds "TRUNG TÂM Y TẾ HOẰNG HOÁ" (13 pt bold) on one line
        expect(left - 2 * 57).toBeGreaterThan(textWidth('TRUNG TÂM Y TẾ HOẰNG HOÁ', 13, true));
        // the table may reach into the left margin, never past the right one
        const indent = num(attr(table, 'tblInd', 'w'));
        expect(indent).toBeLessThanOrEqual(0);
        expect(indent / MM).toBeGreaterThanOrEqual(-12);
        expect(left + right + indent).toBeLessThanOrEqual(11906 - 1701 - 850);
        const [[leftCell, rightCell], [numberCell, dateCell]] = rows(table);
        expect(num(attr(leftCell, 'tcW', 'w'))).toBe(left);
        expect(num(attr(rightCell, 'tcW', 'w'))).toBe(right);

        const [governing, issuing, issuingRule] = cellParagraphs(leftCell);
        expect(text(governing)).toBe('SỞ Y TẾ THANH HOÁ');
        expectRuns(governing, 13, { bold: false });
        expect(text(issuing)).toBe('TRUNG TÂM Y TẾ HOẰNG HOÁ');
        expectRuns(issuing, 13, { bold: true });
        expect(isRule(issuingRule)).toBe(true);
        const issuingWidth = textWidth('TRUNG TÂM Y TẾ HOẰNG HOÁ', 13, true);
        expect(ruleLength(issuingRule, left)).toBeGreaterThanOrEqual(issuingWidth / 3 - 40);
        expect(ruleLength(issuingRule, left)).toBeLessThanOrEqual(issuingWidth / 2);
        expect(num(attr(issuingRule, 'ind', 'left'))).toBe(num(attr(issuingRule, 'ind', 'right')));

        const [national, motto, mottoRule] = cellParagraphs(rightCell);
        expect(text(national)).toBe('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
        expectRuns(national, 13, { bold: true });
        expect(text(motto)).toBe('Độc lập - Tự do - Hạnh phúc');
        expectRuns(motto, 14, { bold: true });
        expect(isRule(mottoRule)).toBe(true);
        expect(attr(mottoRule, 'bottom', 'val')).toBe('single');
        const mottoWidth = textWidth('Độc lập - Tự do - Hạnh phúc', 14, true);
        expect(Math.abs(ruleLength(mottoRule, right) - mottoWidth)).toBeLessThan(3);
        for (const p of [governing, issuing, national, motto]) expect(attr(p, 'jc', 'val')).toBe('center');

        const [number] = cellParagraphs(numberCell);
        expect(text(number)).toMatch(/^Số: +\/BC-TTYT$/);
        expectRuns(number, 13);
        const [date] = cellParagraphs(dateCell);
        expect(text(date)).toBe('Hoằng Hoá, ngày 14 tháng 4 năm 2024');
        expectRuns(date, 14, { italic: true, bold: false });
        expect(attr(date, 'jc', 'val')).toBe('center');
    });

    it('báo cáo and kế hoạch: bold centred type title and summary lines, with a short rule', () => {
        for (const [name, doc] of [['bao-cao', report], ['ke-hoach', plan]] as const) {
            const d = docs[name];
            const title = findParagraph(d.document, t => t === doc.header.typeTitle!.toLocaleUpperCase('vi'));
            expectRuns(title, 14, { bold: true });
            expect(attr(title, 'jc', 'val')).toBe('center');
            for (const line of doc.header.titleLines) {
                const p = findParagraph(d.document, t => t === line);
                expectRuns(p, 14, { bold: true });
                expect(attr(p, 'jc', 'val')).toBe('center');
            }
            const top = body(d.document);
            const lastTitle = top.findIndex(e => text(e.xml) === doc.header.titleLines.at(-1));
            expect(isRule(top[lastTitle + 1].xml)).toBe(true);
        }
        expect(text(docs['ke-hoach'].document)).toContain('KẾ HOẠCH HÀNH ĐỘNG');
    });

    it('công văn: "V/v" under the number in the left column, "Kính gửi: X" on one line', () => {
        const d = docs['cong-van'];
        const [, [numberCell]] = rows(headerTable(d));
        const [number, subject] = cellParagraphs(numberCell);
        expect(text(number)).toMatch(/^Số: +\/CV-TTYT$/);
        expect(text(subject)).toBe(letter.header.subjectLine);
        expectRuns(subject, 12);
        expect(attr(subject, 'jc', 'val')).toBe('center');
        const kinhGui = findParagraph(d.document, t => t.startsWith('Kính gửi'));
        expect(text(kinhGui)).toBe('Kính gửi: Các khoa, phòng, trạm y tế xã, thị trấn');
        expectRuns(kinhGui, 14);
        expect(attr(kinhGui, 'jc', 'val')).toBe('center');
        expect(text(d.document)).not.toContain('BÁO CÁO');
    });

    it('công văn with several recipients: an aligned "- …;" list ending with "."', () => {
        const d = docs['cong-van-nhieu-noi'];
        const all = paragraphs(d.document);
        const first = all.findIndex(p => text(p).startsWith('Kính gửi:'));
        const list = all.slice(first, first + 3);
        expect(list.map(text)).toEqual([
            'Kính gửi:\t- Các đơn vị trực thuộc Sở Y tế;',
            '- Các phòng thuộc Sở;',
            '- Trung tâm Kiểm soát bệnh tật tỉnh.',
        ]);
        const itemsAt = num(attr(list[0], 'ind', 'left'));
        expect(num(attr(list[0], 'ind', 'hanging'))).toBeGreaterThan(0);
        for (const p of list.slice(1)) expect(num(attr(p, 'ind', 'left'))).toBe(itemsAt);
        expect(itemsAt).toBeGreaterThan(textWidth('Kính gửi: ', 14));
        expect(recipientLine('A.', false)).toBe('- A;');
        expect(recipientLine('- B;', true)).toBe('- B.');
        expect(letterMany.header.recipients).toHaveLength(3);
    });

    it('article: no administrative header, a bold centred title', () => {
        const d = docs['bai-viet'];
        const first = body(d.document)[0];
        expect(first.kind).toBe('p');
        expect(text(first.xml)).toBe(ARTICLE_TITLE);
        expectRuns(first.xml, 16, { bold: true });
        expect(attr(first.xml, 'jc', 'val')).toBe('center');
        const date = body(d.document)[1].xml;
        expect(text(date)).toBe('Đắk Song, ngày 03 tháng 01 năm 2024');
        expectRuns(date, 14, { italic: true });
        expect(text(d.document)).not.toContain('CỘNG HÒA');
        expect(text(d.document)).toContain('75.135');
        expect(article.kind).toBe('article');
    });
});

describe('body', () => {
    it('paragraphs are justified, 14 pt, first-line indent 1–1,27 cm, ≥ 6 pt apart, line spacing 1–1,5', () => {
        const d = docs['bao-cao'];
        const p = findParagraph(d.document, t => t.startsWith('Hoằng Hóa là một huyện'));
        expect(attr(p, 'jc', 'val')).toBe('both');
        const indent = num(attr(p, 'ind', 'firstLine'));
        expect(indent).toBeGreaterThanOrEqual(567);
        expect(indent).toBeLessThanOrEqual(720);
        expect(num(attr(p, 'spacing', 'after')) + num(attr(p, 'spacing', 'before'))).toBeGreaterThanOrEqual(120);
        expect(attr(p, 'spacing', 'lineRule')).toBe('auto');
        expect(num(attr(p, 'spacing', 'line'))).toBeGreaterThanOrEqual(240);
        expect(num(attr(p, 'spacing', 'line'))).toBeLessThanOrEqual(360);
        expectRuns(p, 14);
        expect(text(p)).toContain('203 km²');
        const emphasis = findParagraph(d.document, t => t.startsWith('Tiêm vắc xin phòng Covid-19'));
        const [bold, rest] = runsOf(emphasis);
        expect(isBold(bold)).toBe(true);
        expect(isBold(rest)).toBe(false);
        expect(isItalic(runsOf(findParagraph(d.document, t => t.startsWith('Số liệu tính đến')))[0])).toBe(true);
    });

    it('headings: PHẦN centred bold upper case; levels 2–3 bold; 4 bold italic; 5–6 italic; kept with the next', () => {
        const d = docs['bao-cao'];
        const part = findParagraph(d.document, t => t === 'PHẦN THỨ NHẤT');
        expect(attr(part, 'jc', 'val')).toBe('center');
        expect(attr(part, 'pStyle', 'val')).toBe('Heading1');
        expectRuns(part, 14, { bold: true });
        expect(num(attr(part, 'spacing', 'before'))).toBe(240);
        // the part's name follows without a gap
        const name = findParagraph(d.document, t => t === 'ĐẶC ĐIỂM TÌNH HÌNH VÀ KẾT QUẢ THỰC HIỆN');
        expect(num(attr(name, 'spacing', 'before'))).toBe(0);
        expectRuns(name, 14, { bold: true });
        // a line break inside a heading
        expect(text(findParagraph(d.document, t => t.startsWith('PHẦN THỨ HAI')))).toBe('PHẦN THỨ HAI\nPHƯƠNG HƯỚNG NHIỆM VỤ 09 THÁNG CUỐI NĂM 2024');
        const cases: [string, string, boolean, boolean][] = [
            ['I. ĐẶC ĐIỂM TÌNH HÌNH', 'Heading2', true, false],
            ['1. Đặc điểm chung', 'Heading3', true, false],
            ['3.1. Tại Trung tâm Y tế huyện', 'Heading4', true, true],
            ['a) Tại trạm Y tế xã, thị trấn', 'Heading5', false, true],
            ['Ghi chú về số liệu nhân lực', 'Heading6', false, true],
        ];
        for (const [heading, style, bold, italic] of cases) {
            const p = findParagraph(d.document, t => t === heading);
            expect(attr(p, 'pStyle', 'val')).toBe(style);
            expect(has(pPr(p), 'keepNext')).toBe(true);
            expect(num(attr(p, 'ind', 'firstLine'))).toBe(720);
            expectRuns(p, 14, { bold, italic });
        }
        expect(d.styles).toMatch(/w:styleId="Heading2"[\s\S]*?<w:outlineLvl w:val="1"\/>/);
    });

    it('list items print their marker as written, justified with a first-line indent', () => {
        const p = findParagraph(docs['bao-cao'].document, t => t.startsWith('- Được sự quan tâm chỉ đạo trực tiếp'));
        expect(attr(p, 'jc', 'val')).toBe('both');
        expect(num(attr(p, 'ind', 'firstLine'))).toBe(720);
        expectRuns(p, 14);
    });
});

describe('tables', () => {
    const indicatorTable = () => body(docs['bao-cao'].document).find(e => e.kind === 'tbl' && text(e.xml).includes('Chỉ tiêu'))!.xml;

    it('indicator table: bordered, fixed widths filling the text area, header row repeated, numbers right-aligned, 12 pt', () => {
        const table = indicatorTable();
        for (const side of ['top', 'left', 'bottom', 'right', 'insideH', 'insideV']) expect(attr(table, side, 'val')).toBe('single');
        expect(attr(table, 'tblLayout', 'type')).toBe('fixed');
        const widths = gridColumns(table);
        expect(widths).toHaveLength(8);
        expect(widths.reduce((a, b) => a + b, 0)).toBe(11906 - 1701 - 850);
        expect(num(attr(table, 'tblW', 'w'))).toBe(11906 - 1701 - 850);
        // narrow STT column, wide "Chỉ tiêu" column
        expect(widths[0] / MM).toBeLessThan(15);
        expect(widths[1]).toBe(Math.max(...widths));
        const all = rows(table);
        expect(all).toHaveLength(REPORT_INDICATOR_ROWS);
        expect(all.length).toBeGreaterThanOrEqual(41);
        expect(/<w:tr>[\s\S]*?<\/w:tr>/.exec(table)![0]).toMatch(/<w:tblHeader\/>/);
        expect(table.match(/<w:tblHeader\/>/g)).toHaveLength(1);
        all.forEach(row => row.forEach((cell, c) => expect(num(attr(cell, 'tcW', 'w'))).toBe(widths[c])));
        const [header, first] = all;
        expect(header.map(text)).toEqual(['STT', 'Chỉ tiêu', 'ĐVT', 'Cùng kỳ 2023', 'Kế hoạch 2024', 'Thực hiện 3 tháng', '% kế hoạch', '% cùng kỳ']);
        for (const cell of header) expectRuns(paragraphs(cell)[0], 12, { bold: true });
        expect(first.map(text)).toEqual(['1', 'Trẻ dưới 1 tuổi tiêm chủng đầy đủ', 'trẻ', '645', '3.515', '703', '20,0', '109,0']);
        expect(first.map(c => attr(c, 'jc', 'val'))).toEqual(['center', 'left', 'left', 'right', 'right', 'right', 'right', 'right']);
        for (const cell of first) expectRuns(paragraphs(cell)[0], 12, { bold: false });
    });

    it('default widths: numbers never wrap, a short STT column stays narrow', () => {
        const block: TableBlock = {
            kind: 'table', line: 0,
            rows: [['STT', 'Nội dung', 'Số lượng'], ['1', 'Một nội dung khá dài cần nhiều chỗ hơn các cột khác', '509.549']].map(r => r.map(t => [{ text: t }])),
        };
        const widths = columnWidths(block, 9355);
        expect(widths.reduce((a, b) => a + b, 0)).toBe(9355);
        expect(widths[2]).toBeGreaterThan(textWidth('509.549', 12) + 160);
        expect(widths[0]).toBeLessThan(widths[2]);
        expect(columnWidths({ ...block, widths: [0.1, 0.6, 0.3] }, 1000)).toEqual([100, 600, 300]);
    });
});

describe('appendix', () => {
    it('starts a new landscape section, numbered from 1, with its label and title centred bold', () => {
        const d = docs['ke-hoach'];
        const [main, appendix] = sections(d.document);
        expect(attr(main, 'pgSz', 'orient')).toBe('portrait');
        expect(attr(appendix, 'type', 'val')).toBe('nextPage');
        expect(attr(appendix, 'pgSz', 'w')).toBe('16838');
        expect(attr(appendix, 'pgSz', 'h')).toBe('11906');
        expect(attr(appendix, 'pgSz', 'orient')).toBe('landscape');
        // bound by its top edge: the binding margin (30–35 mm) on top, 15–25 mm elsewhere
        const margin = (side: string) => num(attr(appendix, 'pgMar', side)) / MM;
        expect(margin('top')).toBeGreaterThanOrEqual(29.9);
        expect(margin('top')).toBeLessThanOrEqual(35.1);
        for (const side of ['bottom', 'left', 'right']) {
            expect(margin(side)).toBeGreaterThanOrEqual(14.9);
            expect(margin(side)).toBeLessThanOrEqual(25.1);
        }
        expect(attr(appendix, 'pgNumType', 'start')).toBe('1');

        // the appendix content follows the paragraph that carries the main section's properties
        const after = d.document.slice(d.document.indexOf('</w:sectPr>'));
        const label = findParagraph(after, t => t === 'Phụ lục 01');
        expectRuns(label, 14, { bold: true });
        expect(attr(label, 'jc', 'val')).toBe('center');
        const title = findParagraph(after, t => t === plan.appendices[0].title);
        expectRuns(title, 14, { bold: true });
        const note = findParagraph(after, t => t.startsWith('(Kèm theo'));
        expect(attr(note, 'jc', 'val')).toBe('center');
        expectRuns(note, 14, { italic: true });

        const table = children(after.replace(/^<\/w:sectPr>(<\/w:pPr>)?(<\/w:p>)?/, '')).find(e => e.kind === 'tbl')!.xml;
        const widths = gridColumns(table);
        const textWidthLandscape = 16838 - num(attr(appendix, 'pgMar', 'left')) - num(attr(appendix, 'pgMar', 'right'));
        expect(widths.reduce((a, b) => a + b, 0)).toBe(textWidthLandscape);
        plan.appendices[0].blocks.filter(b => b.kind === 'table').forEach(b => {
            (b as TableBlock).widths!.forEach((w, c) => expect(Math.abs(widths[c] - w * textWidthLandscape)).toBeLessThanOrEqual(3));
        });
        const body = rows(table);
        expect(body.slice(1).map(r => text(r[1]))).toEqual([...COMMUNES]);
        expect(body[0][0]).toBeDefined();
        expect(/<w:tr>[\s\S]*?<\/w:tr>/.exec(table)![0]).toMatch(/<w:tblHeader\/>/);
        expect(attr(body[1][0], 'jc', 'val')).toBe('center');
    });
});

describe('page numbers', () => {
    it('each section: a centred PAGE field in the default header, none on the first page', () => {
        for (const d of Object.values(docs)) {
            for (const section of sections(d.document)) {
                expect(has(section, 'titlePg')).toBe(true);
                const refs = [...section.matchAll(/<w:headerReference w:type="(\w+)" r:id="(\w+)"\/>/g)];
                const byType = Object.fromEntries(refs.map(m => [m[1], d.headersById[m[2]]]));
                expect(byType.default).toMatch(/<w:instrText xml:space="preserve">PAGE<\/w:instrText>/);
                expect(byType.default).toMatch(/<w:fldChar w:fldCharType="begin"\/>/);
                expect(attr(byType.default, 'jc', 'val')).toBe('center');
                expect(runSize(byType.default)).toBe(14);
                expect(byType.first).toBeDefined();
                expect(byType.first).not.toMatch(/PAGE/);
            }
        }
    });
});

describe('closing', () => {
    const closingTable = (d: Docx) => body(d.document).filter(e => e.kind === 'tbl').find(e => text(e.xml).includes('Nơi nhận'))!.xml;

    it('"Nơi nhận:" (12 pt bold italic) and its items (11 pt, "- " added) on the left; signature centred on the right', () => {
        const table = closingTable(docs['bao-cao']);
        for (const side of ['top', 'left', 'bottom', 'right', 'insideH', 'insideV']) expect(attr(table, side, 'val')).toBe('none');
        const [[copies, signature]] = rows(table);
        const [label, ...items] = cellParagraphs(copies);
        expect(text(label)).toBe('Nơi nhận:');
        expectRuns(label, 12, { bold: true, italic: true });
        expect(items.map(text)).toEqual(['- Văn phòng Sở Y tế (B/c);', '- VP Huyện uỷ, UBND huyện (B/c);', '- Các khoa, phòng và trạm Y tế (Th/h);', '- Lưu: VT, HCTH.']);
        for (const item of items) expectRuns(item, 11, { bold: false, italic: false });

        const [kt, title, name] = cellParagraphs(signature);
        expect([text(kt), text(title), text(name)]).toEqual(['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', REPORT_SIGNER]);
        for (const p of [kt, title, name]) {
            expectRuns(p, 14, { bold: true });
            expect(attr(p, 'jc', 'val')).toBe('center');
        }
        // about 3–4 empty lines of 14 pt for the signature and seal
        const space = num(attr(name, 'spacing', 'before'));
        expect(space).toBeGreaterThanOrEqual(3 * 280);
        expect(space).toBeLessThanOrEqual(5 * 320);
        const [left, right] = gridColumns(table);
        expect(right).toBeGreaterThanOrEqual(left);
    });

    it('the last body paragraph is kept with the closing; every document is signed', () => {
        const lastParagraph = (name: keyof typeof FIXTURES, doc: PrintedDocument) => {
            const block = doc.body.at(-1)!;
            if (block.kind === 'table') throw new Error('fixture ends with a table');
            const expected = (block.kind === 'list-item' ? `${block.marker} ` : '') + block.runs.map(r => r.text).join('');
            return findParagraph(docs[name].document, t => t === expected);
        };
        for (const [name, doc] of [['bao-cao', report], ['cong-van', letter], ['ke-hoach', plan]] as const) {
            expect(has(pPr(lastParagraph(name, doc)), 'keepNext'), name).toBe(true);
        }
        for (const [name, doc] of Object.entries(FIXTURES)) {
            expect(text(docs[name].document), name).toContain(doc.closing.signerName!);
        }
    });
});

describe('writeDocxAtomically', () => {
    const folders: string[] = [];
    const folder = () => {
        const dir = mkdtempSync(join(tmpdir(), 'bcyt-docx-'));
        folders.push(dir);
        return dir;
    };
    afterEach(() => vi.restoreAllMocks());
    afterAll(() => {
        for (const dir of folders) rmSync(dir, { recursive: true, force: true });
    });
    const leftovers = (dir: string) => readdirSync(dir).filter(f => f.endsWith('.tmp'));

    it('writes a new file and replaces an existing one, leaving no temporary file', async () => {
        const dir = folder();
        const target = join(dir, 'bao-cao.docx');
        const bytes = await renderDocx(report);
        await writeDocxAtomically(bytes, target);
        expect(readFileSync(target).equals(bytes)).toBe(true);
        const other = await renderDocx(letter);
        await writeDocxAtomically(other, target);
        expect(readFileSync(target).equals(other)).toBe(true);
        expect(readdirSync(dir)).toEqual(['bao-cao.docx']);
        // the file is a DOCX that reads back
        expect(text((await readDocx(readFileSync(target))).document)).toContain('Kính gửi');
    });

    it('a failed rename (target locked) leaves the existing file intact and names it in the error', async () => {
        const dir = folder();
        const target = join(dir, 'cong-van.docx');
        writeFileSync(target, 'bản cũ');
        vi.spyOn(promises, 'rename').mockRejectedValue(Object.assign(new Error('EBUSY: resource busy or locked'), { code: 'EBUSY' }));
        const error = await writeDocxAtomically(Buffer.from('bản mới'), target).then(() => undefined, (e: unknown) => e);
        expect(error).toBeInstanceOf(DocxWriteError);
        const e = error as DocxWriteError;
        expect(e.message).toContain(target);
        expect(e.message).toMatch(/^Không ghi được tệp DOCX/);
        expect(e.message).toContain('đang được mở trong chương trình khác');
        expect(e.messageEn).toContain(target);
        expect(e.messageEn).toMatch(/open in another program/);
        expect(e.code).toBe('EBUSY');
        expect(readFileSync(target, 'utf8')).toBe('bản cũ');
        expect(leftovers(dir)).toEqual([]);
    });

    it('a failed write (disk full) leaves the existing file intact', async () => {
        const dir = folder();
        const target = join(dir, 'ke-hoach.docx');
        writeFileSync(target, 'bản cũ');
        const open = promises.open.bind(promises);
        vi.spyOn(promises, 'open').mockImplementation(async (...args: Parameters<typeof promises.open>) => {
            const handle = await open(...args);
            vi.spyOn(handle, 'writeFile').mockRejectedValue(Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' }));
            return handle;
        });
        await expect(writeDocxAtomically(Buffer.from('bản mới'), target)).rejects.toThrow(/ổ đĩa đã đầy/);
        expect(readFileSync(target, 'utf8')).toBe('bản cũ');
        expect(leftovers(dir)).toEqual([]);
    });

    it('an unwritable folder gives a clear Vietnamese error naming the file, and the existing file stays', async () => {
        const dir = folder();
        const target = join(dir, 'bao-cao.docx');
        writeFileSync(target, 'bản cũ');
        const unlock = lockFolder(dir);
        try {
            const error = (await writeDocxAtomically(Buffer.from('bản mới'), target).then(() => undefined, (e: unknown) => e)) as DocxWriteError;
            expect(error).toBeInstanceOf(DocxWriteError);
            expect(error.message).toBe(`Không ghi được tệp DOCX "${target}": không có quyền ghi vào thư mục "${dir}". Tệp cũ (nếu có) vẫn được giữ nguyên.`);
            expect(error.messageEn).toBe(`Cannot write the DOCX file "${target}": no permission to write in the folder "${dir}". The existing file, if any, is left unchanged.`);
            expect(['EACCES', 'EPERM']).toContain(error.code);
        } finally {
            unlock();
        }
        expect(readFileSync(target, 'utf8')).toBe('bản cũ');
        expect(leftovers(dir)).toEqual([]);
    });

    it('a missing folder or a folder in place of the file is reported, not thrown raw', async () => {
        const dir = folder();
        await expect(writeDocxAtomically(Buffer.from('x'), join(dir, 'khong-co', 'a.docx'))).rejects.toThrow(/không tồn tại/);
        mkdirSync(join(dir, 'thu-muc.docx'));
        const error = (await writeDocxAtomically(Buffer.from('x'), join(dir, 'thu-muc.docx')).catch((e: unknown) => e)) as DocxWriteError;
        expect(error.message).toContain('đường dẫn là một thư mục');
        expect(error.messageEn).toContain('the path is a folder');
        expect(statSync(join(dir, 'thu-muc.docx')).isDirectory()).toBe(true);
        expect(leftovers(dir)).toEqual([]);
    });
});

/**
 * Makes a folder unwritable; returns the undo. An ordinary user gets chmod 555. Root ignores
 * permissions, so it gets the immutable attribute (chattr +i); where the container does not allow
 * that either (no CAP_LINUX_IMMUTABLE), creating a file there is made to fail with EACCES, as the
 * kernel would report it.
 */
function lockFolder(dir: string): () => void {
    if (process.getuid?.() !== 0) {
        chmodSync(dir, 0o555);
        return () => chmodSync(dir, 0o755);
    }
    try {
        execFileSync('chattr', ['+i', dir], { stdio: 'ignore' });
        return () => execFileSync('chattr', ['-i', dir], { stdio: 'ignore' });
    } catch {
        const spy = vi.spyOn(promises, 'open').mockRejectedValue(
            Object.assign(new Error(`EACCES: permission denied, open '${dir}/…'`), { code: 'EACCES' }));
        return () => spy.mockRestore();
    }
}
