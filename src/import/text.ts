/** Small readings of Vietnamese text shared by the importer's steps. Pure. */
import { comparisonKey } from '../../language-server/src/semantics/vietnamese.js';

/** The text without Markdown emphasis marks. */
export function plain(text: string): string {
    return text.replace(/\*{1,3}|(?<![\p{L}\p{N}])_{1,2}|_{1,2}(?![\p{L}\p{N}])/gu, '');
}

/** Runs of spaces and tabs as one space, trimmed. */
export function squeeze(text: string): string {
    return text.replace(/[ \t\u00A0]+/g, ' ').trim();
}

/** Every letter is a capital, and there are at least two ("BÁO CÁO", "UBND TỈNH"). */
export function isUpper(text: string): boolean {
    const letters = text.match(/\p{L}/gu) ?? [];
    return letters.length >= 2 && letters.every(ch => ch === ch.toUpperCase() && ch !== ch.toLowerCase());
}

export function wordCount(text: string): number {
    return (text.match(/[\p{L}\p{N}]+/gu) ?? []).length;
}

/** Starts with a lower-case letter: the rest of a sentence broken by a hard wrap or a page. */
export function startsLower(text: string): boolean {
    const first = /\p{L}/u.exec(text.trimStart());
    return !!first && first.index === text.length - text.trimStart().length + (/^[(“"‘]/.test(text.trimStart()) ? 1 : 0)
        && first[0] === first[0].toLowerCase() && first[0] !== first[0].toUpperCase();
}

/** A person's name as signed: two to five capitalised words, letters only ("Lê Trọng Tiến"). */
export function isPersonName(text: string): boolean {
    const t = squeeze(plain(text));
    const words = t.split(' ');
    return words.length >= 2 && words.length <= 5 && !isUpper(t)
        && words.every(w => /^\p{Lu}[\p{Ll}\p{M}]*$/u.test(w));
}

/** Two texts read the same (case, NFC/NFD, both tone placements, spaces). */
export function sameWords(a: string, b: string): boolean {
    return comparisonKey(squeeze(a)) === comparisonKey(squeeze(b));
}

const VIETNAMESE_LETTERS: Record<string, string> = { đ: 'd', Đ: 'D' };

/** ASCII words joined by "_": "Số bài viết truyền thông" → "so_bai_viet_truyen_thong". */
export function slug(text: string, maxWords = 8): string {
    const ascii = text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, ch => VIETNAMESE_LETTERS[ch]);
    const words = ascii.toLowerCase().match(/[a-z0-9]+/g) ?? [];
    return words.slice(0, maxWords).join('_');
}

/** The language's keywords: never a name. */
const KEYWORDS = new Set(('import unit count measure ratio org code parent place governing replaces from indicator direction up down '
    + 'data target detail rule severity error warning information missing skip zero report legal type date issuer subject '
    + 'outline section plan letter article number period compare heading title to cc signer follows table columns prev '
    + 'actual pct_plan pct_prev diff appendix landscape of round abs min max').split(' '));

/** A name the grammar accepts (starts with a letter or "_", no keyword), made unique against `taken` (lower-case keys). */
export function uniqueName(base: string, taken: Set<string>): string {
    let name = /^[a-zA-Z_]/.test(base) ? base : `_${base}`;
    if (!name || name === '_') name = 'x';
    if (KEYWORDS.has(name)) name = `${name}_`;
    let candidate = name;
    for (let n = 2; taken.has(candidate.toLowerCase()); n++) candidate = `${name}_${n}`;
    taken.add(candidate.toLowerCase());
    return candidate;
}

/** Escapes a string for a `"…"` literal of the language. */
export function quoted(text: string): string {
    return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}
