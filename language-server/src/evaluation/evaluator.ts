import { Decimal } from '../semantics/decimal.js';
import { AstUtils, URI, WorkspaceCache, type AstNode, type LangiumDocument } from 'langium';
import { LRUCache } from 'lru-cache';
import * as ast from '../generated/ast.js';
import type { BcytServices } from '../bcyt-module.js';
import { compareDates, parseDate, periodEnd, samePeriodPreviousYear, shiftYears, type Period } from '../semantics/periods.js';
import { unitType, UNKNOWN_UNIT, type UnitType } from '../semantics/units.js';
import { typeOf } from './typing.js';
import { periodOf, sourceNumberOf, World, type DocumentContext } from './world.js';
import { add, divide, exactly, middle, multiply, subtract, type Interval } from '../semantics/intervals.js';
import { singleMissing, solve, type Derivation, type Equation } from './inference.js';
import { EvaluationComponent, IN_PROGRESS, Partition } from './components.js';
import { FactIndex } from './fact-index.js';
import type { InlineValue } from './inline-values.js';
import { isSum } from './sums.js';
import { tolerance } from '../semantics/numbers.js';

/** What a value is needed for: the reported value ("thực hiện") or the planned one ("kế hoạch"). */
export type ValueSource = 'actual' | 'target';

export interface Missing {
    readonly indicator: ast.Indicator;
    readonly org?: ast.Org;
    readonly period?: Period;
    readonly source: ValueSource;
}

export type Evaluation =
    /**
     * A value. `derived` lists the values it used that no one gave but a claim implies (inference.ts);
     * then `bounds` is the range the value lies in, and `value` its middle.
     */
    | { readonly ok: true; readonly value: Decimal; readonly type: UnitType; readonly bounds?: Interval; readonly derived?: readonly Derivation[] }
    /**
     * Missing inputs are listed, never guessed. `invalid` marks what cannot be computed whatever
     * the data: a number that cannot be read, a division by zero (`zeroDivisor` names the divisor),
     * an incomplete expression (a syntax or linking error reported where it is).
     */
    | { readonly ok: false; readonly missing: readonly Missing[]; readonly invalid?: InvalidReason };

/** Why a value cannot be computed whatever the data. */
export type InvalidReason =
    /** a division by zero */
    | { readonly kind: 'zero'; readonly divisor: ast.Expression }
    /** a value given in a form that cannot be read ("167.769" in data) */
    | { readonly kind: 'unreadable'; readonly indicator: ast.Indicator }
    /** a number in the expression that cannot be read (`x * 1.5`) */
    | { readonly kind: 'literal'; readonly literal: ast.NumberLiteral }
    /** `plan` or `prev` alone, which only means something after `of` */
    | { readonly kind: 'bare'; readonly node: ast.PlanOf | ast.PrevOf }
    /** an expression left incomplete or naming what does not exist: a syntax or linking error says so */
    | { readonly kind: 'incomplete' };

/** What an expression a syntax or linking error left incomplete evaluates to: nothing, reported by that error. */
export const INCOMPLETE: Evaluation & { ok: false } = { ok: false, missing: [], invalid: { kind: 'incomplete' } };

export interface EvaluationScope {
    readonly org?: ast.Org;
    readonly period?: Period;
    readonly compare?: Period;
    readonly plan?: Period;
    readonly source: ValueSource;
}

export function scopeOf(context: DocumentContext): EvaluationScope {
    return { org: context.org, period: context.period, compare: context.compare, plan: context.plan, source: 'actual' };
}

/**
 * The org and period a reference names in a scope: its own (`x @ TYT_A 10T/2025`) or the scope's.
 * In the plan's scope a part of a year with no target of its own is the year's plan: "lũy kế 10
 * tháng đạt {x @ 10T/2025 of plan = 81,5%} kế hoạch năm" compares with the target of 2025.
 */
export function referencedIn(ref: ast.IndicatorRef, scope: EvaluationScope, world: World): { org?: ast.Org; period?: Period } {
    const org = ref.org?.ref ?? scope.org;
    if (!ref.period) return { org, period: scope.period };
    const own = periodOf(ref.period);
    if (!own) return { org };
    const indicator = ref.indicator?.ref;
    const yearsPlan = scope.source === 'target' && own.kind !== 'year' && !!indicator && !!org && !world.targetsFor(indicator, org, own).length;
    return { org, period: yearsPlan ? { kind: 'year', year: own.year, fromMonth: 1, toMonth: 12 } : own };
}

