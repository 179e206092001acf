/**
 * Which paragraphs are headings, at what level; which are list items; the rest is prose. Pure.
 *
 * A number at the start of a paragraph does not make a heading: "1. Triển khai đồng bộ, …" in a
 * letter is a numbered paragraph. Numbers are read in sequences (1, 2, 3 … of one style under
 * one parent; a "1." restarts a nested sequence, a "2." continues the sequence that waits for
 * it); a sequence is headings when its members are marked as headings (a Word heading style,
 * Markdown "#", a bold number) or, unmarked, when most of them read as titles (short, one
 * sentence, or in capitals). A sequence nested in one of its own style ("1. Nhiệm vụ." then
 * "1. Tăng cường …") is a list, never headings: its numbers would read as broken numbering.
 * Levels follow the styles' usual order: PHẦN, A., I., 1., 1.1., 1.1.1., a). A sequence of a
 * style seen nowhere else that does not start at its first number ("VI." after "D.") sits at
 * the level of the other capital style, where its number is the slip the checker reports.
 */
import { fromRoman } from '../../language-server/src/semantics/headings.js';
import { replace, slice, trim, type Mapped } from './mapped.js';
import type { Paragraph } from './paragraphs.js';
import { isUpper, plain, wordCount } from './text.js';

export type Block =
    | { readonly kind: 'heading'; readonly level: number; readonly text: Mapped }
    | { readonly kind: 'item'; readonly marker: string; readonly text: Mapped }
    | { readonly kind: 'prose'; readonly text: Mapped; readonly gapBefore: boolean }
    | { readonly kind: 'row'; readonly cells: readonly Mapped[]; readonly table?: number };

type Scheme = 'part' | 'upper' | 'roman' | 'decimal1' | 'decimal2' | 'decimal3' | 'decimal4' | 'lower';
const RANK: Record<Scheme, number> = { part: 0, upper: 1, roman: 2, decimal1: 3, decimal2: 4, decimal3: 5, decimal4: 6, lower: 7 };
const LOWER = 'abcdđeghiklmnopqrstuvxy';

interface Reading { readonly scheme: Scheme; readonly value: number }

interface Numbered {
    readonly index: number;
    /** every way the number reads: "C." is a letter or a Roman numeral */
    readonly readings: readonly Reading[];
    /** marked as a heading by its form (style, "#", bold) */
    readonly marked: boolean;
    /** reads as a title: short, one sentence, or capitals */
    readonly titleLike: boolean;
    reading?: Reading;
    sequence?: Sequence;
}

interface Sequence {
    readonly scheme: Scheme;
    readonly parent?: Sequence;
    readonly members: Numbered[];
    last: number;
    headings?: boolean;
}

const PART = /^phần\s+(?:thứ\s+(\p{L}+)|([IVXLC]+)|(\d+))(?![\p{L}\d])/iu;
const ORDINALS = ['nhất', 'hai', 'ba', 'tư', 'năm', 'sáu', 'bảy', 'tám', 'chín', 'mười'];

/** The number a paragraph starts with, every way it reads; undefined when unnumbered. */
export function readNumber(text: string): { readings: Reading[]; length: number } | undefined {
    const t = plain(text).trimStart();
    let m: RegExpExecArray | null;
    if ((m = PART.exec(t))) {
        const value = m[1] ? ORDINALS.indexOf(m[1].toLowerCase()) + 1 : m[2] ? fromRoman(m[2].toUpperCase()) ?? 0 : Number(m[3]);
        return value ? { readings: [{ scheme: 'part', value }], length: m[0].length } : undefined;
    }
    if ((m = /^(\d{1,3}(?:\.\d{1,3})*)([.)])?(?=\s|$)/u.exec(t))) {
        const path = m[1].split('.').map(Number);
        // "6.14  Công tác" (a dot forgotten) is a number; "196 ca" is not
        if (!m[2] && (path.length < 2 || !/^\s+\p{Lu}/u.test(t.slice(m[0].length)))) return undefined;
        if (path.length > 4) return undefined;
        return { readings: [{ scheme: `decimal${path.length}` as Scheme, value: path[path.length - 1] }], length: m[0].length };
    }
    if ((m = /^([IVXLC]+|[A-Z])([.)])(?=\s|$)/u.exec(t))) {
        const readings: Reading[] = [];
        const roman = fromRoman(m[1]);
        if (roman) readings.push({ scheme: 'roman', value: roman });
        if (m[1].length === 1) readings.push({ scheme: 'upper', value: m[1].charCodeAt(0) - 64 });
        return { readings, length: m[0].length };
    }
    if ((m = /^(\p{Ll})\)(?=\s|$)/u.exec(t))) {
        const value = LOWER.indexOf(m[1]) + 1;
        return value ? { readings: [{ scheme: 'lower', value }], length: m[0].length } : undefined;
    }
    return undefined;
}

