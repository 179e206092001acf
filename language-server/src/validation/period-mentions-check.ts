import { AstUtils, type LangiumDocument, type ValidationAcceptor } from 'langium';
import * as ast from '../generated/ast.js';
import { plannedScope, previousScope, scopeOf, type EvaluationScope } from '../evaluation/evaluator.js';
import { periodOf, type DocumentContext, type World } from '../evaluation/world.js';
import { findPeriodPhrases, type PeriodPhrase } from '../semantics/period-phrases.js';
import {
    compareDates, containsPeriod, formatPeriodVi, periodCode, periodEnd, periodKey, shiftYears, type Period,
} from '../semantics/periods.js';
import { comparisonKey } from '../semantics/vietnamese.js';
import { lineText, sentencesOf, type LineText, type Span } from './prose-text.js';
import { report } from './report.js';

/** Words that make what follows them a plan, a direction or a task: periods after the report's are theirs. */
const FUTURE_WORDS = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${[
    'phương hướng', 'nhiệm vụ', 'giải pháp', 'kế hoạch', 'mục tiêu', 'chỉ tiêu', 'định hướng', 'dự kiến', 'phấn đấu', 'sẽ',
    'xây dựng', 'chương trình', 'đề ra', 'đề xuất', 'chuẩn bị', 'hướng tới', 'tiếp tục', 'sắp tới', 'tiếp theo', 'triển khai',
].join('|')})(?![\p{L}\p{N}])`, 'u');
/** What an event or a document is about ("Hội nghị tổng kết năm 2023", "chiến dịch tiêm bù tháng 3"): not the period of a value. */
const SUBJECT_BEFORE = /(?<![\p{L}\p{N}])(?:tổng kết|sơ kết|đánh giá|báo cáo|hội nghị|chiến dịch|tháng hành động|chương trình|đề án|dự án|tết)(?:\s+\p{L}+){0,6}\s+$/u;
/** "… kế hoạch năm 2024", "chỉ tiêu kế hoạch năm 2023", "kế hoạch hành động năm 2024": a plan's period. */
const PLAN_BEFORE = /(?<![\p{L}\p{N}])(?:kế hoạch|chỉ tiêu|kh)(?:\s+\p{L}+){0,3}\s+$/u;
/** "so với cùng kỳ năm 2023": the compared period. */
const SAME_PERIOD_BEFORE = /(?<![\p{L}\p{N}])cùng\s+kỳ(?:\s+\p{L}+){0,2}\s+$/u;
/** "so với năm 2022": any other period the author compares with. */
const COMPARED_BEFORE = /(?<![\p{L}\p{N}])so\s+với(?:\s+\p{L}+){0,3}\s+$/u;
/** What names another document: a symbol ("23/KH-TTYT") or "Kế hoạch số", "Quyết định số" …; its subject follows. */
const CITATION_WORDS = /\d+\/[\p{L}\d/.-]*\p{L}|(?<![\p{L}\p{N}])(?:quyết định|nghị quyết|nghị định|chỉ thị|thông tư|công văn|kế hoạch|chương trình|đề án|hướng dẫn)\s+số(?![\p{L}\p{N}])/gu;
/** A number in prose that is a quantity of its own ("riêng quý IV tiêm 200 trẻ"): not glued to letters ("Covid-19", "UV2"). */
const TEXT_NUMBER = /(?<![\p{L}\p{N}\-/.,])\d+(?:[.,]\d+)*(?![\p{L}\p{N}])/gu;

/** A quantity of a sentence: a `{…}` with the periods its value is of, or a number typed as text. */
interface Quantity {
    readonly start: number;
    readonly end: number;
    readonly periods?: readonly Period[];
}

/** How a phrase is read: the period of a value, of the plan, of the compared period. */
type Role = 'period' | 'plan' | 'compare';

/**
 * `period-mention`: a body sentence that gives a value of the document's period (`{x = 703}` in
 * a six-month report) and names another period in prose ("Trong tháng 6 … đã tiêm {x} mũi";
 * "đạt {x of plan = 20%} kế hoạch năm 2023" in a 2024 report; "phương hướng … năm 2023: {plan(x)
 * = 95}%" in a 2024 plan).
 *
 * Each period phrase is read as the period of the quantity it introduces (the first one after
 * it in its clause), else of the one before it. It fits when it covers that value's period (its
 * own `@` period, the compared one for `prev`, the plan's for `plan`): "năm 2024" in a quarter
 * report, "đến ngày 31/3/2024" for a first quarter. After "cùng kỳ" it must cover the compared
 * period; after "kế hoạch" / "chỉ tiêu" the plan's, or lie within it; after "so với" anything
 * goes. A period after the document's fits in a sentence about plans, tasks or directions
 * ("phương hướng", "nhiệm vụ", "dự kiến", "xây dựng" …) and under a heading that speaks of them
 * ("PHƯƠNG HƯỚNG NHIỆM VỤ 9 THÁNG CUỐI NĂM 2024"). Silent: a phrase read as the period of a
 * number typed as text, what an event or a cited document is about ("Hội nghị tổng kết năm
 * 2023", "Căn cứ [23/KH-TTYT] … năm 2023"), dates of events, spans and horizons
 * (semantics/period-phrases.ts).
 */
export class PeriodMentionsCheck {
    check(model: ast.Model, world: World, accept: ValidationAcceptor): void {
        const body = model.document?.body;
        const context = world.contextOf(model);
        const period = context.period;
        if (!body || !period) return;
        const document = AstUtils.getDocument(model);
        // headings open sections; a section about plans or directions lets later periods pass
        const sections: Array<{ level: number; future: boolean }> = [];
        const periods = periodsKey(context, period);
        for (const block of body.blocks) {
            if (block.$type === ast.BlankLine.$type || !block.parts?.length) continue;
            const line = lineText(block.parts);
            if (block.$type === ast.Heading.$type) {
                const level = ((block as ast.Heading).marker.match(/#/g) ?? []).length;
                while (sections.length && sections[sections.length - 1].level >= level) sections.pop();
                sections.push({ level, future: sections.some(s => s.future) || FUTURE_WORDS.test(line.key) });
                continue;
            }
            if (!line.placeholders.length) continue;
            const c: SentenceContext = { context, period, periods, future: sections.some(s => s.future) };
            for (const slip of slipsOf(line, c, this)) this.report(line, slip, document, accept);
        }
    }

    /** The slips of one line: its sentences that give a value of the document's period, and the phrases in them that do not fit. */
    slipsIn(line: LineText, c: SentenceContext): Slip[] {
        const slips: Slip[] = [];
        for (const sentence of sentencesOf(line.key)) this.checkSentence(line, sentence, c, slips);
        return slips;
    }

    private checkSentence(line: LineText, sentence: Span, c: SentenceContext, slips: Slip[]): void {
        const quantities: Quantity[] = [];
        for (const p of line.placeholders) {
            if (p.kind !== 'value' || p.keyIndex < sentence.start || p.keyIndex >= sentence.end) continue;
            quantities.push({ start: p.keyIndex, end: p.keyIndex + 1, periods: periodsOf(p.part, c.context) });
        }
        const own = periodCode(c.period);
        if (!quantities.some(q => q.periods!.some(p => periodCode(p) === own))) return;
        const key = line.key.slice(0, sentence.end);
        const phrases = findPeriodPhrases(key.slice(sentence.start), c.period.year)
            .map(p => ({ ...p, start: p.start + sentence.start, end: p.end + sentence.start }));
        if (!phrases.length) return;
        for (const m of key.slice(sentence.start).matchAll(TEXT_NUMBER)) {
            const start = m.index + sentence.start;
            if (!phrases.some(p => start >= p.start && start < p.end)) quantities.push({ start, end: start + m[0].length });
        }
        quantities.sort((a, b) => a.start - b.start);
        for (const [index, phrase] of phrases.entries()) {
            const quantity = attributed(key, phrase, quantities, phrases, afterPlanWords(key, sentence.start, phrase) ? c.context.plan : undefined);
            if (!quantity?.periods?.length) continue;
            if (inCitation(line, key, sentence.start, phrase.start)) continue;
            // "tháng 6/2024 và tháng 12/2024 … {x} trẻ": periods named together within the value's own, which may be their total
            if (inListOfPeriods(key, phrases, index) && quantity.periods.some(v => containsPeriod(v, phrase.period))) continue;
            const finding = this.judge(key, sentence.start, phrase, quantity.periods, c);
            if (finding) slips.push({ phrase, ...finding });
        }
    }

    /** What a phrase should have named, when it names something else. */
    private judge(key: string, sentenceStart: number, phrase: PeriodPhrase, periods: readonly Period[], c: SentenceContext):
        { role: Role; expected: Period } | undefined {
        const q = phrase.period;
        if (periods.some(v => containsPeriod(q, v))) return undefined;
        // "đến ngày 15/3/2024" for a first quarter: data up to a day of the value's last month or later
        if (q.kind === 'until' && periods.some(v => reachesEnd(q, v))) return undefined;
        const window = windowBefore(key, sentenceStart, phrase);
        const { compare, plan } = c.context;
        const samePeriod = SAME_PERIOD_BEFORE.test(window);
        if (samePeriod || COMPARED_BEFORE.test(window)) {
            // after "cùng kỳ" the compared period; after "so với" anything, but for a change against
            // prev() ("tăng {…prev(x)…} so với năm 2022"): the year prev() reads
            const mustBeCompared = samePeriod || periods.some(v => compare && periodKey(v) === periodKey(compare));
            return !mustBeCompared || !compare || nested(q, compare) ? undefined : { role: 'compare', expected: compare };
        }
        const planned = PLAN_BEFORE.test(window);
        if (!planned && SUBJECT_BEFORE.test(window)) return undefined;
        if (planned && plan && nested(q, plan)) return undefined;
        const future = c.future || FUTURE_WORDS.test(key.slice(sentenceStart, phrase.start));
        if (future && compareDates(periodEnd(q), periodEnd(c.period)) > 0) return undefined;
        if (planned && plan) return { role: 'plan', expected: plan };
        return { role: 'period', expected: periods.find(p => periodKey(p) === periodKey(c.period)) ?? c.period };
    }

    private report(line: LineText, slip: Slip, document: LangiumDocument, accept: ValidationAcceptor): void {
        const { phrase, role, expected } = slip;
        const from = line.textIndex(phrase.start);
        const to = line.textIndex(phrase.end);
        const written = line.text.slice(from, to);
        const range = {
            start: document.textDocument.positionAt(line.documentOffset(from)),
            end: document.textDocument.positionAt(line.documentOffset(to)),
        };
        const node = line.node;
        const q = phrase.period;
        // another year of the same months ("cùng kỳ năm 2022": the same months of 2022): the fix
        // writes the right year where the phrase says one
        const year = /\d{4}/u.exec(written);
        const sameMonths = periodKey(shiftYears(expected, q.year - expected.year)) === periodKey(q) || (role === 'compare' && q.kind === 'year');
        const fix = year && Number(year[0]) === q.year && sameMonths
            ? { range: offsetRange(document, line.documentOffset(from + year.index), 4), newText: String(expected.year) } : undefined;
        const named = formatPeriodVi(q);
        report(accept, 'period-mention', {
            kind: role, written, named: comparisonKey(named) === comparisonKey(written) ? undefined : named, expected: formatPeriodVi(expected),
        },
            { node, range }, fix ? { replacement: String(expected.year), edits: [fix] } : undefined);
    }
}

/** One period inside the other, either way ("quý I" and "năm 2024"). */
function nested(a: Period, b: Period): boolean {
    return containsPeriod(a, b) || containsPeriod(b, a);
}

// what joins the periods of a list: "tháng 6 và tháng 12", "quý I, quý II"
const LIST_JOINT = /^\s*(?:,|và|,\s*và|hoặc|cùng)\s*$/u;

/** A period phrase joined to the one before or after it by "và" or a comma. */
function inListOfPeriods(key: string, phrases: readonly PeriodPhrase[], index: number): boolean {
    const joined = (a: PeriodPhrase | undefined, b: PeriodPhrase | undefined) => !!a && !!b && LIST_JOINT.test(key.slice(a.end, b.start));
    return joined(phrases[index - 1], phrases[index]) || joined(phrases[index], phrases[index + 1]);
}

interface SentenceContext {
    readonly context: DocumentContext;
    readonly period: Period;
    /** the document's periods (its own, compared, planned) as one key: what a line's slips depend on besides its parts */
    readonly periods: string;
    /** under a heading about plans, tasks or directions */
    readonly future: boolean;
}

function periodsKey(context: DocumentContext, period: Period): string {
    return [period, context.compare, context.plan].map(p => (p ? periodKey(p) : '')).join('|');
}

/** A phrase that does not fit, and what it should have named. */
interface Slip {
    readonly phrase: PeriodPhrase;
    readonly role: Role;
    readonly expected: Period;
}

// A line's slips depend on its parts, the document's periods and its section only: an edit
// elsewhere reads it again from here (the parts of an unchanged line are kept by the re-parse).
const slipsByLine = new WeakMap<readonly ast.Inline[], { readonly key: string; readonly slips: Slip[] }>();

function slipsOf(line: LineText, c: SentenceContext, check: PeriodMentionsCheck): Slip[] {
    const key = c.future ? `${c.periods}|future` : c.periods;
    const known = slipsByLine.get(line.parts);
    if (known?.key === key) return known.slips;
    const slips = check.slipsIn(line, c);
    slipsByLine.set(line.parts, { key, slips });
    return slips;
}

// what each `{…}` is of, read once per document context (one per world and document)
const periodsByContext = new WeakMap<DocumentContext, WeakMap<ast.InlineExpression, Period[]>>();

function periodsOf(node: ast.InlineExpression, context: DocumentContext): Period[] {
    let known = periodsByContext.get(context);
    if (!known) periodsByContext.set(context, known = new WeakMap());
    let periods = known.get(node);
    if (!periods) known.set(node, periods = valuePeriods(node.expression, scopeOf(context)));
    return periods;
}

/**
 * The periods a `{…}` gives or uses values of: the document's for `x`, the compared one for
 * `prev(x)` and `x of prev`, the plan's for `plan(x)` and `x of plan`, its own for `x @ T6/2024`.
 */
export function valuePeriods(expression: ast.Expression | undefined, scope: EvaluationScope): Period[] {
    const found: Period[] = [];
    const add = (p: Period | undefined) => {
        if (p && !found.some(f => periodCode(f) === periodCode(p))) found.push(p);
    };
    const walk = (e: ast.Expression | undefined, s: EvaluationScope): void => {
        if (!e) return;
        if (ast.isIndicatorRef(e)) add(e.period ? periodOf(e.period) : s.period);
        else if (ast.isPrevOf(e)) {
            if (e.argument) walk(e.argument, previousScope(s));
            else add(s.compare);
        } else if (ast.isPlanOf(e)) {
            if (e.argument) walk(e.argument, plannedScope(s));
            else add(s.plan);
        } else if (ast.isPercentOf(e)) {
            walk(e.part, s);
            walk(e.whole, s);
        } else if (ast.isBinaryExpression(e)) {
            walk(e.left, s);
            walk(e.right, s);
        } else if (ast.isFunctionCall(e)) e.args.forEach(a => walk(a, s));
    };
    walk(expression, scope);
    return found;
}

/** A period named without a number ("trong quý", "cả năm", "lũy kế"): the quantity after it has its own period. */
const SAME_PERIOD_WORDS = /(?<![\p{L}\p{N}])cùng\s+kỳ(?![\p{L}\p{N}])/gu;
const OWN_PERIOD_WORD = /(?<![\p{L}\p{N}])(?:quý|năm|kỳ|lũy kế|cộng dồn)(?!\s*(?:\d|i|v)[\p{N}iv]*(?![\p{L}]))(?![\p{L}\p{N}])/u;

/**
 * The quantity a phrase introduces: the first after it in its clause, else the last before it.
 * Not one that another phrase or a period word stands closer to ("Tháng 3 tổ chức tiêm bù, trong
 * quý I tiêm {x} trẻ"; "Trong tháng 3 …, số lượt khám trong quý là {x}").
 */
/** The words before a phrase in its part of the sentence (up to a comma, a colon, a value). */
function windowBefore(key: string, sentenceStart: number, phrase: PeriodPhrase): string {
    return key.slice(Math.max(sentenceStart, phrase.start - 60), phrase.start).split(/[;,:()\uFFFC]/u).pop() ?? '';
}

/** "… chỉ tiêu năm 2025", "… kế hoạch năm": the phrase names a plan. */
function afterPlanWords(key: string, sentenceStart: number, phrase: PeriodPhrase): boolean {
    return PLAN_BEFORE.test(windowBefore(key, sentenceStart, phrase));
}

/**
 * The quantity a phrase is the period of: the first after it in its clause, else the last before
 * it. A phrase naming a plan (`plan`: after "kế hoạch", "chỉ tiêu") completes the value before it
 * when that one reads the plan and the next does not: "đạt {x of plan = 94,6%} chỉ tiêu năm 2025,
 * tăng {x - prev(x) = 24} người".
 */
function attributed(key: string, phrase: PeriodPhrase, quantities: readonly Quantity[], phrases: readonly PeriodPhrase[], plan?: Period): Quantity | undefined {
    const clauseEnd = phrase.end + searchFrom(key.slice(phrase.end), /;/u);
    const clauseStart = key.lastIndexOf(';', phrase.start) + 1;
    const free = (from: number, to: number) => !phrases.some(p => p !== phrase && p.start >= from && p.end <= to)
        // "so với cùng kỳ năm 2022": the phrase says which compared period; no period of its own between
        && !OWN_PERIOD_WORD.test(key.slice(from, to).replace(SAME_PERIOD_WORDS, ' '));
    const after = quantities.find(q => q.start >= phrase.end && q.start < clauseEnd);
    const before = [...quantities].reverse().find(q => q.end <= phrase.start && q.start >= clauseStart);
    const readsPlan = (q: Quantity | undefined) => !!plan && !!q?.periods?.some(p => periodKey(p) === periodKey(plan));
    if (after && !(readsPlan(before) && !readsPlan(after))) return free(phrase.end, after.start) ? after : undefined;
    return before && free(before.end, phrase.start) ? before : undefined;
}

function searchFrom(text: string, pattern: RegExp): number {
    const at = text.search(pattern);
    return at >= 0 ? at : text.length;
}

/** Is the phrase part of what a cited document is about ("Căn cứ [23/KH-TTYT] ngày … về … năm 2023")? */
function inCitation(line: LineText, key: string, sentenceStart: number, at: number): boolean {
    const clauseStart = Math.max(sentenceStart, key.lastIndexOf(';', at) + 1);
    const before = key.slice(clauseStart, at);
    let cited = -1;
    for (const m of before.matchAll(CITATION_WORDS)) cited = clauseStart + m.index;
    for (const p of line.placeholders) if (p.kind === 'citation' && p.keyIndex >= clauseStart && p.keyIndex < at) cited = Math.max(cited, p.keyIndex);
    if (cited < 0) return false;
    // a value after the citation starts the clause's own statement
    return !line.placeholders.some(p => p.kind === 'value' && p.keyIndex > cited && p.keyIndex < at);
}

/**
 * "đến ngày 15/3/2024" reaches the first quarter: it ends in the quarter's last month or later —
 * or in the month before, the cut-off of a report written before its period ends (a year-end
 * report dated in December gives its figures "tính đến ngày 30/11").
 */
function reachesEnd(until: Period, value: Period): boolean {
    const end = periodEnd(until);
    const valueEnd = periodEnd(value);
    return end.year * 12 + end.month >= valueEnd.year * 12 + valueEnd.month - 1;
}

function offsetRange(document: LangiumDocument, offset: number, length: number) {
    return { start: document.textDocument.positionAt(offset), end: document.textDocument.positionAt(offset + length) };
}
