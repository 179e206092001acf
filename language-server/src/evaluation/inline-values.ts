import { Decimal } from 'decimal.js';
import { AstUtils } from 'langium';
import * as ast from '../generated/ast.js';
import type { BcytServices } from '../bcyt-module.js';
import { formatVi, matchesAtPrecision, type StatedNumber } from '../semantics/numbers.js';
import { labelNamesBareRatio, scaleAfter, scaleInLabel } from '../semantics/stated-scale.js';
import { unitType, type UnitInfo, type UnitType } from '../semantics/units.js';
import type { MessageLanguage } from '../validation/diagnostic-codes.js';
import { scopeFor, scopeOf, type BcytEvaluator, type Evaluation, type EvaluationScope, type EvaluationSession, type Missing } from './evaluator.js';
import { explainExpression } from './explain.js';
import { surroundings } from './inline-context.js';
import { isSum, partsTotals } from './sums.js';
import { typeOf } from './typing.js';
import { textChunkAfter, unitWordAt, unitWords, type FoundWord } from './unit-words.js';
import { statedNumberOf, statementTarget, type Fact, type StatementTarget } from './world.js';

/**
 * What a `{…}` is:
 * - a statement gives a value (`{x = 703}`, `{prev(x) = 645}`, `{x @ TYT_A = 5}`): other checks use
 *   it; it is compared with data or an earlier statement of the same value, with its indicator's
 *   ratio formula, and with the sum of its parts;
 * - a claim states the number an expression comes to (`{x of plan = 20%}`): compared with the
 *   engine's value at the precision written;
 * - a print asks for the engine's value (`{x of plan}`).
 */
export type InlineKind = 'statement' | 'claim' | 'print';

export type InlineVerdict =
    /** a statement that is itself the value: nothing to compare it with */
    | 'given'
    /** every comparison holds at the precision written */
    | 'agrees'
    /** a comparison fails: the engine's number is printed, the check reports it */
    | 'differs'
    /** stated, but an input is missing: printed as stated, reported as information */
    | 'unverifiable'
    /** no stated number: the engine's value is printed */
    | 'computed'
    /** no stated number and an input missing: nothing can be printed (an error) */
    | 'missing'
    /** cannot be computed whatever the data (a division by zero, a number that cannot be read): an error */
    | 'invalid';

/** One comparison of a stated number with the engine's. */
export interface InlineComparison {
    readonly code: 'claim-mismatch' | 'sum-mismatch';
    /** the engine's number, in the scale the stated one is written in */
    readonly computed: Decimal;
    readonly agrees: boolean;
    /** what it was computed from, for the reader */
    readonly how: (lang: MessageLanguage) => string;
    /** the parts a total was compared with */
    readonly parts?: readonly Decimal[];
}

/** The meaning of one `{…}`: decided once per evaluation session, read by every consumer. */
export interface InlineValue {
    readonly node: ast.InlineExpression;
    readonly kind: InlineKind;
    readonly verdict: InlineVerdict;
    /** for a statement: the indicator, org and period it gives a value for */
    readonly target?: StatementTarget;
    /** the stated number, read the Vietnamese way */
    readonly stated?: StatedNumber;
    /** the unit of the value: the indicator's for a statement, the expression's otherwise */
    readonly type: UnitType;
    /** what a plain ratio is multiplied by to read as written: 100 for "%", 1000 for "‰", 1 for `a / b` */
    readonly factor: number;
    /** the engine's number as written (× factor), when it has one */
    readonly computed?: Decimal;
    readonly comparisons: readonly InlineComparison[];
    readonly missing: readonly Missing[];
    /** why the value cannot be computed ('invalid') */
    readonly failure?: Evaluation & { readonly ok: false };
    /** a "%" or "‰" the author left out, nowhere written around the number ("đạt 88,5 so với cùng kỳ") */
    readonly missingSign?: '%' | '‰';
    /** the unit word written right after the braces ("{x = 694} trẻ"), when it is one */
    readonly wordAfter?: { readonly word: FoundWord; readonly chunk: ast.TextChunk };
    /** the text the document prints in place of the braces; undefined when nothing can be printed */
    readonly printed?: string;
    /** the stated number is not a number ("1,2,3"): reported by `number-format` */
    readonly statedUnreadable?: boolean;
}

/**
 * The one owner of what a `{…}` means and comes to: its kind, the engine's value with its unit
 * and scale, the stated number with its precision, whether they agree, what is missing, and what
 * prints. The checks, the printed document (DOCX and preview), hover, inlay hints and quick
 * fixes read it; nothing else decides it. Memoised per evaluation session.
 */
export class InlineValues {
    private readonly evaluator: BcytEvaluator;

    constructor(services: BcytServices) {
        this.evaluator = services.evaluation.Evaluator;
    }

