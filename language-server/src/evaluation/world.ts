import { AstUtils, type AstNode, type LangiumDocument } from 'langium';
import type { Decimal } from 'decimal.js';
import * as ast from '../generated/ast.js';
import { parseSourceNumber, parseStatedNumber, type SourceNumber, type StatedNumber } from '../semantics/numbers.js';
import { memoByText } from '../semantics/text-memo.js';
import { parsePeriodLiteral, samePeriodPreviousYear, type Period, type PeriodResult } from '../semantics/periods.js';
import type { UnitInfo } from '../semantics/units.js';
import { multipliedUnit } from '../semantics/stated-scale.js';
import { holdsSyntaxError, inlineExpressions } from '../body.js';
import { FactIndex } from './fact-index.js';
import { boundSaidBefore, writtenMultiplier } from './inline-context.js';

/** The org and periods that prose of a document speaks about unless it says otherwise. */
export interface DocumentContext {
    readonly document?: ast.Document;
    readonly org?: ast.Org;
    readonly period?: Period;
    /** "cùng kỳ": the compared period, by default the same period a year earlier. */
    readonly compare?: Period;
    /** the period whose targets "kế hoạch" means, by default the period's year. */
    readonly plan?: Period;
}

/** A value of an indicator for an org and a period, as data or as a statement in prose. */
export interface Fact {
    readonly indicator: ast.Indicator;
    readonly org: ast.Org;
    readonly period: Period;
    /** undefined when the number as written cannot be read without guessing */
    readonly value: Decimal | undefined;
    /** digits written after the decimal separator */
    readonly decimals: number;
    readonly node: ast.DataValue | ast.InlineExpression;
    readonly source: 'data' | 'statement';
    /** the document that gives it (AstUtils.getDocument(node), known when indexed) */
    readonly document: LangiumDocument;
}

export interface TargetFact {
    readonly indicator: ast.Indicator;
    readonly org: ast.Org;
    readonly period: Period;
    readonly operator: string;
    readonly value: Decimal | undefined;
    readonly node: ast.TargetValue;
    /** the document that gives it (AstUtils.getDocument(node), known when indexed) */
    readonly document: LangiumDocument;
}

/** Reads a period literal; undefined when absent or invalid (the invalid case is a diagnostic elsewhere). */
export function periodOf(literal: ast.PeriodLiteral | undefined): Period | undefined {
    return literal?.value ? periodOfLiteral(literal) : undefined;
}

function periodOfLiteral(literal: ast.PeriodLiteral): Period | undefined {
    const parsed = readPeriodLiteral(literal.value);
    return parsed.ok ? parsed.period : undefined;
}

// Literals, data and stated numbers are read by several checks, and again after every
// keystroke: each distinct text is read once (the results are shared, never mutated).

/** A period literal (`Q1/2024`, `..30/11/2023`) as parsePeriodLiteral reads it. */
export const readPeriodLiteral: (text: string) => PeriodResult = memoByText(parsePeriodLiteral);

/** A number in source notation (data, targets, `x * 4`), as parseSourceNumber reads it. */
export const sourceNumberOf: (text: string) => SourceNumber = memoByText(parseSourceNumber);

const statedNumberOfText = memoByText(parseStatedNumber);

/** The number stated in `{… = 82,8%}`; undefined when it is not a number. */
export function statedNumberOf(quantity: ast.Quantity): StatedNumber | undefined {
    return statedNumberOfText(quantity.value);
}

export function documentContext(model: ast.Model | undefined): DocumentContext {
    const document = model?.document;
    if (!document) return {};
    const period = periodOf(document.period);
    const compare = periodOf(document.compare) ?? (period ? samePeriodPreviousYear(period) : undefined);
    const plan = periodOf(document.planPeriod)
        ?? (period ? { kind: 'year', year: period.year, fromMonth: 1, toMonth: 12 } as Period : undefined);
    return { document, org: document.issuer?.ref, period, compare, plan };
}

/** The indicator, org and period a statement gives a value for. */
export interface StatementTarget {
    readonly indicator: ast.Indicator;
    readonly org: ast.Org;
    readonly period: Period;
}

// Asked by the World and five checks for each {…}: worked out once per expression and
// context. A context belongs to one World (one linking state), so the answers go with it.
const targetsByContext = new WeakMap<DocumentContext, Map<ast.InlineExpression, StatementTarget | undefined>>();

/** Where a statement `{x = 703}` or `{prev(x) = 645}` puts its value, if it is one (a bound or an approximation is none). */
export function statementTarget(expression: ast.InlineExpression, context: DocumentContext): StatementTarget | undefined {
    let known = targetsByContext.get(context);
    if (!known) targetsByContext.set(context, known = new Map());
    let target = known.get(expression);
    if (target === undefined && !known.has(expression)) known.set(expression, target = findStatementTarget(expression, context));
    return target;
}

