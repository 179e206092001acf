import { Decimal } from '../semantics/decimal.js';
import * as ast from '../generated/ast.js';
import { add, divide, exactly, multiply, subtract, wholeNumbers, type Interval } from '../semantics/intervals.js';
import { periodKey, type Period } from '../semantics/periods.js';
import {
    plannedScope, previousScope, referencedIn, scopeFor, type Evaluation, type EvaluationScope, type EvaluationSession, type Missing, type ValueSource,
} from './evaluator.js';
import { FactIndex } from './fact-index.js';
import { isSum } from './sums.js';

/** One value of an indicator, for an org and a period, actual or planned. */
export interface FactKey {
    readonly indicator: ast.Indicator;
    readonly org: ast.Org;
    readonly period: Period;
    readonly source: ValueSource;
}

/** A value nobody gave, pinned by a stated claim: within `interval`, implied by `from`. */
export interface Derivation extends FactKey {
    /** bounded on both sides */
    readonly interval: Interval;
    /** the claim it was solved from */
    readonly from: ast.InlineExpression;
}

/** An equation: an expression, where it is evaluated, and the interval its value lies in (the stated number at its precision). */
export interface Equation {
    readonly expression: ast.Expression;
    readonly scope: EvaluationScope;
    readonly target: Interval;
    /** the claim the equation is read from */
    readonly from: ast.InlineExpression;
}

export function sameFact(a: FactKey, b: FactKey): boolean {
    return a.indicator === b.indicator && a.org === b.org && a.source === b.source && periodKey(a.period) === periodKey(b.period);
}

/** The one value an evaluation misses, if it misses exactly one (every mention of it the same fact). */
export function singleMissing(result: Evaluation): FactKey | undefined {
    if (result.ok || result.invalid || !result.missing.length) return undefined;
    const first = result.missing[0];
    if (!first.org || !first.period) return undefined;
    const key: FactKey = { indicator: first.indicator, org: first.org, period: first.period, source: first.source };
    return result.missing.every(m => m.org && m.period && sameFact(key, m as Required<Missing>)) ? key : undefined;
}

/**
 * Solves an equation for one value: the interval the fact `unknown` must lie in for the
 * expression to come to the target. Inverts the expression along the path to the unknown —
 * sums and differences, products and ratios, `of`, `prev`, `plan`, `@`, `round`, an indicator's
 * formula — with interval arithmetic, so that a number written at some precision pins the
 * value to a range. Undefined when the unknown is not reached exactly once, or a divisor may be 0.
 * `given`: the unknown has a value (what the equation says of a value given with a slip), so it
 * is found where the expression names it, not by its being missing.
 */
export function solve(session: EvaluationSession, equation: Equation, unknown: FactKey, given = false): Interval | undefined {
    const interval = new Solver(session, unknown, given).solve(equation.expression, equation.scope, equation.target);
    if (!interval?.lo || !interval.hi) return undefined;
    const unit = session.world.unitOf(unknown.indicator.unit?.ref);
    return unit?.kind === 'count' ? wholeNumbers(interval) : interval;
}

class Solver {
    constructor(private readonly session: EvaluationSession, private readonly unknown: FactKey, private readonly given: boolean) {}

    solve(expression: ast.Expression | undefined, scope: EvaluationScope, target: Interval): Interval | undefined {
        if (!expression) return undefined;
        if (ast.isIndicatorRef(expression)) return this.reference(expression, scope, target);
        if (ast.isBinaryExpression(expression)) return this.binary(expression, scope, target);
        if (ast.isPercentOf(expression)) {
            const whole = wholeOf(expression, scope);
            return this.quotient(expression.part, scope, whole.expression, whole.scope, target);
        }
        if (ast.isPrevOf(expression)) return expression.argument ? this.solve(expression.argument, previousScope(scope), target) : undefined;
        if (ast.isPlanOf(expression)) return expression.argument ? this.solve(expression.argument, plannedScope(scope), target) : undefined;
        if (ast.isFunctionCall(expression) && expression.function === 'round' && target.lo && target.hi) {
            // round(a, n) = v: a lies within half a unit of the n-th decimal of v
            const places = expression.args[1] ? this.session.evaluate(expression.args[1], scope) : undefined;
            const half = new Decimal(5).times(new Decimal(10).pow(-((places?.ok ? places.value.toNumber() : 0) + 1)));
            return this.solve(expression.args[0], scope, { lo: target.lo.minus(half), hi: target.hi.plus(half) });
        }
        return undefined;
    }

    private reference(ref: ast.IndicatorRef, scope: EvaluationScope, target: Interval): Interval | undefined {
        const indicator = ref.indicator?.ref;
        const { org, period } = referencedIn(ref, scope, this.session.world);
        if (!indicator || !org || !period) return undefined;
        if (sameFact({ indicator, org, period, source: scope.source }, this.unknown)) return target;
        // the unknown is an input of the indicator's formula: solve the formula for it
        if (!this.involves(this.session.evaluate(ref, scope))) return undefined;
        const unit = this.session.world.unitOf(indicator.unit?.ref);
        for (const formula of indicator.formulas) {
            const inner = scopeFor(org, period, scope.source);
            if (!this.involves(this.session.evaluate(formula, inner))) continue;
            // a ratio formula is scaled by its unit (× 100 for %): the target is in the unit
            const scaled = unit?.kind === 'ratio' && unit.factor && !isSum(formula) ? divide(target, exactly(new Decimal(unit.factor))) : target;
            return scaled && this.solve(formula, inner, scaled);
        }
        return undefined;
    }