const LIST = /^\s*([-+*•–])\s+/u;

/** The paragraph is bold from its start through its number: "**3.** …", "**1. Lĩnh vực y tế:**". */
function boldNumber(text: string): { end: number; titled: boolean } | undefined {
    const m = /^\s*\*\*(.+?)\*\*/u.exec(text);
    if (!m || !readNumber(m[1])) return undefined;
    return { end: m[0].length, titled: wordCount(m[1]) > 1 + (/\d\.\d/.test(m[1]) ? 1 : 0) };
}

function titleLike(text: string, numberLength: number): boolean {
    const rest = plain(text).trim().slice(numberLength).trim();
    if (isUpper(rest)) return true;
    // one sentence, short: "Đặc điểm chung.", "Công tác xét nghiệm:", "Mục tiêu chung"
    return wordCount(rest) <= 16 && !/[.!?;]\s+\p{Lu}/u.test(rest);
}

/** Classifies paragraphs: headings with levels, list items, prose, table rows. */
export function structure(paragraphs: readonly Paragraph[]): Block[] {
    const numbered = new Map<number, Numbered>();
    paragraphs.forEach((p, index) => {
        if (p.cells || LIST.test(plain(p.text.text))) return;
        const number = readNumber(p.text.text);
        if (!number) return;
        const bold = boldNumber(p.text.text);
        const wholeBold = /^\s*\*\*[^*]+\*\*\s*$/u.test(p.text.text);
        numbered.set(index, {
            index, readings: number.readings, marked: !!p.headingLevel || !!bold || wholeBold,
            titleLike: titleLike(p.text.text, number.length),
        });
    });
    assignSequences([...numbered.values()]);
    decideHeadings([...numbered.values()]);
    const levels = levelsOf([...numbered.values()]);

    const blocks: Block[] = [];
    let partLevel: number | undefined;
    paragraphs.forEach((p, index) => {
        if (p.cells) {
            blocks.push({ kind: 'row', cells: p.cells, ...(p.table !== undefined ? { table: p.table } : {}) });
            return;
        }
        const list = LIST.exec(p.text.text);
        if (list) {
            const marker = '-+*'.includes(list[1]) ? list[1] : '-';
            blocks.push({ kind: 'item', marker, text: trim(slice(p.text, list[0].length)) });
            partLevel = undefined;
            return;
        }
        const n = numbered.get(index);
        if (n?.sequence?.headings && n.reading) {
            const level = levels.get(n.reading.scheme) ?? 1;
            const bold = boldNumber(p.text.text);
            if (bold?.titled && plain(p.text.text.slice(bold.end)).trim() && !p.headingLevel) {
                // "**1. Tổng kết …:** Nội dung thực hiện gồm 4 phần:": the bold part heads, the rest is its first paragraph
                blocks.push({ kind: 'heading', level, text: headingText(slice(p.text, 0, bold.end)) });
                blocks.push({ kind: 'prose', text: trim(slice(p.text, bold.end)), gapBefore: true });
            } else {
                blocks.push({ kind: 'heading', level, text: headingText(p.text) });
            }
            partLevel = n.reading.scheme === 'part' ? level : undefined;
            return;
        }
        const text = plain(p.text.text).trim();
        if (partLevel !== undefined && isUpper(text) && wordCount(text) <= 25 && !n) {
            // "PHẦN THỨ NHẤT" then its name in capitals on the next line
            blocks.push({ kind: 'heading', level: partLevel, text: headingText(p.text) });
            partLevel = undefined;
            return;
        }
        partLevel = undefined;
        if (p.headingLevel && !n && wordCount(text) <= 30) {
            blocks.push({ kind: 'heading', level: Math.min(6, Math.max(1, p.headingLevel)), text: headingText(p.text) });
            return;
        }
        blocks.push({ kind: 'prose', text: p.text, gapBefore: p.gapBefore });
    });
    return blocks;
}