    /** The meaning of a `{…}`, in the session of its document (pass the session when it is at hand). */
    of(node: ast.InlineExpression, session: EvaluationSession = this.evaluator.session(node)): InlineValue {
        return inlineValue(node, session);
    }
}

const memo = new WeakMap<EvaluationSession, Map<ast.InlineExpression, InlineValue>>();

/** The meaning of a `{…}` in a session, read once per session (the service's memo, for callers holding a session). */
export function inlineValue(node: ast.InlineExpression, session: EvaluationSession): InlineValue {
    let known = memo.get(session);
    if (!known) memo.set(session, known = new Map());
    let value = known.get(node);
    if (!value) known.set(node, value = new InlineReading(node, session).read());
    return value;
}

/** Reads one `{…}`. */
class InlineReading {
    private readonly context;
    private readonly scope: EvaluationScope;

    constructor(private readonly node: ast.InlineExpression, private readonly session: EvaluationSession) {
        this.context = session.contextOf(node);
        this.scope = scopeOf(this.context);
    }

    read(): InlineValue {
        const node = this.node;
        const statedText = node.stated?.value;
        const stated = statedText ? statedNumberOf(node.stated!) : undefined;
        const target = stated ? statementTarget(node, this.context) : undefined;
        if (target && stated) return this.statement(target, stated);
        if (stated) return this.claim(stated);
        if (statedText) {
            // "{x = 1,2,3}": a number that cannot be read (number-format, an error) prints nothing
            const type = typeOf(node.expression, this.session.world);
            return this.finish({ kind: 'claim', verdict: 'invalid', type, factor: 1, comparisons: [], missing: [], statedUnreadable: true });
        }
        return this.print();
    }

    private statement(target: StatementTarget, stated: StatedNumber): InlineValue {
        const world = this.session.world;
        const type = unitType(world.unitOf(target.indicator.unit?.ref));
        const scale = this.scale(type, target);
        const comparisons: InlineComparison[] = [];
        let missing: readonly Missing[] = [];
        const first = world.factsFor(target.indicator, target.org, target.period)[0];
        if (first && first.node !== this.node) {
            // given before (data, or an earlier statement): this one repeats it
            if (first.value) comparisons.push(compare('claim-mismatch', stated, first.value, lang => describeFact(first, lang)));
        } else {
            const formula = this.formulaComparison(target, stated);
            if (formula && 'comparison' in formula) comparisons.push(formula.comparison);
            else if (formula) missing = formula.missing;
            for (const sum of partsTotals(this.session, target.indicator, target.org, target.period)) {
                comparisons.push({ ...compare('sum-mismatch', stated, sum.total, () => sum.parts.map(p => formatVi(p)).join(' + ')), parts: sum.parts });
            }
        }
        const verdict = comparisons.some(c => !c.agrees) ? 'differs' : comparisons.length ? 'agrees' : missing.length ? 'unverifiable' : 'given';
        return this.finish({ kind: 'statement', verdict, target, stated, type, ...scale, comparisons, missing });
    }

    /**
     * A statement of an indicator with a formula that is not a sum (`{ty_le_hssk = 99,51%}`,
     * hssk / nhan_khau) claims to agree with it: the first formula that computes is compared; when
     * none can, what they lack is what is missing.
     */
    private formulaComparison(target: StatementTarget, stated: StatedNumber):
        { comparison: InlineComparison } | { missing: readonly Missing[] } | undefined {
        const formulas = target.indicator.formulas.filter(f => !isSum(f));
        if (!formulas.length) return undefined;
        const missing: Missing[] = [];
        for (const formula of formulas) {
            const result = this.session.formulaValue(target.indicator, formula, target.org, target.period);
            if (result.ok) {
                const scope = scopeFor(target.org, target.period);
                return { comparison: compare('claim-mismatch', stated, result.value, lang => explainExpression(formula, scope, this.session, lang)) };
            }
            if (result.invalid) return undefined;
            missing.push(...result.missing);
        }
        return { missing };
    }

    private claim(stated: StatedNumber): InlineValue {
        const expression = this.node.expression;
        const result = this.session.evaluate(expression, this.scope);
        const type = result.ok ? result.type : typeOf(expression, this.session.world);
        const scale = this.scale(type, undefined);
        if (!result.ok) {
            const verdict = result.invalid ? 'invalid' : 'unverifiable';
            return this.finish({ kind: 'claim', verdict, stated, type, ...scale, comparisons: [], missing: result.missing, failure: result });
        }
        const value = scaled(result.value, type, scale.factor);
        const comparison = compare('claim-mismatch', stated, value, lang => explainExpression(expression, this.scope, this.session, lang));
        return this.finish({
            kind: 'claim', verdict: comparison.agrees ? 'agrees' : 'differs', stated, type, ...scale,
            computed: value, comparisons: [comparison], missing: [],
        });
    }

