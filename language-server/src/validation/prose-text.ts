import * as ast from '../generated/ast.js';
import { memoByObject } from '../semantics/object-memo.js';
import { comparisonKey } from '../semantics/vietnamese.js';

/** The character that stands for a `{…}` or a `[…]` in the text of a line. */
export const PLACEHOLDER = '\uFFFC';

/** A stretch of a line's text: a text chunk as written, or one placeholder for a `{…}` or `[…]`. */
interface Piece {
    readonly start: number;
    readonly end: number;
    readonly part: ast.Inline;
}

/**
 * One body line as the checks of prose read it: its text as written, with each `{…}` and `[…]`
 * one placeholder character, and a search key of it (lower case, NFC, tone marks in one
 * placement) whose matches map back to the text and to the document.
 */
export interface LineText {
    readonly parts: readonly ast.Inline[];
    readonly text: string;
    /** comparisonKey of each word, spaces and signs as they are: search this */
    readonly key: string;
    /** the index in `text` of an index in `key` */
    textIndex(keyIndex: number): number;
    /** the document offset of an index in `text` */
    documentOffset(textIndex: number): number;
    /** each `{…}` and `[…]` of the line, where its placeholder is in the key */
    readonly placeholders: readonly Placeholder[];
    /** the node a finding in the line's prose is reported on */
    readonly node: ast.Inline;
}

export type Placeholder =
    | { readonly keyIndex: number; readonly kind: 'value'; readonly part: ast.InlineExpression }
    | { readonly keyIndex: number; readonly kind: 'citation'; readonly part: ast.Citation }
    | { readonly keyIndex: number; readonly kind: 'other'; readonly part: ast.Inline };

// the kinds of Inline have no subtypes: their $type says what they are (cheaper than isInstance)
const isText = (part: ast.Inline): part is ast.TextChunk => part.$type === ast.TextChunk.$type;

/** The text of a body line, read once per version of its parts. */
export const lineText = memoByObject((parts: readonly ast.Inline[]): LineText => new ReadLine(parts));

/** A line read: its methods on the class, not closures per line (a report holds tens of thousands, kept while their parts are). */
class ReadLine implements LineText {
    readonly text: string;
    readonly key: string;
    readonly placeholders: Placeholder[] = [];
    readonly node: ast.Inline;
    private readonly pieces: Piece[] = [];
    /** the text index of each key index; undefined when each is its own */
    private readonly origin: number[] | undefined;

    constructor(readonly parts: readonly ast.Inline[]) {
        let text = '';
        for (const part of parts) {
            const written = isText(part) ? part.text ?? '' : PLACEHOLDER;
            if (!written) continue;
            this.pieces.push({ start: text.length, end: text.length + written.length, part });
            text += written;
        }
        this.text = text;
        const { key, origin } = searchKey(text);
        this.key = key;
        this.origin = origin;
        this.node = parts.find(isText) ?? parts[0];
        for (let k = key.indexOf(PLACEHOLDER); k >= 0; k = key.indexOf(PLACEHOLDER, k + 1)) {
            const part = this.pieceAt(this.originOf(k))?.part;
            if (!part || isText(part)) continue;
            this.placeholders.push(part.$type === ast.InlineExpression.$type ? { keyIndex: k, kind: 'value', part: part as ast.InlineExpression }
                : part.$type === ast.Citation.$type ? { keyIndex: k, kind: 'citation', part: part as ast.Citation } : { keyIndex: k, kind: 'other', part });
        }
    }

    textIndex(keyIndex: number): number {
        return this.originOf(Math.max(0, Math.min(keyIndex, this.origin ? this.origin.length - 1 : this.key.length)));
    }

    documentOffset(index: number): number {
        const piece = this.pieceAt(index);
        const cst = piece?.part.$cstNode;
        if (!piece || !cst) return 0;
        if (!isText(piece.part)) return index >= piece.end ? cst.end : cst.offset;
        return cst.offset + Math.min(index, piece.end) - piece.start;
    }

    private originOf(keyIndex: number): number {
        return this.origin ? this.origin[keyIndex] : keyIndex;
    }

    /** binary search: a line of many `{…}` would make a linear scan per placeholder quadratic */
    private pieceAt(index: number): Piece | undefined {
        const pieces = this.pieces;
        let lo = 0;
        let hi = pieces.length - 1;
        while (lo <= hi) {
            const mid = (lo + hi) >> 1;
            if (index < pieces[mid].start) hi = mid - 1;
            else if (index >= pieces[mid].end) lo = mid + 1;
            else return pieces[mid];
        }
        return pieces[pieces.length - 1];
    }
}

/**
 * The search key of a text and where each of its characters comes from. A word keeps its length
 * unless it was written decomposed (NFD): then all of it maps to the word's start. `origin` is
 * left out when every key index is its own text index (a line in NFC, the usual case): then the
 * key is made of a piece per word and per run between words, without a string and a number per
 * character.
 */
function searchKey(text: string): { key: string; origin: number[] | undefined } {
    let key = '';
    let at = 0;
    WORDS.lastIndex = 0;
    for (let m = WORDS.exec(text); m; m = WORDS.exec(text)) {
        const word = comparisonKey(m[0]);
        // between words no letters: lower case keeps each character one character, as a whole run
        const between = m.index > at ? text.slice(at, m.index).toLowerCase() : '';
        if (word.length !== m[0].length || between.length !== m.index - at) return listedSearchKey(text);
        key += between + word;
        at = m.index + m[0].length;
    }
    const rest = text.slice(at).toLowerCase();
    if (rest.length !== text.length - at) return listedSearchKey(text);
    return { key: key + rest, origin: undefined };
}

const WORDS = /[\p{L}\p{M}]+/gu;

/** searchKey with the text index of each key index listed: for a line where some word's key is longer or shorter. */
function listedSearchKey(text: string): { key: string; origin: number[] } {
    let key = '';
    const origin: number[] = [];
    const words = new RegExp(WORDS);
    let at = 0;
    const copy = (to: number) => {
        for (; at < to; at++) {
            key += text[at].toLowerCase();
            origin.push(at);
        }
    };
    for (let m = words.exec(text); m; m = words.exec(text)) {
        copy(m.index);
        const word = comparisonKey(m[0]);
        for (let i = 0; i < word.length; i++) origin.push(word.length === m[0].length ? m.index + i : m.index);
        key += word;
        at = m.index + m[0].length;
    }
    copy(text.length);
    origin.push(text.length);
    return { key, origin };
}

/** A sentence of a line: from after the previous ".", "!", "?" followed by a space, to the next one (indices in the key). */
export interface Span {
    readonly start: number;
    readonly end: number;
}

/** The sentences of a key: a stop followed by white space ends one ("509.549" and "6.1" do not). */
export function sentencesOf(key: string): Span[] {
    const spans: Span[] = [];
    let start = 0;
    for (const m of key.matchAll(/[.!?…]+(?=\s)/gu)) {
        spans.push({ start, end: m.index + m[0].length });
        start = m.index + m[0].length;
    }
    if (start < key.length) spans.push({ start, end: key.length });
    return spans.filter(s => key.slice(s.start, s.end).trim());
}

/** Letters, marks and digits: what a whole word or number may not continue with. */
export const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

/** Is `key[start, end)` a whole phrase, not part of a longer word or number? */
export function wholeAt(key: string, start: number, end: number): boolean {
    return !(start > 0 && WORD_CHAR.test(key[start - 1])) && !(end < key.length && WORD_CHAR.test(key[end]));
}