/** A heading prints bold: its bold marks go. */
function headingText(text: Mapped): Mapped {
    return trim(replace(text, /\*\*/g, ''));
}

function lastIndex<T>(list: readonly T[], test: (item: T) => boolean): number {
    for (let i = list.length - 1; i >= 0; i--) if (test(list[i])) return i;
    return -1;
}

function assignSequences(items: Numbered[]): void {
    let stack: Sequence[] = [];
    for (const item of items) {
        const continuing = (r: Reading) => lastIndex(stack, s => s.scheme === r.scheme && s.last + 1 === r.value);
        let reading: Reading | undefined;
        let at = -1;
        for (const r of item.readings) {
            const i = continuing(r);
            if (i > at) { at = i; reading = r; }
        }
        if (at < 0) {
            // a first number opens a sequence; another number goes on with an open sequence of its style (a slip)
            const first = item.readings.find(r => r.value === 1);
            const open = item.readings.map(r => [r, lastIndex(stack, s => s.scheme === r.scheme)] as const).find(([, i]) => i >= 0);
            if (first) {
                reading = first;
                while (stack.length && RANK[stack[stack.length - 1].scheme] >= RANK[first.scheme] && stack[stack.length - 1].scheme !== first.scheme) stack.pop();
                const sequence: Sequence = { scheme: first.scheme, parent: stack[stack.length - 1], members: [], last: 0 };
                stack.push(sequence);
                at = stack.length - 1;
            } else if (open) {
                [reading, at] = open;
            } else {
                reading = item.readings[item.readings.length === 2 && item.readings[0].scheme === 'roman' && item.readings[0].value > 1 ? 1 : 0];
                while (stack.length && RANK[stack[stack.length - 1].scheme] >= RANK[reading.scheme]) stack.pop();
                stack.push({ scheme: reading.scheme, parent: stack[stack.length - 1], members: [], last: reading.value - 1 });
                at = stack.length - 1;
            }
        }
        stack = stack.slice(0, at + 1);
        const sequence = stack[at];
        sequence.members.push(item);
        sequence.last = reading!.value;
        item.reading = reading;
        item.sequence = sequence;
    }
}

function decideHeadings(items: readonly Numbered[]): void {
    const sequences = new Set(items.map(i => i.sequence!));
    for (const s of sequences) {
        if (s.parent && s.parent.scheme === s.scheme) { s.headings = false; continue; }
        const marked = s.members.filter(m => m.marked).length;
        const titles = s.members.filter(m => m.titleLike).length;
        s.headings = marked > 0 ? marked * 2 >= s.members.length : titles * 2 >= s.members.length;
    }
}

function levelsOf(items: readonly Numbered[]): Map<Scheme, number> {
    const used = new Map<Scheme, Sequence[]>();
    for (const item of items) {
        if (!item.sequence?.headings || !item.reading) continue;
        const list = used.get(item.reading.scheme) ?? [];
        if (!list.includes(item.sequence)) list.push(item.sequence);
        used.set(item.reading.scheme, list);
    }
    // "VI." alone after "A."–"D.": the Roman style is the capital letters' level, mistyped
    for (const [scheme, other] of [['roman', 'upper'], ['upper', 'roman']] as const) {
        const mine = used.get(scheme);
        if (mine?.length === 1 && mine[0].members[0].reading!.value !== 1 && used.has(other)) used.delete(scheme);
    }
    const schemes = [...used.keys()].sort((a, b) => RANK[a] - RANK[b]);
    const levels = new Map<Scheme, number>(schemes.map((s, i) => [s, Math.min(6, i + 1)]));
    if (!used.has('roman') && levels.has('upper')) levels.set('roman', levels.get('upper')!);
    if (!used.has('upper') && levels.has('roman')) levels.set('upper', levels.get('roman')!);
    return levels;
}
