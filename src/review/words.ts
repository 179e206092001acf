import * as ast from '../../language-server/src/generated/ast.js';
import type { Sentence, Word } from './model.js';

/**
 * The prose of a body as sentences of words, for the word diff of `bcyt diff`. A `{…}` is one
 * word compared without its stated number (a corrected claim is a claim change, not a prose
 * edit) and a `[…]` citation is one word; text splits at white space, which each word keeps
 * in front of it so that the sentence reads as written.
 */
export function bodySentences(document: ast.Document): Sentence[] {
    const sentences: Sentence[] = [];
    for (const block of document.body?.blocks ?? []) {
        if (ast.isBlankLine(block) || ast.isHeading(block)) continue;
        const parts = block.parts ?? [];
        if (parts.some(p => ast.isTableDirective(p) || ast.isAppendixDirective(p))) continue;
        const line = (block.$cstNode?.range.start.line ?? 0) + 1;
        let words: Word[] = [];
        for (const word of lineWords(parts)) {
            const previous = words[words.length - 1];
            if (previous && word.gap && /[.!?…]["”)]?$/u.test(previous.text) && /^["“(\p{Lu}]/u.test(word.text)) {
                sentences.push(sentence(words, line));
                words = [];
            }
            words.push(words.length ? word : { ...word, gap: '' });
        }
        if (words.length) sentences.push(sentence(words, line));
    }
    return sentences;
}

function sentence(words: Word[], line: number): Sentence {
    return { words, line, key: words.map(w => w.key).join(' ') };
}

function* lineWords(parts: readonly ast.Inline[]): Generator<Word> {
    let gap = '';
    for (const part of parts) {
        if (ast.isTextChunk(part)) {
            for (const piece of part.text.split(/(\s+)/u)) {
                if (!piece) continue;
                if (/^\s+$/u.test(piece)) gap = ' ';
                else {
                    yield { text: piece, key: piece.normalize('NFC'), gap };
                    gap = '';
                }
            }
            continue;
        }
        const text = part.$cstNode?.text ?? '';
        if (!text) continue;
        const key = ast.isInlineExpression(part) ? `{${expressionKey(part)}}` : text.normalize('NFC');
        yield { text, key, gap };
        gap = '';
    }
}

/** `{x of plan = 20%}` → `x of plan`: what an inline expression computes, white space collapsed. */
export function expressionKey(expression: ast.InlineExpression): string {
    return (expression.expression?.$cstNode?.text ?? '').replace(/\s+/gu, ' ').trim();
}

/** A sentence as written (its words with the spaces they had). */
export function sentenceText(words: readonly Word[]): string {
    return words.map(w => `${w.gap}${w.text}`).join('').trim();
}
