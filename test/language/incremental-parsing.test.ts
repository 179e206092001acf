import type { IToken } from 'chevrotain';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AstUtils, CstUtils, EmptyFileSystem, isReference, type AstNode, type LangiumParser, type ParseResult } from 'langium';
import { describe, expect, test } from 'vitest';
import { createBcytServices } from '../../language-server/src/bcyt-module.js';
import type { Model } from '../../language-server/src/generated/ast.js';
import { changedRange, reparseBody } from '../../language-server/src/parser/incremental-body.js';
import { EXAMPLES } from '../lsp/lsp-helpers.js';

const parser: LangiumParser = createBcytServices(EmptyFileSystem).Bcyt.parser.LangiumParser;
const parse = (text: string) => parser.parse<Model>(text);

/** Everything a full parse determines: each AST node with its properties and CST position, each leaf. */
function snapshot(result: ParseResult<Model>): string[] {
    const lines: string[] = [];
    for (const node of AstUtils.streamAst(result.value)) {
        const cst = node.$cstNode;
        lines.push(`${node.$type} ${node.$containerProperty ?? ''}[${node.$containerIndex ?? ''}] ${cst ? `${cst.offset}-${cst.end} ${position(cst.range)}` : 'no CST'} ${properties(node)}`);
    }
    for (const leaf of CstUtils.streamCst(result.value.$cstNode!)) {
        const parentOk = leaf.container ? leaf.container.content?.includes(leaf) : true;
        lines.push(`leaf ${leaf.offset}+${leaf.length} ${position(leaf.range)} ${leaf.tokenType?.name ?? ''} ${leaf.astNode.$type} ${parentOk}`);
    }
    lines.push(`text ${result.value.$cstNode!.root.fullText.length}`);
    for (const error of result.lexerErrors) lines.push(`lexer error ${error.offset} ${error.line}:${error.column}+${error.length} ${error.message}`);
    for (const error of result.parserErrors) {
        const previous = (error as { previousToken?: IToken }).previousToken;
        lines.push(`parser error ${token(error.token)} after ${token(previous)} ${error.message}`);
    }
    return lines;
}

function token(t: IToken | undefined): string {
    return t ? `${t.image}@${t.startOffset}-${t.endOffset} ${t.startLine}:${t.startColumn}-${t.endLine}:${t.endColumn}` : '-';
}

function position(range: { start: { line: number; character: number }; end: { line: number; character: number } }): string {
    return `${range.start.line}:${range.start.character}-${range.end.line}:${range.end.character}`;
}

function properties(node: AstNode): string {
    return Object.entries(node)
        .filter(([key, value]) => !key.startsWith('$') && typeof value !== 'object')
        .map(([key, value]) => `${key}=${JSON.stringify(value)}`)
        .concat(Object.entries(node).filter(([, value]) => isReference(value)).map(([key, value]) => `${key}->${value.$refText}`))
        .join(' ');
}