/** The scope of an org and a period on their own: "cùng kỳ" a year earlier, the plan of the period's year. */
export function scopeFor(org: ast.Org, period: Period, source: ValueSource = 'actual'): EvaluationScope {
    const plan: Period = { kind: 'year', year: period.year, fromMonth: 1, toMonth: 12 };
    return { org, period, compare: samePeriodPreviousYear(period), plan, source };
}

/**
 * `prev(…)`: everything one comparison earlier. The period becomes the compared one, and the
 * compared period and the plan move back by the same step, so that `prev(x of plan)` is last
 * year's actual against last year's plan and `prev(plan(x))` = `plan(prev(x))`.
 */
export function previousScope(scope: EvaluationScope): EvaluationScope {
    const { period, compare, plan } = scope;
    const years = period && compare ? compare.year - period.year : -1;
    return {
        ...scope,
        period: compare,
        compare: compare ? samePeriodPreviousYear(compare) : undefined,
        plan: plan ? (compare && plan.kind === 'year' ? { ...plan, year: compare.year } : shiftYears(plan, years)) : undefined,
    };
}

/** `plan(…)`: the planned values (targets) of the plan period, compared with the plan a year earlier. */
export function plannedScope(scope: EvaluationScope): EvaluationScope {
    const plan = scope.plan;
    return { ...scope, period: plan, compare: plan ? samePeriodPreviousYear(plan) : undefined, source: 'target' };
}

/** How many documents keep what their next edit can reuse: those being edited, and a few more. */
const KEPT_DOCUMENTS = 8;

/**
 * The one evaluation engine: every number the checker and the renderer show comes from here.
 * Values are exact decimals. A value is, in order: given (data or a statement in prose),
 * computed by the indicator's formula, rolled up from the org's children, or taken from the
 * orgs it replaced when the period ends before the reorganisation.
 */
export class BcytEvaluator {
    private readonly worlds: WorkspaceCache<string, World>;
    /**
     * What an edit of a document can reuse: its session and its last world (whose declarations
     * the next one shares when they did not change). Kept only for the documents evaluated last
     * (the ones being edited): kept for all, a workspace of 2 000 documents importing each
     * other holds 2 000 worlds, each with groups over everything it sees.
     */
    private readonly recent = new LRUCache<LangiumDocument, { world?: World; session?: EvaluationSession }>({ max: KEPT_DOCUMENTS });

    constructor(private readonly services: BcytServices) {
        this.worlds = new WorkspaceCache(services.shared);
    }

    /** The world seen from a document: itself, its imports, the built-in catalog. */
    worldOf(document: LangiumDocument): World {
        return this.worlds.get(document.uri.toString(), () => {
            const uris = this.services.workspace.ImportResolver.visibleUris(document);
            const documents = this.services.shared.workspace.LangiumDocuments;
            const visible = [...uris].map(uri => documents.getDocument(URI.parse(uri))).filter((d): d is LangiumDocument => !!d);
            const kept = this.keptFor(document);
            kept.world = new World(visible, kept.world);
            return kept.world;
        });
    }

    /**
     * The evaluation session of a document (memoises indicator values): the checks, the printed
     * document, hovers and inlay hints share what it computed. One per document, kept across
     * edits: when the document's world changes (any change makes a new world), the session moves
     * to it and computes again only the parts whose inputs changed (components.ts).
     */
    session(node: AstNode): EvaluationSession {
        const document = AstUtils.getDocument(node);
        const world = this.worldOf(document);
        const kept = this.keptFor(document);
        if (!kept.session) {
            kept.session = new EvaluationSession(world, (s, nodes) => this.services.evaluation.InlineValues.equations(s, nodes));
        } else if (kept.session.world !== world) {
            kept.session.moveTo(world);
        }
        return kept.session;
    }

    /** What is kept for a document, made the first time (a read marks it recently used). */
    private keptFor(document: LangiumDocument): { world?: World; session?: EvaluationSession } {
        let kept = this.recent.get(document);
        if (!kept) this.recent.set(document, kept = {});
        return kept;
    }
}

export class EvaluationSession {
    private current: World;
    private partition: Partition;
    /** for a value of an indicator no group holds (not declared in the world): computed, never kept */
    private stray = new EvaluationComponent(new Set(), []);
    /** the groups being evaluated, innermost last: a value one of them reads from another is noted (EvaluationComponent.reads) */
    private readonly active: EvaluationComponent[] = [];

