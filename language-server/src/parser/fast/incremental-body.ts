import type { ILexingError, IRecognitionException, IToken } from 'chevrotain';
import type { AstNode, CstNode, LangiumParser, ParseResult } from 'langium';
import type { Block, Body, Model } from '../../generated/ast.js';
import { errorOffset } from '../error-offset.js';

/**
 * Re-parses only the body lines an edit touched and splices them into the previous tree.
 *
 * Langium re-parses a whole document on every keystroke: a cost that grows with the document.
 * The body after `---` is line-local: the lexer is in text mode at every line start and each
 * line is one block, so the blocks of the changed lines can be parsed alone (as a `Body` of
 * their own, behind a `---`) and give what a full parse would give. The unchanged blocks are
 * kept; those after the change have their CST positions shifted.
 *
 * Syntax errors stay line-local too (a line break ends every island, and a failed line is
 * re-synchronised at its NL): those of the re-parsed lines come from the fragment, the others
 * are kept and moved with their lines.
 *
 * Returns undefined — parse everything — whenever that equivalence is not certain: the edit
 * reaches the declarations or header, the lines may be read together with later ones (mayJoinLines), the changed lines do not start and end at line breaks,
 * an error cannot be placed, or the CST is not laid out as expected.
 */
export function reparseBody(parser: LangiumParser, previous: ParseResult<Model>, text: string, known?: ChangedRange): ParseResult<Model> | undefined {
    const model = previous.value;
    const root = model.$cstNode as RootCst | undefined;
    const body = model.document?.body;
    const bodyCst = body?.$cstNode as CompositeCst | undefined;
    if (!root || !body || !bodyCst || !isRootCst(root) || body.blocks.length === 0) return undefined;
    const oldBlocks = body.blocks;
    if (!blocksAreChildren(bodyCst, oldBlocks)) return undefined;
    const oldText = root.fullText;
    if (oldText === text) return undefined;

    // The blocks run to the end of the file (the last one ends with a real or a synthetic NL).
    // After some errors the parser leaves the body early and skips the rest: parse it all.
    const lastBlock = oldBlocks.length - 1;
    if (oldBlocks[lastBlock].$cstNode!.end !== oldText.length) return undefined;
    // the caller may have compared the texts already (a whole report compared once a keystroke is enough)
    const change = known ?? changedRange(oldText, text);
    const blockAtOffset = (offset: number): number => offset >= oldText.length ? lastBlock : blockAt(oldBlocks, offset);
    // from the line where the change starts to the line holding its first unchanged character
    const first = blockAtOffset(change.start);
    const last = blockAtOffset(change.oldEnd);
    if (first < 0 || last < first) return undefined;
    const oldStart = oldBlocks[first].$cstNode!.offset;
    const oldEnd = oldBlocks[last].$cstNode!.end;
    const delta = text.length - oldText.length;
    const newEnd = oldEnd + delta;
    if (newEnd < change.newEnd || !wholeLines(oldText, oldStart, oldEnd) || !tiled(oldBlocks, first, last, oldEnd)) return undefined;
    if (mayJoinLines(oldText.slice(oldStart, oldEnd)) || mayJoinLines(text.slice(oldStart, newEnd))) return undefined;
    const lineDelta = countLines(text, oldStart, newEnd) - countLines(oldText, oldStart, oldEnd);
    const kept = keptErrors(previous, oldStart, oldEnd);
    if (!kept) return undefined;

    const fragmentText = BODY_START + text.slice(oldStart, newEnd);
    const fragment = parser.parse(fragmentText, { rule: 'Body' }) as ParseResult<Body>;
    const fragmentBlocks = fragment.value.blocks;
    const fragmentCst = fragment.value.$cstNode as CompositeCst | undefined;
    if (!fragmentCst || !blocksAreChildren(fragmentCst, fragmentBlocks)
        || !coversFragment(fragmentBlocks, fragmentText.length)
        || !errorsPlaced(fragment)) {
        return undefined;
    }

    const startLine = oldBlocks[first].$cstNode!.range.start.line;
    const newBlockCsts = fragmentCst.content.slice(1);
    for (const cst of newBlockCsts) shift(cst, oldStart - BODY_START.length, startLine - 1);
    for (let i = last + 1; i < oldBlocks.length; i++) shift(oldBlocks[i].$cstNode!, delta, lineDelta);

    // a new array, not a splice: what is computed from the blocks is keyed by the array (body.ts)
    const blocks = [...oldBlocks.slice(0, first), ...fragmentBlocks, ...oldBlocks.slice(last + 1)];
    (body as Mutable<Body>).blocks = blocks;
    bodyCst.content.splice(first + 1, last - first + 1, ...newBlockCsts);
    for (const cst of newBlockCsts) (cst as Omit<CstNode, 'container'> & { container: unknown }).container = bodyCst;
    for (let i = first; i < blocks.length; i++) {
        const block = blocks[i] as Mutable<Block>;
        block.$container = body;
        block.$containerProperty = 'blocks';
        block.$containerIndex = i;
    }
    for (let node: CompositeCst | undefined = bodyCst; node; node = node.container as CompositeCst | undefined) {
        node._rangeCache = undefined;
    }
    root._text = text;
    const fragmentShift = { offset: oldStart - BODY_START.length, lines: startLine - 1 };
    const afterShift = { offset: delta, lines: lineDelta };
    return {
        value: model,
        lexerErrors: [
            ...kept.lexer.before,
            ...fragment.lexerErrors.map(error => shiftLexingError(error, fragmentShift)),
            ...kept.lexer.after.map(error => shiftLexingError(error, afterShift)),
        ],
        parserErrors: [
            ...kept.parser.before,
            ...shiftParserErrors(fragment.parserErrors, fragmentShift),
            ...shiftParserErrors(kept.parser.after, afterShift),
        ],
        lexerReport: fragment.lexerReport,
    };
}

