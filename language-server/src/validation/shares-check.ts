import { Decimal } from '../semantics/decimal.js';
import { AstUtils, type AstNode, type ValidationAcceptor } from 'langium';
import * as ast from '../generated/ast.js';
import { formatVi } from '../semantics/numbers.js';
import { isKindOf } from '../semantics/units.js';
import { comparisonKey } from '../semantics/vietnamese.js';
import { scopeOf, type EvaluationSession } from '../evaluation/evaluator.js';
import { explainWords } from '../evaluation/explain.js';
import { statedPercent, type InlineValues } from '../evaluation/inline-values.js';
import { typeOf } from '../evaluation/typing.js';
import { sumParts } from '../evaluation/sums.js';
import type { World } from '../evaluation/world.js';
import { report } from './report.js';
import { inlineExpressions } from '../body.js';

const HUNDRED = new Decimal(100);

/**
 * `percent-out-of-range`: a share outside 0–100 %. A share is
 * - `{a of b}` where a counts a part of what b counts (a's unit is b's or a kind of it), and b
 *   is not "plan" or "prev" (109% of the same period, or of the plan, is no share);
 * - a value, statement or target of a % indicator that is a share: its label says "Tỷ lệ" or
 *   "Độ phủ", or its formula divides a part by its whole. "Tốc độ tăng dân số" is a % but may
 *   be negative, so a % alone does not make a share; nor does a rate against a plan or a past
 *   period ("Tỷ lệ đạt kế hoạch", "tỷ lệ so với cùng kỳ"), a change ("tỷ lệ giảm …") or a bed
 *   occupancy ("công suất sử dụng giường bệnh"), which pass 100 %.
 */
export class SharesCheck {
    constructor(private readonly values: InlineValues) {}

    check(model: ast.Model, session: EvaluationSession, accept: ValidationAcceptor): void {
        const world = session.world;
        const document = AstUtils.getDocument(model);
        for (const part of inlineExpressions(model)) {
            if (ast.isPercentOf(part.expression) && isPartOfWhole(part.expression, world)) this.checkShare(part, session, accept);
        }
        for (const [indicator, facts] of world.factsByIndicator) {
            if (!isShareIndicator(indicator, world)) continue;
            for (const fact of facts) {
                if (!fact.value || fact.document !== document) continue;
                // a rate its formula gives from the data, as stated: the figures are the data's
                // (coverage of an estimated cohort passes 100 %, as TCMR reports say "đạt 102,3%")
                if (ast.isInlineExpression(fact.node) && this.values.of(fact.node, session).verdict === 'agrees') continue;
                const node = ast.isInlineExpression(fact.node) ? fact.node.stated! : fact.node.quantity;
                this.checkValue(fact.value, { vi: indicator.label, en: indicator.label }, node, accept);
            }
        }
        for (const [indicator, targets] of world.targetsByIndicator) {
            if (!isShareIndicator(indicator, world)) continue;
            for (const target of targets) {
                if (target.value && target.document === document) this.checkValue(target.value, { vi: indicator.label, en: indicator.label }, target.node.quantity, accept);
            }
        }
    }

    private checkShare(expression: ast.InlineExpression, session: EvaluationSession, accept: ValidationAcceptor): void {
        const value = this.values.of(expression, session);
        const scope = scopeOf(session.contextOf(expression));
        const what = { vi: explainWords(expression.expression, scope, 'vi'), en: explainWords(expression.expression, scope, 'en') };
        const stated = statedPercent(value);
        if (stated) {
            // stated in the scale written (% unless ‰ or another is written around it)
            this.checkValue(stated, what, expression.stated!, accept, `${expression.stated!.value}${expression.stated!.unit?.$refText ?? (value.factor === 1000 ? '‰' : '%')}`);
        } else if (value.computed) {
            this.checkValue(value.computed.times(HUNDRED).dividedBy(value.factor), what, expression, accept);
        }
    }