    /** `equations` reads the claims of a group's `{…}` (the inline values service); none, no inference. */
    constructor(world: World, private readonly equations?: (session: EvaluationSession, nodes: readonly ast.InlineExpression[]) => Iterable<Equation>) {
        this.current = world;
        this.partition = new Partition(world);
    }

    get world(): World {
        return this.current;
    }

    /** The groups of indicators of the current world (components.ts), each with what it kept. */
    get groups(): readonly EvaluationComponent[] {
        return this.partition.components;
    }

    /**
     * The same document after an edit: the groups of indicators whose `{…}`, facts and formulas
     * are the same objects read the same way keep their values; the others start afresh. When
     * any declaration may have changed (a document of the world parsed anew), everything does.
     */
    moveTo(world: World): void {
        this.partition = new Partition(world, world.declarations === this.current.declarations ? this.partition : undefined);
        this.stray = new EvaluationComponent(new Set(), []);
        this.current = world;
    }

    /** What the claims of a `{…}`'s group imply: the value it pins, if it pins one. */
    derivationFrom(node: ast.InlineExpression): Derivation | undefined {
        const component = this.partition.ofNode(node);
        if (!component) return undefined;
        this.ready(component);
        return component.derivations.bySource.get(node);
    }

    /**
     * The meaning of a `{…}`, read once per group (inline-values.ts calls it); a `{…}` of no
     * document of the world is read every time.
     */
    inlineValue(node: ast.InlineExpression, read: () => InlineValue): InlineValue {
        const component = this.partition.ofNode(node);
        if (!component) return read();
        let value = component.inline.get(node);
        if (!value) {
            this.ready(component);
            this.active.push(component);
            try {
                component.inline.set(node, value = read());
            } finally {
                this.active.pop();
            }
        }
        return value;
    }

    /**
     * Something computed from the values of an indicator's group for an org and a period (`what`
     * names it: the sums of its parts), computed once and kept as long as the group is.
     */
    kept<T>(what: string, indicator: ast.Indicator, org: ast.Org, period: Period, compute: () => T): T {
        const component = this.partition.ofIndicator(indicator) ?? this.stray;
        this.noteRead(component);
        let index = component.derivedValues.get(what);
        if (!index) component.derivedValues.set(what, index = new FactIndex());
        const entries = index.entriesOf(indicator);
        const key = index.keyOf(org, period);
        if (entries.has(key)) return entries.get(key) as T;
        this.ready(component);
        // while its claims are being solved a missing value may still be found: not kept then
        if (component.inference === 'running') return compute();
        this.active.push(component);
        try {
            const value = compute();
            entries.set(key, value);
            return value;
        } finally {
            this.active.pop();
        }
    }

    /** A value of one group read while another is evaluated: the reader is evaluated again when the group is. */
    private noteRead(component: EvaluationComponent): void {
        const reader = this.active.at(-1);
        if (reader && reader !== component) reader.reads.add(component);
    }

    /** A group's inference, worked out before its first value is read. */
    private ready(component: EvaluationComponent): void {
        if (component.inference === 'pending') this.infer(component);
    }

    /**
     * Every stated claim is an equation: in document order, one that misses exactly one value
     * pins it (solve), and the value is used by every later claim and rule as if given. A new
     * derivation forgets the values found missing so far, which it may now complete. Per group:
     * a claim reads only values of its own group.
     */
    private infer(component: EvaluationComponent): void {
        if (!this.equations) {
            component.inference = 'done';
            return;
        }
        component.inference = 'running';
        this.active.push(component);
        try {
            for (const equation of this.equations(this, component.nodes)) {
                const unknown = singleMissing(this.evaluate(equation.expression, equation.scope));
                if (!unknown) continue;
                const interval = solve(this, equation, unknown);
                if (!interval || !component.derivations.add({ ...unknown, interval, from: equation.from })) continue;
                for (const [entries, key] of component.failures.splice(0)) entries.delete(key);
            }
        } finally {
            this.active.pop();
            component.failures.length = 0;
            component.inference = 'done';
        }
    }

    contextOf(node: AstNode): DocumentContext {
        return this.world.contextOf(node);
    }

