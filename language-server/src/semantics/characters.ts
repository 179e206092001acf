/**
 * Characters that cannot be printed as written. Pure.
 * - XML 1.0 forbids control characters other than tab and line ends, U+FFFE, U+FFFF and halves
 *   of surrogate pairs: one of them makes a DOCX unreadable, so the renderer removes them.
 * - A bidirectional override, embedding or isolate (U+202A–U+202E, U+2066–U+2069) next to a
 *   digit reorders what a reader sees: "1\u202E234" reads as 1432 on screen, 1 and 234 to the checker.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
export const XML_FORBIDDEN = /[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]+/g;
// most texts have none of either: one test finds out
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const SUSPECT = /[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF\uD800-\uDFFF\u202A-\u202E\u2066-\u2069]/;

export interface CharacterProblem {
    readonly kind: 'xml' | 'bidi';
    readonly start: number;
    readonly end: number;
    /** "U+FFFE", "U+202E U+202C" */
    readonly codePoints: string;
}

const codePoints = (text: string) => [...text].map(c => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`).join(' ');
const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';

/** The forbidden characters and the bidirectional controls next to a digit in `text`, in order. */
export function findCharacterProblems(text: string): CharacterProblem[] {
    if (!SUSPECT.test(text)) return [];
    const problems: CharacterProblem[] = [];
    for (const m of text.matchAll(XML_FORBIDDEN)) {
        problems.push({ kind: 'xml', start: m.index, end: m.index + m[0].length, codePoints: codePoints(m[0]) });
    }
    for (const m of text.matchAll(BIDI_CONTROLS)) {
        const end = m.index + m[0].length;
        if (isDigit(text[m.index - 1]) || isDigit(text[end])) problems.push({ kind: 'bidi', start: m.index, end, codePoints: codePoints(m[0]) });
    }
    return problems.sort((a, b) => a.start - b.start);
}

/** Text without the characters XML 1.0 forbids. */
export function xmlSafe(text: string): string {
    return text.replace(XML_FORBIDDEN, '');
}