/** mulberry32: the same edits on every run. */
function random(seed: number): () => number {
    return () => {
        seed = (seed + 0x6D2B79F5) | 0;
        let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
        t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}

const INSERTIONS = ['a', 'ố', ' ', '1', ',', '{', '}', '[', ']', '\n', '\n\n', '# ', '- ', '{x = 1}', ' khám', '\\{', '|'];

/** A random edit of the body: typing, deleting, removing or doubling a line, joining lines. */
function randomEdit(text: string, next: () => number): string {
    const bodyStart = text.indexOf('\n---') + 5;
    const at = bodyStart + Math.floor(next() * (text.length - bodyStart + 1));
    const lineStart = text.lastIndexOf('\n', at - 1) + 1;
    const lineEnd = text.indexOf('\n', at) < 0 ? text.length : text.indexOf('\n', at) + 1;
    switch (Math.floor(next() * 5)) {
        case 0: case 1: return text.slice(0, at) + INSERTIONS[Math.floor(next() * INSERTIONS.length)] + text.slice(at);
        case 2: return text.slice(0, at) + text.slice(Math.min(text.length, at + 1 + Math.floor(next() * 4)));
        case 3: return next() < 0.5 ? text.slice(0, lineStart) + text.slice(lineEnd) : text.slice(0, lineEnd) + text.slice(lineStart, lineEnd) + text.slice(lineEnd);
        default: return lineEnd < text.length ? text.slice(0, lineEnd - 1) + text.slice(lineEnd) : text + 'dòng cuối';
    }
}

const examples = readdirSync(EXAMPLES).filter(name => name.endsWith('.bcyt'));
/** More chains per example (different seeds) for a longer search: BCYT_FUZZ_ROUNDS=50 npx vitest run … */
const ROUNDS = Number(process.env.BCYT_FUZZ_ROUNDS ?? 1);

describe('re-parsing only the changed body lines gives the tree of a full parse', () => {
    test.each(examples.flatMap(name => Array.from({ length: ROUNDS }, (_, round) => [name, round] as const)))('60 chained random edits of %s (round %i)', (name, round) => {
        let text = readFileSync(join(EXAMPLES, name), 'utf8');
        let previous = parse(text);
        const next = random(name.length * 7919 + round * 104729);
        let incremental = 0;
        for (let edit = 0; edit < 60; edit++) {
            text = randomEdit(text, next);
            const full = parse(text);
            const reparsed = reparseBody(parser, previous, text);
            if (reparsed) {
                incremental++;
                expect(snapshot(reparsed), `edit ${edit}`).toEqual(snapshot(full));
            }
            previous = reparsed ?? full;
        }
        // a chain that breaks the body's structure for good is parsed whole from there on;
        // the default seeds do not, so most of their edits take the incremental path
        if (round === 0) expect(incremental).toBeGreaterThan(20);
    });

    const REPORT = 'org TTYT "Trung tâm Y tế" code TTYT\nreport BC issuer TTYT period Q1/2024\n---\n# I. KẾT QUẢ\n- Khám {x = 1} lượt.\n\nTheo [1300/QĐ-BYT] thì\n';
    test.each([
        ['typing at the end of a line', REPORT.replace(' thì\n', ' thì khám\n')],
        ['a new line in the middle', REPORT.replace('\n\n', '\nDòng mới.\n\n')],
        ['joining two lines', REPORT.replace('lượt.\n\n', 'lượt.\n')],
        ['removing the last line', REPORT.replace('Theo [1300/QĐ-BYT] thì\n', '')],
        ['appending at the end without a line break', `${REPORT}Kết luận`],
        ['changing a number inside {…}', REPORT.replace('{x = 1}', '{x = 12}')],
        ['turning prose into a heading', REPORT.replace('\nTheo', '\n## Theo')],
        ['an unclosed brace (a syntax error on the line)', REPORT.replace('{x = 1}', '{x = ')],
        ['an unclosed citation', REPORT.replace('[1300/QĐ-BYT]', '[1300/QĐ')],
    ])('%s', (_, changed) => {
        const reparsed = reparseBody(parser, parse(REPORT), changed);
        expect(reparsed).toBeDefined();
        expect(snapshot(reparsed!)).toEqual(snapshot(parse(changed)));
    });

    test.each([
        ['a change in the header', REPORT.replace('Q1/2024', 'Q2/2024')],
        ['a change on the --- line', REPORT.replace('---\n', '--- \n')],
        ['the same text', REPORT],
    ])('declines %s (a full parse is needed)', (_, changed) => {
        expect(reparseBody(parser, parse(REPORT), changed)).toBeUndefined();
    });

    test('the changed range is the text between the common prefix and suffix', () => {
        expect(changedRange('abc\ndef\n', 'abc\nxdef\n')).toEqual({ start: 4, oldEnd: 4, newEnd: 5 });
        expect(changedRange('aaa', 'aaaa')).toEqual({ start: 3, oldEnd: 3, newEnd: 4 });
        expect(changedRange('ab\ncd\n', 'abcd\n')).toEqual({ start: 2, oldEnd: 3, newEnd: 2 });
    });
});
