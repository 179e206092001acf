/**
 * What a render of a DOCX keeps for the next ones.
 *
 * - BlockMemory (`bcyt watch`, which renders the same report again on every save, and a save
 *   changes a line or two of it): the XML of each body block, and its UTF-8 bytes, keyed by
 *   everything the block's XML is made from (its printed content, the text width, its place's
 *   two flags: never its line). Only what the last render used is kept.
 * - PackageMemory (the watch, and `bcyt build` of a folder): the package parts docx writes around
 *   the body (styles, headers, settings, the empty document with its sections' properties), keyed
 *   by the sections' page setup; the title and the timestamps (docProps/core.xml, the only part
 *   they are in) are written in at each render.
 *
 * A kept part is therefore the part a fresh render would write (test/cli/watch-memory.test.ts
 * holds a watch's DOCX, and a folder's, to fresh builds').
 */
import type { PrintedBlock } from '../../language-server/src/document-model/model.js';
import { escapeXml, type Xml } from './ooxml.js';

export type PackageParts = Map<string, string | Uint8Array>;

export interface RenderMemory {
    readonly blocks?: BlockMemory;
    readonly package?: PackageMemory;
}

export class BlockMemory {
    private blocks = new Map<string, readonly Xml[]>();
    private nextBlocks = new Map<string, readonly Xml[]>();
    private bytes = new Map<string, Buffer>();
    private nextBytes = new Map<string, Buffer>();

    /** The XML of a block made with `context` (what else its XML depends on), from the last render when it was made there. */
    block(block: PrintedBlock, context: string, make: () => readonly Xml[]): readonly Xml[] {
        const { line: _line, ...content } = block;
        const key = `${context}|${JSON.stringify(content)}`;
        let xml = this.nextBlocks.get(key) ?? this.blocks.get(key);
        if (xml === undefined) xml = make();
        this.nextBlocks.set(key, xml);
        return xml;
    }

    /** The UTF-8 bytes of a piece of the document part (a kept block's piece is the same string object: its hash is kept too). */
    bytesOf(piece: string): Buffer {
        let bytes = this.nextBytes.get(piece) ?? this.bytes.get(piece);
        if (bytes === undefined) bytes = Buffer.from(piece, 'utf8');
        this.nextBytes.set(piece, bytes);
        return bytes;
    }

    /** Ends a render: what it did not use is dropped. */
    endRender(): void {
        this.blocks = this.nextBlocks;
        this.nextBlocks = new Map();
        this.bytes = this.nextBytes;
        this.nextBytes = new Map();
    }
}

const CORE = 'docProps/core.xml';
const TIMESTAMP = /(<dcterms:(?:created|modified) xsi:type="dcterms:W3CDTF">)[^<]*/g;
const TITLE = /(<dc:title>)[^<]*/;

export class PackageMemory {
    private kept: { readonly key: string; readonly parts: ReadonlyMap<string, string | Uint8Array> } | undefined;

    /**
     * The parts docx makes for `sections` (the page setup, as JSON) and `title` (already made
     * XML-safe), made by `make` when the last render had another page setup; a copy the caller may change.
     */
    packageParts(sections: string, title: string, make: () => PackageParts): PackageParts {
        // docx leaves out an empty title's element
        const key = `${title === '' ? 0 : 1}${sections}`;
        if (this.kept?.key !== key) {
            const parts = make();
            this.kept = { key, parts: new Map(parts) };
            return parts;
        }
        const parts = new Map(this.kept.parts);
        const core = parts.get(CORE);
        if (typeof core === 'string') {
            // as docx writes them: the time of the render, the title escaped as text
            parts.set(CORE, core.replace(TIMESTAMP, `$1${new Date().toISOString()}`).replace(TITLE, () => `<dc:title>${escapeXml(title)}`));
        }
        return parts;
    }
}
