import { Decimal } from '../semantics/decimal.js';
import * as ast from '../generated/ast.js';
import { memoByObject } from '../semantics/object-memo.js';
import type { Period } from '../semantics/periods.js';
import type { Evaluation, EvaluationSession } from './evaluator.js';
import { add, exactly, type Interval } from '../semantics/intervals.js';
import type { Derivation } from './inference.js';
import { isOneSlipFrom, isSwapOf } from '../semantics/typing-slips.js';
import { AstUtils } from 'langium';

/**
 * The terms of a sum (`a + b + c`), or the expression alone; once per formula, as every claim
 * and share asks. Iterative: a total may have thousands of terms. A term missing after a `+`
 * (`a + b +`, being typed) is left out; the syntax error is reported where it is.
 */
export const sumParts: (expression: ast.Expression) => readonly ast.Expression[] = memoByObject((expression: ast.Expression) => {
    const parts: ast.Expression[] = [];
    const pending: Array<ast.Expression | undefined> = [expression];
    while (pending.length) {
        const next = pending.pop();
        if (!next) continue;
        if (ast.isBinaryExpression(next) && next.operator === '+') pending.push(next.right, next.left);
        else parts.push(next);
    }
    return parts;
});

/** A formula made only of `+` between indicators: a total and its parts (`sum-mismatch`). */
export function isSum(expression: ast.Expression): boolean {
    const parts = sumParts(expression);
    return parts.length > 1 && parts.every(ast.isIndicatorRef);
}

/** One breakdown of a total whose parts are all known for an org and period. */
export interface PartsTotal {
    readonly formula: ast.Expression;
    readonly parts: readonly Decimal[];
    readonly total: Decimal;
    /** the range of the total when a part is a value a claim implies (inference.ts) */
    readonly bounds?: Interval;
    readonly derived?: readonly Derivation[];
}

/**
 * The sums of an indicator's breakdowns (`= a + b + c`, one per sum formula) for an org and a
 * period, where every part has a value; a breakdown with a part missing says nothing.
 */
export function partsTotals(session: EvaluationSession, indicator: ast.Indicator, org: ast.Org, period: Period): readonly PartsTotal[] {
    // asked for every total of the data and every statement of one, on every check: kept with the indicator's values
    return session.kept('parts totals', indicator, org, period, () => computePartsTotals(session, indicator, org, period));
}

function computePartsTotals(session: EvaluationSession, indicator: ast.Indicator, org: ast.Org, period: Period): PartsTotal[] {
    const totals: PartsTotal[] = [];
    for (const formula of indicator.formulas) {
        if (!isSum(formula)) continue;
        const values = valuesOf(session, sumParts(formula), org, period);
        if (!values) continue;
        const parts = values.map(v => v.value);
        const derived = values.flatMap(v => v.derived ?? []);
        const bounds = derived.length ? values.map(v => v.bounds ?? exactly(v.value)).reduce(add) : undefined;
        totals.push({ formula, parts, total: sumOf(parts), ...(derived.length ? { bounds, derived } : {}) });
    }
    return totals;
}

const ZERO = new Decimal(0);
const sumOf = (values: readonly Decimal[]) => values.reduce((a, b) => a.plus(b), ZERO);

/** The values of the parts of a sum for an org and period, when every one has a value. */
function valuesOf(session: EvaluationSession, parts: readonly ast.Expression[], org: ast.Org, period: Period): Array<Evaluation & { ok: true }> | undefined {
    const values: Array<Evaluation & { ok: true }> = [];
    for (const part of parts) {
        const value = session.evaluate(part, { org, period, source: 'actual' });
        if (!value.ok) return undefined;
        values.push(value);
    }
    return values;
}

/**
 * A total that pins one of its parts below zero — "Tổng {tong = 612}, trong đó {a = 548}, {b = 96}"
 * with c not given — already differs from the parts that are given: their sum, when it is larger
 * than the total's range. Counts and measures are never negative; a rate may be, so only those.
 */
export function givenPartsOver(session: EvaluationSession, indicator: ast.Indicator, org: ast.Org, period: Period, derived: Derivation): PartsTotal | undefined {
    const unit = session.world.unitOf(derived.indicator.unit?.ref);
    if (!unit || unit.kind === 'ratio' || !derived.interval.hi?.isNegative()) return undefined;
    for (const formula of indicator.formulas) {
        if (!isSum(formula)) continue;
        const given = sumParts(formula).filter(part => (part as ast.IndicatorRef).indicator?.ref !== derived.indicator);
        if (given.length === sumParts(formula).length) continue;
        // given, not pinned by a claim
        const values = valuesOf(session, given, org, period);
        if (values?.every(v => !v.derived?.length)) {
            const parts = values.map(v => v.value);
            return { formula, parts, total: sumOf(parts) };
        }
    }
    return undefined;
}

/** A part whose number is the slip that keeps a total stated in prose from adding up. */
export interface PartSlip {
    /** the number as written: in a `{…}` of prose, or in a data block of the same document */
    readonly quantity: ast.Quantity;
    /** the value it states (what other claims read) */
    readonly fact: { readonly indicator: ast.Indicator; readonly org: ast.Org; readonly period: Period; readonly source: 'actual' };
    /** its value as written, and the number that makes the parts add up, one typing slip from it */
    readonly value: Decimal;
    readonly meant: Decimal;
}

/**
 * Which number of a sum that does not add up is the slip, when the written numbers say: exactly
 * one part given in the same document (stated in prose or in a data block) is, with two
 * neighbouring digits swapped, the number that makes the parts add up to the stated total, and
 * the total is not one typing slip (a swap, a digit mistyped) away from the sum of the parts.
 * "Tổng {kcb = 48.512}, BHYT {a = 41.230}, dịch vụ {b =
 * 7.228}": 7.282 would add up, so the finding is on 7.228, not on the total that is right.
 */
export function partSlip(session: EvaluationSession, total: ast.InlineExpression, stated: Decimal, sum: PartsTotal, at: { org: ast.Org; period: Period }): PartSlip | undefined {
    const totalText = total.stated?.value;
    if (!totalText || sum.derived?.length || isOneSlipFrom(totalText, sum.total)) return undefined;
    const missing = stated.minus(sum.total);
    const document = AstUtils.getDocument(total);
    const found: PartSlip[] = [];
    for (const [index, part] of sumParts(sum.formula).entries()) {
        const indicator = (part as ast.IndicatorRef).indicator?.ref;
        const fact = indicator && session.world.factsFor(indicator, at.org, at.period)[0];
        if (!fact || fact.node === total || AstUtils.getDocument(fact.node) !== document || !fact.value?.equals(sum.parts[index])) continue;
        const quantity = ast.isDataValue(fact.node) ? fact.node.quantity : fact.node.stated;
        const meant = sum.parts[index].plus(missing);
        if (quantity?.value && isSwapOf(quantity.value, meant)) {
            found.push({ quantity, fact: { indicator, org: at.org, period: at.period, source: 'actual' }, value: sum.parts[index], meant });
        }
    }
    return found.length === 1 ? found[0] : undefined;
}