    /** The value of an indicator for an org and a period. */
    value(indicator: ast.Indicator, org: ast.Org, period: Period, source: ValueSource = 'actual'): Evaluation {
        const component = this.partition.ofIndicator(indicator) ?? this.stray;
        this.ready(component);
        this.noteRead(component);
        // one key and one entry map for the read, the mark and the result
        const memo = component.memo[source];
        const code = memo.keyOf(org, period);
        const entries = memo.entriesOf(indicator);
        const known = entries.get(code);
        if (known === IN_PROGRESS) return { ok: false, missing: [{ indicator, org, period, source }] };
        if (known) return known;
        entries.set(code, IN_PROGRESS);
        let result: Evaluation | undefined;
        this.active.push(component);
        try {
            result = source === 'target' ? this.targetValue(indicator, org, period) : this.actualValue(indicator, org, period);
            if (!result.ok && !result.invalid) result = this.derivedValue(component, indicator, org, period, source) ?? result;
            return result;
        } finally {
            this.active.pop();
            if (result) {
                entries.set(code, result);
                if (!result.ok && component.inference === 'running') component.failures.push([entries, code]);
            } else {
                entries.delete(code);
            }
        }
    }

    /** Evaluates a formula, an inline expression or a rule side. */
    evaluate(expression: ast.Expression | undefined, scope: EvaluationScope): Evaluation {
        if (!expression) return INCOMPLETE;
        const result = this.compute(expression, scope);
        // the unit is only worth inferring for a value (it does not depend on the evaluation)
        return result.ok ? { ...result, type: typeOf(expression, this.world) } : result;
    }

    /** A value a claim implies (inference.ts), its middle and its range. */
    private derivedValue(component: EvaluationComponent, indicator: ast.Indicator, org: ast.Org, period: Period, source: ValueSource): Evaluation | undefined {
        const derivation = component.derivations.get({ indicator, org, period, source });
        if (!derivation) return undefined;
        const unit = this.world.unitOf(indicator.unit?.ref);
        return { ok: true, value: middle(derivation.interval)!, type: unitType(unit), bounds: derivation.interval, derived: [derivation] };
    }

    /** The value of an indicator's formula, scaled to its unit (a plain ratio into %, ‰ …). */
    formulaValue(indicator: ast.Indicator, formula: ast.Expression, org: ast.Org, period: Period, source: ValueSource = 'actual'): Evaluation {
        const result = this.evaluate(formula, scopeFor(org, period, source));
        if (!result.ok) return result;
        const unit = this.world.unitOf(indicator.unit?.ref);
        const type = unit ? unitType(unit) : result.type;
        if (result.type.kind !== 'dimensionless' || unit?.kind !== 'ratio' || !unit.factor) return { ...result, type };
        const factor = exactly(new Decimal(unit.factor));
        return { ...result, value: result.value.times(unit.factor), type, bounds: result.bounds && multiply(result.bounds, factor) };
    }

    private actualValue(indicator: ast.Indicator, org: ast.Org, period: Period): Evaluation {
        const unit = this.world.unitOf(indicator.unit?.ref);
        const given = this.world.factsFor(indicator, org, period)[0];
        if (given) {
            if (!given.value) return { ok: false, missing: [], invalid: { kind: 'unreadable', indicator } };
            // a rate or a measure the text states is known to the precision written ("88,9%" is 88,85–88,95):
            // a difference of two such ("tăng 3,4 điểm phần trăm") is checked against what both allow; counts are exact
            const written = given.source === 'statement' && unit?.kind !== 'count' && given.decimals > 0;
            const half = written ? tolerance(given.decimals) : undefined;
            return { ok: true, value: given.value, type: unitType(unit), bounds: half && { lo: given.value.minus(half), hi: given.value.plus(half) } };
        }
        const missing: Missing[] = [];
        for (const formula of indicator.formulas) {
            const result = this.formulaValue(indicator, formula, org, period);
            if (result.ok) return result;
            // a total missing is the total, not its parts; a ratio missing names its inputs
            if (!isSum(formula)) missing.push(...result.missing);
        }
        if (unit?.kind === 'count') {
            const children = this.world.children.get(org);
            if (children?.length) {
                const rolled = this.total(indicator, children, period);
                if (rolled) return { ok: true, value: rolled, type: unitType(unit) };
            }
            if (org.predecessors.length && org.since) {
                const predecessors = org.predecessors.map(p => p.ref).filter((p): p is ast.Org => !!p);
                const since = parseDate(org.since);
                if (predecessors.length && since && compareDates(periodEnd(period), since) < 0) {
                    const before = this.total(indicator, predecessors, period);
                    if (before) return { ok: true, value: before, type: unitType(unit) };
                }
            }
        }
        return { ok: false, missing: missing.length ? missing : [{ indicator, org, period, source: 'actual' }] };
    }