    private print(): InlineValue {
        const result = this.session.evaluate(this.node.expression, this.scope);
        const type = result.ok ? result.type : typeOf(this.node.expression, this.session.world);
        const scale = this.scale(type, undefined);
        if (!result.ok) {
            const verdict = result.invalid ? 'invalid' : 'missing';
            return this.finish({ kind: 'print', verdict, type, ...scale, comparisons: [], missing: result.missing, failure: result });
        }
        return this.finish({ kind: 'print', verdict: 'computed', type, ...scale, computed: scaled(result.value, type, scale.factor), comparisons: [], missing: [] });
    }

    /**
     * The scale a number is written in, and the sign it lacks. A plain ratio is read in the unit
     * written inside the braces, else right after them ("}%", "}%o", "} phần nghìn", "}/100"),
     * else in its label ("trên 100.000 trẻ đẻ sống", "(%)"), else as a percentage for a share
     * (`of`) and as a plain number for a division. A share or a % / ‰ value without its sign
     * anywhere lacks it — unless it stands alone in a table cell (its column says the unit) or its
     * label calls it a ratio or an average ("tỷ số giới tính khi sinh là 112").
     */
    private scale(type: UnitType, target: StatementTarget | undefined): { factor: number; missingSign?: '%' | '‰'; wordAfter?: InlineValue['wordAfter'] } {
        const world = this.session.world;
        const around = surroundings(this.node);
        const inside = world.unitOf(this.node.stated?.unit?.ref);
        const chunk = textChunkAfter(this.node);
        const word = chunk ? unitWordAt(chunk.text, 0, unitWords(world)) : undefined;
        const wordAfter = word && chunk ? { word, chunk } : undefined;
        const after = scaleAfter(around.after) ?? (word?.unit.kind === 'ratio' && word.unit.factor ? { factor: word.unit.factor } : undefined);
        const label = scaleInLabel(around.before) ?? (target?.indicator.label ? scaleInLabel(target.indicator.label) : undefined);
        const written = (inside?.kind === 'ratio' && !!inside.factor) || !!after || !!label;
        const bare = around.tableCell || labelNamesBareRatio(around.before);
        if (type.kind === 'dimensionless') {
            const share = isPercentLike(this.node.expression);
            const factor = (inside?.kind === 'ratio' ? inside.factor : undefined) ?? after?.factor ?? label?.factor ?? (share ? 100 : 1);
            return { factor, wordAfter, missingSign: share && !written && !bare && this.node.stated ? '%' : undefined };
        }
        if (type.kind === 'unit' && type.unit.kind === 'ratio' && (type.unit.name === '%' || type.unit.name === '‰')) {
            return { factor: 1, wordAfter, missingSign: !written && !bare && this.node.stated ? type.unit.name : undefined };
        }
        return { factor: 1, wordAfter };
    }

    private finish(value: Omit<InlineValue, 'node' | 'printed' | 'computed'> & { computed?: Decimal }): InlineValue {
        const failing = value.comparisons.find(c => !c.agrees);
        const computed = value.computed ?? (failing ?? value.comparisons[0])?.computed;
        const reading: InlineValue = { node: this.node, ...value, computed };
        return { ...reading, printed: printedText(reading, this.session.world.unitOf(this.node.stated?.unit?.ref)) };
    }
}

/** A plain ratio in the scale written; values with a unit are already in it. */
function scaled(value: Decimal, type: UnitType, factor: number): Decimal {
    return type.kind === 'dimensionless' && factor !== 1 ? value.times(factor) : value;
}

function compare(code: InlineComparison['code'], stated: StatedNumber, computed: Decimal, how: InlineComparison['how']): InlineComparison {
    return { code, computed, agrees: matchesAtPrecision(stated.value, stated.decimals, computed), how };
}

/**
 * A share written as such: `a of b`, and what keeps it one — rounding it, taking it a period
 * earlier or as planned, adding or subtracting shares (percentage points), scaling it by a number.
 */
export function isPercentLike(expression: ast.Expression | undefined): boolean {
    if (!expression) return false;
    if (ast.isPercentOf(expression)) return true;
    if (ast.isFunctionCall(expression)) return isPercentLike(expression.args[0]);
    if (ast.isPrevOf(expression) || ast.isPlanOf(expression)) return isPercentLike(expression.argument);
    if (ast.isBinaryExpression(expression)) {
        if (expression.operator === '+' || expression.operator === '-') return isPercentLike(expression.left) || isPercentLike(expression.right);
        return isPercentLike(expression.left) && ast.isNumberLiteral(expression.right);
    }
    return false;
}


