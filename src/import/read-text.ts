import { readMarkdownLine, type SourceDocument, type SourceParagraph } from './source.js';

/**
 * A plain-text or Markdown file as paragraphs: one per non-blank line (lines are joined into
 * paragraphs later, where hard wraps are told from paragraph ends), Markdown headings, table
 * rows ("| a | b |", or cells between tabs) and emphasis kept as written. A byte-order mark,
 * CR LF line ends and NFD text are accepted.
 */
export function readText(name: string, content: string, format: 'text' | 'markdown'): SourceDocument {
    const lines = content.replace(/^\uFEFF/, '').normalize('NFC').split(/\r\n|\r|\n/);
    const paragraphs: SourceParagraph[] = [];
    let gap = false;
    let table = 0;
    let inTable = false;
    lines.forEach((raw, index) => {
        // the header and closing of a PDF copy put two columns side by side: keep the spaces
        const line = raw.replace(/\u00A0/g, ' ').replace(/[\u200B\uFEFF]/g, '').replace(/ +$/u, '');
        if (!line.trim()) {
            gap = true;
            inTable = false;
            return;
        }
        const md = readMarkdownLine(line);
        if (md.rule) return;
        if (md.cells && !inTable) table++;
        inTable = !!md.cells;
        paragraphs.push({
            text: md.cells || md.headingLevel ? md.text : line,
            number: index + 1,
            gapBefore: gap,
            ...(md.headingLevel ? { headingLevel: md.headingLevel } : {}),
            ...(md.cells ? { cells: md.cells, table } : {}),
        });
        gap = false;
    });
    return { name, format, paragraphs };
}
