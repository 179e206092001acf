/**
 * Heading numbers as Vietnamese documents write them: "PHẦN THỨ NHẤT" / "PHẦN II", "I.", "A.",
 * "1.", "6.1.", "6.14" (a dot forgotten), "a)", "đ)", and with a hyphen or a dot where others
 * put theirs ("I-", "1-", "a."). Pure functions, no I/O.
 *
 * A single capital can be a letter or a Roman numeral ("C.", "D.", "I."): parsing returns
 * every reading and the caller picks the one its siblings agree with.
 */
import { comparisonKey } from './vietnamese.js';

export type NumberScheme = 'part' | 'roman' | 'upper' | 'decimal' | 'lower';

export interface HeadingNumberReading {
    readonly scheme: NumberScheme;
    /** 1-based position in its scheme; for decimals the last component */
    readonly value: number;
    /** decimals: every component ("6.14" → [6, 14]) */
    readonly path?: readonly number[];
}

export interface HeadingNumber {
    /** the number as written, punctuation included: "6.14", "I.", "a)", "PHẦN THỨ NHẤT" */
    readonly text: string;
    /** offset of `text` in the heading text */
    readonly offset: number;
    readonly readings: readonly HeadingNumberReading[];
    /** ".", ")" or "-" after the number, or "" */
    readonly punctuation: string;
    /** the word form of a part: "THỨ NHẤT" */
    readonly words?: boolean;
    /** the title after the number */
    readonly title: string;
}

const ORDINALS = ['nhất', 'hai', 'ba', 'tư', 'năm', 'sáu', 'bảy', 'tám', 'chín', 'mười'];
/** Lower-case list letters in Vietnamese order (Nghị định 30: a, b, c, d, đ, e, …). */
const LOWER = ['a', 'b', 'c', 'd', 'đ', 'e', 'g', 'h', 'i', 'k', 'l', 'm', 'n', 'o', 'p', 'q', 'r', 's', 't', 'u', 'v', 'x', 'y'];
const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const LATIN = 'abcdefghijklmnopqrstuvwxyz';

export function fromRoman(text: string): number | undefined {
    if (!/^(?=[MDCLXVI])M*(C[MD]|D?C{0,3})(X[CL]|L?X{0,3})(I[XV]|V?I{0,3})$/.test(text)) return undefined;
    const values: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };
    let total = 0;
    for (let i = 0; i < text.length; i++) {
        const v = values[text[i]];
        total += i + 1 < text.length && values[text[i + 1]] > v ? -v : v;
    }
    return total;
}

