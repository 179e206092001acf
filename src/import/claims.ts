/**
 * Numbers in the common claim patterns become `{…}` claims; every other number stays text.
 *
 * - "Số trẻ … là 703 trẻ" (a label that names a quantity, "là" or ":"): `{x = 703} trẻ`;
 * - "… so với cùng kỳ (là) 645": `{prev(x) = 645}`;
 * - "đạt 20% kế hoạch" / "… so với chỉ tiêu": `{x of plan = 20%}`;
 *   "đạt 109% so với cùng kỳ": `{x of prev = 109%}` (also written without its "%": the checker says so);
 * - "giảm 88 trẻ so với cùng kỳ": `{prev(x) - x = 88}`; "tăng": `{x - prev(x) = …}`;
 * - "Tổng … 509.549 liều. Trong đó: Mũi 1: …; Mũi 2: …" and "51 (biên chế: 50; hợp đồng: 01)": a
 *   sum of parts (parts.ts says when a list is one);
 * - "2939/4431 đạt 66.7%": `{2939 of 4431 = 66.7%}`; "… 433 trẻ chiếm 58%" of a total named
 *   just before: `{a of b = 58%}`.
 * A label without "Số/Tổng số/Tỷ lệ" makes a claim only when a comparison follows it
 * ("Sốt xuất huyết 01 bệnh nhân so với cùng kỳ là 02"). Pure: offsets are in the text given.
 */
import { findNumbersInText, formatSourceNumber } from '../../language-server/src/semantics/numbers.js';
import { comparisonKey } from '../../language-server/src/semantics/vietnamese.js';
import type { Edit } from './mapped.js';
import { labelKey, type IndicatorRegistry, type UsedIndicator } from './indicators.js';
import { closeToTotal, readParts, type Part } from './parts.js';
import { readQuantities, valueKey, type Quantity, type UnitWords } from './quantities.js';
import { slug, squeeze, wordCount } from './text.js';

export interface ClaimContext {
    readonly registry: IndicatorRegistry;
    readonly units: UnitWords;
    /** units the draft declares, by name */
    readonly newUnits: Set<string>;
    /** values may be stated (the document has an issuer and a period); else only shares of written numbers */
    readonly values: boolean;
}

type Suffix =
    | { readonly kind: 'prev'; readonly q: Quantity }
    | { readonly kind: 'plan' | 'prevPct'; readonly q: Quantity }
    | { readonly kind: 'diff'; readonly q: Quantity; readonly sign: 'tăng' | 'giảm' };

interface Value {
    readonly q: Quantity;
    readonly label: string;
    readonly unit: string;
    readonly suffixes: Suffix[];
    parts?: Part[];
    used?: UsedIndicator;
}

const NOUN = /(?<![\p{L}])(tổng số|số lượng|số|tỷ lệ|tỉ lệ|tỷ suất|tỉ suất|độ phủ)(?![\p{L}])/giu;
const RATE = /^(?:tỷ lệ|tỉ lệ|tỷ suất|tỉ suất|độ phủ)(?![\p{L}])/iu;
/** "dân số", "chỉ số", "một số": not the noun "số" */
const NOT_NOUN_AFTER = new Set(['dân', 'chỉ', 'hệ', 'đa', 'tần', 'mã', 'ký', 'kí', 'con', 'biển', 'điểm', 'thứ', 'một', 'vài', 'phần', 'tổng']);
const BOUNDARY = /[;:[\]]|[.!?…]\s+|(?<![\p{L}])(?:trong đó|bao gồm|gồm)(?![\p{L}])|^\s*[-+*•]\s+|,\s*(?:đến nay|hiện nay|hiện tại|tính đến)(?![\p{L}])/giu;
const CONNECTIVE = /^(?:[\s,]+|(?:và|còn|nhưng|như|đến nay|hiện tại|hiện nay|tính đến nay|tính đến(?: ngày)? \d{1,2}\/\d{1,2}\/\d{4}|trong \S+ tháng (?:đầu|cuối) năm(?: \d{4})?)(?![\p{L}]))/iu;
const SYMBOL_OR_DATE = /\d+\/\p{Lu}|\d{1,2}\/\d{1,2}\/\d{4}|%/u;

interface Label {
    readonly label: string;
    readonly noun: boolean;
    readonly rate: boolean;
    readonly verb?: string;
}

