/**
 * Text that remembers where each of its characters came from in the original document, so
 * that `bcyt check file.docx` can report a finding at the paragraph and words the author
 * wrote. An origin is a position in the source: paragraph index × PARAGRAPH + offset in the
 * paragraph's text. Characters the importer adds (`{x = `, `}`) take the origin of the source
 * character they stand before.
 */
export interface Mapped {
    readonly text: string;
    /** one origin per character of `text` */
    readonly origin: readonly number[];
}

/**
 * Origins of paragraph i start at i × PARAGRAPH: small integers (V8 keeps them unboxed) for
 * 65,535 paragraphs of up to 32,767 characters, far beyond a real report; an offset past that
 * is clamped (the finding is then reported at the paragraph's end).
 */
export const PARAGRAPH = 1 << 15;

export function originOf(paragraph: number, offset: number): number {
    return paragraph * PARAGRAPH + Math.min(offset, PARAGRAPH - 1);
}

export function paragraphOf(origin: number): number {
    return Math.floor(origin / PARAGRAPH);
}

export function offsetOf(origin: number): number {
    return origin % PARAGRAPH;
}

export const EMPTY: Mapped = { text: '', origin: [] };

/** The text of paragraph `index`, each character at its own offset. */
export function fromSource(text: string, index: number): Mapped {
    const origin = new Array<number>(text.length);
    for (let i = 0; i < text.length; i++) origin[i] = originOf(index, i);
    return { text, origin };
}

/** Text added by the importer, placed at `origin`. */
export function added(text: string, origin: number): Mapped {
    return { text, origin: new Array<number>(text.length).fill(origin) };
}

export function slice(m: Mapped, start: number, end = m.text.length): Mapped {
    return { text: m.text.slice(start, end), origin: m.origin.slice(start, end) };
}

export function concat(...parts: Mapped[]): Mapped {
    let length = 0;
    for (const p of parts) length += p.origin.length;
    const origin = new Array<number>(length);
    let at = 0;
    for (const p of parts) for (let i = 0; i < p.origin.length; i++) origin[at++] = p.origin[i];
    return { text: parts.map(p => p.text).join(''), origin };
}

/** Parts joined by `separator`, which takes the origin of the character after it. */
export function join(parts: readonly Mapped[], separator: string): Mapped {
    const out: Mapped[] = [];
    parts.forEach((part, i) => {
        if (i > 0) out.push(added(separator, part.origin[0] ?? out[out.length - 1]?.origin.at(-1) ?? 0));
        out.push(part);
    });
    return concat(...out);
}

export function trim(m: Mapped): Mapped {
    const start = m.text.length - m.text.trimStart().length;
    const end = m.text.trimEnd().length;
    return start >= end ? EMPTY : slice(m, start, end);
}

/** Every match of `pattern` (global) replaced by `replacement`, placed at the match's start. */
export function replace(m: Mapped, pattern: RegExp, replacement: string | ((match: string) => string)): Mapped {
    const parts: Mapped[] = [];
    let last = 0;
    for (const match of m.text.matchAll(pattern)) {
        parts.push(slice(m, last, match.index));
        const text = typeof replacement === 'string' ? replacement : replacement(match[0]);
        parts.push(added(text, m.origin[match.index] ?? 0));
        last = match.index + match[0].length;
    }
    if (last === 0) return m;
    parts.push(slice(m, last));
    return concat(...parts);
}

export interface Edit {
    /** offsets in the mapped text; start === end inserts */
    readonly start: number;
    readonly end: number;
    readonly text: string;
}

/** Applies non-overlapping edits; inserted text takes the origin of the character it replaces or precedes. */
export function edit(m: Mapped, edits: readonly Edit[]): Mapped {
    const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
    const parts: Mapped[] = [];
    let last = 0;
    for (const e of sorted) {
        if (e.start < last) continue; // overlapping: the first wins
        parts.push(slice(m, last, e.start));
        const at = m.origin[Math.min(e.start, m.text.length - 1)] ?? 0;
        parts.push(added(e.text, at));
        last = e.end;
    }
    parts.push(slice(m, last));
    return concat(...parts);
}