    private binary(expression: ast.BinaryExpression, scope: EvaluationScope, target: Interval): Interval | undefined {
        const left = this.session.evaluate(expression.left, scope);
        const right = this.session.evaluate(expression.right, scope);
        const inLeft = this.involves(left, expression.left, scope);
        if (inLeft === this.involves(right, expression.right, scope)) return undefined;
        const known = boundsOf(inLeft ? right : left);
        if (!known) return undefined;
        switch (expression.operator) {
            case '+': return this.solve(inLeft ? expression.left : expression.right, scope, subtract(target, known));
            case '-': return inLeft ? this.solve(expression.left, scope, add(target, known)) : this.solve(expression.right, scope, subtract(known, target));
            case '*': { const other = divide(target, known); return other && this.solve(inLeft ? expression.left : expression.right, scope, other); }
            case '/': return this.quotient(expression.left, scope, expression.right, scope, target);
        }
        return undefined;
    }

    /** part / whole = target, the unknown on one side. */
    private quotient(part: ast.Expression, partScope: EvaluationScope, whole: ast.Expression, wholeScope: EvaluationScope, target: Interval): Interval | undefined {
        const p = this.session.evaluate(part, partScope);
        const w = this.session.evaluate(whole, wholeScope);
        const inPart = this.involves(p, part, partScope);
        if (inPart === this.involves(w, whole, wholeScope)) return undefined;
        if (inPart) {
            const known = boundsOf(w);
            return known && this.solve(part, partScope, multiply(target, known));
        }
        const known = boundsOf(p);
        const other = known && divide(known, target);
        return other && this.solve(whole, wholeScope, other);
    }

    /** Whether an evaluation depends on the unknown: it misses it, or it used its derived value (or names it, when given). */
    private involves(result: Evaluation, expression?: ast.Expression, scope?: EvaluationScope): boolean {
        if (this.given && expression && scope) return this.names(expression, scope);
        if (!result.ok) return result.missing.some(m => m.org && m.period && sameFact(this.unknown, m as Required<Missing>));
        return !!result.derived?.some(d => sameFact(this.unknown, d));
    }

    /** Whether an expression names the unknown itself (not through an indicator's formula). */
    private names(expression: ast.Expression | undefined, scope: EvaluationScope): boolean {
        if (!expression) return false;
        if (ast.isIndicatorRef(expression)) {
            const indicator = expression.indicator?.ref;
            const { org, period } = referencedIn(expression, scope, this.session.world);
            return !!indicator && !!org && !!period && sameFact({ indicator, org, period, source: scope.source }, this.unknown);
        }
        if (ast.isBinaryExpression(expression)) return this.names(expression.left, scope) || this.names(expression.right, scope);
        if (ast.isPercentOf(expression)) {
            const whole = wholeOf(expression, scope);
            return this.names(expression.part, scope) || this.names(whole.expression, whole.scope);
        }
        if (ast.isPrevOf(expression)) return this.names(expression.argument, previousScope(scope));
        if (ast.isPlanOf(expression)) return this.names(expression.argument, plannedScope(scope));
        if (ast.isFunctionCall(expression)) return this.names(expression.args[0], scope);
        return false;
    }
}

/** A value with its bounds: exact, or within what its derived inputs allow. */
export function boundsOf(result: Evaluation): Interval | undefined {
    if (!result.ok) return undefined;
    return result.bounds ?? exactly(result.value);
}

/** The whole of `x of y`: `x of plan` and `x of prev` divide x by itself as planned or a period earlier. */
export function wholeOf(expression: ast.PercentOf, scope: EvaluationScope): { expression: ast.Expression; scope: EvaluationScope } {
    const whole = expression.whole;
    if (ast.isPlanOf(whole) && !whole.argument) return { expression: expression.part, scope: plannedScope(scope) };
    if (ast.isPrevOf(whole) && !whole.argument) return { expression: expression.part, scope: previousScope(scope) };
    return { expression: whole, scope };
}

/** What the claims of a session imply of values nobody gave, by fact and by the claim that implies it. */
export class Derivations {
    private readonly byFact: Record<ValueSource, FactIndex<ast.Indicator, ast.Org, Derivation>> = { actual: new FactIndex(), target: new FactIndex() };
    readonly bySource = new Map<ast.InlineExpression, Derivation>();

    get(key: FactKey): Derivation | undefined {
        return this.byFact[key.source].get(key.indicator, key.org, key.period);
    }

    /**
     * Records what a claim implies of a value it alone misses; false when another claim already
     * pins it (then the value is no longer missing, and the claim is checked against it).
     */
    add(derivation: Derivation): boolean {
        if (this.get(derivation)) return false;
        this.byFact[derivation.source].set(derivation.indicator, derivation.org, derivation.period, derivation);
        this.bySource.set(derivation.from, derivation);
        return true;
    }
}
