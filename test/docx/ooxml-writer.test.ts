/**
 * src/docx/ooxml.ts writes the XML the docx library writes for the same options, byte for byte:
 * a few hundred paragraphs, runs and tables with options drawn at random (seeded) from those the
 * renderer uses, each made both ways, in one document per kind; and sections ended by a paragraph
 * with or without properties, an empty paragraph, a table, or nothing.
 */
import {
    Document, Packer, Paragraph, Tab, Table, TableCell, TableRow, TextRun, WidthType, type IParagraphOptions, type IRunOptions,
} from 'docx';
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../bench/prng.mjs';
import {
    NO_BORDERS, TAB, documentPieces, escapeXml, paragraph, run, table, tableCell, tableRow,
    type ParagraphOptions, type RunOptions, type TableBorders, type Xml,
} from '../../src/docx/ooxml.js';
import { body } from './ooxml.js';

type DocxBlock = Paragraph | Table;
const compiler = (Packer as unknown as { compiler: { compile(d: Document): Map<string, string> } }).compiler;

/** docx's document part for these sections of blocks */
const docxDocument = (sections: DocxBlock[][]) =>
    compiler.compile(new Document({ sections: sections.map(children => ({ children })) })).get('word/document.xml')!;
/** the top-level blocks docx writes for `blocks` */
const docxBlocks = (blocks: DocxBlock[]) => body(docxDocument([blocks])).filter(e => e.kind !== 'sectPr').map(e => e.xml);

const random = mulberry32(20260415);
const pick = <T>(...values: T[]): T => values[Math.floor(random() * values.length)];
const TEXTS = ['', 'Báo cáo', ' hai  khoảng trắng ', 'a & b < c > d "e" \'f\'', 'điều\tkhoản', 'bỏ \x01\x1F ký tự điều khiển', '😀 ngoài BMP', 'CURRENT_ROW'];

function randomRun(): RunOptions {
    const withTab = random() < 0.15;
    return {
        ...(withTab ? { children: ['Kính gửi:', TAB, pick(...TEXTS)] } : { text: pick(undefined, ...TEXTS) }),
        break: pick(undefined, 0, 1, 2),
        bold: pick(undefined, true, false),
        italics: pick(undefined, true, false),
        size: pick(undefined, 4, 24, 28, 26.6),
    };
}
const docxRun = (o: RunOptions) => new TextRun({
    ...(o as IRunOptions),
    children: o.children?.map(child => (child === TAB ? new Tab() : child)),
});

function randomParagraph(): ParagraphOptions {
    return {
        style: pick(undefined, 'Heading1', 'Heading4'),
        keepNext: pick(undefined, true, false),
        keepLines: pick(undefined, true),
        border: pick(undefined, { bottom: { style: 'single', size: 6, color: '000000', space: 1 } }),
        tabStops: pick(undefined, [{ type: 'left', position: 1983 }]),
        spacing: pick(undefined, {}, { before: 0, after: 120 }, { before: 240, after: 120, line: 276, lineRule: 'auto' },
            { before: 0, after: 0, line: 100, lineRule: 'exact' }),
        indent: pick(undefined, { firstLine: 720 }, { firstLine: 0 }, { left: 1621, right: 1621 }, { left: 2500, hanging: 1100.5 }),
        alignment: pick(undefined, 'center', 'both', 'left', 'right'),
        run: pick(undefined, { size: 12 }, { size: 2, bold: true }, {}),
        children: Array.from({ length: pick(0, 1, 3) }, randomRun).map(run),
    };
}
/** docx options for the same paragraph: its runs are made again from their options */
const docxParagraph = (o: ParagraphOptions, runs: RunOptions[]) => new Paragraph({ ...(o as IParagraphOptions), children: runs.map(docxRun) });

