/**
 * The words Vietnamese reports put around a change, as written in the text before and after a
 * number: the verb right before it ("tăng 58 trẻ", "giảm đi 5", "so với cùng kỳ tăng 0,7%",
 * "bằng 106%", "đạt 109% so với cùng kỳ") and the sign right after it ("%" or "điểm phần
 * trăm"). Pure functions over text, NFC or NFD, with either tone placement ("tăng" typed in NFD
 * is "tăng"); offsets are in the text as given, so a quick fix can replace the words.
 */
import { comparisonKey } from './vietnamese.js';

/** What a verb says of the number after it: it grew, it fell, or it is a level or an index ("bằng", "đạt"). */
export type ChangeDirection = 'increase' | 'decrease' | 'level';

/** The verb right before a number. */
export interface VerbBefore {
    readonly direction: ChangeDirection;
    /** the verb as written, with its particle ("tăng thêm", "giảm đi") */
    readonly written: string;
    /** where the verb word starts and how long the written verb is, in the text given */
    readonly offset: number;
    readonly length: number;
}

const VERBS: Record<string, ChangeDirection> = { tăng: 'increase', giảm: 'decrease', bằng: 'level', đạt: 'level' };
// "tăng thêm 58", "tăng lên 5%", "giảm đi 35": the same change; "giảm xuống / còn N" name the level reached
const PARTICLES = new Set(['thêm', 'lên', 'đi']);
// "tăng khoảng 60", "giảm gần 5%", "tăng hơn 200", "tăng xấp xỉ 3%": how sure, not which way
const HEDGES = new Set(['gần', 'khoảng', 'trên', 'hơn', 'dưới', 'xấp', 'xỉ']);
const NEGATIONS = new Set(['không', 'chưa', 'chẳng']);
const LETTER = /[\p{L}\p{M}]/u;

/** A word of the text: where it starts and ends, and its comparison key. */
interface Word {
    readonly start: number;
    readonly end: number;
    readonly key: string;
}

/** The word that ends before `end` (after what is not a letter), scanning back: no allocation but the word. */
function wordBefore(text: string, end: number): Word | undefined {
    let last = end;
    while (last > 0 && !LETTER.test(text[last - 1])) last--;
    let first = last;
    while (first > 0 && LETTER.test(text[first - 1])) first--;
    return first < last ? { start: first, end: last, key: comparisonKey(text.slice(first, last)) } : undefined;
}

/**
 * The verb that ends a text (the text before a number), when one of "tăng", "giảm" (with
 * "thêm", "lên", "đi"), "bằng", "đạt" is its last word — or comes before a word of how sure
 * the number is ("tăng khoảng", "giảm gần"); spaces or a colon may follow it. The offset and
 * length cover the verb and its particle, not the hedge (a fix keeps "khoảng"). Read on every
 * `{…}` of a document: it scans back word by word and stops at the first that does not fit.
 */
export function verbBefore(text: string): VerbBefore | undefined {
    let word = wordBefore(text, text.length);
    if (!word || !/^[\s:]*$/u.test(text.slice(word.end))) return undefined;
    // the words from the verb on are separated by spaces alone
    const spacedBefore = (w: Word) => {
        const previous = wordBefore(text, w.start);
        return previous && /^\s+$/u.test(text.slice(previous.end, w.start)) ? previous : undefined;
    };
    for (let hedges = 0; hedges < 2 && HEDGES.has(word.key); hedges++) {
        const previous = spacedBefore(word);
        if (!previous) return undefined;
        word = previous;
    }
    const end = word.end;
    if (PARTICLES.has(word.key)) {
        const previous = spacedBefore(word);
        if (!previous || VERBS[previous.key] === 'level') return undefined;
        word = previous;
    }
    const direction = VERBS[word.key];
    if (!direction) return undefined;
    // "tăng/giảm", "không tăng", "chưa giảm": no direction is claimed
    const negation = spacedBefore(word);
    if (/[/]\s*$/u.test(text.slice(0, word.start)) || (negation && NEGATIONS.has(negation.key))) return undefined;
    return { direction, written: text.slice(word.start, end), offset: word.start, length: end - word.start };
}

/** The plain verb of a direction. */
export function verbOf(direction: 'increase' | 'decrease'): string {
    return direction === 'increase' ? 'tăng' : 'giảm';
}

/** The sign written right after a number: "%" (with its offset and length) or "điểm phần trăm" / "điểm %". */
export type SignAfter = { readonly kind: 'percent'; readonly offset: number; readonly length: number } | { readonly kind: 'points' };

export function signAfter(text: string): SignAfter | undefined {
    const percent = /^[ \t]*%(?![o0\p{L}\p{N}])/u.exec(text);
    if (percent) return { kind: 'percent', offset: percent[0].length - 1, length: 1 };
    return /^điểm (?:phần trăm|%)/u.test(comparisonKey(text.slice(0, 30))) ? { kind: 'points' } : undefined;
}

/** What a difference of percentages is written in after the number. */
export const POINTS_WORDS = 'điểm phần trăm';
