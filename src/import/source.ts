/**
 * What every reader (DOCX, plain text, Markdown) turns a document into: its paragraphs in
 * order, emphasis written as Markdown marks (`**đậm**`, `*nghiêng*`), table rows as cells.
 * Everything after this is the same for the three formats.
 */
export interface SourceParagraph {
    /** the text, emphasis as `**…**` and `*…*` */
    readonly text: string;
    /** where the author finds it: the paragraph's number in a DOCX, the line's in a text file (1-based) */
    readonly number: number;
    /** a blank line (text) or an empty paragraph (DOCX) before it */
    readonly gapBefore: boolean;
    /** a heading style (DOCX "Heading 2") or Markdown "##": a hint, not the level printed */
    readonly headingLevel?: number;
    /** centred (DOCX): header blocks and titles are */
    readonly centered?: boolean;
    /** a table row: the text of each cell */
    readonly cells?: readonly string[];
    /** a table row: the paragraphs of each cell (the two-column header and closing are tables in Word) */
    readonly cellLines?: readonly (readonly string[])[];
    /** rows of one table share it */
    readonly table?: number;
}

export type SourceFormat = 'docx' | 'text' | 'markdown';

export interface SourceDocument {
    /** the file's name, for messages */
    readonly name: string;
    readonly format: SourceFormat;
    readonly paragraphs: readonly SourceParagraph[];
}

/** A line as Markdown writes it: "## Tiêu đề", "| a | b |", "---"; anything else is text. */
export interface MarkdownLine {
    readonly text: string;
    readonly headingLevel?: number;
    readonly cells?: readonly string[];
    /** a thematic break ("---", "***") or a table's separator row: nothing to keep */
    readonly rule?: boolean;
}

export function readMarkdownLine(line: string): MarkdownLine {
    const text = line.replace(/ +$/u, '');
    const trimmed = text.trim();
    if (/^(?:-{3,}|\*{3,}|_{3,})$/.test(trimmed)) return { text: '', rule: true };
    const heading = /^(#{1,6})\s+(.*?)(?:\s+#+)?$/u.exec(trimmed);
    if (heading) return { text: heading[2], headingLevel: heading[1].length };
    if (trimmed.length > 1 && trimmed.startsWith('|') && trimmed.endsWith('|')) {
        if (/^\|[\s:|-]+\|$/.test(trimmed)) return { text: '', rule: true };
        return { text: trimmed, cells: trimmed.slice(1, -1).split('|').map(c => c.trim()) };
    }
    // a row of a table pasted from Word or a spreadsheet: cells between tabs
    const tabbed = text.replace(/^\s+/u, '');
    if (tabbed.includes('\t')) {
        const cells = tabbed.split('\t').map(c => c.trim());
        if (cells.length >= 2 && cells.filter(Boolean).length >= 1) return { text: cells.join(' '), cells };
    }
    return { text };
}
