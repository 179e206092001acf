import type { ILexingError, IRecognitionException } from 'chevrotain';
import type { AstNode, CstNode, ParseResult, ParserOptions } from 'langium';
import type { Block, Body, Model } from '../../generated/ast.js';
import type { BodyParser, ParsedBlock } from './body-parser.js';
import type { DataBlockParser, PlainDataBlock } from './data-blocks.js';
import {
    BODY_START, blocksAreChildren, coversFragment, errorsPlaced, isRootCst, mayJoinLines, shift, shiftLexingError, shiftParserErrors,
    type CompositeCst, type Mutable,
} from './incremental-body.js';

type Parse = (input: string, options?: ParserOptions) => ParseResult<Model>;
type Errors = { lexer: ILexingError[]; parser: IRecognitionException[] };

/**
 * Parses a document in parts: Langium parses the declarations and the header up to and
 * including the `---` line, with the plain data blocks blanked out (same offsets and lines);
 * the DataBlockParser reads those blocks and the BodyParser the body line by line, and their
 * nodes are put into the tree Langium made. Body lines the BodyParser declines (syntax errors,
 * rare shapes) are parsed by Langium as a `Body` of their own, as the incremental re-parse does
 * (incremental-body.ts).
 *
 * Returns undefined — parse everything with Langium — when the parts might not give the tree of
 * a whole parse: errors in the declarations or header (recovery could read on past a cut), a
 * blanked block inside a multi-line string or comment or inside another declaration, or
 * declined lines that the lexer may read together with later ones (mayJoinLines).
 */
export function parseInParts(input: string, parse: Parse, parsers: { body: BodyParser; data: DataBlockParser }): ParseResult<Model> | undefined {
    const cut = bodyStart(input);
    const headEnd = cut ?? input.length;
    const dataBlocks = parsers.data.find(input, headEnd);
    const bodyLines = cut !== undefined && cut < input.length;
    if (!bodyLines && dataBlocks.length === 0) return undefined;
    const head = parse(blankOut(input.slice(0, headEnd), dataBlocks));
    const root = head.value.$cstNode as CompositeCst | undefined;
    if (!root || !isRootCst(root) || head.lexerErrors.length > 0 || head.parserErrors.length > 0) return undefined;
    const body = head.value.document?.body as Mutable<Body> | undefined;
    const bodyCst = body?.$cstNode as CompositeCst | undefined;
    // the head's body: its `---` alone (Langium's), ending where the body's lines start
    if (cut !== undefined && (!body || !bodyCst || body.blocks.length > 0 || bodyCst.content.length !== 1 || bodyCst.content[0].end !== cut
        || bodyCst.content[0].grammarSource !== parsers.body.bodyStart)) {
        return undefined;
    }
    if (dataBlocks.length > 0 && !insertDataBlocks(head.value, root, input, dataBlocks, parsers.data)) return undefined;
    const errors: Errors = { lexer: [], parser: [] };
    if (bodyLines && !readBody(input, cut, body!, bodyCst!, parse, parsers.body, errors)) return undefined;
    for (let node: CompositeCst | undefined = bodyCst ?? root; node; node = node.container) node._rangeCache = undefined;
    root._text = input;
    return { value: head.value, lexerErrors: errors.lexer, parserErrors: errors.parser, lexerReport: head.lexerReport };
}

/** Adds the body's lines to `body`, from `cut` (after the `---` line) to the end; false when Langium must parse all. */
function readBody(input: string, cut: number, body: Mutable<Body>, bodyCst: CompositeCst, parse: Parse, bodyParser: BodyParser, errors: Errors): boolean {
    const blocks = body.blocks as Block[];
    const add = (block: AstNode, cst: CstNode) => {
        const node = block as Mutable<Block>;
        node.$container = body;
        node.$containerProperty = 'blocks';
        node.$containerIndex = blocks.length;
        blocks.push(node);
        (cst as { container: unknown }).container = bodyCst;
        bodyCst.content.push(cst);
    };
    let at = cut;
    let line = bodyCst.content[0].range.start.line + 1;
    // the line after declined ones, read while looking for their end
    let next: ParsedBlock | undefined;
    while (at < input.length) {
        const parsed = next ?? bodyParser.parseLine(input, at, line);
        next = undefined;
        if (parsed) {
            add(parsed.node, parsed.cst);
            at = parsed.next;
            line = parsed.nextLine;
            continue;
        }
        // the declined lines up to the next line the BodyParser reads, parsed by Langium
        let end = lineEnd(input, at);
        let lines = 1;
        while (end < input.length && !(next = bodyParser.parseLine(input, end, line + lines))) {
            end = lineEnd(input, end);
            lines++;
        }
        const text = input.slice(at, end);
        if (mayJoinLines(text)) return false;
        const fragmentText = BODY_START + text;
        const fragment = parse(fragmentText, { rule: 'Body' }) as unknown as ParseResult<Body>;
        const fragmentCst = fragment.value.$cstNode as CompositeCst | undefined;
        if (!fragmentCst || !blocksAreChildren(fragmentCst, fragment.value.blocks)
            || !coversFragment(fragment.value.blocks, fragmentText.length) || !errorsPlaced(fragment)) {
            return false;
        }
        const by = { offset: at - BODY_START.length, lines: line - 1 };
        fragment.value.blocks.forEach((block, i) => {
            const cst = fragmentCst.content[i + 1];
            shift(cst, by.offset, by.lines);
            add(block, cst);
        });
        errors.lexer.push(...fragment.lexerErrors.map(error => shiftLexingError(error, by)));
        errors.parser.push(...shiftParserErrors(fragment.parserErrors, by));
        at = end;
        line += lines;
    }
    // Langium's parser gives the body its blocks before its CST node: the same key order
    reorderKeys(body, ['blocks', '$cstNode', '$container', '$containerProperty']);
    return true;
}

