import * as ast from '../generated/ast.js';
import { periodOf } from './world.js';

/**
 * What kind of change an expression states, read from its form alone (a read-only helper for the
 * `change-wording` check; the values are the inline values service's):
 * - an **index**: a value against its own earlier or planned one, `x of prev`, `x of plan(x)` —
 *   106 % means "the same and 6 % more", so it is "bằng 106%", never "tăng 106%";
 * - a **difference**: `x - prev(x)` (newer minus older: positive is an increase), `prev(x) - x`
 *   (older minus newer), `a of plan - prev(a) of plan`; `a - b` of two current values reads as
 *   "a against b";
 * - a **growth**: a difference over a base, `(x - prev(x)) of prev(x)`.
 * Anything else (a value, a share of another indicator, a sum) is a level: no change is stated.
 */
export type ChangeShape =
    | { readonly kind: 'index'; readonly against: 'prev' | 'plan'; readonly part: ast.Expression; readonly whole: ast.PrevOf | ast.PlanOf }
    | { readonly kind: 'difference' | 'growth'; readonly orientation?: 1 | -1; readonly difference: ast.BinaryExpression; readonly whole?: ast.Expression };

export function changeShape(expression: ast.Expression | undefined): ChangeShape | undefined {
    const e = unwrapped(expression);
    if (!e) return undefined;
    if (ast.isBinaryExpression(e) && e.operator === '-') return { kind: 'difference', orientation: orientation(e), difference: e };
    if (!ast.isPercentOf(e)) return undefined;
    const part = unwrapped(e.part);
    if (ast.isBinaryExpression(part) && part.operator === '-') return { kind: 'growth', orientation: orientation(part), difference: part, whole: e.whole };
    const whole = e.whole;
    if ((ast.isPrevOf(whole) || ast.isPlanOf(whole)) && part && timeOf(part) === 'current') {
        return { kind: 'index', against: ast.isPrevOf(whole) ? 'prev' : 'plan', part: e.part, whole };
    }
    return undefined;
}

/** `round(e, 1)` and parentheses change no direction; `abs(…)` hides it (a level). */
function unwrapped(expression: ast.Expression | undefined): ast.Expression | undefined {
    if (ast.isFunctionCall(expression) && expression.function === 'round') return unwrapped(expression.args[0]);
    return expression;
}

type Time = 'current' | 'earlier' | 'planned' | 'constant' | { readonly dated: number } | 'unknown';

/** When a term's value is of: now, the compared period, the plan, a named period (in months), or a constant. */
function timeOf(expression: ast.Expression | undefined): Time {
    const e = unwrapped(expression);
    if (ast.isPrevOf(e)) return 'earlier';
    if (ast.isPlanOf(e)) return 'planned';
    if (ast.isNumberLiteral(e)) return 'constant';
    if (ast.isPercentOf(e)) return timeOf(e.part);
    if (ast.isIndicatorRef(e)) {
        const period = periodOf(e.period);
        return period ? { dated: period.year * 12 + period.toMonth } : 'current';
    }
    if (ast.isBinaryExpression(e) && (e.operator === '*' || e.operator === '/')) {
        if (ast.isNumberLiteral(e.right)) return timeOf(e.left);
        if (ast.isNumberLiteral(e.left) && e.operator === '*') return timeOf(e.right);
    }
    return 'unknown';
}

/** The terms of a sum with their signs: `a + b - prev(a) - prev(b)` → +a, +b, −prev(a), −prev(b). */
function signedTerms(expression: ast.Expression, sign: 1 | -1, out: Array<{ time: Time; sign: 1 | -1 }>): void {
    if (ast.isBinaryExpression(expression) && (expression.operator === '+' || expression.operator === '-')) {
        signedTerms(expression.left, sign, out);
        signedTerms(expression.right, expression.operator === '-' ? (-sign as 1 | -1) : sign, out);
    } else {
        out.push({ time: timeOf(expression), sign });
    }
}

/**
 * +1 when the difference is newer minus older (positive is an increase), −1 when older minus
 * newer; undefined when its terms mix the two or cannot be placed in time.
 */
function orientation(difference: ast.BinaryExpression): 1 | -1 | undefined {
    const terms: Array<{ time: Time; sign: 1 | -1 }> = [];
    signedTerms(difference, 1, terms);
    const timed = terms.filter(t => t.time !== 'constant');
    if (timed.some(t => t.time === 'unknown')) return undefined;
    const older = timed.filter(t => t.time === 'earlier' || t.time === 'planned');
    const newer = timed.filter(t => t.time === 'current');
    const dated = timed.filter(t => typeof t.time === 'object');
    if (dated.length) {
        // `x @ 2024 - x @ 2023`: the later period is the newer value
        if (dated.length !== timed.length || dated.length !== 2 || dated[0].sign === dated[1].sign) return undefined;
        const [plus, minus] = dated[0].sign === 1 ? dated : [dated[1], dated[0]];
        const later = (plus.time as { dated: number }).dated - (minus.time as { dated: number }).dated;
        return later > 0 ? 1 : later < 0 ? -1 : undefined;
    }
    if (!older.length) return 1;
    if (older.every(t => t.sign === -1) && newer.every(t => t.sign === 1)) return 1;
    if (older.every(t => t.sign === 1) && newer.every(t => t.sign === -1)) return -1;
    return undefined;
}