function findStatementTarget(expression: ast.InlineExpression, context: DocumentContext): StatementTarget | undefined {
    // "{x ≈ 80.000}", "{x > 85%}", "trên {x = 95%}" bound a value; they do not give it
    if ((expression.relation && expression.relation !== '=') || boundSaidBefore(expression)) return undefined;
    let ref: ast.Expression | undefined = expression.expression;
    let period = context.period;
    if (ast.isPrevOf(ref)) {
        ref = ref.argument;
        period = context.compare;
    }
    if (!ast.isIndicatorRef(ref)) return undefined;
    const indicator = ref.indicator?.ref;
    const org = ref.org?.ref ?? context.org;
    const ownPeriod = ref.period ? periodOf(ref.period) : period;
    if (!indicator || !org || !ownPeriod) return undefined;
    return { indicator, org, period: ownPeriod };
}

type FactsIndex = FactIndex<ast.Indicator, ast.Org, Fact[]>;
type TargetsIndex = FactIndex<ast.Indicator, ast.Org, TargetFact[]>;

/** The values given of each indicator: by (indicator, org, period), and by indicator in the order given. */
interface Facts {
    readonly facts: FactsIndex;
    readonly factsByIndicator: Map<ast.Indicator, Fact[]>;
}

/**
 * What the documents of a world declare — units, orgs, rules, indicators, each document's
 * context — and the values their data and target blocks give. The same for every world whose
 * documents are the same trees (an edit of a body re-parses only its lines): such worlds share
 * it, so that after an edit nothing of it is read again.
 */
export class Declarations {
    readonly units = new Map<ast.Unit, UnitInfo>();
    readonly children = new Map<ast.Org, ast.Org[]>();
    readonly rules: ast.Rule[] = [];
    readonly indicators: ast.Indicator[] = [];
    readonly contexts = new WeakMap<ast.Model, DocumentContext>();
    private data?: Facts & { readonly targets: TargetsIndex; readonly targetsByIndicator: Map<ast.Indicator, TargetFact[]> };

    constructor(readonly documents: readonly LangiumDocument[], readonly models: readonly ast.Model[]) {
        for (const model of models) this.collectDeclarations(model);
    }

    /** Whether a world of these documents has these declarations. */
    holds(documents: readonly LangiumDocument[]): boolean {
        return documents.length === this.documents.length
            && documents.every((d, i) => d === this.documents[i] && d.parseResult.value === this.models[i]);
    }

    unitOf(unit: ast.Unit | undefined): UnitInfo | undefined {
        // known units first: this is asked for every value of every check
        return unit ? this.units.get(unit) ?? this.unitInfo(unit, new Set()) : undefined;
    }

    /** The values of the data and target blocks, read on first use (the keystroke lane needs only the declarations). */
    dataBlocks() {
        if (!this.data) {
            this.data = { facts: new FactIndex(), factsByIndicator: new Map(), targets: new FactIndex(), targetsByIndicator: new Map() };
            for (const model of this.models) this.collectData(model, this.data);
        }
        return this.data;
    }

    private collectDeclarations(model: ast.Model): void {
        for (const element of model.elements) {
            if (ast.isUnit(element)) this.unitOf(element);
            else if (ast.isOrg(element)) {
                const parent = element.parent?.ref;
                if (parent) push(this.children, parent, element);
            } else if (ast.isRule(element)) this.rules.push(element);
            else if (ast.isIndicator(element)) this.indicators.push(element);
        }
    }

    private collectData(model: ast.Model, into: NonNullable<Declarations['data']>): void {
        const document = AstUtils.getDocument(model);
        for (const element of model.elements) {
            if (ast.isDataBlock(element)) {
                const org = element.org?.ref;
                const period = periodOf(element.period);
                if (!org || !period) continue;
                for (const value of element.values) {
                    const indicator = value.indicator?.ref;
                    if (!indicator || !value.quantity?.value) continue;
                    const number = sourceNumberOf(value.quantity.value);
                    addFact(into, {
                        indicator, org, period, node: value, source: 'data', document,
                        value: number.ok ? number.value : undefined, decimals: number.ok ? number.decimals : 0,
                    });
                }
            } else if (ast.isTargetBlock(element)) {
                const org = element.org?.ref;
                const period = periodOf(element.period);
                if (!org || !period) continue;
                for (const target of element.targets) {
                    const indicator = target.indicator?.ref;
                    if (!indicator || !target.quantity?.value) continue;
                    const number = sourceNumberOf(target.quantity.value);
                    const fact: TargetFact = {
                        indicator, org, period, operator: target.operator, node: target, document,
                        value: number.ok ? number.value : undefined,
                    };
                    into.targets.getOrAdd(indicator, org, period, () => []).push(fact);
                    push(into.targetsByIndicator, indicator, fact);
                }
            }
        }
    }