/** What the words before a number name: "Số trẻ … là", "Mũi 1:", "Sốt xuất huyết". */
function labelBefore(text: string, floor: number, at: number): Label | undefined {
    const between = text.slice(floor, at);
    const verb = /(?:\s+(là|đạt|bằng)(?:\s*:)?|\s*(:))\s*$/u.exec(between);
    let region = verb ? between.slice(0, verb.index) : between;
    let cut = 0;
    for (const m of region.matchAll(BOUNDARY)) cut = m.index + m[0].length;
    // a parenthesis closed before the number belongs to the label ("AFB (+)"); one left open starts it
    for (let i = region.length - 1, depth = 0; i >= cut; i--) {
        if (region[i] === ')') depth++;
        else if (region[i] === '(') { if (depth) depth--; else { cut = i + 1; break; } }
    }
    if (/\)[^(]*$/u.test(region.slice(cut)) && !/\([^)]*\)/u.test(region.slice(cut))) cut = region.lastIndexOf(')') + 1;
    region = region.slice(cut);
    for (let before = ''; before !== region;) { before = region; region = region.replace(CONNECTIVE, ''); }
    region = squeeze(region);
    if (!region || !/\p{L}/u.test(region)) return undefined;
    let start: number | undefined;
    for (const m of region.matchAll(NOUN)) {
        const previous = /([\p{L}\p{M}]+)\s*$/u.exec(region.slice(0, m.index))?.[1];
        if (previous && NOT_NOUN_AFTER.has(comparisonKey(previous))) continue;
        if (/^\s*\d/u.test(region.slice(m.index + m[0].length))) continue; // "số 236/KH-UBND"
        start = m.index;
        break;
    }
    const label = start !== undefined ? region.slice(start) : region;
    if (wordCount(label) < 1 || wordCount(label) > 25 || SYMBOL_OR_DATE.test(label)) return undefined;
    return { label, noun: start !== undefined, rate: RATE.test(label), ...(verb ? { verb: verb[1] ?? ':' } : {}) };
}

export function findClaims(text: string, context: ClaimContext): Edit[] {
    const quantities = readQuantities(text, context.units);
    const at = (pos: number) => {
        const skip = /^\s*/.exec(text.slice(pos))![0].length;
        return quantities.find(q => q.start === pos + skip);
    };
    const values: Value[] = [];
    const consumed = new Set<Quantity>();
    let floor = 0;

    for (const q of quantities) {
        if (!context.values) break;
        if (consumed.has(q)) continue;
        const label = labelBefore(text, floor, q.start);
        const unit = q.percent ?? q.unit ?? (label ? headUnit(label.label, context.units) : undefined);
        const chain = suffixes(text, q, unit, at, quantities);
        const accepted = label && unit && (label.noun && label.verb || chain.suffixes.length || chain.parts)
            && (label.rate ? !!q.percent : !q.percent) && (label.verb !== 'đạt' || label.rate);
        if (accepted) {
            values.push({ q, label: label.label, unit, suffixes: chain.suffixes, ...(chain.parts ? { parts: chain.parts } : {}) });
            for (const c of chain.consumed) consumed.add(c);
            floor = chain.end;
            continue;
        }
        const counted = countedPhrase(text, q, at);
        if (counted) {
            values.push({ q, label: counted.label, unit: q.unit!, suffixes: counted.suffixes });
            for (const s of counted.suffixes) consumed.add(s.q);
            floor = counted.end;
        }
    }
    listsAfterTrongDo(text, quantities, values);

    const edits: Edit[] = [];
    const wrap = (q: Quantity, expression: string) =>
        edits.push({ start: q.start, end: q.end, text: `{${expression} = ${text.slice(q.start, q.end)}}` });
    for (const v of values.sort((a, b) => a.q.start - b.q.start)) {
        if (!context.units.has(v.unit) && v.unit !== '%' && v.unit !== '‰') { context.units.add(v.unit); context.newUnits.add(v.unit); }
        const used = context.registry.resolve(v.label, v.unit, valueKey(v.q));
        v.used = used;
        context.registry.state(used.name, 'current', valueKey(v.q));
        wrap(v.q, used.name);
        for (const s of v.suffixes) {
            if (s.kind === 'prev') {
                if (!context.registry.free(used.name, 'prev', valueKey(s.q))) continue;
                context.registry.state(used.name, 'prev', valueKey(s.q));
                wrap(s.q, `prev(${used.name})`);
            } else if (s.kind === 'plan') wrap(s.q, `${used.name} of plan`);
            else if (s.kind === 'prevPct') wrap(s.q, `${used.name} of prev`);
            else if (s.kind === 'diff') wrap(s.q, s.sign === 'giảm' ? `prev(${used.name}) - ${used.name}` : `${used.name} - prev(${used.name})`);
        }
        if (v.parts) edits.push(...sumEdits(text, v, context));
    }
    edits.push(...ratioEdits(text, quantities, edits));
    edits.push(...shareEdits(text, quantities, values, edits));
    return edits;
}

/** "số cơ sở …" with no unit word after the number: the unit is the counted noun, when it is a known unit. */
function headUnit(label: string, units: UnitWords): string | undefined {
    const m = /^(?:tổng số|số lượng|số)\s+(.*)$/iu.exec(label);
    return m ? units.at(m[1])?.name : undefined;
}