    /**
     * The planned value: a target given as a number; else what the indicator's formula makes of
     * the planned inputs (a total of planned amounts, a rate of planned counts: "tl >= 95 %" with
     * 45.890 of 47.800 trẻ planned is 96,0%); else the number of a bound target.
     */
    private targetValue(indicator: ast.Indicator, org: ast.Org, period: Period): Evaluation {
        const unit = this.world.unitOf(indicator.unit?.ref);
        const targets = this.world.targetsFor(indicator, org, period);
        const given = targets.find(t => t.operator === '=');
        const planned = given ? undefined : this.plannedByFormula(indicator, org, period);
        if (planned) return planned;
        const target = given ?? targets[0];
        if (!target) return { ok: false, missing: [{ indicator, org, period, source: 'target' }] };
        return target.value
            ? { ok: true, value: target.value, type: unitType(unit) }
            : { ok: false, missing: [], invalid: { kind: 'unreadable', indicator } };
    }

    private plannedByFormula(indicator: ast.Indicator, org: ast.Org, period: Period): Evaluation | undefined {
        for (const formula of indicator.formulas) {
            const result = this.formulaValue(indicator, formula, org, period, 'target');
            if (result.ok) return result;
        }
        return undefined;
    }

    /**
     * The sum of an indicator over orgs (the units of an org, or the orgs it replaced);
     * undefined when one of them has no value (what is missing is the total, named by the
     * caller). Every org is evaluated, even after one is missing: the memo then fills in the
     * same order whatever the data, so that a cycle ends the same way.
     */
    private total(indicator: ast.Indicator, orgs: readonly ast.Org[], period: Period): Decimal | undefined {
        let total = ZERO;
        let complete = true;
        for (const org of orgs) {
            const part = this.value(indicator, org, period);
            if (part.ok) total = total.plus(part.value);
            else if (part.missing.length || part.invalid) complete = false;
        }
        return complete ? total : undefined;
    }

    private compute(expression: ast.Expression | undefined, scope: EvaluationScope): Evaluation {
        if (!expression) return INCOMPLETE;
        // the type of a computed value before typing (evaluate adds it)
        const unknown = UNKNOWN_UNIT;
        if (ast.isNumberLiteral(expression)) {
            const number = sourceNumberOf(expression.value ?? '');
            return number.ok ? { ok: true, value: number.value, type: unknown } : { ok: false, missing: [], invalid: { kind: 'literal', literal: expression } };
        }
        if (ast.isIndicatorRef(expression)) {
            const indicator = expression.indicator?.ref;
            if (!indicator) return INCOMPLETE;
            const { org, period } = referencedIn(expression, scope, this.world);
            if (!org || !period) return { ok: false, missing: [{ indicator, org, period, source: scope.source }] };
            return this.value(indicator, org, period, scope.source);
        }
        if (ast.isBinaryExpression(expression)) {
            if (!expression.left || !expression.right) return INCOMPLETE;
            const left = this.compute(expression.left, scope);
            const right = this.compute(expression.right, scope);
            if (!left.ok || !right.ok) return failed(left, right);
            if (expression.operator === '/' && right.value.isZero() && !right.derived) {
                return { ok: false, missing: [], invalid: { kind: 'zero', divisor: expression.right } };
            }
            return arithmetic(expression.operator, left, right);
        }
        if (ast.isPercentOf(expression)) {
            if (!expression.part || !expression.whole) return INCOMPLETE;
            const part = this.compute(expression.part, scope);
            const whole = this.computeWhole(expression, scope);
            if (!part.ok || !whole.ok) return failed(part, whole);
            return whole.value.isZero() && !whole.derived
                ? { ok: false, missing: [], invalid: { kind: 'zero', divisor: expression.whole } }
                : arithmetic('/', part, whole);
        }
        if (ast.isPlanOf(expression)) {
            if (!expression.argument) return { ok: false, missing: [], invalid: { kind: 'bare', node: expression } };
            return this.compute(expression.argument, plannedScope(scope));
        }
        if (ast.isPrevOf(expression)) {
            if (!expression.argument) return { ok: false, missing: [], invalid: { kind: 'bare', node: expression } };
            return this.compute(expression.argument, previousScope(scope));
        }
        if (ast.isFunctionCall(expression)) {
            if (!expression.args.length) return INCOMPLETE;
            const args = expression.args.map(arg => this.compute(arg, scope));
            const failure = args.find(a => !a.ok);
            if (failure) return failed(...args);
            const values = args.map(a => (a as { value: Decimal }).value);
            const derived = args.flatMap(a => (a.ok && a.derived) || []);
            if (derived.length) {
                // a derived value is a range: rounding keeps it one, the other functions say nothing certain
                const first = args[0] as Evaluation & { ok: true };
                if (expression.function !== 'round' || !first.bounds || derived.length !== (first.derived?.length ?? 0)) return { ok: false, missing: derived.map(factOf) };
                const places = values[1]?.toNumber() ?? 0;
                const bounds = { lo: first.bounds.lo!.toDecimalPlaces(places, Decimal.ROUND_HALF_UP), hi: first.bounds.hi!.toDecimalPlaces(places, Decimal.ROUND_HALF_UP) };
                return { ok: true, value: middle(bounds)!, type: unknown, bounds, derived };
            }
            switch (expression.function) {
                case 'round': return { ok: true, value: values[0].toDecimalPlaces(values[1]?.toNumber() ?? 0, Decimal.ROUND_HALF_UP), type: unknown };
                case 'abs': return { ok: true, value: values[0].abs(), type: unknown };
                case 'min': return { ok: true, value: Decimal.min(...values), type: unknown };
                case 'max': return { ok: true, value: Decimal.max(...values), type: unknown };
            }
        }
        return INCOMPLETE;
    }