/** Where the value a statement repeats was given. */
function describeFact(fact: Fact, lang: MessageLanguage): string {
    const where = `${AstUtils.getDocument(fact.node).uri.path.split('/').pop()}:${(fact.node.$cstNode?.range.start.line ?? 0) + 1}`;
    if (lang === 'en') return `${fact.source === 'data' ? 'data' : 'stated'} at ${where}`;
    return `${fact.source === 'data' ? 'số liệu' : 'đã nêu'} ở ${where}`;
}

// ---------------------------------------------------------------------------------------------
// What prints

/**
 * The printed text of a `{…}`: a stated number that agrees, or that cannot be verified, as the
 * author wrote it (in Vietnamese notation); one that differs, as the engine computes it at the
 * precision written; a value asked for, in Vietnamese format. The sign an author left out is
 * printed. Nothing when the value cannot be computed.
 */
function printedText(value: InlineValue, insideUnit: UnitInfo | undefined): string | undefined {
    if (value.verdict === 'invalid' || value.verdict === 'missing') return undefined;
    const sign = value.missingSign ?? '';
    if (value.kind === 'print') return value.computed ? formatComputedVi(value.computed, value.type, value.factor, !!sign || !writtenAfter(value)) : undefined;
    const stated = value.stated!;
    const unit = insideUnitText(value.node, insideUnit);
    if (value.verdict === 'differs') return formatVi(value.computed!, stated.decimals) + unit + sign;
    const text = value.node.stated!.value;
    return (stated.style === 'en-decimal' ? formatVi(stated.value, stated.decimals) : text) + unit + sign;
}

function writtenAfter(value: InlineValue): boolean {
    return !!scaleAfter(surroundings(value.node).after);
}

/**
 * A value computed without a stated number, as it prints: a share with one decimal and its sign
 * ("20,0%", unless the sign follows the braces), a count whole, a rate of a % or ‰ indicator
 * as given (one decimal when computed), anything else exactly (at most four decimals).
 */
export function formatComputedVi(value: Decimal, type: UnitType, factor = 100, withSign = true): string {
    if (type.kind === 'dimensionless') {
        const sign = !withSign ? '' : factor === 100 ? '%' : factor === 1000 ? '‰' : '';
        return factor === 1 ? formatVi(value) : `${formatVi(value, 1)}${sign}`;
    }
    if (type.kind === 'unit' && type.unit.kind === 'ratio') {
        const places = value.decimalPlaces() <= 2 ? value.decimalPlaces() : 1;
        const sign = withSign && (type.unit.name === '%' || type.unit.name === '‰') ? type.unit.name : '';
        return formatVi(value, places) + sign;
    }
    return formatVi(value, type.kind === 'unit' && type.unit.kind === 'count' ? 0 : undefined);
}

/** The unit after a stated number inside the braces, with the author's spacing; `%o` prints as ‰. */
function insideUnitText(node: ast.InlineExpression, unit: UnitInfo | undefined): string {
    const quantity = node.stated;
    if (!quantity?.unit) return '';
    const written = (quantity.$cstNode?.text ?? '').slice(quantity.value.length);
    const space = /^\s*/.exec(written)![0];
    return unit && (unit.name === '%' || unit.name === '‰') ? space + unit.name : written;
}

/** The stated number's value in percent, for the shares check: `= 11,4‰` is 1,14 %. */
export function statedPercent(value: InlineValue): Decimal | undefined {
    if (!value.stated) return undefined;
    return value.factor === 100 ? value.stated.value : value.stated.value.times(100).dividedBy(value.factor);
}

/**
 * The engine's number as shown beside the author's (hover, inlay), with its unit or sign: a rate
 * with at least one decimal ("66,3%" beside a stated "66.7%"), a count whole, anything else at the
 * precision stated.
 */
export function shownComputed(value: InlineValue): string | undefined {
    const computed = value.computed;
    if (!computed) return undefined;
    const type = value.type;
    const rate = type.kind === 'dimensionless' || (type.kind === 'unit' && type.unit.kind === 'ratio');
    if (type.kind === 'dimensionless' && value.factor === 1) return formatVi(computed, value.stated?.decimals);
    const decimals = rate ? Math.max(value.stated?.decimals ?? 1, 1) : type.kind === 'unit' && type.unit.kind === 'count' ? 0 : value.stated?.decimals;
    return withSignOrUnit(formatVi(computed, decimals), value);
}

/** A number with the sign of its scale or the unit it counts in: "66,3%", "509.549 liều". */
export function withSignOrUnit(number: string, value: InlineValue): string {
    if (value.type.kind === 'dimensionless') return number + (value.factor === 100 ? '%' : value.factor === 1000 ? '‰' : '');
    if (value.type.kind !== 'unit') return number;
    const unit = value.type.unit;
    if (unit.kind === 'ratio') return unit.name === '%' || unit.name === '‰' ? number + unit.name : `${number} ${unit.name}`;
    return `${number} ${unit.name}`;
}
