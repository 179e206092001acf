/**
 * What one render of a document's DOCX keeps for the next render of the same document: `bcyt
 * watch` renders the report again on every save, and a save changes a line or two of it.
 *
 * - the XML of each body block, and its UTF-8 bytes, keyed by everything the block's XML is made
 *   from (its printed content, the text width, its place's two flags: never its line);
 * - the package parts docx writes around the body (styles, headers, settings, the empty document
 *   with its sections' properties), keyed by the title and the sections' page setup; their
 *   timestamps (docProps/core.xml) are set anew at each render.
 *
 * A kept part is therefore the part a fresh render would write (test/cli/watch-memory.test.ts
 * holds a watch's DOCX to a fresh build's). Only what the last render used is kept.
 */
import type { PrintedBlock } from '../../language-server/src/document-model/model.js';
import type { Xml } from './ooxml.js';

export type PackageParts = Map<string, string | Uint8Array>;

export class RenderMemory {
    private blocks = new Map<string, readonly Xml[]>();
    private nextBlocks = new Map<string, readonly Xml[]>();
    private bytes = new Map<string, Buffer>();
    private nextBytes = new Map<string, Buffer>();
    private skeleton: { readonly key: string; readonly parts: ReadonlyMap<string, string | Uint8Array> } | undefined;

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

    /** The parts docx makes for `key`, made by `make` when the last render had another key; a copy the caller may change. */
    packageParts(key: string, make: () => PackageParts): PackageParts {
        if (this.skeleton?.key === key) return withNewTimestamps(new Map(this.skeleton.parts));
        const parts = make();
        this.skeleton = { key, parts: new Map(parts) };
        return parts;
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

/** docx writes the time of the render as the document's created and modified time. */
function withNewTimestamps(parts: PackageParts): PackageParts {
    const core = parts.get(CORE);
    if (typeof core === 'string') parts.set(CORE, core.replace(TIMESTAMP, `$1${new Date().toISOString()}`));
    return parts;
}