interface Chain {
    readonly suffixes: Suffix[];
    readonly parts?: Part[];
    readonly end: number;
    readonly consumed: Quantity[];
}

// optional marks each with the spaces after them: `\s*[,;]?\s*` splits a run of spaces n² ways when what follows fails
const PREV = /\s*(?:[,;]\s*)?(?:\(\s*)?(?:so với\s+)?cùng kỳ(?:\s+năm\s+(?:trước|\d{4}))?\s*(?:là\s*:?|:)?\s*/uy;
const REACHED = /\s*(?:[,;]\s*)?(?:\(\s*)?đạt\s*/uy;
const OF_PLAN = /\s*(?:so với\s+)?(?:kế hoạch|chỉ tiêu)(?:\s+năm)?(?:\s+đề ra)?/uy;
const OF_PREV = /\s*so với\s+cùng kỳ/uy;
const CHANGE = /\s*(?:[,;]\s*)?(tăng|giảm)\s+/uy;
const CLOSE = /\s*\)/uy;

function sticky(re: RegExp, text: string, pos: number): number | undefined {
    re.lastIndex = pos;
    return re.exec(text) ? re.lastIndex : undefined;
}

/** What follows a value: comparisons with the same period, the plan, a change, a breakdown in parentheses. */
function suffixes(text: string, value: Quantity, unit: string | undefined, at: (pos: number) => Quantity | undefined, quantities: readonly Quantity[]): Chain {
    const found: Suffix[] = [];
    const consumed: Quantity[] = [value];
    let parts: Part[] | undefined;
    let pos = value.after;
    for (;;) {
        let next: number | undefined;
        let q: Quantity | undefined;
        if ((next = sticky(PREV, text, pos)) !== undefined && (q = at(next))) {
            found.push({ kind: 'prev', q });
        } else if ((next = sticky(REACHED, text, pos)) !== undefined && (q = at(next)) && !q.unit) {
            const plan = sticky(OF_PLAN, text, q.after);
            const prev = plan === undefined ? sticky(OF_PREV, text, q.after) : undefined;
            if (plan === undefined && prev === undefined) break;
            found.push({ kind: plan !== undefined ? 'plan' : 'prevPct', q });
            consumed.push(q);
            pos = Math.max(plan ?? prev!, sticky(CLOSE, text, plan ?? prev!) ?? 0);
            continue;
        } else if ((next = sticky(CHANGE, text, pos)) !== undefined && (q = at(next)) && !q.percent
            && (!q.unit || comparisonKey(q.unit) === comparisonKey(unit ?? q.unit))) {
            const end = sticky(OF_PREV, text, q.after);
            if (end === undefined) break;
            found.push({ kind: 'diff', q, sign: /giảm/u.test(text.slice(pos, next)) ? 'giảm' : 'tăng' });
            consumed.push(q);
            pos = end;
            continue;
        } else if (!parts && /^\s*\(/u.test(text.slice(pos))) {
            const open = pos + text.slice(pos).indexOf('(') + 1;
            const close = text.indexOf(')', open);
            const list = close > open && unit && !value.percent ? readParts(text, quantities, open, close, unit) : undefined;
            if (!list || !closeToTotal(list, value)) break;
            parts = list;
            consumed.push(...list.map(p => p.q));
            pos = close + 1;
            continue;
        } else {
            break;
        }
        consumed.push(q);
        pos = Math.max(q.after, sticky(CLOSE, text, q.after) ?? 0);
    }
    return { suffixes: found, ...(parts ? { parts } : {}), end: pos, consumed };
}

/** "Thực hiện 75.135 lượt khám chữa bệnh, đạt 94% so với chỉ tiêu": the counted phrase after the unit is the label. */
function countedPhrase(text: string, q: Quantity, at: (pos: number) => Quantity | undefined): { label: string; suffixes: Suffix[]; end: number } | undefined {
    if (!q.unit || q.newUnit || q.percent) return undefined;
    const m = /^\s+([^,.;:()\d%]{2,60}?)\s*(?:,\s*)?(?=đạt\s)/uy.exec(text.slice(q.after));
    if (!m || wordCount(m[1]) > 8) return undefined;
    const chain = suffixes(text, { ...q, after: q.after + m[0].length }, q.unit, at, []);
    const first = chain.suffixes[0];
    if (!first || (first.kind !== 'plan' && first.kind !== 'prevPct')) return undefined;
    return { label: `Số ${q.unit} ${squeeze(m[1])}`, suffixes: chain.suffixes, end: chain.end };
}

/** "… Trong đó: a; b; c" after a total: the rest of the paragraph, when it is a list of the total's parts. */
function listsAfterTrongDo(text: string, quantities: readonly Quantity[], values: Value[]): void {
    for (const m of text.matchAll(/(?:^|[.;,:]\s*)(trong đó)\s*:?\s*/giu)) {
        const from = m.index + m[0].length;
        const total = [...values].reverse().find(v => v.q.start < m.index);
        if (!total || total.parts || total.q.percent) continue;
        // the total is in this sentence or the one before
        const between = text.slice(total.q.after, m.index);
        if ((between.match(/[.!?]\s+/gu) ?? []).length > 1) continue;
        const next = text.slice(from).search(/(?<![\p{L}])trong đó(?![\p{L}])/iu);
        const to = next >= 0 ? from + next : text.length;
        const parts = readParts(text, quantities, from, to, total.unit);
        if (!parts || !closeToTotal(parts, total.q)) continue;
        const inside = values.filter(v => v.q.start >= from && v.q.start < to);
        if (inside.some(v => v.suffixes.length)) continue;
        for (const v of inside) values.splice(values.indexOf(v), 1);
        total.parts = parts;
    }
}

function sumEdits(text: string, total: Value, context: ClaimContext): Edit[] {
    const used = total.used!;
    const parts = total.parts!;
    let names: string[] | undefined;
    if (used.declared) {
        const base = used.name;
        names = parts.map(p => context.registry.declare(`${used.declared!.label}: ${p.label}`, total.unit, undefined, `${base}_${slug(p.label, 5) || 'phan'}`).name);
        used.declared.sums.push(names);
    } else if (used.catalog) {
        names = matchCatalogParts(parts, used.catalog.sums, context);
    }
    if (!names) return [];
    parts.forEach((p, i) => context.registry.state(names![i], 'current', valueKey(p.q)));
    return parts.map((p, i) => ({ start: p.q.start, end: p.q.end, text: `{${names![i]} = ${text.slice(p.q.start, p.q.end)}}` }));
}

/** The catalog's own breakdown of a total, when every part listed names one of its parts. */
function matchCatalogParts(parts: readonly Part[], sums: readonly (readonly string[])[], context: ClaimContext): string[] | undefined {
    const labelOf = (name: string) => context.registry.labelOfCatalog(name);
    for (const sum of sums) {
        if (sum.length !== parts.length) continue;
        const names = parts.map(p => {
            const words = labelKey(p.label).split(' ');
            const fits = sum.filter(n => { const l = labelKey(labelOf(n) ?? ''); return words.every(w => ` ${l} `.includes(` ${w} `)); });
            return fits.length === 1 ? fits[0] : undefined;
        });
        if (names.every(Boolean) && new Set(names).size === names.length) return names as string[];
    }
    return undefined;
}

/** "2939/4431 đạt 66.7%": the share of two numbers written side by side. */
function ratioEdits(text: string, quantities: readonly Quantity[], taken: readonly Edit[]): Edit[] {
    const out: Edit[] = [];
    for (const token of findNumbersInText(text)) {
        if (token.kind !== 'ratio' || !token.parts?.[0] || !token.parts[1] || token.parts[1].value.isZero()) continue;
        const end = token.offset + token.length;
        const c = quantities.find(q => q.start > end);
        if (!c?.percent || c.start - end > 120 || /[.!?]\s/u.test(text.slice(end, c.start))) continue;
        if (!/đạt\s*$/u.test(text.slice(end, c.start)) || findNumbersInText(text.slice(end, c.start)).length) continue;
        if (taken.some(e => e.start < c.end && c.start < e.end)) continue;
        out.push({ start: c.start, end: c.end, text: `{${formatSourceNumber(token.parts[0].value)} of ${formatSourceNumber(token.parts[1].value)} = ${text.slice(c.start, c.end)}}` });
    }
    return out;
}

/** "… 433 trẻ chiếm 58%" after "Tổng số trẻ sinh là 746": the share of a total named just before. */
function shareEdits(text: string, quantities: readonly Quantity[], values: readonly Value[], taken: readonly Edit[]): Edit[] {
    const out: Edit[] = [];
    for (const m of text.matchAll(/(?<![\p{L}])chiếm\s+/giu)) {
        const c = quantities.find(q => q.start === m.index + m[0].length);
        const part = [...quantities].reverse().find(q => q.after <= m.index);
        if (!c?.percent || !part || !/^\s*[,(]?\s*$/u.test(text.slice(part.after, m.index))) continue;
        const total = [...values].reverse().find(v => v.q.start < part.start && (labelKey(v.label).startsWith('tổng') || v.parts?.some(p => p.q === part)));
        if (!total?.used || taken.some(e => e.start < c.end && c.start < e.end)) continue;
        const partValue = values.find(v => v.q === part);
        const partName = partValue?.used?.name ?? formatSourceNumber(part.stated.value);
        out.push({ start: c.start, end: c.end, text: `{${partName} of ${total.used.name} = ${text.slice(c.start, c.end)}}` });
    }
    return out;
}

