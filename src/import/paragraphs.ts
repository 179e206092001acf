/**
 * Lines into paragraphs. A PDF copy breaks every line of a paragraph where the page did
 * ("… so với cùng kỳ là  02 bệnh" / "nhân, Bệnh cúm …"), and page breaks split paragraphs of any
 * copy; a paragraph goes on where the next line starts in lower case, or, in a hard-wrapped
 * text, wherever the line does not end a sentence. A line that starts with a list marker or a
 * number ("- ", "2.1. ", "a) ") always starts a new paragraph. Pure.
 */
import { added, concat, fromSource, originOf, replace, slice, trim, type Mapped } from './mapped.js';
import type { SourceParagraph } from './source.js';
import { plain, startsLower } from './text.js';

export interface Paragraph {
    /** emphasis marks kept, runs of spaces squeezed */
    readonly text: Mapped;
    /** index of its first source paragraph */
    readonly source: number;
    readonly gapBefore: boolean;
    readonly headingLevel?: number;
    /** a table row: each cell */
    readonly cells?: readonly Mapped[];
    readonly table?: number;
}

/** A list marker or a section number at the start of a line. */
export const MARKER = /^(?:[-+*•–]\s|phần\s+(?:thứ\s+\p{L}+|[IVXLC]+|\d+)(?![\p{L}\d])|[IVXLC]+[.)]\s|[A-Z][.)]\s|\d{1,3}(?:\.\d{1,3})*[.)](?:\s|$)|\d{1,2}(?:\.\d{1,3})+\s+\p{Lu}|\p{Ll}\)\s|\(\d+\)\s)/iu;

export function startsWithMarker(text: string): boolean {
    return MARKER.test(plain(text).trimStart());
}

const TERMINAL = /[.!?:;…]["”’)»]*$/u;
const BARE_PART = /^phần\s+(?:thứ\s+\p{L}+|[IVXLC]+|\d+)$/iu;

/**
 * A text is hard-wrapped when a good share of its long lines stop mid-sentence and the next
 * line goes on with it (the PDF copy of seed 001); a Word file or a copy with one paragraph a
 * line is not.
 */
export function isHardWrapped(lines: readonly SourceParagraph[]): boolean {
    let long = 0, broken = 0;
    lines.forEach((line, i) => {
        const text = plain(line.text).trim();
        if (line.cells || text.length < 40) return;
        long++;
        const next = lines[i + 1];
        if (next && !next.cells && !TERMINAL.test(text) && !startsWithMarker(next.text)) broken++;
    });
    return long >= 8 && broken / long >= 0.25;
}

export function squeezeMapped(m: Mapped): Mapped {
    return trim(replace(m, /[ \t\u00A0]{2,}|\t/g, ' '));
}

/** Joins the lines `from`…`to` (indexes into `source`) into paragraphs. */
export function joinLines(source: readonly SourceParagraph[], from: number, to: number, hardWrapped: boolean): Paragraph[] {
    const out: Paragraph[] = [];
    let open: { text: Mapped; source: number; gapBefore: boolean; headingLevel?: number } | undefined;
    const flush = () => {
        if (open) out.push({ ...open, text: squeezeMapped(open.text) });
        open = undefined;
    };
    for (let i = from; i < to; i++) {
        const p = source[i];
        const text = fromSource(p.text, i);
        if (p.cells) {
            flush();
            let offset = 0;
            const cells = p.cells.map(cell => {
                const at = p.text.indexOf(cell, offset);
                if (at < 0) return added(cell, originOf(i, 0));
                offset = at + cell.length;
                return squeezeMapped(slice(text, at, at + cell.length));
            });
            out.push({ text, source: i, gapBefore: p.gapBefore, cells, ...(p.table !== undefined ? { table: p.table } : {}) });
            continue;
        }
        if (open && !p.headingLevel && !open.headingLevel && continues(open.text.text, p.text, hardWrapped)) {
            open.text = concat(open.text, added(' ', originOf(i, 0)), text);
            continue;
        }
        flush();
        open = { text, source: i, gapBefore: p.gapBefore, ...(p.headingLevel ? { headingLevel: p.headingLevel } : {}) };
    }
    flush();
    return out;
}

function continues(current: string, next: string, hardWrapped: boolean): boolean {
    const a = plain(current).trim();
    const b = plain(next).trim();
    if (!a || !b || startsWithMarker(b) || BARE_PART.test(a)) return false;
    // "Trong đó: …" goes on with the total before it, in a copy whose paragraphs are guessed
    if (hardWrapped && /^trong đó(?![\p{L}])/iu.test(b)) return true;
    if (/[.!?…]["”’)»]*$/u.test(a)) return false;
    // "… Mũi nhắc lại lần 1:" / "103.236; …": a list goes on
    if (/:["”’)»]*$/u.test(a)) return startsLower(b) || /^\d/u.test(b);
    if (startsLower(b)) return true;
    return hardWrapped;
}
