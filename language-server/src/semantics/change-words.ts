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
const WORD = /[\p{L}\p{M}]+/gu;

/**
 * The verb that ends a text (the text before a number), when one of "tăng", "giảm" (with
 * "thêm", "lên", "đi"), "bằng", "đạt" is its last word — or comes before a word of how sure
 * the number is ("tăng khoảng", "giảm gần"); spaces or a colon may follow it. The offset and
 * length cover the verb and its particle, not the hedge (a fix keeps "khoảng").
 */
export function verbBefore(text: string): VerbBefore | undefined {
    const tail = text.slice(-48);
    const start = text.length - tail.length;
    const words = [...tail.matchAll(WORD)].map(m => ({ text: m[0], key: comparisonKey(m[0]), offset: start + m.index! }));
    let index = words.length - 1;
    const last = words[index];
    if (!last || !/^[\s:]*$/u.test(text.slice(last.offset + last.text.length))) return undefined;
    // the words from the verb on are separated by spaces alone
    const spaced = (i: number) => i >= 0 && /^\s+$/u.test(text.slice(words[i].offset + words[i].text.length, words[i + 1].offset));
    for (let hedges = 0; hedges < 2 && HEDGES.has(words[index].key) && spaced(index - 1); hedges++) index--;
    const end = words[index].offset + words[index].text.length;
    if (PARTICLES.has(words[index].key)) {
        if (!spaced(index - 1)) return undefined;
        index--;
        if (VERBS[words[index].key] === 'level') return undefined;
    }
    const verb = words[index];
    const direction = VERBS[verb.key];
    // a whole word: not the end of a longer one cut off by the tail
    if (!direction || (verb.offset > 0 && /[\p{L}\p{M}\p{N}]/u.test(text[verb.offset - 1]))) return undefined;
    // "tăng/giảm", "không tăng", "chưa giảm": no direction is claimed
    if (/[/]\s*$/u.test(text.slice(0, verb.offset)) || (index > 0 && NEGATIONS.has(words[index - 1].key) && spaced(index - 1))) return undefined;
    return { direction, written: text.slice(verb.offset, end), offset: verb.offset, length: end - verb.offset };
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