export function toRoman(n: number): string {
    const table: Array<[number, string]> = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
        [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
    let out = '';
    for (const [value, letters] of table) while (n >= value) { out += letters; n -= value; }
    return out;
}

/** The number at the start of a heading's text, after any emphasis markers; undefined when unnumbered. */
export function parseHeadingNumber(text: string): HeadingNumber | undefined {
    const lead = /^[\s*_]*/.exec(text)![0].length;
    const rest = text.slice(lead);
    let m: RegExpExecArray | null;
    if ((m = /^(phần)\s+(thứ\s+(\p{L}+)|([IVXLC]+)|(\d+))(?![\p{L}\d])/iu.exec(rest))) {
        const ordinal = m[3] ? ORDINALS.indexOf(comparisonKey(m[3])) + 1 : m[4] ? fromRoman(m[4].toUpperCase()) : Number(m[5]);
        if (!ordinal) return undefined;
        return { text: m[0], offset: lead, readings: [{ scheme: 'part', value: ordinal }], punctuation: '', words: !!m[3], title: after(rest, m[0]) };
    }
    if ((m = /^(\d{1,3}(?:\.\d{1,3})*)([.)-]?)(?=\s|$|\*)/u.exec(rest))) {
        const path = m[1].split('.').map(Number);
        return { text: m[0], offset: lead, readings: [{ scheme: 'decimal', value: path[path.length - 1], path }], punctuation: m[2], title: after(rest, m[0]) };
    }
    if ((m = /^([IVXLCDM]+|[A-Z])([.)-])(?=\s|$|\*)/u.exec(rest))) {
        const readings: HeadingNumberReading[] = [];
        const roman = fromRoman(m[1]);
        if (m[1].length === 1) readings.push({ scheme: 'upper', value: UPPER.indexOf(m[1]) + 1 });
        if (roman) readings.push({ scheme: 'roman', value: roman });
        // "I", "V", "X" alone are read as numerals first
        if (readings.length === 2 && 'IVX'.includes(m[1])) readings.reverse();
        return { text: m[0], offset: lead, readings, punctuation: m[2], title: after(rest, m[0]) };
    }
    if ((m = /^(\p{Ll})([.)])(?=\s|$|\*)/u.exec(rest))) {
        // "e)" is the 6th letter after "đ)" and the 5th after "d)" in the Latin order many authors use
        const letter = m[1].normalize('NFC');
        const values = [...new Set([LOWER.indexOf(letter) + 1, LATIN.indexOf(letter) + 1].filter(Boolean))];
        if (!values.length) return undefined;
        return { text: m[0], offset: lead, readings: values.map(value => ({ scheme: 'lower', value })), punctuation: m[2], title: after(rest, m[0]) };
    }
    return undefined;
}

function after(rest: string, number: string): string {
    return rest.slice(number.length).replace(/[*_]/g, '').trim();
}

/** The reading that continues `previous` (same scheme, next value), else one in its scheme, else the first. */
export function chooseReading(number: HeadingNumber, previous: HeadingNumberReading | undefined): HeadingNumberReading {
    if (previous) {
        const next = number.readings.find(r => r.scheme === previous.scheme && r.value === previous.value + 1);
        if (next) return next;
        const same = number.readings.find(r => r.scheme === previous.scheme);
        if (same) return same;
    } else {
        const first = number.readings.find(r => r.value === 1);
        if (first) return first;
    }
    return number.readings[0];
}

/** How a reading is written, in the style of `like` (its punctuation, words for parts). */
export function formatNumber(reading: HeadingNumberReading, like: Pick<HeadingNumber, 'punctuation' | 'words' | 'text'>): string {
    switch (reading.scheme) {
        case 'part': {
            const upper = like.text === like.text.toUpperCase();
            const word = like.words && reading.value <= ORDINALS.length ? `thứ ${ORDINALS[reading.value - 1]}` : toRoman(reading.value);
            const part = /^phần/u.test(like.text) ? 'phần' : 'Phần';
            const text = `${part} ${word}`;
            return upper ? text.toUpperCase() : text;
        }
        case 'roman': return `${toRoman(reading.value)}${like.punctuation || '.'}`;
        case 'upper': return `${UPPER[reading.value - 1] ?? '?'}${like.punctuation || '.'}`;
        case 'lower': return `${LOWER[reading.value - 1] ?? '?'}${like.punctuation || ')'}`;
        case 'decimal': return `${(reading.path ?? [reading.value]).join('.')}${like.punctuation}`;
    }
}

/** The reading after `reading` in its scheme: II after I, E after D, 6.15 after 6.14. */
export function nextReading(reading: HeadingNumberReading): HeadingNumberReading {
    const path = reading.path ? [...reading.path.slice(0, -1), reading.value + 1] : undefined;
    return { scheme: reading.scheme, value: reading.value + 1, ...(path ? { path } : {}) };
}

/** The first reading of a scheme; decimals below a numbered parent start with its path ("6.1."). */
export function firstReading(scheme: NumberScheme, parentPath?: readonly number[]): HeadingNumberReading {
    return scheme === 'decimal' ? { scheme, value: 1, path: [...(parentPath ?? []), 1] } : { scheme, value: 1 };
}