    private unitInfo(unit: ast.Unit, visiting: Set<ast.Unit>): UnitInfo {
        const known = this.units.get(unit);
        if (known) return known;
        visiting.add(unit);
        const baseNode = unit.base?.ref;
        const base = baseNode && !visiting.has(baseNode) ? this.unitInfo(baseNode, visiting) : undefined;
        const factor = unit.factor ? parseSourceNumber(unit.factor) : undefined;
        const info: UnitInfo = unit.factor !== undefined
            ? { name: unitName(unit), kind: 'ratio', factor: factor?.ok ? factor.value.toNumber() : undefined }
            : unit.kind === 'measure' ? { name: unitName(unit), kind: 'measure', base }
                : { name: unitName(unit), kind: 'count', base, ...multipliedUnit(unitName(unit)) };
        this.units.set(unit, info);
        return info;
    }
}

/**
 * Everything the evaluation needs from the documents a document can see: units, orgs,
 * facts and targets indexed by (indicator, org, period), rules. Built once per document
 * and workspace state; what the declarations and data blocks give is shared with the world
 * before when they are the same (Declarations).
 */
export class World {
    readonly declarations: Declarations;
    private indexed?: Facts;

    constructor(readonly documents: readonly LangiumDocument[], previous?: World) {
        this.declarations = previous?.declarations.holds(documents)
            ? previous.declarations
            : new Declarations(documents, documents.map(d => d.parseResult.value as ast.Model));
    }

    get units(): ReadonlyMap<ast.Unit, UnitInfo> { return this.declarations.units; }
    get children(): ReadonlyMap<ast.Org, ast.Org[]> { return this.declarations.children; }
    get rules(): readonly ast.Rule[] { return this.declarations.rules; }
    get indicators(): readonly ast.Indicator[] { return this.declarations.indicators; }

    // Facts and targets are indexed on first use: the keystroke lane of checks needs only the
    // declarations (units, orgs), the evaluated lane needs every value.
    get factsByIndicator(): ReadonlyMap<ast.Indicator, readonly Fact[]> { return this.index().factsByIndicator; }
    get targetsByIndicator(): ReadonlyMap<ast.Indicator, readonly TargetFact[]> { return this.declarations.dataBlocks().targetsByIndicator; }

    /** The data blocks' values (shared, copied before statements are added), then the statements of the bodies. */
    private index(): Facts {
        if (!this.indexed) {
            // data before statements, so that a statement is checked against data
            const data = this.declarations.dataBlocks();
            this.indexed = {
                facts: data.facts.copy(list => [...list]),
                factsByIndicator: new Map([...data.factsByIndicator].map(([indicator, list]) => [indicator, [...list]])),
            };
            for (const model of this.declarations.models) this.collectStatements(model, this.indexed);
        }
        return this.indexed;
    }

    contextOf(node: AstNode): DocumentContext {
        const model = AstUtils.findRootNode(node) as ast.Model;
        const contexts = this.declarations.contexts;
        let context = contexts.get(model);
        if (!context) contexts.set(model, context = documentContext(model));
        return context;
    }

    unitOf(unit: ast.Unit | undefined): UnitInfo | undefined {
        return this.declarations.unitOf(unit);
    }

    /** The values given for an indicator, org and period, data first; the first one is the value. */
    factsFor(indicator: ast.Indicator, org: ast.Org, period: Period): readonly Fact[] {
        return this.index().facts.get(indicator, org, period) ?? NONE;
    }

    targetsFor(indicator: ast.Indicator, org: ast.Org, period: Period): readonly TargetFact[] {
        return this.declarations.dataBlocks().targets.get(indicator, org, period) ?? NONE;
    }

    private collectStatements(model: ast.Model, into: Facts): void {
        const body = model.document?.body;
        if (!body) return;
        const context = this.contextOf(model);
        const document = AstUtils.getDocument(model);
        for (const part of inlineExpressions(model)) {
            if (!part.stated?.value || holdsSyntaxError(part)) continue;
            const target = statementTarget(part, context);
            if (!target) continue;
            const stated = statedNumberOf(part.stated);
            // "{x = 48.652,34} triệu đồng", a column "(triệu đồng)": the value is in đồng, to the precision written
            const multiplier = writtenMultiplier(part, this.unitOf(target.indicator.unit?.ref));
            addFact(into, {
                indicator: target.indicator, org: target.org, period: target.period, node: part, source: 'statement', document,
                value: stated && multiplier !== 1 ? stated.value.times(multiplier) : stated?.value,
                decimals: (stated?.decimals ?? 0) - Math.round(Math.log10(multiplier)),
            });
        }
    }
}

function addFact(into: Facts, fact: Fact): void {
    into.facts.getOrAdd(fact.indicator, fact.org, fact.period, () => []).push(fact);
    push(into.factsByIndicator, fact.indicator, fact);
}

/** The word a unit is written with in prose: its label, or its name without quotes. */
export function unitName(unit: ast.Unit): string {
    // a declaration the parser recovered may have no name yet
    return unit.label ?? (unit.name ?? '').replace(/^"|"$/g, '');
}

const NONE: readonly never[] = Object.freeze([]);

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
}