export const BODY_START = '---\n';

/**
 * Whether the lexer may read these lines together with others, or not line by line: a string
 * opened inside `{…}` runs to the next quote however many lines away (so a quote anywhere may end
 * one opened earlier), an escaped line break joins two lines, a lone carriage return counts as a
 * line break. Conservative: any quote, any backslash before a line break.
 */
export function mayJoinLines(text: string): boolean {
    return /"|\\\r?\n|\r(?!\n)/.test(text);
}

/** The changed part: common prefix and suffix removed ([start, oldEnd) became [start, newEnd)). */
export interface ChangedRange {
    readonly start: number;
    readonly oldEnd: number;
    readonly newEnd: number;
}

export function changedRange(oldText: string, newText: string): ChangedRange {
    const shorter = Math.min(oldText.length, newText.length);
    let start = 0;
    while (start < shorter && oldText.charCodeAt(start) === newText.charCodeAt(start)) start++;
    let suffix = 0;
    while (suffix < shorter - start
        && oldText.charCodeAt(oldText.length - 1 - suffix) === newText.charCodeAt(newText.length - 1 - suffix)) {
        suffix++;
    }
    return { start, oldEnd: oldText.length - suffix, newEnd: newText.length - suffix };
}

/** The body's CST is its `---` followed by one child per block, in order. */
export function blocksAreChildren(bodyCst: CompositeCst, blocks: readonly Block[]): boolean {
    return bodyCst.content.length === blocks.length + 1 && blocks.every((block, i) => bodyCst.content[i + 1] === block.$cstNode);
}

/** Index of the block whose text contains `offset`, or -1 (binary search: blocks are in order). */
function blockAt(blocks: readonly Block[], offset: number): number {
    let low = 0;
    let high = blocks.length - 1;
    while (low <= high) {
        const middle = (low + high) >> 1;
        const cst = blocks[middle].$cstNode!;
        if (offset < cst.offset) high = middle - 1;
        else if (offset >= cst.end) low = middle + 1;
        else return middle;
    }
    return -1;
}

/** The range starts at a line start and ends after a line break (or at the end of the text). */
function wholeLines(text: string, start: number, end: number): boolean {
    return (start === 0 || text.charCodeAt(start - 1) === 10) && (end === text.length || text.charCodeAt(end - 1) === 10);
}