    /** `x of plan` and `x of prev` mean the plan / the same period of x itself. */
    private computeWhole(expression: ast.PercentOf, scope: EvaluationScope): Evaluation {
        const whole = expression.whole;
        if (ast.isPlanOf(whole) && !whole.argument) return this.compute(expression.part, plannedScope(scope));
        if (ast.isPrevOf(whole) && !whole.argument) return this.compute(expression.part, previousScope(scope));
        return this.compute(whole, scope);
    }
}

const ZERO = new Decimal(0);

/**
 * `a + b`, `a − b`, `a × b`, `a ÷ b` of two values: exact, or — when one of them is a value a claim
 * implies — over their ranges, its middle as the value; missing when a divisor's range holds 0.
 */
function arithmetic(operator: string, left: Evaluation & { ok: true }, right: Evaluation & { ok: true }): Evaluation {
    const exact = () => operator === '+' ? left.value.plus(right.value) : operator === '-' ? left.value.minus(right.value)
        : operator === '*' ? left.value.times(right.value) : left.value.dividedBy(right.value);
    if (!left.bounds && !right.bounds) return { ok: true, value: exact(), type: UNKNOWN_UNIT };
    const a = left.bounds ?? exactly(left.value);
    const b = right.bounds ?? exactly(right.value);
    const bounds = operator === '+' ? add(a, b) : operator === '-' ? subtract(a, b) : operator === '*' ? multiply(a, b) : divide(a, b);
    const derived = [...left.derived ?? [], ...right.derived ?? []];
    // values stated at a precision only: the number as computed, and the range it may be in
    if (!derived.length) return { ok: true, value: exact(), type: UNKNOWN_UNIT, bounds };
    const value = bounds && middle(bounds);
    if (!bounds || !value) return { ok: false, missing: derived.map(factOf) };
    return { ok: true, value, type: UNKNOWN_UNIT, bounds, derived };
}

/** A derived value as the value it stands for, when what it allows is not enough. */
function factOf(derivation: Derivation): Missing {
    return { indicator: derivation.indicator, org: derivation.org, period: derivation.period, source: derivation.source };
}

function failed(...results: Evaluation[]): Evaluation {
    const missing: Missing[] = [];
    let invalid: InvalidReason | undefined;
    for (const r of results) {
        if (!r.ok) {
            missing.push(...r.missing);
            // the first reason that the checker has to tell: an incomplete expression is told elsewhere
            if (r.invalid && (!invalid || invalid.kind === 'incomplete')) invalid = r.invalid;
        }
    }
    return invalid ? { ok: false, missing, invalid } : { ok: false, missing };
}
