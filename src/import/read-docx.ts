/**
 * A Word document (.docx) as paragraphs. The package is unzipped with fflate (already what
 * `docx` uses) and its XML read with saxes (xml.ts: no DTD, no entity expansion), rather than
 * converted by mammoth: mammoth renders Word's own numbering as HTML lists and drops the
 * numbers, and the numbers are what the heading check reads ("3." then "6."). Read here:
 * paragraphs and their runs (bold and italic as Markdown marks), heading styles, centring,
 * automatic numbering (its text computed as Word shows it), tables (the two-column header and
 * signature are tables), content controls, tracked insertions (deletions are skipped), text
 * boxes. Refused with a clear error: a file that is not a zip, a zip without a document, an
 * encrypted (password-protected) document, a Word 97–2003 .doc, parts too large to be real.
 */
import { unzipSync } from 'fflate';
import { ImportError, MAX_FILE_BYTES, MAX_PART_BYTES, tooLarge } from './errors.js';
import type { SourceDocument, SourceParagraph } from './source.js';
import { readMarkdownLine } from './source.js';
import { child, elements, parseXml, valueOf, XmlError, type XmlElement } from './xml.js';

const PARTS = ['word/document.xml', 'word/styles.xml', 'word/numbering.xml'];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export function readDocx(name: string, bytes: Uint8Array): SourceDocument {
    if (bytes.length > MAX_FILE_BYTES) throw tooLarge(name, bytes.length, MAX_FILE_BYTES);
    if (OLE.every((b, i) => bytes[i] === b)) {
        const encrypted = Buffer.from(bytes).includes(Buffer.from('EncryptedPackage', 'utf16le'));
        throw encrypted
            ? new ImportError('encrypted', `${name}: văn bản Word được đặt mật khẩu (mã hoá); hãy mở bằng Word, bỏ mật khẩu, lưu lại rồi nhập`,
                `${name}: the Word document is password-protected (encrypted); open it in Word, remove the password, save and import again`)
            : new ImportError('legacy', `${name}: đây là tệp Word 97–2003 (.doc); hãy mở bằng Word và lưu lại dưới dạng .docx`,
                `${name}: this is a Word 97–2003 file (.doc); open it in Word and save it as .docx`);
    }
    if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw corrupt(name, 'not a zip');
    let files: Record<string, Uint8Array>;
    try {
        files = unzipSync(bytes, {
            filter: file => {
                if (!PARTS.includes(file.name)) return false;
                if (file.originalSize > MAX_PART_BYTES) throw tooLarge(name, file.originalSize, MAX_PART_BYTES);
                return true;
            },
        });
    } catch (error) {
        if (error instanceof ImportError) throw error;
        throw corrupt(name, (error as Error).message);
    }
    const document = files['word/document.xml'];
    if (!document) {
        throw new ImportError('not-a-document', `${name}: không phải văn bản Word (không có word/document.xml)`,
            `${name}: not a Word document (no word/document.xml)`);
    }
    for (const part of Object.values(files)) if (part.length > MAX_PART_BYTES) throw tooLarge(name, part.length, MAX_PART_BYTES);
    const xml = (part: string) => {
        const data = files[part];
        if (!data) return undefined;
        try {
            return parseXml(new TextDecoder('utf-8').decode(data));
        } catch (error) {
            throw corrupt(name, `${part}: ${(error as XmlError).message}`);
        }
    };
    const styles = readStyles(xml('word/styles.xml'));
    const numbering = new Numbering(xml('word/numbering.xml'));
    const body = child(xml('word/document.xml'), 'w:body');
    if (!body) throw corrupt(name, 'no w:body');
    const reader = new BodyReader(styles, numbering);
    reader.blocks(body);
    return { name, format: 'docx', paragraphs: reader.paragraphs };
}

function corrupt(name: string, detail: string): ImportError {
    return new ImportError('corrupt', `${name}: tệp Word bị hỏng hoặc không đọc được (${detail})`,
        `${name}: the Word file is damaged or unreadable (${detail})`);
}

interface Style { readonly heading?: number; readonly centered?: boolean; readonly numId?: string; readonly ilvl?: number; readonly basedOn?: string }