    private checkValue(percent: Decimal, what: { vi: string; en: string }, node: AstNode, accept: ValidationAcceptor, written?: string): void {
        if (percent.gte(0) && percent.lte(HUNDRED)) return;
        const value = written ?? `${formatVi(percent, percent.decimalPlaces() > 1 ? 1 : undefined)}%`;
        report(accept, 'percent-out-of-range', { value, what: what.vi, whatEn: what.en },
            ast.isQuantity(node) ? { node, property: 'value' } : { node });
    }
}

/**
 * `{a of b}` is a share when a is known to be a part of b: one of the parts b is the sum of
 * (directly or further down), or a rule says a ≤ b. Two counts of one unit are not enough —
 * boys of girls (`{tre_sinh_nam of tre_sinh_nu = 138}/100`) is a ratio, not a share.
 */
function isPartOfWhole(expression: ast.PercentOf, world: World): boolean {
    const whole = expression.whole;
    if (!ast.isIndicatorRef(expression.part) || !ast.isIndicatorRef(whole)) return false;
    const part = expression.part.indicator?.ref;
    const total = whole.indicator?.ref;
    if (!part || !total || part === total) return false;
    return isSummand(part, total, new Set()) || world.rules.some(rule => bounds(rule, part, total));
}

function isSummand(part: ast.Indicator, total: ast.Indicator, seen: Set<ast.Indicator>): boolean {
    if (seen.has(total)) return false;
    seen.add(total);
    return total.formulas.some(formula => sumParts(formula).some(p => {
        const indicator = ast.isIndicatorRef(p) ? p.indicator?.ref : undefined;
        return indicator === part || (!!indicator && isSummand(part, indicator, seen));
    }));
}

/** `part <= total` or `total >= part` between two plain indicators. */
function bounds(rule: ast.Rule, part: ast.Indicator, total: ast.Indicator): boolean {
    const left = ast.isIndicatorRef(rule.left) ? rule.left.indicator?.ref : undefined;
    const right = ast.isIndicatorRef(rule.right) ? rule.right.indicator?.ref : undefined;
    if (['<=', '≤', '<'].includes(rule.operator)) return left === part && right === total;
    if (['>=', '≥', '>'].includes(rule.operator)) return left === total && right === part;
    return false;
}

const SHARE_WORDS = ['tỷ lệ', 'tỉ lệ', 'độ phủ', 'độ bao phủ'].map(comparisonKey);
// rates that are no part of a whole: against a plan or a past period, changes, bed occupancy
const NOT_SHARE_WORDS = ['kế hoạch', 'chỉ tiêu', 'so với', 'cùng kỳ', 'tăng', 'giảm', 'thay đổi', 'chênh lệch', 'vượt', 'công suất', 'sử dụng giường']
    .map(comparisonKey);

export function isShareIndicator(indicator: ast.Indicator, world: World): boolean {
    const unit = world.unitOf(indicator.unit?.ref);
    if (unit?.kind !== 'ratio' || unit.factor !== 100 || unit.name !== '%') return false;
    const label = comparisonKey(indicator.label ?? '');
    if (NOT_SHARE_WORDS.some(word => label.includes(word))) return false;
    if (indicator.formulas.some(comparesWithPlanOrPast)) return false;
    if (SHARE_WORDS.some(word => label.startsWith(word))) return true;
    return indicator.formulas.some(formula => ast.isBinaryExpression(formula) && formula.operator === '/'
        && isKindOfTypes(formula.left, formula.right, world));
}

/** `x / plan(x)`, `x of prev`: a rate against a target or an earlier period may pass 100 %. */
function comparesWithPlanOrPast(formula: ast.Expression): boolean {
    const whole = ast.isPercentOf(formula) ? formula.whole : ast.isBinaryExpression(formula) && formula.operator === '/' ? formula.right : undefined;
    return ast.isPlanOf(whole) || ast.isPrevOf(whole);
}

function isKindOfTypes(part: ast.Expression, whole: ast.Expression, world: World): boolean {
    const a = typeOf(part, world);
    const b = typeOf(whole, world);
    return a.kind === 'unit' && b.kind === 'unit' && a.unit.kind === 'count' && isKindOf(a.unit, b.unit);
}

