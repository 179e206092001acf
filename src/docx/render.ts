/**
 * Renders a PrintedDocument to DOCX following Nghị định 30/2020/NĐ-CP: A4, Times New Roman,
 * the administrative header, the body, the closing ("Nơi nhận", signature), page numbers centred
 * at the top from page 2, and each appendix in a section of its own (landscape when asked), its
 * pages numbered separately from 1, as ND 30 asks of appendices.
 *
 *   renderDocx(doc)                    → the DOCX bytes
 *   writeDocxAtomically(bytes, path)   → temporary file + rename (write.ts)
 *
 * The body is written as XML text (ooxml.ts); the docx library writes the rest of the package
 * (styles, page headers, settings, each section's properties with its headers' ids) from a
 * document with the same sections and no content, and zip.ts zips it.
 */
import {
    AlignmentType, Document, Header, Packer, PageNumber, PageOrientation, Paragraph, SectionType, TextRun, type ISectionOptions,
} from 'docx';
import type { PrintedAppendix, PrintedDocument } from '../../language-server/src/document-model/model.js';
import { bodyParagraph, renderBlocks } from './body.js';
import { renderClosing } from './closing.js';
import { renderHeader } from './header.js';
import { textRuns } from './inline.js';
import { documentPieces, paragraph, xmlSafe, type Xml } from './ooxml.js';
import type { BlockMemory, PackageParts, RenderMemory } from './render-memory.js';
import {
    A4_HEIGHT, A4_WIDTH, FOOTER_DISTANCE, HEADER_DISTANCE, LANDSCAPE_MARGINS, LANDSCAPE_TEXT_WIDTH, PORTRAIT_MARGINS,
    PORTRAIT_TEXT_WIDTH, SIZE, documentStyles, pt,
} from './styles.js';
import { zip } from './zip.js';

export { DocxWriteError, writeDocxAtomically } from './write.js';

/** Headers of a section: the first page has none, the others the page number, centred. */
function pageHeaders(): ISectionOptions['headers'] {
    return {
        first: new Header({ children: [new Paragraph({ children: [] })] }),
        default: new Header({
            children: [new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ children: [PageNumber.CURRENT], size: pt(SIZE.pageNumber) })],
            })],
        }),
    };
}

function pageProperties(landscape: boolean) {
    const margins = landscape ? LANDSCAPE_MARGINS : PORTRAIT_MARGINS;
    return {
        size: {
            // docx swaps width and height for a landscape page
            width: A4_WIDTH,
            height: A4_HEIGHT,
            orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
        },
        margin: { ...margins, header: HEADER_DISTANCE, footer: FOOTER_DISTANCE, gutter: 0 },
    };
}

/** "(Kèm theo Kế hoạch số …)" opening an appendix is centred and italic, as ND 30 prints it. */
function isAttachmentNote(appendix: PrintedAppendix): boolean {
    const first = appendix.blocks[0];
    if (first?.kind !== 'paragraph') return false;
    const text = first.runs.map(r => r.text).join('').trim();
    return text.startsWith('(') && text.endsWith(')');
}

/** A section: its page setup (written by docx) and its blocks. */
interface Section {
    readonly properties: ISectionOptions['properties'];
    readonly children: Xml[];
}

function appendixSection(appendix: PrintedAppendix, memory?: BlockMemory): Section {
    const textWidth = appendix.landscape ? LANDSCAPE_TEXT_WIDTH : PORTRAIT_TEXT_WIDTH;
    const centredBold = (text: string, after: number) => paragraph({
        alignment: 'center',
        spacing: { before: 0, after },
        keepNext: true,
        children: textRuns([{ text }], { sizePt: SIZE.body, bold: true }),
    });
    // a label a syntax error left out (`{appendix 12}`, built with --force) prints as nothing
    const children: Xml[] = [centredBold(appendix.label ?? '', appendix.title ? 0 : 120)];
    if (appendix.title) children.push(centredBold(appendix.title, 0));
    let blocks = appendix.blocks;
    if (isAttachmentNote(appendix)) {
        const note = appendix.blocks[0];
        if (note.kind === 'paragraph') {
            children.push(bodyParagraph(textRuns(note.runs, { sizePt: SIZE.body, italic: true }), { centred: true }));
        }
        blocks = blocks.slice(1);
    }
    children.push(paragraph({ spacing: { before: 0, after: 120 }, run: { size: pt(6) }, children: [] }));
    children.push(...renderBlocks(blocks, textWidth, { memory }));
    return {
        properties: {
            type: SectionType.NEXT_PAGE,
            page: { ...pageProperties(appendix.landscape), pageNumbers: { start: 1 } },
            titlePage: true,
        },
        children,
    };
}

function documentTitle(doc: PrintedDocument): string {
    const h = doc.header;
    return xmlSafe([h.typeTitle, ...h.titleLines, h.subjectLine].filter((s): s is string => !!s).join(' '));
}

/** docx's compiler: the package's parts by path, unzipped (docx 9.15.2 keeps it in a static field of Packer). */
interface Compiler {
    compile(document: Document): PackageParts;
}

/**
 * The DOCX bytes of `doc`. Pure: the same document gives the same XML parts. `memory`: what
 * earlier renders made (render-memory.ts): the same document's last render, for a render after an
 * edit (`bcyt watch`); docx's package parts, for the documents of a folder.
 */
export async function renderDocx(doc: PrintedDocument, memory?: RenderMemory): Promise<Buffer> {
    const main: Section = {
        properties: {
            page: { ...pageProperties(false), pageNumbers: { start: 1 } },
            titlePage: true,
        },
        children: [
            ...renderHeader(doc),
            ...renderBlocks(doc.body, PORTRAIT_TEXT_WIDTH, { keepLastWithNext: true, memory: memory?.blocks }),
            ...renderClosing(doc.closing),
            // a document must end with a paragraph, not a table; a 1 pt one cannot spill onto a new page
            paragraph({ spacing: { before: 0, after: 0, line: 20, lineRule: 'exact' }, run: { size: 2 }, children: [] }),
        ],
    };
    const sections = [main, ...doc.appendices.map(appendix => appendixSection(appendix, memory?.blocks))];
    const title = documentTitle(doc);
    const makeParts = (): PackageParts => {
        const skeleton = new Document({
            creator: 'BCYT',
            title,
            description: 'Văn bản hành chính theo Nghị định 30/2020/NĐ-CP',
            styles: documentStyles(),
            sections: sections.map(section => ({ properties: section.properties, headers: pageHeaders(), children: [] })),
        });
        const compiler = (Packer as unknown as { compiler?: Compiler }).compiler;
        if (typeof compiler?.compile !== 'function') throw new Error('docx no longer has Packer.compiler (see src/docx/render.ts)');
        return compiler.compile(skeleton);
    };
    const parts = memory?.package ? memory.package.packageParts(JSON.stringify(sections.map(section => section.properties)), title, makeParts) : makeParts();
    const pieces = documentPieces(String(parts.get('word/document.xml')), sections.map(section => section.children));
    const blocks = memory?.blocks;
    parts.set('word/document.xml', blocks ? Buffer.concat(pieces.map(piece => blocks.bytesOf(piece))) : pieces.join(''));
    blocks?.endRender();
    return zip(parts);
}
