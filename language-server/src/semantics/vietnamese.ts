/**
 * Vietnamese text helpers: normalisation and comparison.
 *
 * Source files reach us in NFC or NFD (macOS, some Word exports) and with either tone placement
 * for the vowel pairs oa / oe / uy: "Thanh Hóa" vs "Thanh Hoá", "thủy" vs "thuỷ", "khỏe" vs
 * "khoẻ", "Ủy ban" vs "Uỷ ban". Both are in everyday use (the seeds mix them in one document),
 * so names, unit words and labels must compare equal across the two. Pure functions, no I/O.
 */

import { memoByText } from './text-memo.js';

/** Unicode NFC: the form we store and print. */
export function normalizeText(s: string): string {
    return s.normalize('NFC');
}

// Combining marks, as they appear after NFD decomposition.
// Tone marks: grave, acute, tilde, hook above, dot below.
const TONE_MARKS = new Set(['\u0300', '\u0301', '\u0303', '\u0309', '\u0323']);
// Vowel-shape marks: circumflex (â ê ô), breve (ă), horn (ơ ư). They never move.
const SHAPE_MARKS = new Set(['\u0302', '\u0306', '\u031B']);
const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'y']);

interface Letter {
    base: string;
    /** Non-tone combining marks, kept in their original order. */
    marks: string;
    tone: string | undefined;
}

function isVowel(l: Letter): boolean {
    return VOWELS.has(l.base.toLowerCase());
}

function hasShape(l: Letter): boolean {
    for (const m of l.marks) {
        if (SHAPE_MARKS.has(m)) return true;
    }
    return false;
}

/**
 * Index of the letter that carries the tone mark in the canonical placement, or undefined
 * when the word is not a Vietnamese syllable we understand (then we leave it alone).
 *
 * Canonical placement = the traditional one ("hóa", "thủy", "khỏe"), which is also what most
 * official documents and the seeds use ("Thanh Hóa", "Sở Y tế"):
 *  1. a vowel with a shape mark (ă â ê ô ơ ư) takes the tone; with two (ươ), the last one;
 *  2. otherwise, with a final consonant, the last vowel of the nucleus ("hoàn", "huỳnh");
 *  3. otherwise, three vowels: the middle one ("ngoài", "khuỷu");
 *  4. otherwise the first vowel ("hóa", "mùa", "thủy").
 * The initial "qu" and "gi" (before another vowel) count as consonants: "quý", "giá".
 */
function canonicalToneIndex(letters: Letter[]): number | undefined {
    let i = 0;
    while (i < letters.length && !isVowel(letters[i])) i++;
    const initial = letters.slice(0, i).map(l => l.base.toLowerCase()).join('');
    const next = letters[i + 1];
    if (i < letters.length && next !== undefined && isVowel(next) && !hasShape(letters[i])) {
        const v = letters[i].base.toLowerCase();
        if ((initial === 'q' && v === 'u') || (initial === 'g' && v === 'i')) i++;
    }
    const start = i;
    while (i < letters.length && isVowel(letters[i])) i++;
    const end = i; // nucleus is [start, end)
    if (start === end) return undefined;
    // A vowel after the final consonant means this is not one syllable (foreign word, acronym).
    for (let k = end; k < letters.length; k++) {
        if (isVowel(letters[k])) return undefined;
    }
    let shaped: number | undefined;
    for (let k = start; k < end; k++) {
        if (hasShape(letters[k])) shaped = k;
    }
    if (shaped !== undefined) return shaped;
    if (end < letters.length) return end - 1;
    const n = end - start;
    if (n === 3) return start + 1;
    return start;
}

function splitLetters(nfdWord: string): Letter[] {
    const letters: Letter[] = [];
    for (const ch of nfdWord) {
        const last = letters[letters.length - 1];
        if (/\p{M}/u.test(ch) && last) {
            if (TONE_MARKS.has(ch)) last.tone = ch;
            else last.marks += ch;
        } else {
            letters.push({ base: ch, marks: '', tone: undefined });
        }
    }
    return letters;
}

function canonicalWord(word: string): string {
    const nfd = word.normalize('NFD');
    const letters = splitLetters(nfd);
    const toned = letters.filter(l => l.tone !== undefined);
    // No tone: nothing to move. Several tones: not a Vietnamese syllable; leave it alone.
    if (toned.length !== 1) return word;
    const target = canonicalToneIndex(letters);
    if (target === undefined) return word;
    const tone = toned[0].tone;
    toned[0].tone = undefined;
    letters[target].tone = tone;
    // Shape marks before the tone mark: NFC recomposition then yields the precomposed letter.
    return letters.map(l => l.base + l.marks + (l.tone ?? '')).join('').normalize('NFC');
}

/**
 * NFC text with every syllable's tone mark in the canonical placement; case is preserved.
 * "Thanh Hoá" -> "Thanh Hóa", "Uỷ ban" -> "Ủy ban", "thuỷ" -> "thủy".
 */
export function canonicalTones(s: string): string {
    // Words are runs of letters with their combining marks; everything else is copied as is.
    return s.normalize('NFC').replace(/[\p{L}\p{M}]+/gu, canonicalWordOf);
}

/** Syllables repeat in every text: each is decomposed and recomposed once (canonicalWord allocates a letter object per letter). */
const canonicalWordOf = memoByText(canonicalWord);

/**
 * Key under which two Vietnamese texts are considered the same: NFC, lower case, canonical
 * tone placement, runs of white space collapsed to one space, trimmed.
 */
export function comparisonKey(s: string): string {
    let key = keys.get(s);
    if (key === undefined) {
        // toLowerCase maps Đ/đ and every precomposed Vietnamese capital correctly; no locale needed.
        key = canonicalTones(s.normalize('NFC').toLowerCase()).replace(/\s+/gu, ' ').trim();
        if (keys.size >= MAX_CACHED_KEYS) keys.clear();
        keys.set(s, key);
    }
    return key;
}

/** Names, unit words and issuers repeat on every check of every keystroke: keep their keys. */
const keys = new Map<string, string>();
const MAX_CACHED_KEYS = 50_000;

/** True when both texts have the same comparison key. */
export function sameText(a: string, b: string): boolean {
    return comparisonKey(a) === comparisonKey(b);
}

/** Upper case for headers and titles: "Sở Y tế Thanh Hóa" -> "SỞ Y TẾ THANH HÓA" (NFC). */
export function upperVi(s: string): string {
    return s.normalize('NFC').toUpperCase();
}
