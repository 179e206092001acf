/**
 * Body blocks: headings, justified paragraphs with a first-line indent, list items with their
 * marker as written, and tables (table.ts).
 */
import type { HeadingBlock, PrintedBlock } from '../../language-server/src/document-model/model.js';
import { paragraph, run, type Xml } from './ooxml.js';
import { BODY_LINE, FIRST_LINE_INDENT, PARAGRAPH_AFTER, SIZE, headingLook, pt } from './styles.js';
import { textRuns } from './inline.js';
import type { BlockMemory } from './render-memory.js';
import { renderTable } from './table.js';

const HEADING_STYLES = ['Heading1', 'Heading2', 'Heading3', 'Heading4', 'Heading5', 'Heading6'] as const;

const bodySpacing = { before: 0, after: PARAGRAPH_AFTER, line: BODY_LINE, lineRule: 'auto' } as const;

const headingLevel = (block: HeadingBlock) => Math.min(Math.max(block.level, 1), 6);

/** A centred heading that continues the one above ("PHẦN THỨ NHẤT" / its name). */
function continuesHeading(block: HeadingBlock, previous: PrintedBlock | undefined): boolean {
    const level = headingLevel(block);
    return previous?.kind === 'heading' && headingLevel(previous) === level && headingLook(level).centred;
}

/** A centred heading is set off by 12 pt, unless it continues the one above. */
function heading(block: HeadingBlock, continues: boolean): Xml {
    const level = headingLevel(block);
    const look = headingLook(level);
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
 * text after a table does not touch it. With `memory`, a block printed as in the last render
 * takes the XML made then (render-memory.ts).
 */
export function renderBlocks(
    blocks: readonly PrintedBlock[], textWidth: number, options: { keepLastWithNext?: boolean; memory?: BlockMemory } = {},
): Xml[] {
    const out: Xml[] = [];
    const memory = options.memory;
    for (const [index, block] of blocks.entries()) {
        // the last paragraph goes with the closing, so that the signature never stands alone on a page
        const keepNext = options.keepLastWithNext && index === blocks.length - 1 ? true : undefined;
        const continues = block.kind === 'heading' && continuesHeading(block, blocks[index - 1]);
        const make = () => renderBlock(block, textWidth, keepNext, continues);
        out.push(...(memory ? memory.block(block, `${textWidth}|${keepNext ? 1 : 0}|${continues ? 1 : 0}`, make) : make()));
    }
    return out;
}

/** One block's XML: what it is made from is all in the arguments (render-memory.ts keys it by them). */
function renderBlock(block: PrintedBlock, textWidth: number, keepNext: true | undefined, continues: boolean): Xml[] {
    switch (block.kind) {
        case 'heading':
            return [heading(block, continues)];
        case 'paragraph':
            return [bodyParagraph(textRuns(block.runs, { sizePt: SIZE.body }), { keepNext })];
        case 'list-item': {
            const marker = run({ text: `${block.marker} `, size: pt(SIZE.body) });
            return [bodyParagraph([marker, ...textRuns(block.runs, { sizePt: SIZE.body })], { keepNext })];
        }
        case 'table':
            return [
                renderTable(block, textWidth),
                paragraph({ spacing: { before: 0, after: PARAGRAPH_AFTER }, run: { size: pt(6) }, children: [] }),
            ];
    }
}
