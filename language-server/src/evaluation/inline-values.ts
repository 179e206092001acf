import { Decimal } from '../semantics/decimal.js';
import { AstUtils } from 'langium';
import * as ast from '../generated/ast.js';
import type { BcytServices } from '../bcyt-module.js';
import { formatVi, tolerance, type StatedNumber } from '../semantics/numbers.js';
import { contains, divide, exactly, multiply, overlaps, type Interval } from '../semantics/intervals.js';
import {
    approximateRange, comparativeBefore, type BoundWord, labelNamesBareRatio, scaleAfter, scaleInLabel,
} from '../semantics/stated-scale.js';
import { unitType, type UnitInfo, type UnitType } from '../semantics/units.js';
import type { MessageLanguage } from '../validation/diagnostic-codes.js';
import { INCOMPLETE, scopeFor, scopeOf, type BcytEvaluator, type Evaluation, type EvaluationScope, type EvaluationSession, type Missing } from './evaluator.js';
import { explainExpression } from './explain.js';
import { sameFact, solve, type Derivation, type Equation } from './inference.js';
import { boundSaidBefore, changeSaidBefore, surroundings, writtenMultiplier } from './inline-context.js';
import { changeShape } from './change-shape.js';
import { givenPartsOver, isSum, partSlip, partsTotals, type PartSlip, type PartsTotal } from './sums.js';
import { typeOf } from './typing.js';
import { textChunkAfter, unitWordAt, unitWords, type FoundWord } from './unit-words.js';
import { statedNumberOf, statementTarget, type Fact, type StatementTarget } from './world.js';
import { holdsSyntaxError } from '../body.js';

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
    /** a claim that alone pins a value nobody gave (inference.ts): the value is derived from it */
    | 'derives'
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
    readonly code: 'claim-mismatch' | 'sum-mismatch' | 'implied-mismatch';
    /** the engine's number, in the scale the stated one is written in (the middle of its range when it has one) */
    readonly computed: Decimal;
    /** the range the engine's number lies in, when it used a value a claim implies */
    readonly bounds?: Interval;
    readonly agrees: boolean;
    /** what it was computed from, for the reader */
    readonly how: (lang: MessageLanguage) => string;
    /** the parts a total was compared with */
    readonly parts?: readonly Decimal[];
    /** for `implied-mismatch`: the value an earlier claim implies, and what this one implies of it */
    readonly implied?: { readonly earlier: Derivation; readonly own: Interval };
    /** for `sum-mismatch`: the part whose number, one typing slip away, is what does not add up (sums.ts) */
    readonly slip?: PartSlip;
}

/** How a stated number is claimed: `=` at its precision, `≈` approximately, `>` `<` `>=` `<=` a bound. */
export type ClaimRelation = '=' | '≈' | '>' | '<' | '>=' | '<=';

/** The meaning of one `{…}`: decided once per evaluation session, read by every consumer. */
export interface InlineValue {
    readonly node: ast.InlineExpression;
    readonly kind: InlineKind;
    readonly verdict: InlineVerdict;
    /** for a statement: the indicator, org and period it gives a value for */
    readonly target?: StatementTarget;
    /** the stated number, read the Vietnamese way */
    readonly stated?: StatedNumber;
    /** how it is claimed: as written (`≈`, `>`…), or as the words before it say ("trên {x = 95%}" is `>`) */
    readonly relation?: ClaimRelation;
    /** the values the stated number allows, in its written scale */
    readonly range?: Interval;
    /** the unit of the value: the indicator's for a statement, the expression's otherwise */
    readonly type: UnitType;
    /** what a plain ratio is multiplied by to read as written: 100 for "%", 1000 for "‰", 1 for `a / b` */
    readonly factor: number;
    /** "75 nghìn lượt": the number written stands for this many (1 when nothing follows it) */
    readonly multiplier: number;
    /** the engine's number as written (× factor, ÷ multiplier), when it has one */
    readonly computed?: Decimal;
    /** the range of the engine's number, when it used a value a claim implies */
    readonly bounds?: Interval;
    /** the values nobody gave that it used, each implied by a claim */
    readonly derived?: readonly Derivation[];
    /** for a claim that alone pins a value nobody gave: what it implies */
    readonly derivation?: Derivation;
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
 * fixes read it; nothing else decides it. Memoised per evaluation session. It also reads the
 * equations the evaluation infers values from (every stated claim).
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

