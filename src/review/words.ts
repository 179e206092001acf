import * as ast from '../../language-server/src/generated/ast.js';
import type { ProseLine, Sentence, Word } from './model.js';

/**
 * The prose of a body for the word diff of `bcyt diff`: its lines as written (the AST says which
 * lines are prose), read as sentences of words only where two revisions differ. A `{…}` is one
 * word compared without its stated number (a corrected claim is a claim change, not a prose
 * edit), a `[…]` citation is one word; each word keeps the white space before it, so a
 * sentence reads as written. Read from the line's text, so a snapshot holds no tree.
 */
export function proseLines(document: ast.Document): ProseLine[] {
    const lines: ProseLine[] = [];
    for (const block of document.body?.blocks ?? []) {
        if (ast.isBlankLine(block) || ast.isHeading(block)) continue;
        if (block.parts?.some(p => ast.isTableDirective(p) || ast.isAppendixDirective(p))) continue;
        const cst = block.$cstNode;
        if (cst) lines.push({ text: cst.text.replace(/\r?\n$/u, ''), line: cst.range.start.line + 1 });
    }
    return lines;
}

/** An escape, a `{…}`, a `[…]`, white space, or a run of other characters. */
const TOKEN = /\\[\s\S]|\{[^{}\r\n]*\}?|\[[^[\]\r\n]*\]?|\s+|[^\s{[\\]+/gu;

/** A line's sentences: a sentence ends after a word ending in . ! ? … when the next one starts with a capital. */
export function lineSentences(line: ProseLine): Sentence[] {
    const sentences: Sentence[] = [];
    let words: Word[] = [];
    let gap = '';
    for (const [token] of line.text.replace(/^[ \t]*(?:[-+*][ \t]+)?/u, '').matchAll(TOKEN)) {
        if (/^\s+$/u.test(token)) {
            gap = ' ';
            continue;
        }
        const previous = words[words.length - 1];
        if (previous && gap && /[.!?…]["”)]?$/u.test(previous.text) && /^["“(\p{Lu}]/u.test(token)) {
            sentences.push(sentence(words, line.line));
            words = [];
        }
        words.push({ text: token, key: wordKey(token), gap: words.length ? gap : '' });
        gap = '';
    }
    if (words.length) sentences.push(sentence(words, line.line));
    return sentences;
}

function sentence(words: Word[], line: number): Sentence {
    return { words, line, key: words.map(w => w.key).join(' ') };
}

/** `{x of plan = 20%}` → `{x of plan}`; other words as written, in NFC. */
function wordKey(token: string): string {
    if (!token.startsWith('{')) return token.normalize('NFC');
    const inner = token.slice(1, token.endsWith('}') ? -1 : undefined);
    return `{${inner.split('=')[0].replace(/\s+/gu, ' ').trim().normalize('NFC')}}`;
}

/** `{x of plan = 20%}` → `x of plan`: what an inline expression computes, white space collapsed. */
export function expressionKey(expression: ast.InlineExpression): string {
    return (expression.expression?.$cstNode?.text ?? '').replace(/\s+/gu, ' ').trim();
}

/** A sentence as written (its words with the spaces they had). */
export function sentenceText(words: readonly Word[]): string {
    return words.map(w => `${w.gap}${w.text}`).join('').trim();
}