describe('ooxml.ts writes what docx writes', () => {
    it('escapes as docx does', () => {
        expect(escapeXml('a&b<c>d"e\'f\x00\x08\x0B\x1F\t\n\r')).toBe('a&amp;b&lt;c&gt;d&quot;e&apos;f\t\n\r');
    });

    it('runs, in paragraphs', () => {
        const runs = Array.from({ length: 300 }, randomRun);
        const ours = runs.map(r => paragraph({ children: [run(r)] }));
        expect(ours).toEqual(docxBlocks(runs.map(r => new Paragraph({ children: [docxRun(r)] }))));
    });

    it('paragraphs', () => {
        const options: { ours: ParagraphOptions; runs: RunOptions[] }[] = Array.from({ length: 400 }, () => {
            const runs = Array.from({ length: pick(0, 1, 3) }, randomRun);
            return { ours: { ...randomParagraph(), children: runs.map(run) }, runs };
        });
        expect(options.map(o => paragraph(o.ours))).toEqual(docxBlocks(options.map(o => docxParagraph(o.ours, o.runs))));
    });

    it('tables', () => {
        const LINE = { style: 'single', size: 4, color: '000000' } as const;
        const LINES: TableBorders = { top: LINE, left: LINE, bottom: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE };
        const ours: Xml[] = [];
        const theirs: Table[] = [];
        for (let t = 0; t < 60; t++) {
            const columns = pick(0, 1, 2, 5);
            const widths = Array.from({ length: columns }, () => Math.floor(500 + random() * 3000));
            const cellMargins = pick(undefined, { left: 57, right: 57, top: 0, bottom: 0 }, { left: 0, right: 57, top: 0, bottom: 0 });
            const verticalAlign = pick(undefined, 'top', 'center') as 'top' | 'center' | undefined;
            const rows = Array.from({ length: pick(1, 2, 4) }, () => {
                const cells = widths.map(width => {
                    const paragraphs = Array.from({ length: pick(0, 1, 2) }, () => {
                        const runs = Array.from({ length: pick(0, 1, 2) }, randomRun);
                        return { ours: { alignment: pick(undefined, 'center', 'right'), spacing: { before: 40, after: 40 } } as ParagraphOptions, runs };
                    });
                    return {
                        ours: tableCell({ width, verticalAlign, margins: cellMargins, children: paragraphs.map(p => paragraph({ ...p.ours, children: p.runs.map(run) })) }),
                        theirs: new TableCell({
                            width: { size: width, type: WidthType.DXA }, verticalAlign, margins: cellMargins,
                            children: paragraphs.map(p => docxParagraph(p.ours, p.runs)),
                        }),
                    };
                });
                const cantSplit = pick(undefined, true, false);
                const tableHeader = pick(undefined, true, false);
                return {
                    ours: tableRow({ children: cells.map(c => c.ours), cantSplit, tableHeader }),
                    theirs: new TableRow({ children: cells.map(c => c.theirs), cantSplit, tableHeader }),
                };
            });
            const width = widths.reduce((a, b) => a + b, 0);
            const indent = pick(undefined, -567);
            const layout = pick(undefined, 'fixed') as 'fixed' | undefined;
            const borders = pick(NO_BORDERS, LINES);
            const margins = pick(undefined, { top: 0, bottom: 0, left: 80, right: 80 });
            ours.push(table({ rows: rows.map(r => r.ours), width, columnWidths: widths, indent, layout, borders, margins }));
            theirs.push(new Table({
                rows: rows.map(r => r.theirs), width: { size: width, type: WidthType.DXA }, columnWidths: widths,
                indent: indent === undefined ? undefined : { size: indent, type: WidthType.DXA }, layout, borders, margins,
            }));
        }
        const docxTables = docxBlocks(theirs);
        expect(ours.length).toBe(docxTables.length);
        ours.forEach((xml, i) => expect(xml, `table ${i}`).toBe(docxTables[i]));
    });

    it('sections: their properties end the last paragraph, or an empty one after a table or no block', () => {
        const withProperties = () => ({ ours: paragraph({ alignment: 'center', children: [run({ text: 'a' })] }), theirs: new Paragraph({ alignment: 'center', children: [new TextRun('a')] }) });
        const bare = () => ({ ours: paragraph({ children: [run({ text: 'b' })] }), theirs: new Paragraph({ children: [new TextRun('b')] }) });
        const empty = () => ({ ours: paragraph({}), theirs: new Paragraph({}) });
        const grid = () => ({
            ours: table({ rows: [tableRow({ children: [tableCell({ width: 1000, children: [] })] })], width: 1000, columnWidths: [1000], borders: NO_BORDERS }),
            theirs: new Table({
                rows: [new TableRow({ children: [new TableCell({ width: { size: 1000, type: WidthType.DXA }, children: [] })] })],
                width: { size: 1000, type: WidthType.DXA }, columnWidths: [1000], borders: NO_BORDERS as never,
            }),
        });
        const sections = [[withProperties()], [bare()], [empty()], [grid()], [], [bare(), grid(), withProperties()], [grid()]];
        const expected = docxDocument(sections.map(s => s.map(b => b.theirs)));
        const skeleton = docxDocument(sections.map(() => []));
        expect(documentPieces(skeleton, sections.map(s => s.map(b => b.ours))).join('')).toBe(expected);
    });
});