function readStyles(root: XmlElement | undefined): Map<string, Style> {
    const out = new Map<string, Style>();
    for (const style of root ? elements(root, 'w:style') : []) {
        const id = style.attributes['w:styleId'];
        if (!id) continue;
        const name = (valueOf(style, 'w:name') ?? '').toLowerCase();
        const pPr = child(style, 'w:pPr');
        const outline = valueOf(pPr, 'w:outlineLvl');
        const heading = /^heading (\d)$/.exec(name)?.[1] ?? (outline !== undefined && Number(outline) < 9 ? String(Number(outline) + 1) : undefined);
        const numPr = child(pPr, 'w:numPr');
        out.set(id, {
            ...(heading ? { heading: Number(heading) } : {}),
            ...(valueOf(pPr, 'w:jc') === 'center' ? { centered: true } : {}),
            ...(valueOf(numPr, 'w:numId') ? { numId: valueOf(numPr, 'w:numId'), ilvl: Number(valueOf(numPr, 'w:ilvl') ?? 0) } : {}),
            ...(valueOf(style, 'w:basedOn') ? { basedOn: valueOf(style, 'w:basedOn') } : {}),
        });
    }
    return out;
}

interface Level { readonly format: string; readonly text: string; readonly start: number }

/** Word's automatic numbering: the text it shows before a numbered paragraph ("1.", "2.1.", "a)", "II."). */
class Numbering {
    private readonly abstracts = new Map<string, Map<number, Level>>();
    private readonly nums = new Map<string, { abstract: string; starts: Map<number, number> }>();
    private readonly counters = new Map<string, number[]>();

    constructor(root: XmlElement | undefined) {
        for (const abstract of root ? elements(root, 'w:abstractNum') : []) {
            const levels = new Map<number, Level>();
            for (const lvl of elements(abstract, 'w:lvl')) {
                levels.set(Number(lvl.attributes['w:ilvl'] ?? 0), {
                    format: valueOf(lvl, 'w:numFmt') ?? 'decimal', text: valueOf(lvl, 'w:lvlText') ?? '', start: Number(valueOf(lvl, 'w:start') ?? 1),
                });
            }
            this.abstracts.set(abstract.attributes['w:abstractNumId'] ?? '', levels);
        }
        for (const num of root ? elements(root, 'w:num') : []) {
            const starts = new Map<number, number>();
            for (const override of elements(num, 'w:lvlOverride')) {
                const start = valueOf(override, 'w:startOverride');
                if (start !== undefined) starts.set(Number(override.attributes['w:ilvl'] ?? 0), Number(start));
            }
            this.nums.set(num.attributes['w:numId'] ?? '', { abstract: valueOf(num, 'w:abstractNumId') ?? '', starts });
        }
    }

    /** The label of the next paragraph numbered `numId` at level `ilvl`; "-" for a bullet; undefined for none. */
    next(numId: string, ilvl: number): string | undefined {
        const num = this.nums.get(numId);
        const levels = num && this.abstracts.get(num.abstract);
        const level = levels?.get(ilvl);
        if (!num || !levels || !level) return undefined;
        if (level.format === 'bullet') return '-';
        if (level.format === 'none') return undefined;
        // lists of one abstract numbering continue each other, as in Word, except one whose
        // instance overrides a start ("Restart numbering", pandoc's lists not starting at 1)
        const key = num.starts.size ? `num ${numId}` : `abstract ${num.abstract}`;
        const counters = this.counters.get(key) ?? [];
        const start = (l: number) => num.starts.get(l) ?? levels.get(l)?.start ?? 1;
        counters[ilvl] = counters[ilvl] === undefined ? start(ilvl) : counters[ilvl] + 1;
        counters.length = ilvl + 1;
        this.counters.set(key, counters);
        return level.text.replace(/%(\d)/g, (_, n: string) => {
            const l = Number(n) - 1;
            return format(counters[l] ?? start(l), levels.get(l)?.format ?? 'decimal');
        }) || undefined;
    }
}

function format(n: number, kind: string): string {
    switch (kind) {
        case 'upperRoman': return roman(n);
        case 'lowerRoman': return roman(n).toLowerCase();
        case 'upperLetter': return String.fromCharCode(64 + ((n - 1) % 26) + 1);
        case 'lowerLetter': return String.fromCharCode(96 + ((n - 1) % 26) + 1);
        default: return String(n);
    }
}