    /** The stated claims of some `{…}` (a group's, in document order) as equations (inference.ts). */
    *equations(session: EvaluationSession, nodes: readonly ast.InlineExpression[]): Iterable<Equation> {
        for (const node of nodes) yield* equationsOf(node, session);
    }
}

/** The meaning of a `{…}` in a session, read once while its inputs stay the same (the service's memo, for callers holding a session). */
export function inlineValue(node: ast.InlineExpression, session: EvaluationSession): InlineValue {
    return session.inlineValue(node, () => new InlineReading(node, session).read());
}

/**
 * Whether a claim that differs holds once a part's slip is put right (`{b of tong = 15,0%}` after
 * `{b = 7.228}`, 7.282 meant): what it says of that part, solved, contains the number meant. Such a
 * claim repeats the slip, which is reported where it is. So does a statement of a rate that only
 * its formula contradicts (`{tsgt = 112,1}` of trai / gái, with `{gai = 578}` for 587).
 */
export function holdsWithoutSlip(value: InlineValue, slip: PartSlip, session: EvaluationSession): boolean {
    if (value.verdict !== 'differs') return false;
    const byFormulaOnly = value.kind === 'statement' && value.comparisons.every(c => c.agrees || c.code === 'claim-mismatch');
    if (value.kind !== 'claim' && !byFormulaOnly) return false;
    // a later statement of the same value says what the first does (the first alone is an equation of the inference)
    const equation = [...equationsOf(value.node, session, value.kind === 'statement')][0];
    const interval = equation && solve(session, equation, slip.fact, true);
    return !!interval && contains(interval, slip.meant);
}

/**
 * What a `{…}` with a stated number says as an equation: a claim, its expression equal to the
 * stated number (at its precision, in its scale); a statement of an indicator with a formula,
 * the formula equal to it (only the first statement of a value, unless `repeated`). Only `=`
 * claims: a bound or an approximation pins nothing.
 */
function* equationsOf(node: ast.InlineExpression, session: EvaluationSession, repeated = false): Iterable<Equation> {
    const stated = node.stated?.value ? statedNumberOf(node.stated) : undefined;
    if (!stated || !node.expression || holdsSyntaxError(node)) return;
    const reading = new InlineReading(node, session);
    const context = session.contextOf(node);
    const target = statementTarget(node, context);
    if (target) {
        if (!repeated && session.world.factsFor(target.indicator, target.org, target.period)[0]?.node !== node) return;
        const type = unitType(session.world.unitOf(target.indicator.unit?.ref));
        const written = reading.claimed(stated, type, target);
        if (written.relation !== '=') return;
        const scope = scopeFor(target.org, target.period);
        const unit = session.world.unitOf(target.indicator.unit?.ref);
        for (const formula of target.indicator.formulas) {
            // a ratio formula gives a plain ratio, which the indicator's unit scales (× 100 for %)
            const factor = !isSum(formula) && unit?.kind === 'ratio' && unit.factor ? unit.factor : 1;
            const range = divide(written.range, exactly(new Decimal(factor)));
            if (range) yield { expression: formula, scope, target: range, from: node };
        }
        return;
    }
    const type = typeOf(node.expression, session.world);
    const written = reading.claimed(stated, type, undefined);
    if (written.relation !== '=') return;
    const raw = rawRange(written.range, type, written.factor, written.multiplier);
    if (raw) yield { expression: node.expression, scope: scopeOf(context), target: raw, from: node };
}

