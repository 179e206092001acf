/**
 * A total's breakdown, as reports write it: "Trong đó: Mũi 1: 157.422 liều; Mũi 2: …" or in
 * parentheses after the total: "51 (biên chế: 50; hợp đồng: 01)". "Trong đó" does not always
 * list every part ("Trong đó: Tổng số lượt khám có thẻ BHYT: 5.281 lượt"), so a breakdown
 * becomes a sum of parts only when it can be nothing else: every part "label [là|:] n [unit]"
 * in the total's unit, nothing else in the list, at least two parts, no part that is itself a
 * total, a change or a rate, and parts adding up to within a quarter of the total (a list of
 * a few of the parts falls far short). Pure.
 */
import { comparisonKey } from '../../language-server/src/semantics/vietnamese.js';
import type { Quantity } from './quantities.js';
import { squeeze, wordCount } from './text.js';

export interface Part {
    readonly label: string;
    readonly q: Quantity;
}

const NOT_A_PART = /(?<![\p{L}])(?:tăng|giảm|so với|cùng kỳ|đạt|chiếm|trong đó|tổng|tỷ lệ|tỉ lệ)(?![\p{L}])|%/iu;
/** After a sentence ends, a new "Số …" starts a new statement, not another part. */
const NEW_STATEMENT = /^(?:số|tổng|tỷ lệ|tỉ lệ)(?![\p{L}])/iu;

/** The parts listed between `from` and `to`; undefined unless the whole span is a list of parts. */
export function readParts(text: string, quantities: readonly Quantity[], from: number, to: number, unit: string | undefined): Part[] | undefined {
    const parts: Part[] = [];
    let cursor = from;
    for (const q of quantities) {
        if (q.start < from || q.start >= to) continue;
        if (q.percent) return undefined;
        const tail = text.slice(q.after, to);
        if (!/^\s*(?:[,;.)]|$)/u.test(tail)) {
            // a number inside a label ("Mũi 1: 157.422", "lần 2: 38.275", "mũi 1 là 150")
            if (/^\s*(?::|là\s)/u.test(tail) && !q.unit) continue;
            return undefined;
        }
        const raw = text.slice(cursor, q.start);
        const afterSentence = /[.!?]\s/u.test(raw);
        const label = squeeze(raw.replace(/^[\s,;.:]+/u, '').replace(/^và\s+/iu, '').replace(/(?:\s+là|\s*:)\s*$/u, ''));
        if (!label || wordCount(label) > 12 || NOT_A_PART.test(label) || (afterSentence && NEW_STATEMENT.test(label))) return undefined;
        if (q.unit && unit && comparisonKey(q.unit) !== comparisonKey(unit)) return undefined;
        if (q.unit && !unit) return undefined;
        parts.push({ label, q });
        cursor = q.after;
    }
    if (parts.length < 2 || !/^[\s,;.)]*$/u.test(text.slice(cursor, to))) return undefined;
    return parts;
}

/** The parts add up to within a quarter of the total: a slip, not a list of some of the parts. */
export function closeToTotal(parts: readonly Part[], total: Quantity): boolean {
    const sum = parts.reduce((s, p) => s.plus(p.q.stated.value), total.stated.value.minus(total.stated.value));
    const t = total.stated.value;
    return !t.isZero() && sum.minus(t).abs().lte(t.abs().times(0.25));
}
