import type { ILexingError, IRecognitionException } from 'chevrotain';
import type { AstNode, CstNode, ParseResult, ParserOptions } from 'langium';
import type { Block, Body, Model } from '../generated/ast.js';
import type { BodyParser, ParsedBlock } from './body-parser.js';
import {
    BODY_START, blocksAreChildren, coversFragment, errorsPlaced, isRootCst, mayJoinLines, shift, shiftLexingError, shiftParserErrors,
    type CompositeCst, type Mutable,
} from './incremental-body.js';

type Parse = (input: string, options?: ParserOptions) => ParseResult<Model>;

/**
 * Parses a document in two parts: Langium parses the declarations and the header up to and
 * including the `---` line, the BodyParser reads the body line by line, and its blocks are added
 * to the tree Langium made. Lines the BodyParser declines (syntax errors, rare shapes) are parsed
 * by Langium as a `Body` of their own, as the incremental re-parse does (incremental-body.ts).
 *
 * Returns undefined — parse everything with Langium — when the two parts might not give the tree
 * of a whole parse: no `---` at a line start, errors in the header (recovery could read on into
 * the body), or declined lines that the lexer may read together with later ones (mayJoinLines).
 */
export function parseWithFastBody(input: string, parse: Parse, bodyParser: BodyParser): ParseResult<Model> | undefined {
    const cut = bodyStart(input);
    if (cut === undefined || cut >= input.length) return undefined;
    const head = parse(input.slice(0, cut));
    const body = head.value.document?.body as Mutable<Body> | undefined;
    const bodyCst = body?.$cstNode as CompositeCst | undefined;
    const root = head.value.$cstNode as CompositeCst | undefined;
    if (!body || !bodyCst || !root || !isRootCst(root) || head.lexerErrors.length > 0 || head.parserErrors.length > 0
        || body.blocks.length > 0 || bodyCst.content.length !== 1 || bodyCst.content[0].end !== cut) {
        return undefined;
    }
    const blocks = body.blocks as Block[];
    const lexerErrors: ILexingError[] = [];
    const parserErrors: IRecognitionException[] = [];
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
    while (at < input.length) {
        const parsed: ParsedBlock | undefined = bodyParser.parseLine(input, at, line);
        if (parsed) {
            add(parsed.node, parsed.cst);
            at = parsed.next;
            line = parsed.nextLine;
            continue;
        }
        // the declined lines up to the next line the BodyParser reads, parsed by Langium
        let end = lineEnd(input, at);
        let lines = 1;
        while (end < input.length && !bodyParser.parseLine(input, end, line + lines)) {
            end = lineEnd(input, end);
            lines++;
        }
        const text = input.slice(at, end);
        if (mayJoinLines(text)) return undefined;
        const fragmentText = BODY_START + text;
        const fragment = parse(fragmentText, { rule: 'Body' }) as unknown as ParseResult<Body>;
        const fragmentCst = fragment.value.$cstNode as CompositeCst | undefined;
        if (!fragmentCst || !blocksAreChildren(fragmentCst, fragment.value.blocks)
            || !coversFragment(fragment.value.blocks, fragmentText.length) || !errorsPlaced(fragment)) {
            return undefined;
        }
        const by = { offset: at - BODY_START.length, lines: line - 1 };
        fragment.value.blocks.forEach((block, i) => {
            const cst = fragmentCst.content[i + 1];
            shift(cst, by.offset, by.lines);
            add(block, cst);
        });
        lexerErrors.push(...fragment.lexerErrors.map(error => shiftLexingError(error, by)));
        parserErrors.push(...shiftParserErrors(fragment.parserErrors, by));
        at = end;
        line += lines;
    }
    // Langium's parser gives the body its blocks before its CST node: the same key order
    const { $cstNode, $container, $containerProperty } = body;
    delete (body as Partial<Mutable<Body>>).$cstNode;
    delete (body as Partial<Mutable<Body>>).$container;
    delete (body as Partial<Mutable<Body>>).$containerProperty;
    Object.assign(body, { $cstNode, $container, $containerProperty });
    for (let node: CompositeCst | undefined = bodyCst; node; node = node.container) node._rangeCache = undefined;
    root._text = input;
    return { value: head.value, lexerErrors, parserErrors, lexerReport: head.lexerReport };
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