/** Blocks first..last cover their lines up to `end` without gaps (error recovery may skip tokens). */
function tiled(blocks: readonly Block[], first: number, last: number, end: number): boolean {
    for (let i = first; i < last; i++) {
        if (blocks[i].$cstNode!.end !== blocks[i + 1].$cstNode!.offset) return false;
    }
    return blocks[last].$cstNode!.end === end;
}

/** The fragment's blocks cover all of it: the parser did not leave its body early. */
export function coversFragment(blocks: readonly Block[], length: number): boolean {
    if (blocks.length === 0) return length === BODY_START.length;
    return blocks[0].$cstNode!.offset === BODY_START.length && tiled(blocks, 0, blocks.length - 1, length);
}

function countLines(text: string, from: number, to: number): number {
    let lines = 0;
    for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) lines++;
    return lines;
}

/** Moves a CST subtree by `offset` characters and `lines` lines (columns stay: whole lines move). */
export function shift(node: CstNode, offset: number, lines: number): void {
    if (isLeafCst(node)) {
        node._offset += offset;
        node._startLine += lines;
        node._endLine += lines;
        return;
    }
    const composite = node as CompositeCst;
    composite._rangeCache = undefined;
    for (const child of composite.content) shift(child, offset, lines);
}

type Errors<T> = { before: T[]; after: T[] };
export type Shift = { offset: number; lines: number };

/**
 * The previous errors outside the re-parsed lines, before and after them (the re-parse reports
 * those inside again); undefined when an error has no position to place it by.
 */
function keptErrors(previous: ParseResult<Model>, start: number, end: number): { lexer: Errors<ILexingError>; parser: Errors<IRecognitionException> } | undefined {
    const lexer: Errors<ILexingError> = { before: [], after: [] };
    for (const error of previous.lexerErrors) {
        if (error.offset < start) lexer.before.push(error);
        else if (error.offset >= end) lexer.after.push(error);
    }
    const parser: Errors<IRecognitionException> = { before: [], after: [] };
    for (const error of previous.parserErrors) {
        const at = errorOffset(error);
        if (at === undefined) return undefined;
        if (at < start) parser.before.push(error);
        else if (at >= end) parser.after.push(error);
    }
    return { lexer, parser };
}

/** The fragment's errors all have a position inside it (none at its end of input). */
export function errorsPlaced(fragment: ParseResult<Body>): boolean {
    return fragment.parserErrors.every(error => errorOffset(error) !== undefined);
}

export function shiftLexingError(error: ILexingError, by: Shift): ILexingError {
    const offset = error.offset + by.offset;
    // chevrotain's message names the offset too
    const message = error.message.replace(`at offset: ${error.offset},`, `at offset: ${offset},`);
    return { ...error, offset, message, line: error.line === undefined ? undefined : error.line + by.lines };
}

/** Moves the errors' tokens (each token once: an error's previousToken may be another's token). */
export function shiftParserErrors(errors: IRecognitionException[], by: Shift): IRecognitionException[] {
    const moved = new Set<IToken>();
    const move = (token: IToken | undefined) => {
        if (!token || moved.has(token) || !Number.isFinite(token.startOffset)) return;
        moved.add(token);
        token.startOffset += by.offset;
        token.endOffset = token.endOffset! + by.offset;
        token.startLine = token.startLine! + by.lines;
        token.endLine = token.endLine! + by.lines;
    };
    for (const error of errors) {
        move(error.token);
        move((error as { previousToken?: IToken }).previousToken);
    }
    return errors;
}

// Langium's CST classes keep positions in fields; the incremental path writes them directly.
type LeafCst = CstNode & { _offset: number; _startLine: number; _endLine: number };
export type CompositeCst = Omit<CstNode, 'container'> & { content: CstNode[]; _rangeCache: unknown; container?: CompositeCst };
export type RootCst = CompositeCst & { _text: string; fullText: string };
export type Mutable<T extends AstNode> = { -readonly [K in keyof T]: T[K] };

function isLeafCst(node: CstNode): node is LeafCst {
    return typeof (node as Partial<LeafCst>)._offset === 'number';
}

export function isRootCst(node: CompositeCst): node is RootCst {
    return typeof (node as Partial<RootCst>)._text === 'string' && '_rangeCache' in node;
}
