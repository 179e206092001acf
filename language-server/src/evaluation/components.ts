import * as ast from '../generated/ast.js';
import { inlineExpressions } from '../body.js';
import { FactIndex } from './fact-index.js';
import { Derivations } from './inference.js';
import { surroundings } from './inline-context.js';
import type { Evaluation, ValueSource } from './evaluator.js';
import type { InlineValue } from './inline-values.js';
import type { Declarations, World } from './world.js';
import { memoByObject } from '../semantics/object-memo.js';

/** Marks a value being computed, so that a formula that needs itself ends instead of looping. */
export const IN_PROGRESS = Symbol('in progress');

/**
 * A part of a document's evaluation that nothing outside it can change: a group of indicators
 * linked by their formulas and by the `{…}` that name several of them, with the `{…}` of the
 * body that name them. The value of one of its indicators reads only the facts and formulas of
 * the group and what the group's claims imply; the claims of the group are its equations.
 * So after an edit the groups whose `{…}` did not change keep what they computed
 * (EvaluationSession.moveTo), and only the others are evaluated again.
 */
export class EvaluationComponent {
    // made when first used: a world has a group per indicator, most of which nothing reads
    private memoOf?: Record<ValueSource, FactIndex<ast.Indicator, ast.Org, Evaluation | typeof IN_PROGRESS>>;
    private derivationsOf?: Derivations;
    private inlineOf?: Map<ast.InlineExpression, InlineValue>;
    private derivedValuesOf?: Map<string, FactIndex<ast.Indicator, ast.Org, unknown>>;
    private readsOf?: Set<EvaluationComponent>;
    inference: 'pending' | 'running' | 'done' = 'pending';
    /** while inferring, the memo entries that found a value missing: a new derivation may fill them */
    readonly failures: Array<[Map<unknown, unknown>, unknown]> = [];

    constructor(
        readonly indicators: ReadonlySet<ast.Indicator>,
        /** the group's `{…}`, in document order (the order its claims are solved in) */
        readonly nodes: readonly ast.InlineExpression[],
    ) {}

    /** one memo per source: the value of (indicator, org, period), computed once */
    get memo(): Record<ValueSource, FactIndex<ast.Indicator, ast.Org, Evaluation | typeof IN_PROGRESS>> {
        return this.memoOf ??= { actual: new FactIndex(), target: new FactIndex() };
    }

    /** what the group's claims imply of values nobody gave: worked out before its first value is read */
    get derivations(): Derivations {
        return this.derivationsOf ??= new Derivations();
    }

    /** the meaning of each `{…}` of the group, read once (inline-values.ts) */
    get inline(): Map<ast.InlineExpression, InlineValue> {
        return this.inlineOf ??= new Map();
    }

    /** what is computed from the group's values, by what it is and (indicator, org, period): the sums of parts (sums.ts) */
    get derivedValues(): Map<string, FactIndex<ast.Indicator, ast.Org, unknown>> {
        return this.derivedValuesOf ??= new Map();
    }

    /**
     * Groups it read a value of (an edge the partition missed): it is evaluated again when one of
     * them is. Empty when the partition is right, which the tests check.
     */
    get reads(): Set<EvaluationComponent> {
        return this.readsOf ??= new Set();
    }

    /** Whether it read a value of a group not among `kept`. */
    readsOutside(kept: ReadonlySet<EvaluationComponent>): boolean {
        return !!this.readsOf && [...this.readsOf].some(read => !kept.has(read));
    }
}

/** The indicators an expression names (iterative: a total may have thousands of terms). */
export function indicatorsOf(expression: ast.Expression | undefined, found: (indicator: ast.Indicator) => void): void {
    const pending: Array<ast.Expression | undefined> = [expression];
    while (pending.length) {
        const next = pending.pop();
        if (!next) continue;
        if (ast.isIndicatorRef(next)) {
            const indicator = next.indicator?.ref;
            if (indicator) found(indicator);
        } else if (ast.isBinaryExpression(next)) pending.push(next.left, next.right);
        else if (ast.isPercentOf(next)) pending.push(next.part, next.whole);
        else if (ast.isPlanOf(next) || ast.isPrevOf(next)) pending.push(next.argument);
        else if (ast.isFunctionCall(next)) pending.push(...next.args);
    }
}

/** The groups of a world: each indicator's and each `{…}`'s. */
export class Partition {
    private readonly byIndicator = new Map<ast.Indicator, EvaluationComponent>();
    private readonly byNode = new Map<ast.InlineExpression, EvaluationComponent>();
    readonly components: EvaluationComponent[] = [];