function roman(n: number): string {
    const table: Array<[number, string]> = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
        [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
    let out = '';
    for (const [value, letters] of table) while (n >= value) { out += letters; n -= value; }
    return out;
}

interface Run { text: string; bold: boolean; italic: boolean }

class BodyReader {
    readonly paragraphs: SourceParagraph[] = [];
    private gap = false;
    private count = 0;
    private tables = 0;
    private tabbed: number | undefined;

    constructor(private readonly styles: Map<string, Style>, private readonly numbering: Numbering) {}

    /** Paragraphs and tables of a container (the body, a content control, a cell's nested table). */
    blocks(container: XmlElement): void {
        for (const node of elements(container)) {
            if (node.name === 'w:p') this.paragraph(node);
            else if (node.name === 'w:tbl') this.table(node);
            else if (node.name === 'w:sdt') { const content = child(node, 'w:sdtContent'); if (content) this.blocks(content); }
            else if (node.name === 'w:customXml' || node.name === 'w:ins') this.blocks(node);
        }
    }

    private style(p: XmlElement): Style {
        const id = valueOf(child(p, 'w:pPr'), 'w:pStyle');
        let style = id ? this.styles.get(id) : undefined;
        // a style based on a heading is a heading
        for (let base = style?.basedOn, n = 0; style && base && n < 5 && style.heading === undefined; base = this.styles.get(base)?.basedOn, n++) {
            const parent = this.styles.get(base);
            if (parent?.heading !== undefined) style = { ...style, heading: parent.heading };
        }
        return style ?? {};
    }

    /** The text of a paragraph (emphasis as marks; Word's number in front), and the paragraphs of its text boxes. */
    private paragraphText(p: XmlElement, boxes: XmlElement[]): { text: string; heading?: number; centered?: boolean } {
        const runs: Run[] = [];
        this.runs(p, runs, boxes, { bold: false, italic: false });
        const pPr = child(p, 'w:pPr');
        const style = this.style(p);
        const numPr = child(pPr, 'w:numPr');
        const numId = valueOf(numPr, 'w:numId') ?? style.numId;
        const ilvl = Number(valueOf(numPr, 'w:ilvl') ?? style.ilvl ?? 0);
        let text = marked(runs);
        const label = numId && numId !== '0' && text.trim() ? this.numbering.next(numId, ilvl) : undefined;
        if (label) text = `${label} ${text.trimStart()}`;
        const jc = valueOf(pPr, 'w:jc') ?? (style.centered ? 'center' : undefined);
        return { text, ...(style.heading ? { heading: style.heading } : {}), centered: jc === 'center' };
    }

    private runs(node: XmlElement, out: Run[], boxes: XmlElement[], inherited: { bold: boolean; italic: boolean }): void {
        for (const c of elements(node)) {
            switch (c.name) {
                case 'w:r': {
                    const rPr = child(c, 'w:rPr');
                    const on = (name: string) => { const e = child(rPr, name); return e ? !['0', 'false', 'off'].includes(e.attributes['w:val'] ?? 'true') : undefined; };
                    const format = { bold: on('w:b') ?? inherited.bold, italic: on('w:i') ?? inherited.italic };
                    for (const part of elements(c)) {
                        if (part.name === 'w:t') out.push({ text: textOf(part), ...format });
                        else if (part.name === 'w:tab' || part.name === 'w:ptab') out.push({ text: '\t', ...format });
                        else if (part.name === 'w:br' || part.name === 'w:cr') out.push({ text: '\n', ...format });
                        else if (part.name === 'w:noBreakHyphen') out.push({ text: '-', ...format });
                        else if (part.name === 'w:sym') out.push({ text: '', ...format });
                        else this.textBoxes(part, boxes);
                    }
                    break;
                }
                case 'w:hyperlink': case 'w:ins': case 'w:smartTag': case 'w:fldSimple': case 'w:customXml': case 'w:bdo': case 'w:dir':
                    this.runs(c, out, boxes, inherited);
                    break;
                case 'w:sdt': {
                    const content = child(c, 'w:sdtContent');
                    if (content) this.runs(content, out, boxes, inherited);
                    break;
                }
                default:
                    // w:del (a tracked deletion), w:pPr, bookmarks, comments: no text
                    break;
            }
        }
    }

    /** Text boxes inside a run's drawing: their paragraphs follow the paragraph (the fallback copy of a text box is skipped). */
    private textBoxes(node: XmlElement, boxes: XmlElement[]): void {
        for (const c of elements(node)) {
            if (c.name === 'mc:Fallback') continue;
            if (c.name === 'w:txbxContent') boxes.push(c);
            else this.textBoxes(c, boxes);
        }
    }

    private paragraph(p: XmlElement): void {
        const boxes: XmlElement[] = [];
        const { text, heading, centered } = this.paragraphText(p, boxes);
        this.push(text, { ...(heading ? { headingLevel: heading } : {}), centered });
        for (const box of boxes) this.blocks(box);
    }

    /** One source paragraph per line of `text` (a line break inside a paragraph separates header lines). */
    private push(text: string, extra: Partial<SourceParagraph>): void {
        const lines = text.split('\n').map(l => l.replace(/ +$/u, '')).filter(l => l.trim());
        if (!lines.length) { this.gap = true; this.tabbed = undefined; return; }
        this.count++;
        for (const line of lines) {
            const md = readMarkdownLine(line);
            if (md.rule) continue;
            // rows of cells between tabs (a table typed with tabs, or a text file opened in Word)
            if (md.cells && this.tabbed === undefined) this.tabbed = ++this.tables;
            if (!md.cells) this.tabbed = undefined;
            this.paragraphs.push({
                text: md.text, number: this.count, gapBefore: this.gap,
                ...extra, ...(md.headingLevel && !extra.headingLevel ? { headingLevel: md.headingLevel } : {}),
                ...(md.cells ? { cells: md.cells, table: this.tabbed } : {}),
            });
            this.gap = false;
        }
    }

    private table(tbl: XmlElement): void {
        const id = ++this.tables;
        for (const tr of elements(tbl, 'w:tr')) {
            const cellLines: string[][] = [];
            for (const tc of elements(tr, 'w:tc')) {
                const lines: string[] = [];
                const collect = (container: XmlElement) => {
                    for (const node of elements(container)) {
                        if (node.name === 'w:p') {
                            const boxes: XmlElement[] = [];
                            lines.push(...this.paragraphText(node, boxes).text.split('\n').map(l => l.trim()).filter(Boolean));
                        } else if (node.name === 'w:tbl') {
                            for (const row of elements(node, 'w:tr')) for (const cell of elements(row, 'w:tc')) collect(cell);
                        } else if (node.name === 'w:sdt') {
                            const content = child(node, 'w:sdtContent');
                            if (content) collect(content);
                        }
                    }
                };
                collect(tc);
                cellLines.push(lines);
            }
            if (!cellLines.some(c => c.length)) continue;
            this.count++;
            const cells = cellLines.map(c => c.join(' '));
            this.paragraphs.push({ text: `| ${cells.join(' | ')} |`, number: this.count, gapBefore: this.gap, cells, cellLines, table: id });
            this.gap = false;
        }
        this.gap = true;
    }
}

function textOf(t: XmlElement): string {
    return t.children.filter((c): c is string => typeof c === 'string').join('');
}

/** Runs as text with `**bold**` and `*italic*` around the stretches that have them (spaces kept outside). */
function marked(runs: readonly Run[]): string {
    const merged: Run[] = [];
    for (const run of runs) {
        const last = merged[merged.length - 1];
        if (last && last.bold === run.bold && last.italic === run.italic) last.text += run.text;
        else merged.push({ ...run });
    }
    // a paragraph bold throughout is a title or heading: its marks say so once
    return merged.map(run => {
        if (!run.text.trim() || (!run.bold && !run.italic)) return run.text;
        const lead = /^\s*/.exec(run.text)![0], trail = /\s*$/.exec(run.text)![0];
        const core = run.text.trim().replace(/\*/g, '∗');
        const mark = run.bold && run.italic ? '***' : run.bold ? '**' : '*';
        return core.split('\n').map((line, i, all) => `${i === 0 ? lead : ''}${line.trim() ? `${mark}${line.trim()}${mark}` : ''}${i === all.length - 1 ? trail : ''}`).join('\n');
    }).join('');
}
