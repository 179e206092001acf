/**
 * Numbers in a paragraph with what follows them: a percent sign ("85,6 %"), or a unit word
 * ("157.422 liều", "12 bệnh nhân", "98.510.000đ"). Dates, symbols, "Covid-19", "UV2+", section
 * numbers and ratios are not quantities (findNumbersInText tells them apart). Pure.
 */
import { findNumbersInText, parseStatedNumber, type NumberToken, type StatedNumber } from '../../language-server/src/semantics/numbers.js';
import { comparisonKey } from '../../language-server/src/semantics/vietnamese.js';

export interface Quantity {
    /** the number as written */
    readonly text: string;
    readonly start: number;
    /** after the number, and after its percent sign when it has one */
    readonly end: number;
    readonly stated: StatedNumber;
    readonly percent?: '%' | '‰';
    /** the unit word after it, as declared (a known unit) or as written (a new one) */
    readonly unit?: string;
    /** the unit word is not a known unit */
    readonly newUnit?: boolean;
    /** after the unit word (or `end`) */
    readonly after: number;
}

/** Words that follow a number without being its unit. */
const NOT_UNITS = new Set(('và là so đạt cùng tăng giảm trong của tại năm tháng ngày quý tuổi trên dưới từ đến với có không '
    + 'được đã đang sẽ cho theo về như thì mà nên hay hoặc các những mỗi một nhiều ít bằng chiếm gồm trở lên lần thứ giờ phút '
    + 'kỳ đợt hơn khoảng gần vượt chưa đều').split(' '));

/** The known unit words, longest first ("bệnh nhân" before "bệnh"). */
export class UnitWords {
    private readonly byKey = new Map<string, string>();
    constructor(names: Iterable<string>) {
        for (const name of names) this.add(name);
    }
    add(name: string): void {
        this.byKey.set(comparisonKey(name), name);
    }
    has(name: string): boolean {
        return this.byKey.has(comparisonKey(name));
    }
    /** The known unit that `text` starts with (up to three words), and its length. */
    at(text: string): { name: string; length: number } | undefined {
        const m = /^([\p{L}\p{M}]+)(?:(\s+)([\p{L}\p{M}]+))?(?:(\s+)([\p{L}\p{M}]+))?/u.exec(text);
        if (!m) return undefined;
        const candidates = [
            m[5] ? m[0] : undefined,
            m[3] ? m[1] + m[2] + m[3] : undefined,
            m[1],
        ];
        for (const c of candidates) {
            if (!c) continue;
            const name = this.byKey.get(comparisonKey(c));
            if (name) return { name, length: c.length };
        }
        return undefined;
    }
}

/** Every quantity of `text`, in order. */
export function readQuantities(text: string, units: UnitWords): Quantity[] {
    const out: Quantity[] = [];
    for (const token of findNumbersInText(text)) {
        const q = quantityOf(text, token, units);
        if (q) out.push(q);
    }
    return out;
}

function quantityOf(text: string, token: NumberToken, units: UnitWords): Quantity | undefined {
    if (token.kind !== 'number') return undefined;
    const stated = token.parsed ?? parseStatedNumber(token.text);
    if (!stated) return undefined;
    const start = token.offset;
    let end = start + token.length;
    // a number inside a word or a code ("F0", "H5N1") is none
    if (/[\p{L}\p{N}]/u.test(text[start - 1] ?? '')) return undefined;
    if (token.percent) {
        end = start + token.length + /^[ \t\u00a0]*[%‰]/.exec(text.slice(end))![0].length;
        return { text: token.text, start, end, stated, percent: token.percent, after: end };
    }
    const rest = text.slice(end);
    const gap = /^[ \t\u00a0]*/.exec(rest)![0].length;
    const known = units.at(rest.slice(gap));
    if (known && !/^[\p{L}\p{M}]/u.test(rest.slice(gap + known.length))) {
        return { text: token.text, start, end, stated, unit: known.name, after: end + gap + known.length };
    }
    const word = /^([\p{Ll}\p{M}]+)(?=[\s,.;:)!?]|$)/u.exec(rest.slice(gap));
    if (word && !NOT_UNITS.has(comparisonKey(word[1])) && (gap > 0 || word[1].length <= 2)) {
        return { text: token.text, start, end, stated, unit: word[1], newUnit: true, after: end + gap + word[1].length };
    }
    return { text: token.text, start, end, stated, after: end };
}

/** The value of a stated number, for comparing two statements ("01" = "1"). */
export function valueKey(q: Pick<Quantity, 'stated' | 'percent'>): string {
    return `${q.stated.value.toString()}${q.percent ?? ''}`;
}