    /**
     * `previous`: the groups of the world before, when its declarations are the same objects (a
     * body edit): a group with the same indicators and the same `{…}` read the same way is kept.
     */
    constructor(world: World, previous?: Partition) {
        const parent = new Map<ast.Indicator, ast.Indicator>();
        const root = (indicator: ast.Indicator): ast.Indicator => {
            let top = indicator;
            for (let up = parent.get(top); up && up !== top; up = parent.get(top)) top = up;
            // path compression
            for (let at = indicator; at !== top;) { const up = parent.get(at)!; parent.set(at, top); at = up; }
            if (!parent.has(top)) parent.set(top, top);
            return top;
        };
        const join = (a: ast.Indicator, b: ast.Indicator) => {
            const ra = root(a), rb = root(b);
            if (ra !== rb) parent.set(rb, ra);
        };
        for (const [indicator, top] of formulaGroups(world.declarations)) parent.set(indicator, top);
        // the `{…}` of every document of the world, in order, with the group they join
        const nodes: Array<[ast.InlineExpression, ast.Indicator | undefined]> = [];
        for (const document of world.documents) {
            for (const node of inlineExpressions(document.parseResult.value as ast.Model)) {
                let first: ast.Indicator | undefined;
                indicatorsOf(node.expression, indicator => (first ? join(first, indicator) : (first = indicator, root(indicator))));
                nodes.push([node, first]);
                this.readings.set(node, surroundingsKey(node));
            }
        }
        const members = new Map<ast.Indicator, { indicators: Set<ast.Indicator>; nodes: ast.InlineExpression[] }>();
        const groupOf = (top: ast.Indicator) => {
            let group = members.get(top);
            if (!group) members.set(top, group = { indicators: new Set(), nodes: [] });
            return group;
        };
        for (const indicator of parent.keys()) groupOf(root(indicator)).indicators.add(indicator);
        // `{…}` naming no indicator (a number, a reference being typed): one group of their own
        const loose: ast.InlineExpression[] = [];
        for (const [node, first] of nodes) (first ? groupOf(root(first)).nodes : loose).push(node);
        for (const group of [...members.values(), { indicators: new Set<ast.Indicator>(), nodes: loose }]) {
            const kept = previous?.same(group.indicators, group.nodes, this.readings);
            const component = kept ?? new EvaluationComponent(group.indicators, group.nodes);
            this.components.push(component);
            for (const indicator of group.indicators) this.byIndicator.set(indicator, component);
            for (const node of group.nodes) this.byNode.set(node, component);
        }
        this.forgetWhatReadChanged(previous);
    }

    /** The group of an indicator (undefined for one the world does not declare). */
    ofIndicator(indicator: ast.Indicator): EvaluationComponent | undefined {
        return this.byIndicator.get(indicator);
    }

    /** The group of a `{…}` of the world's documents (undefined for any other). */
    ofNode(node: ast.InlineExpression): EvaluationComponent | undefined {
        return this.byNode.get(node);
    }

    /** The group of the previous partition with exactly these indicators and `{…}`, each read the same way. */
    private same(indicators: ReadonlySet<ast.Indicator>, nodes: readonly ast.InlineExpression[], readings: ReadonlyMap<ast.InlineExpression, string>): EvaluationComponent | undefined {
        const first = nodes[0] ?? indicators.values().next().value;
        if (first === undefined) return undefined;
        const old = ast.isInlineExpression(first) ? this.ofNode(first) : this.ofIndicator(first);
        if (!old || old.indicators.size !== indicators.size || old.nodes.length !== nodes.length) return undefined;
        for (const indicator of indicators) if (!old.indicators.has(indicator)) return undefined;
        for (let i = 0; i < nodes.length; i++) {
            if (old.nodes[i] !== nodes[i] || this.readings.get(nodes[i]) !== readings.get(nodes[i])) return undefined;
        }
        return old;
    }

    /** The column header each `{…}` is read under (another line says it: surroundingsKey) */
    private readonly readings = new Map<ast.InlineExpression, string>();

    /** A kept group that read a value of a group made again is made again too, until none is left. */
    private forgetWhatReadChanged(previous: Partition | undefined): void {
        if (!previous) return;
        const before = new Set(previous.components);
        const kept = new Set(this.components.filter(c => before.has(c)));
        for (let changed = true; changed;) {
            changed = false;
            for (const component of kept) {
                if (!component.readsOutside(kept)) continue;
                kept.delete(component);
                const fresh = new EvaluationComponent(component.indicators, component.nodes);
                this.components[this.components.indexOf(component)] = fresh;
                for (const indicator of fresh.indicators) this.byIndicator.set(indicator, fresh);
                for (const node of fresh.nodes) this.byNode.set(node, fresh);
                changed = true;
            }
        }
    }
}

/**
 * What is around a `{…}` that another line says: its table column's header. The rest of what
 * is around it is on its own line, re-parsed into new nodes when edited.
 */
function surroundingsKey(node: ast.InlineExpression): string {
    return surroundings(node).columnHeader ?? '';
}

/** The indicators linked by formulas, each with its group's first indicator: once per declarations (world.ts). */
const formulaGroups = memoByObject((declarations: Declarations): ReadonlyMap<ast.Indicator, ast.Indicator> => {
    const parent = new Map<ast.Indicator, ast.Indicator>();
    const root = (indicator: ast.Indicator): ast.Indicator => {
        let top = indicator;
        for (let up = parent.get(top); up && up !== top; up = parent.get(top)) top = up;
        if (!parent.has(top)) parent.set(top, top);
        return top;
    };
    for (const indicator of declarations.indicators) {
        root(indicator);
        for (const formula of indicator.formulas) {
            indicatorsOf(formula, other => {
                const a = root(indicator), b = root(other);
                if (a !== b) parent.set(b, a);
            });
        }
    }
    for (const indicator of parent.keys()) parent.set(indicator, root(indicator));
    return parent;
});
