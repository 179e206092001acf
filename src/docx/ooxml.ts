/**
 * The WordprocessingML of the body (paragraphs, runs, tables), written directly as text.
 *
 * The docx library builds an object for every element, turns the tree into plain objects and
 * then into text: most of the time a long report's DOCX takes. These functions take
 * the subset of docx's options the renderer uses, under the same names, and write the XML docx
 * 9.15.2 writes for them, byte for byte: elements and attributes in its order, numbers floored
 * where it floors them, text escaped as it escapes it (test/docx/ooxml-writer.test.ts holds the
 * two side by side). docx still writes the package around the body (styles, headers, section
 * properties): render.ts.
 */

import { xmlSafe } from '../../language-server/src/semantics/characters.js';

export { xmlSafe };

declare const brand: unique symbol;
/** A fragment of WordprocessingML (never plain text: that goes through `run`). */
export type Xml = string & { readonly [brand]: 'xml' };

const ESCAPES: Record<string, string> = { '&': '&amp;', '"': '&quot;', "'": '&apos;', '<': '&lt;', '>': '&gt;' };

/**
 * As docx escapes text and attribute values: the five entities; and what XML 1.0 forbids
 * removed, which would make the DOCX unreadable (the checker warns where it is: `character-invalid`).
 */
export const escapeXml = (value: string): string =>
    xmlSafe(value).replace(/[&"'<>]/g, ch => ESCAPES[ch]);

export type Alignment = 'left' | 'center' | 'right' | 'both';
export type LineRule = 'auto' | 'exact' | 'atLeast';

/** w:b, w:i and their complex-script twins, w:sz and w:szCs (half-points), in docx's order. */
export interface RunProperties {
    readonly bold?: boolean;
    readonly italics?: boolean;
    readonly size?: number;
}

/** Stands for a tab among the children of a run. */
export const TAB = Symbol('tab');

export interface RunOptions extends RunProperties {
    readonly text?: string;
    /**
     * text pieces and tabs; when given, `text` is ignored (as in docx). Unlike docx, a piece that
     * is exactly "CURRENT" or "TOTAL_PAGES" stays text (docx makes it a page-number field).
     */
    readonly children?: readonly (string | typeof TAB)[];
    /** line breaks before the text */
    readonly break?: number;
}

const onOff = (name: string, value: boolean) => (value ? `<${name}/>` : `<${name} w:val="false"/>`);
/** docx's integer values: finite numbers floored */
const int = (value: number) => Math.floor(value);

/** w:rPr by bold, italics and size: a document has a handful of them and thousands of runs */
const runPropertiesCache = new Map<number, string>();
const flag = (value: boolean | undefined) => (value === undefined ? 0 : value ? 1 : 2);

function runProperties(p: RunProperties): string {
    const size = p.size ?? -1;
    if (!Number.isInteger(size) || size < -1) return writeRunProperties(p);
    const key = (size + 1) * 9 + flag(p.bold) * 3 + flag(p.italics);
    let xml = runPropertiesCache.get(key);
    if (xml === undefined) runPropertiesCache.set(key, (xml = writeRunProperties(p)));
    return xml;
}

function writeRunProperties(p: RunProperties): string {
    let xml = '';
    if (p.bold !== undefined) xml += onOff('w:b', p.bold) + onOff('w:bCs', p.bold);
    if (p.italics !== undefined) xml += onOff('w:i', p.italics) + onOff('w:iCs', p.italics);
    if (p.size !== undefined) xml += `<w:sz w:val="${int(p.size)}"/>`;
    if (p.size) xml += `<w:szCs w:val="${int(p.size)}"/>`;
    return xml && `<w:rPr>${xml}</w:rPr>`;
}

const text = (value: string) => `<w:t xml:space="preserve">${escapeXml(value)}</w:t>`;

export function run(options: RunOptions): Xml {
    let content = runProperties(options);
    for (let i = 0; i < (options.break ?? 0); i++) content += '<w:br/>';
    if (options.children) {
        for (const child of options.children) content += child === TAB ? '<w:tab/>' : text(child);
    } else if (options.text !== undefined) {
        content += text(options.text);
    }
    return (content ? `<w:r>${content}</w:r>` : '<w:r/>') as Xml;
}

export interface BorderOptions {
    readonly style: 'single' | 'none';
    readonly size: number;
    readonly color: string;
    readonly space?: number;
}

const border = (name: string, b: BorderOptions) =>
    `<${name} w:val="${b.style}" w:color="${b.color}" w:sz="${int(b.size)}"${b.space === undefined ? '' : ` w:space="${int(b.space)}"`}/>`;

export interface ParagraphOptions {
    readonly style?: string;
    readonly keepNext?: boolean;
    readonly keepLines?: boolean;
    readonly border?: { readonly bottom: BorderOptions };
    readonly tabStops?: readonly { readonly type: 'left' | 'right' | 'center'; readonly position: number }[];
    readonly spacing?: { readonly before?: number; readonly after?: number; readonly line?: number; readonly lineRule?: LineRule };
    readonly indent?: { readonly left?: number; readonly right?: number; readonly hanging?: number; readonly firstLine?: number };
    readonly alignment?: Alignment;
    /** properties of the paragraph mark */
    readonly run?: RunProperties;
    readonly children?: readonly Xml[];
}

const attribute = (name: string, value: number | string | undefined) => (value === undefined ? '' : ` ${name}="${value}"`);

function paragraphProperties(o: ParagraphOptions): string {
    let xml = '';
    if (o.style) xml += `<w:pStyle w:val="${escapeXml(o.style)}"/>`;
    if (o.keepNext !== undefined) xml += onOff('w:keepNext', o.keepNext);
    if (o.keepLines !== undefined) xml += onOff('w:keepLines', o.keepLines);
    if (o.border) xml += `<w:pBdr>${border('w:bottom', o.border.bottom)}</w:pBdr>`;
    if (o.tabStops?.length) xml += `<w:tabs>${o.tabStops.map(t => `<w:tab w:val="${t.type}" w:pos="${int(t.position)}"/>`).join('')}</w:tabs>`;
    const s = o.spacing;
    if (s) {
        const attributes = attribute('w:after', s.after) + attribute('w:before', s.before) + attribute('w:line', s.line) + attribute('w:lineRule', s.lineRule);
        xml += `<w:spacing${attributes}/>`;
    }
    const i = o.indent;
    if (i) {
        const value = (v: number | undefined) => (v === undefined ? undefined : int(v));
        xml += `<w:ind${attribute('w:left', value(i.left))}${attribute('w:right', value(i.right))}${attribute('w:hanging', value(i.hanging))}${attribute('w:firstLine', value(i.firstLine))}/>`;
    }
    if (o.alignment) xml += `<w:jc w:val="${o.alignment}"/>`;
    if (o.run) xml += runProperties(o.run);
    return xml;
}

/** `<w:p>`; `sectionProperties` (a w:sectPr) when the paragraph ends a section, as Word puts them. */
export function paragraph(options: ParagraphOptions, sectionProperties = ''): Xml {
    const properties = paragraphProperties(options) + sectionProperties;
    const content = (properties ? `<w:pPr>${properties}</w:pPr>` : '') + (options.children?.join('') ?? '');
    return (content ? `<w:p>${content}</w:p>` : '<w:p/>') as Xml;
}

/** Ends a section with the last of its blocks, or with an empty paragraph after a table (as docx does). */
function endSection(blocks: readonly Xml[], sectionProperties: string): Xml[] {
    const last = blocks[blocks.length - 1];
    if (last === undefined || !last.startsWith('<w:p')) return [...blocks, paragraph({}, sectionProperties)];
    // the paragraph's own properties come first in it, and a paragraph holds no other w:pPr
    const ended = last === '<w:p/>' ? `<w:p><w:pPr>${sectionProperties}</w:pPr></w:p>`
        : last.startsWith('<w:p><w:pPr>') ? last.replace('</w:pPr>', `${sectionProperties}</w:pPr>`)
        : `<w:p><w:pPr>${sectionProperties}</w:pPr>${last.slice('<w:p>'.length)}`;
    return [...blocks.slice(0, -1), ended as Xml];
}

/**
 * The document part of a document docx wrote with the same sections and no content, with the
 * blocks of each section put in: the properties (w:sectPr) of a section but the last end its last
 * paragraph, the last section's end the body. In pieces, each block's XML one of them
 * (render-memory.ts keeps their bytes); joined, the document part.
 */
export function documentPieces(empty: string, sections: readonly (readonly Xml[])[]): string[] {
    const properties = [...empty.matchAll(/<w:sectPr>.*?<\/w:sectPr>/gs)].map(m => m[0]);
    const start = empty.indexOf('<w:body>') + '<w:body>'.length;
    const end = empty.lastIndexOf('</w:body>');
    if (properties.length !== sections.length || start < '<w:body>'.length || end < start) {
        throw new Error(`unexpected document part from docx: ${properties.length} sections for ${sections.length}`);
    }
    const blocks = sections.flatMap((blocks, i) => (i < sections.length - 1 ? endSection(blocks, properties[i]) : [...blocks, properties[i]]));
    return [empty.slice(0, start), ...blocks, empty.slice(end)];
}

/** Widths in twips (w:type="dxa"). */
const width = (name: string, twips: number) => `<${name} w:type="dxa" w:w="${int(twips)}"/>`;

export interface Margins {
    readonly top?: number;
    readonly left?: number;
    readonly bottom?: number;
    readonly right?: number;
}

function margins(name: string, m: Margins): string {
    const sides = (['top', 'left', 'bottom', 'right'] as const).filter(side => m[side] !== undefined);
    return sides.length ? `<${name}>${sides.map(side => width(`w:${side}`, m[side]!)).join('')}</${name}>` : '';
}

export interface CellOptions {
    readonly width: number;
    readonly verticalAlign?: 'top' | 'center' | 'bottom';
    readonly margins?: Margins;
    readonly children: readonly Xml[];
}

export function tableCell(o: CellOptions): Xml {
    const properties = width('w:tcW', o.width) + (o.margins ? margins('w:tcMar', o.margins) : '')
        + (o.verticalAlign ? `<w:vAlign w:val="${o.verticalAlign}"/>` : '');
    const children = o.children.join('');
    // a cell must end with a paragraph
    const last = o.children[o.children.length - 1];
    const ending = last?.startsWith('<w:p') ? '' : '<w:p/>';
    return `<w:tc><w:tcPr>${properties}</w:tcPr>${children}${ending}</w:tc>` as Xml;
}

export interface RowOptions {
    readonly children: readonly Xml[];
    readonly cantSplit?: boolean;
    readonly tableHeader?: boolean;
}

/** A row; none at all when it has no cells, as docx leaves such a row out. */
export function tableRow(o: RowOptions): Xml {
    if (o.children.length === 0) return '' as Xml;
    const onOffOnly = (name: string, value: boolean | undefined) => (value === undefined ? '' : value ? `<${name}/>` : `<${name} w:val="off"/>`);
    const properties = onOffOnly('w:cantSplit', o.cantSplit) + onOffOnly('w:tblHeader', o.tableHeader);
    return `<w:tr>${properties && `<w:trPr>${properties}</w:trPr>`}${o.children.join('')}</w:tr>` as Xml;
}

export interface TableBorders {
    readonly top: BorderOptions;
    readonly left: BorderOptions;
    readonly bottom: BorderOptions;
    readonly right: BorderOptions;
    readonly insideHorizontal: BorderOptions;
    readonly insideVertical: BorderOptions;
}

const NO_BORDER: BorderOptions = { style: 'none', size: 0, color: 'auto' };
export const NO_BORDERS: TableBorders = {
    top: NO_BORDER, left: NO_BORDER, bottom: NO_BORDER, right: NO_BORDER, insideHorizontal: NO_BORDER, insideVertical: NO_BORDER,
};

export interface TableOptions {
    readonly rows: readonly Xml[];
    readonly width: number;
    readonly columnWidths: readonly number[];
    readonly indent?: number;
    readonly layout?: 'fixed' | 'autofit';
    readonly borders: TableBorders;
    /** default cell margins */
    readonly margins?: Margins;
}

export function table(o: TableOptions): Xml {
    const b = o.borders;
    const borders = border('w:top', b.top) + border('w:left', b.left) + border('w:bottom', b.bottom) + border('w:right', b.right)
        + border('w:insideH', b.insideHorizontal) + border('w:insideV', b.insideVertical);
    const properties = width('w:tblW', o.width) + (o.indent === undefined ? '' : width('w:tblInd', o.indent))
        + `<w:tblBorders>${borders}</w:tblBorders>` + (o.layout ? `<w:tblLayout w:type="${o.layout}"/>` : '')
        + (o.margins ? margins('w:tblCellMar', o.margins) : '');
    const grid = o.columnWidths.length ? `<w:tblGrid>${o.columnWidths.map(w => `<w:gridCol w:w="${int(w)}"/>`).join('')}</w:tblGrid>` : '<w:tblGrid/>';
    return `<w:tbl><w:tblPr>${properties}</w:tblPr>${grid}${o.rows.join('')}</w:tbl>` as Xml;
}
