import { strFromU8, unzipSync } from 'fflate';
import { SaxesParser, type SaxesTagPlain } from 'saxes';

/** Not a DOCX: not a zip, or no word/document.xml in it. */
export class NotDocxError extends Error {}

/**
 * A DOCX as plain text for `git diff` (`bcyt textconv`): a paragraph a line; headings as
 * `#`…`######` by their outline level (from the paragraph or its style, Word's "heading N"
 * names too); list paragraphs with `- `; a table as one `| cell | cell |` line per row; page
 * breaks as a line `---`. Unzipped with fflate, read with saxes (a streaming XML parser).
 */
export function docxText(bytes: Uint8Array): string {
    let files: Record<string, Uint8Array>;
    try {
        files = unzipSync(bytes, { filter: file => file.name === 'word/document.xml' || file.name === 'word/styles.xml' });
    } catch {
        throw new NotDocxError('not a zip');
    }
    const document = files['word/document.xml'];
    if (!document) throw new NotDocxError('no word/document.xml');
    try {
        const levels = files['word/styles.xml'] ? styleLevels(strFromU8(files['word/styles.xml'])) : new Map<string, number>();
        return bodyText(strFromU8(document), levels);
    } catch (error) {
        throw new NotDocxError(`XML: ${(error as Error).message}`);
    }
}

/** Style id → outline level (0 = "#") of the paragraph styles that are headings. */
function styleLevels(xml: string): Map<string, number> {
    const levels = new Map<string, number>();
    let id: string | undefined;
    parse(xml, {
        open(tag) {
            if (tag.name === 'w:style') id = tag.attributes['w:type'] === 'paragraph' ? tag.attributes['w:styleId'] : undefined;
            else if (id && tag.name === 'w:name') {
                const heading = /^heading (\d)$/iu.exec(tag.attributes['w:val'] ?? '');
                if (heading) levels.set(id, Number(heading[1]) - 1);
                else if (/^title$/iu.test(tag.attributes['w:val'] ?? '')) levels.set(id, 0);
            } else if (id && tag.name === 'w:outlineLvl' && !levels.has(id)) {
                levels.set(id, Number(tag.attributes['w:val']));
            }
        },
    });
    return levels;
}

interface Paragraph {
    text: string;
    level?: number;
    style?: string;
    list: boolean;
}

function bodyText(xml: string, styles: ReadonlyMap<string, number>): string {
    const lines: string[] = [];
    // open tables, innermost last: rows of cells of paragraphs' text
    const tables: string[][][] = [];
    let paragraph: Paragraph | undefined;
    let inText = false;
    const finish = (p: Paragraph) => {
        const level = p.level ?? (p.style !== undefined ? styles.get(p.style) : undefined);
        const text = p.text.replace(/[ \t]+$/u, '');
        const table = tables[tables.length - 1];
        if (table) {
            const row = table[table.length - 1];
            if (row) row[row.length - 1] = [row[row.length - 1], text].filter(Boolean).join(' ');
            return;
        }
        if (level !== undefined && level < 9 && text) lines.push(`${'#'.repeat(Math.min(level + 1, 6))} ${text}`);
        else if (p.list && text) lines.push(`- ${text}`);
        else lines.push(text);
    };
    parse(xml, {
        open(tag) {
            switch (tag.name) {
                case 'w:p': paragraph = { text: '', list: false }; break;
                case 'w:pStyle': if (paragraph) paragraph.style = tag.attributes['w:val']; break;
                case 'w:outlineLvl': if (paragraph) paragraph.level = Number(tag.attributes['w:val']); break;
                case 'w:numPr': if (paragraph) paragraph.list = true; break;
                case 'w:t': inText = true; break;
                case 'w:tab': if (paragraph) paragraph.text += '\t'; break;
                case 'w:br':
                case 'w:cr':
                    if (tag.attributes['w:type'] === 'page') lines.push('---');
                    else if (paragraph) paragraph.text += ' ';
                    break;
                case 'w:tbl': tables.push([]); break;
                case 'w:tr': tables[tables.length - 1]?.push([]); break;
                case 'w:tc': tables[tables.length - 1]?.at(-1)?.push(''); break;
            }
        },
        close(name) {
            if (name === 'w:t') inText = false;
            else if (name === 'w:p' && paragraph) {
                finish(paragraph);
                paragraph = undefined;
            } else if (name === 'w:tbl') {
                const rows = tables.pop() ?? [];
                const text = rows.map(cells => `| ${cells.join(' | ')} |`);
                const outer = tables[tables.length - 1];
                if (outer?.at(-1)?.length) {
                    // a table inside a cell: its rows join the cell's text
                    const row = outer[outer.length - 1];
                    row[row.length - 1] = [row[row.length - 1], ...text].filter(Boolean).join(' ');
                } else {
                    lines.push(...text);
                }
            }
        },
        text(text) {
            if (inText && paragraph) paragraph.text += text;
        },
    });
    return `${lines.join('\n').replace(/\n{3,}/gu, '\n\n').trim()}\n`;
}

function parse(xml: string, handlers: { open(tag: SaxesTagPlain): void; close?(name: string): void; text?(text: string): void }): void {
    const parser = new SaxesParser();
    parser.on('opentag', tag => handlers.open(tag as SaxesTagPlain));
    if (handlers.close) parser.on('closetag', tag => handlers.close!(tag.name));
    if (handlers.text) parser.on('text', text => handlers.text!(text));
    parser.write(xml).close();
}
