/**
 * Reading a DOCX back for the tests: the word/*.xml parts (jszip) and a few string helpers over
 * WordprocessingML. Enough for the renderer's output, which has no nested tables or text boxes.
 */
import JSZip from 'jszip';

export interface Docx {
    /** word/*.xml parts by name ("document.xml", "styles.xml", "header1.xml", …) */
    readonly parts: Record<string, string>;
    readonly document: string;
    readonly styles: string;
    /** header XML by relationship id */
    readonly headersById: Record<string, string>;
}

export async function readDocx(buffer: Buffer): Promise<Docx> {
    const zip = await JSZip.loadAsync(buffer);
    const parts: Record<string, string> = {};
    for (const name of Object.keys(zip.files)) {
        const match = /^word\/([^/]+\.xml)$/.exec(name);
        if (match) parts[match[1]] = await zip.file(name)!.async('string');
    }
    const rels = await zip.file('word/_rels/document.xml.rels')!.async('string');
    const headersById: Record<string, string> = {};
    for (const rel of rels.matchAll(/<Relationship [^>]*\/>/g)) {
        const id = attr(rel[0], 'Relationship', 'Id');
        const target = attr(rel[0], 'Relationship', 'Target');
        if (id && target && /^header\d+\.xml$/.test(target)) headersById[id] = parts[target];
    }
    return { parts, document: parts['document.xml'], styles: parts['styles.xml'], headersById };
}

const decode = (s: string): string =>
    s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** The text of a fragment: w:t contents, a tab for w:tab, a newline for w:br. */
export function text(xml: string): string {
    let out = '';
    for (const m of xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:tab\/>|<w:br\/>/g)) {
        if (m[0] === '<w:tab/>') out += '\t';
        else if (m[0] === '<w:br/>') out += '\n';
        else out += decode(m[1]);
    }
    return out;
}

/** The value of `name` on the first `<tag …>` of `xml` (tag without the "w:" prefix unless given). */
export function attr(xml: string, tag: string, name: string): string | undefined {
    const qualified = tag.includes(':') || tag === 'Relationship' ? tag : `w:${tag}`;
    const element = new RegExp(`<${qualified}(?=[\\s/>])[^>]*>`).exec(xml);
    if (!element) return undefined;
    const qualifiedName = name.includes(':') || tag === 'Relationship' ? name : `w:${name}`;
    const value = new RegExp(`\\s${qualifiedName}="([^"]*)"`).exec(element[0]);
    return value?.[1];
}

export const num = (value: string | undefined): number => (value === undefined ? NaN : Number(value));

/** Whether `xml` has the element `<w:tag …>` (any attributes). */
export const has = (xml: string, tag: string): boolean => new RegExp(`<w:${tag}(?=[\\s/>])`).test(xml);

export interface Element {
    readonly kind: 'p' | 'tbl' | 'sectPr';
    readonly xml: string;
}

/** The top-level elements of a container's XML (w:body, w:tc, w:hdr): paragraphs and tables. */
export function children(xml: string): Element[] {
    const out: Element[] = [];
    const tag = /<(\/?)w:(p|tbl|sectPr)(?=[\s>/])[^>]*?(\/?)>/g;
    let depth = 0;
    let start = 0;
    let kind: Element['kind'] = 'p';
    for (let m = tag.exec(xml); m; m = tag.exec(xml)) {
        const [whole, closing, name, selfClosing] = m;
        if (selfClosing) {
            if (depth === 0) out.push({ kind: name as Element['kind'], xml: whole });
            continue;
        }
        if (!closing) {
            if (depth === 0) {
                start = m.index;
                kind = name as Element['kind'];
            }
            depth++;
        } else {
            depth--;
            if (depth === 0) out.push({ kind, xml: xml.slice(start, m.index + whole.length) });
        }
    }
    return out;
}

/** The contents of <w:body>. */
export function body(documentXml: string): Element[] {
    const m = /<w:body>([\s\S]*)<\/w:body>/.exec(documentXml);
    return children(m ? m[1] : '');
}

/** Rows of a table, each a list of cells' XML. */
export function rows(tableXml: string): string[][] {
    const inner = tableXml.replace(/^<w:tbl>/, '');
    return [...inner.matchAll(/<w:tr(?:\s[^>]*)?>([\s\S]*?)<\/w:tr>/g)].map(r =>
        [...r[1].matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map(c => c[1]));
}

/** Grid column widths of a table (twips). */
export const gridColumns = (tableXml: string): number[] =>
    [...tableXml.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map(m => Number(m[1]));

/** All paragraphs of a fragment, in order, including those in tables. */
export const paragraphs = (xml: string): string[] => [...xml.matchAll(/<w:p(?:\s[^>]*)?>[\s\S]*?<\/w:p>|<w:p\/>/g)].map(m => m[0]);

/** The runs of a paragraph. */
export const runsOf = (paragraphXml: string): string[] => [...paragraphXml.matchAll(/<w:r>[\s\S]*?<\/w:r>/g)].map(m => m[0]);

/** The paragraph properties of a paragraph (empty string when none). */
export const pPr = (paragraphXml: string): string => /<w:pPr>[\s\S]*?<\/w:pPr>/.exec(paragraphXml)?.[0] ?? '';

/** The font size of a run, in points (w:sz is in half-points). */
export const runSize = (runXml: string): number => num(attr(runXml, 'sz', 'val')) / 2;
export const isBold = (runXml: string): boolean => /<w:b\/>|<w:b w:val="(true|1|on)"\/>/.test(runXml);
export const isItalic = (runXml: string): boolean => /<w:i\/>|<w:i w:val="(true|1|on)"\/>/.test(runXml);

/** The first paragraph of `xml` whose text satisfies `test`. */
export function findParagraph(xml: string, test: (text: string) => boolean): string {
    const found = paragraphs(xml).find(p => test(text(p)));
    if (!found) throw new Error(`no paragraph matches ${test.toString()}`);
    return found;
}

/** Section properties in document order. */
export const sections = (documentXml: string): string[] => [...documentXml.matchAll(/<w:sectPr>[\s\S]*?<\/w:sectPr>/g)].map(m => m[0]);

/** twips per millimetre */
export const MM = 1440 / 25.4;
