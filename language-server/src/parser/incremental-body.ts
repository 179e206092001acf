import type { AstNode, CstNode, LangiumParser, ParseResult } from 'langium';
import type { Block, Body, Model } from '../generated/ast.js';

/**
 * Re-parses only the body lines an edit touched and splices them into the previous tree.
 *
 * Langium re-parses a whole document on every keystroke (≈ 70 ms for a 5,000-line report).
 * The body after `---` is line-local: the lexer is in text mode at every line start and each
 * line is one block, so the blocks of the changed lines can be parsed alone (as a `Body` of
 * their own, behind a `---`) and give what a full parse would give. The unchanged blocks are
 * kept; those after the change have their CST positions shifted.
 *
 * Returns undefined — parse everything — whenever that equivalence is not certain: the edit
 * reaches the declarations or header, the previous or the new text has a syntax error, or
 * the CST is not laid out as expected.
 */
export function reparseBody(parser: LangiumParser, previous: ParseResult<Model>, text: string): ParseResult<Model> | undefined {
    if (previous.lexerErrors.length > 0 || previous.parserErrors.length > 0) return undefined;
    const model = previous.value;
    const root = model.$cstNode as RootCst | undefined;
    const body = model.document?.body;
    const bodyCst = body?.$cstNode as CompositeCst | undefined;
    if (!root || !body || !bodyCst || !isRootCst(root) || body.blocks.length === 0) return undefined;
    const blocks = body.blocks;
    if (bodyCst.content.length !== blocks.length + 1 || blocks.some((block, i) => bodyCst.content[i + 1] !== block.$cstNode)) {
        return undefined;
    }
    const oldText = root.fullText;
    if (oldText === text) return undefined;

    // the blocks run to the end of the file (the last one ends with a real or a synthetic NL)
    if (blocks[blocks.length - 1].$cstNode!.end !== oldText.length) return undefined;
    const change = changedRange(oldText, text);
    const blockAtOffset = (offset: number): number => offset >= oldText.length ? blocks.length - 1 : blockAt(blocks, offset);
    // from the line where the change starts to the line holding its first unchanged character
    const first = blockAtOffset(change.start);
    const last = blockAtOffset(change.oldEnd);
    if (first < 0 || last < first) return undefined;
    const oldStart = blocks[first].$cstNode!.offset;
    const oldEnd = blocks[last].$cstNode!.end;
    const delta = text.length - oldText.length;
    const newEnd = oldEnd + delta;
    if (newEnd < change.newEnd) return undefined;

    const fragment = parser.parse(BODY_START + text.slice(oldStart, newEnd), { rule: 'Body' }) as ParseResult<Body>;
    if (fragment.lexerErrors.length > 0 || fragment.parserErrors.length > 0) return undefined;
    const fragmentCst = fragment.value.$cstNode as CompositeCst | undefined;
    if (!fragmentCst || fragmentCst.content.length !== fragment.value.blocks.length + 1) return undefined;

    const startLine = blocks[first].$cstNode!.range.start.line;
    const newBlockCsts = fragmentCst.content.slice(1);
    for (const cst of newBlockCsts) shift(cst, oldStart - BODY_START.length, startLine - 1);
    const lineDelta = countLines(text, oldStart, newEnd) - countLines(oldText, oldStart, oldEnd);
    for (let i = last + 1; i < blocks.length; i++) shift(blocks[i].$cstNode!, delta, lineDelta);

    const newBlocks = fragment.value.blocks;
    blocks.splice(first, last - first + 1, ...newBlocks);
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
    return { value: model, lexerErrors: [], parserErrors: [], lexerReport: fragment.lexerReport };
}

const BODY_START = '---\n';

/** The changed part: common prefix and suffix removed ([start, oldEnd) became [start, newEnd)). */
export function changedRange(oldText: string, newText: string): { start: number; oldEnd: number; newEnd: number } {
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

function countLines(text: string, from: number, to: number): number {
    let lines = 0;
    for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) lines++;
    return lines;
}

/** Moves a CST subtree by `offset` characters and `lines` lines (columns stay: whole lines move). */
function shift(node: CstNode, offset: number, lines: number): void {
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

// Langium's CST classes keep positions in fields; the incremental path writes them directly.
type LeafCst = CstNode & { _offset: number; _startLine: number; _endLine: number };
type CompositeCst = Omit<CstNode, 'container'> & { content: CstNode[]; _rangeCache: unknown; container?: CompositeCst };
type RootCst = CompositeCst & { _text: string; fullText: string };
type Mutable<T extends AstNode> = { -readonly [K in keyof T]: T[K] };

function isLeafCst(node: CstNode): node is LeafCst {
    return typeof (node as Partial<LeafCst>)._offset === 'number';
}

function isRootCst(node: CompositeCst): node is RootCst {
    return typeof (node as Partial<RootCst>)._text === 'string' && '_rangeCache' in node;
}