/** A range in the written scale back in the engine's: ÷ the factor of a plain ratio, × the multiplier of a count. */
function rawRange(range: Interval, type: UnitType, factor: number, multiplier: number): Interval | undefined {
    if (type.kind === 'dimensionless' && factor !== 1) return divide(range, exactly(new Decimal(factor)));
    return multiplier !== 1 ? multiply(range, exactly(new Decimal(multiplier))) : range;
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
        if (holdsSyntaxError(node)) {
            // its syntax error is the finding; nothing of it is compared or printed
            const type = typeOf(node.expression, this.session.world);
            return this.finish({ kind: 'claim', verdict: 'invalid', type, factor: 1, multiplier: 1, comparisons: [], missing: [], failure: INCOMPLETE });
        }
        const statedText = node.stated?.value;
        const stated = statedText ? statedNumberOf(node.stated!) : undefined;
        const target = stated ? statementTarget(node, this.context) : undefined;
        if (target && stated) return this.statement(target, stated);
        if (stated) return this.claim(stated);
        if (statedText) {
            // "{x = 1,2,3}": a number that cannot be read (number-format, an error) prints nothing
            const type = typeOf(node.expression, this.session.world);
            return this.finish({ kind: 'claim', verdict: 'invalid', type, factor: 1, multiplier: 1, comparisons: [], missing: [], statedUnreadable: true });
        }
        return this.print();
    }

    /** The stated number's relation and range, with the scale it is written in. */
    claimed(stated: StatedNumber, type: UnitType, target: StatementTarget | undefined) {
        const scale = this.scale(type, target);
        const around = surroundings(this.node);
        const said = boundSaidBefore(this.node);
        // "vượt {x - plan(x) = 4.620} lượt", "nhiều hơn {x - prev(x) = 58} trẻ": the amount of a change, not a bound
        const kind = said && changeShape(this.node.expression)?.kind;
        const word = (kind === 'difference' || kind === 'growth') && comparativeBefore(around.before) ? undefined : said;
        const relation = relationOf(this.node.relation, word);
        const range = relation === '=' ? { lo: stated.value.minus(tolerance(stated.decimals)), hi: stated.value.plus(tolerance(stated.decimals)) }
            : relation === '≈' ? approximateRange(stated.value, this.node.stated!.value, word === 'near' ? 'near' : 'about')
                : relation === '>' || relation === '>=' ? { lo: stated.value } : { hi: stated.value };
        return { ...scale, relation, range };
    }

    private statement(target: StatementTarget, stated: StatedNumber): InlineValue {
        const world = this.session.world;
        const type = unitType(world.unitOf(target.indicator.unit?.ref));
        const written = this.claimed(stated, type, target);
        // the number as written: "48.652,34" in a column of triệu đồng is the engine's 48.652.340.000
        const inWritten = (v: Scalable) => scaledEvaluation(v, type, 1, written.multiplier);
        const partsComparison = (sum: PartsTotal, more: readonly string[] = []): InlineComparison => ({
            ...compare('sum-mismatch', written.range, inWritten({ value: sum.total, bounds: sum.bounds }), () => [...sum.parts.map(p => formatVi(p)), ...more].join(' + ')),
            parts: sum.parts,
        });
        const comparisons: InlineComparison[] = [];
        let missing: readonly Missing[] = [];
        const first = world.factsFor(target.indicator, target.org, target.period)[0];
        const derivation = this.session.derivationFrom(this.node);
        if (first && first.node !== this.node && !this.slipBefore(first)) {
            // given before (data, or an earlier statement): this one repeats it
            if (first.value) comparisons.push(compare('claim-mismatch', written.range, inWritten({ value: first.value }), lang => describeFact(first, lang)));
        } else {
            const formula = this.formulaComparison(target, written.range, inWritten);
            if (formula && 'comparison' in formula) comparisons.push(formula.comparison);
            else if (formula) missing = formula.missing;
            for (const sum of partsTotals(this.session, target.indicator, target.org, target.period)) {
                const comparison = partsComparison(sum);
                const slip = !comparison.agrees && written.multiplier === 1 ? partSlip(this.session, this.node, stated.value, sum, target) : undefined;
                comparisons.push(slip ? { ...comparison, slip } : comparison);
            }
        }
        // a part missing ("+ …"): the parts given already pass the total
        const over = derivation && givenPartsOver(this.session, target.indicator, target.org, target.period, derivation);
        if (over) comparisons.push(partsComparison(over, ['…']));
        const verdict = over ? 'differs' : derivation ? 'derives' : comparisons.some(c => !c.agrees) ? 'differs' : comparisons.length ? 'agrees' : missing.length ? 'unverifiable' : 'given';
        // a rate stated against its formula is unverified while it pins an input; a total that pins its last part is given
        const unverified = derivation && target.indicator.formulas.some(f => !isSum(f)) ? [factOf(derivation)] : derivation ? [] : missing;
        return this.finish({ kind: 'statement', verdict, target, stated, type, ...written, comparisons, missing: unverified, derivation });
    }

    /**
     * An earlier statement of the same value that its own formula or parts contradict is a slip,
     * reported there: a later one is checked as the first would be, not against the slip.
     */
    private slipBefore(first: Fact): boolean {
        return first.source === 'statement' && ast.isInlineExpression(first.node) && inlineValue(first.node, this.session).verdict === 'differs';
    }

    /**
     * A statement of an indicator with a formula that is not a sum (`{ty_le_hssk = 99,51%}`,
     * hssk / nhan_khau) claims to agree with it: the first formula that computes is compared; when
     * none can, what they lack is what is missing.
     */
    private formulaComparison(target: StatementTarget, range: Interval, inWritten: (v: Scalable) => Scalable):
        { comparison: InlineComparison } | { missing: readonly Missing[] } | undefined {
        const formulas = target.indicator.formulas.filter(f => !isSum(f));
        if (!formulas.length) return undefined;
        const missing: Missing[] = [];
        for (const formula of formulas) {
            const result = this.session.formulaValue(target.indicator, formula, target.org, target.period);
            if (result.ok) {
                const scope = scopeFor(target.org, target.period);
                const comparison = compare('claim-mismatch', range, inWritten(result), lang => explainExpression(formula, scope, this.session, lang));
                return { comparison: this.implied(comparison, result) };
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
        const written = this.claimed(stated, type, undefined);
        if (!result.ok) {
            const verdict = result.invalid ? 'invalid' : 'unverifiable';
            return this.finish({ kind: 'claim', verdict, stated, type, ...written, comparisons: [], missing: result.missing, failure: result });
        }
        const value = scaledEvaluation(result, type, written.factor, written.multiplier);
        const comparison = this.implied(compare('claim-mismatch', written.range, this.asTheVerbSays(value), lang => explainExpression(expression, this.scope, this.session, lang)), result);
        const derivation = this.session.derivationFrom(this.node);
        return this.finish({
            kind: 'claim', verdict: derivation ? 'derives' : comparison.agrees ? 'agrees' : 'differs', stated, type, ...written,
            computed: value.value, bounds: value.bounds, derived: result.derived, derivation, comparisons: [comparison],
            // what pins a value is still unverified itself: the value it pins is what is missing
            missing: derivation ? [factOf(derivation)] : [],
        });
    }

    /**
     * After "tăng" or "giảm" the number of a change is how much, the verb its sign: "giảm {x -
     * prev(x) = 5}" when x fell by 5 is true as written, though the expression comes to -5
     * (change-wording suggests turning it round); "tăng" there is one slip, the verb, which
     * change-wording reports — not the number too. A number written with its sign ("giảm
     * {… = -5,4%}") says the sign itself.
     */
    private asTheVerbSays(value: Scalable): Scalable {
        const signed = this.node.stated?.value.startsWith('-');
        const shape = value.value.isNegative() && !signed ? changeShape(this.node.expression) : undefined;
        if (!shape || shape.kind === 'index' || !shape.orientation) return value;
        const verb = changeSaidBefore(this.node);
        if (verb !== 'increase' && verb !== 'decrease') return value;
        const minusOne = exactly(new Decimal(-1));
        return { value: value.value.abs(), bounds: value.bounds && multiply(value.bounds, minusOne) };
    }

    /**
     * A claim that disagrees only through a value another claim implies: what this one implies of
     * that value, against what the other implies (`implied-mismatch`, naming both).
     */
    private implied(comparison: InlineComparison, result: Evaluation & { ok: true }): InlineComparison {
        const used = result.derived?.filter((d, i, all) => all.findIndex(e => sameFact(d, e)) === i) ?? [];
        const earlier = used[0];
        if (comparison.agrees || used.length !== 1 || earlier.from === this.node) return comparison;
        const equation = [...equationsOf(this.node, this.session)][0];
        const own = equation && solve(this.session, equation, earlier);
        return own ? { ...comparison, code: 'implied-mismatch', implied: { earlier, own } } : comparison;
    }

    private print(): InlineValue {
        const result = this.session.evaluate(this.node.expression, this.scope);
        const type = result.ok ? result.type : typeOf(this.node.expression, this.session.world);
        const scale = this.scale(type, undefined);
        if (!result.ok) {
            const verdict = result.invalid ? 'invalid' : 'missing';
            return this.finish({ kind: 'print', verdict, type, ...scale, comparisons: [], missing: result.missing, failure: result });
        }
        const value = scaledEvaluation(result, type, scale.factor, scale.multiplier);
        // a value from a range a claim implies prints only when the whole range prints the same
        const sure = !value.bounds || formatComputedVi(value.bounds.lo!, type, scale.factor) === formatComputedVi(value.bounds.hi!, type, scale.factor);
        const missing = sure ? [] : result.derived!.map(factOf);
        return this.finish({
            kind: 'print', verdict: sure ? 'computed' : 'missing', type, ...scale, computed: value.value, bounds: value.bounds, derived: result.derived,
            comparisons: [], missing,
        });
    }

    /**
     * The scale a number is written in, and the sign it lacks. A plain ratio is read in the unit
     * written inside the braces, else right after them ("}%", "}%o", "} phần nghìn", "}/100"),
     * else in its label ("trên 100.000 trẻ đẻ sống", "(%)"), else as a percentage for a share
     * (`of`) and as a plain number for a division. A share or a % / ‰ value without its sign
     * anywhere lacks it — unless it stands alone in a table cell (its column says the unit) or its
     * label calls it a ratio or an average ("tỷ số giới tính khi sinh là 112"). A count may be
     * written in thousands or millions ("75 nghìn lượt").
     */
    private scale(type: UnitType, target: StatementTarget | undefined): { factor: number; multiplier: number; missingSign?: '%' | '‰'; wordAfter?: InlineValue['wordAfter'] } {
        const world = this.session.world;
        const around = surroundings(this.node);
        const inside = world.unitOf(this.node.stated?.unit?.ref);
        const chunk = textChunkAfter(this.node);
        const word = chunk ? unitWordAt(chunk.text, 0, unitWords(world)) : undefined;
        const wordAfter = word && chunk ? { word, chunk } : undefined;
        const after = scaleAfter(around.after) ?? (word?.unit.kind === 'ratio' && word.unit.factor ? { factor: word.unit.factor } : undefined);
        const label = scaleInLabel(around.before) ?? (around.columnHeader ? scaleInLabel(around.columnHeader) : undefined)
            ?? (target?.indicator.label ? scaleInLabel(target.indicator.label) : undefined);
        const written = (inside?.kind === 'ratio' && !!inside.factor) || !!after || !!label;
        const bare = around.tableCell || labelNamesBareRatio(around.before);
        if (type.kind === 'dimensionless') {
            const share = isPercentLike(this.node.expression);
            const factor = (inside?.kind === 'ratio' ? inside.factor : undefined) ?? after?.factor ?? label?.factor ?? (share ? 100 : 1);
            return { factor, multiplier: 1, wordAfter, missingSign: share && !written && !bare && this.node.stated ? '%' : undefined };
        }
        if (type.kind === 'unit' && type.unit.kind === 'ratio' && (type.unit.name === '%' || type.unit.name === '‰')) {
            return { factor: 1, multiplier: 1, wordAfter, missingSign: !written && !bare && this.node.stated ? type.unit.name : undefined };
        }
        return { factor: 1, multiplier: writtenMultiplier(this.node, type.kind === 'unit' ? type.unit : undefined), wordAfter };
    }

    private finish(value: Omit<InlineValue, 'node' | 'printed' | 'computed'> & { computed?: Decimal }): InlineValue {
        const failing = value.comparisons.find(c => !c.agrees);
        const computed = value.computed ?? (failing ?? value.comparisons[0])?.computed;
        const reading: InlineValue = { node: this.node, ...value, computed };
        return { ...reading, printed: printedText(reading, this.session.world.unitOf(this.node.stated?.unit?.ref)) };
    }
}

function factOf(derivation: Derivation): Missing {
    return { indicator: derivation.indicator, org: derivation.org, period: derivation.period, source: derivation.source };
}

/** `=` unless written otherwise; a `=` after "trên", "dưới", "gần", "khoảng" is the bound or approximation they say. */
function relationOf(written: string | undefined, word: BoundWord | undefined): ClaimRelation {
    const relation = written === '~' ? '≈' : written === '≥' ? '>=' : written === '≤' ? '<=' : (written ?? '=') as ClaimRelation;
    if (relation !== '=' || !word) return relation;
    return word === 'above' ? '>' : word === 'below' ? '<' : '≈';
}

/** A value with the range it may lie in. */
type Scalable = { readonly value: Decimal; readonly bounds?: Interval };

/** An evaluation in the written scale: a plain ratio × factor, a count ÷ its written multiplier; its range likewise. */
function scaledEvaluation(result: Scalable, type: UnitType, factor: number, multiplier: number): Scalable {
    const by = type.kind === 'dimensionless' && factor !== 1 ? new Decimal(factor) : multiplier !== 1 ? new Decimal(1).dividedBy(multiplier) : undefined;
    if (!by) return { value: result.value, bounds: result.bounds };
    return { value: result.value.times(by), bounds: result.bounds && multiply(result.bounds, exactly(by)) };
}

function compare(code: InlineComparison['code'], range: Interval, computed: { value: Decimal; bounds?: Interval }, how: InlineComparison['how']): InlineComparison {
    const agrees = computed.bounds ? overlaps(range, computed.bounds) : contains(range, computed.value);
    return { code, computed: computed.value, bounds: computed.bounds, agrees, how };
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