/**
 * Puts the data blocks read by the DataBlockParser into the model's elements and the root's
 * content, in text order; false when one of them would not be an element of its own in a
 * whole parse (before an import, after the document started, inside another declaration or a
 * multi-line string or comment).
 */
function insertDataBlocks(model: Model, root: CompositeCst, input: string, blocks: PlainDataBlock[], dataParser: DataBlockParser): boolean {
    const first = blocks[0].start;
    const last = blocks[blocks.length - 1].end;
    if (model.imports.some(i => (i.$cstNode?.end ?? 0) > first) || (model.document?.$cstNode && model.document.$cstNode.offset < last)) return false;
    // the root's children and the blocks, in text order; a block may not overlap a child
    const merged: Array<CstNode | PlainDataBlock> = [];
    let b = 0;
    for (const child of root.content) {
        for (; b < blocks.length && blocks[b].end <= child.offset; b++) merged.push(blocks[b]);
        if (b < blocks.length && child.end > blocks[b].start) return false;
        merged.push(child);
    }
    merged.push(...blocks.slice(b));
    const parsedElements = new Set<AstNode>(model.elements);
    const elements: AstNode[] = [];
    const content = merged.map(entry => {
        if (isPlainDataBlock(entry)) {
            const built = dataParser.build(input, entry);
            (built.cst as { container: unknown }).container = root;
            elements.push(built.node);
            return built.cst;
        }
        if ('content' in entry && parsedElements.has(entry.astNode)) elements.push(entry.astNode);
        return entry;
    });
    root.content = content;
    elements.forEach((element, index) => {
        const node = element as Mutable<Model['elements'][number]>;
        node.$container = model;
        node.$containerProperty = 'elements';
        node.$containerIndex = index;
    });
    (model as Mutable<Model>).elements = elements as Model['elements'];
    // the key order of a whole parse: what was parsed, the CST node, then the defaults of what was not
    const parsed = [model.imports.length > 0 ? 'imports' : '', 'elements', model.document ? 'document' : ''].filter(Boolean);
    reorderKeys(model as Mutable<Model>, [...parsed, '$cstNode', ...(model.imports.length > 0 ? [] : ['imports'])]);
    return true;
}

function isPlainDataBlock(entry: CstNode | PlainDataBlock): entry is PlainDataBlock {
    return typeof (entry as PlainDataBlock).start === 'number' && !('container' in entry);
}

/** The text with the blocks' characters made spaces, their line breaks kept (offsets and lines stay). */
function blankOut(text: string, blocks: PlainDataBlock[]): string {
    if (blocks.length === 0) return text;
    const parts: string[] = [];
    let from = 0;
    for (const block of blocks) {
        parts.push(text.slice(from, block.start));
        // a run of spaces per line, not a regular expression's replacement per character
        let run = block.start;
        for (let i = block.start; i < block.end; i++) {
            const code = text.charCodeAt(i);
            if (code !== 10 && code !== 13) continue;
            if (i > run) parts.push(' '.repeat(i - run));
            parts.push(code === 10 ? '\n' : '\r');
            run = i + 1;
        }
        if (block.end > run) parts.push(' '.repeat(block.end - run));
        from = block.end;
    }
    parts.push(text.slice(from));
    return parts.join('');
}

/** Puts `keys` last, in this order (a node's keys as Langium's parser would have added them). */
function reorderKeys(node: object, keys: string[]): void {
    const record = node as Record<string, unknown>;
    const values = keys.map(key => record[key]);
    for (const key of keys) delete record[key];
    keys.forEach((key, i) => { if (values[i] !== undefined) record[key] = values[i]; });
}

/** Where the body's lines start: after the first `---` line (BODY_START, ended by a line break). */
function bodyStart(input: string): number | undefined {
    const dashes = input.startsWith('---') ? 0 : input.indexOf('\n---') + 1;
    if (dashes < 0 || (dashes === 0 && !input.startsWith('---'))) return undefined;
    let p = dashes + 3;
    while (input[p] === ' ' || input[p] === '\t') p++;
    if (input[p] === '\r') p++;
    return input[p] === '\n' ? p + 1 : undefined;
}

function lineEnd(input: string, from: number): number {
    const newline = input.indexOf('\n', from);
    return newline < 0 ? input.length : newline + 1;
}
