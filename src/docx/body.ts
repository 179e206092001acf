/**
 * Body blocks: headings, justified paragraphs with a first-line indent, list items with their
 * marker as written, and tables (table.ts).
 */
import type { HeadingBlock, PrintedBlock } from '../../language-server/src/document-model/model.js';
import { paragraph, run, type Xml } from './ooxml.js';
import { BODY_LINE, FIRST_LINE_INDENT, PARAGRAPH_AFTER, SIZE, headingLook, pt } from './styles.js';
import { textRuns } from './inline.js';
import { renderTable } from './table.js';

const HEADING_STYLES = ['Heading1', 'Heading2', 'Heading3', 'Heading4', 'Heading5', 'Heading6'] as const;

const bodySpacing = { before: 0, after: PARAGRAPH_AFTER, line: BODY_LINE, lineRule: 'auto' } as const;

const headingLevel = (block: HeadingBlock) => Math.min(Math.max(block.level, 1), 6);

/** A centred heading is set off by 12 pt, unless it continues the one above ("PHẦN THỨ NHẤT" / its name). */
function heading(block: HeadingBlock, previous: PrintedBlock | undefined): Xml {
    const level = headingLevel(block);
    const look = headingLook(level);
    const continues = previous?.kind === 'heading' && headingLevel(previous) === level && look.centred;
    return paragraph({
        style: HEADING_STYLES[level - 1],
        alignment: look.centred ? 'center' : 'both',
        indent: { firstLine: look.centred ? 0 : FIRST_LINE_INDENT },
        spacing: { ...bodySpacing, before: continues ? 0 : look.centred ? 240 : 120 },
        keepNext: true,
        keepLines: true,
        children: textRuns(block.runs, { sizePt: SIZE.body, bold: look.bold, italic: look.italic, upperCase: look.upperCase }),
    });
}

export function bodyParagraph(children: Xml[], options: { centred?: boolean; keepNext?: boolean } = {}): Xml {
    return paragraph({
        alignment: options.centred ? 'center' : 'both',
        indent: { firstLine: options.centred ? 0 : FIRST_LINE_INDENT },
        spacing: bodySpacing,
        keepNext: options.keepNext,
        children,
    });
}

/**
 * The blocks of the body or of an appendix, for a text area `textWidth` twips wide.
 * A table is followed by an empty paragraph of 6 pt, so that two tables never merge and the
 * text after a table does not touch it.
 */
export function renderBlocks(
    blocks: readonly PrintedBlock[], textWidth: number, options: { keepLastWithNext?: boolean } = {},
): Xml[] {
    const out: Xml[] = [];
    for (const [index, block] of blocks.entries()) {
        // the last paragraph goes with the closing, so that the signature never stands alone on a page
        const keepNext = options.keepLastWithNext && index === blocks.length - 1 ? true : undefined;
        switch (block.kind) {
            case 'heading':
                out.push(heading(block, blocks[index - 1]));
                break;
            case 'paragraph':
                out.push(bodyParagraph(textRuns(block.runs, { sizePt: SIZE.body }), { keepNext }));
                break;
            case 'list-item': {
                const marker = run({ text: `${block.marker} `, size: pt(SIZE.body) });
                out.push(bodyParagraph([marker, ...textRuns(block.runs, { sizePt: SIZE.body })], { keepNext }));
                break;
            }
            case 'table':
                out.push(renderTable(block, textWidth));
                out.push(paragraph({ spacing: { before: 0, after: PARAGRAPH_AFTER }, run: { size: pt(6) }, children: [] }));
                break;
        }
    }
    return out;
}
