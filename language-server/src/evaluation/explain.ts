import * as ast from '../generated/ast.js';
import { formatVi } from '../semantics/numbers.js';
import type { Interval } from '../semantics/intervals.js';
import { formatPeriodVi } from '../semantics/periods.js';
import type { MessageLanguage } from '../validation/diagnostic-codes.js';
import { plannedScope, previousScope, type EvaluationScope, type EvaluationSession } from './evaluator.js';
import { periodOf } from './world.js';

/**
 * An expression as a planner reads it, in the message language: indicators by their labels, then
 * the same with the engine's numbers — "Số trẻ … / kế hoạch = 703 / 3.515". Used where a finding
 * or a hover says what a number was computed from.
 */
export function explainExpression(expression: ast.Expression | undefined, scope: EvaluationScope, session: EvaluationSession,
    lang: MessageLanguage): string {
    if (!expression) return '';
    const words = explainWords(expression, scope, lang);
    const numbers = new Renderer(lang, session).render(expression, scope);
    return words === numbers ? words : `${words} = ${numbers}`;
}

/** An expression in words alone: "Số trẻ … / cùng kỳ". */
export function explainWords(expression: ast.Expression, scope: EvaluationScope, lang: MessageLanguage): string {
    return new Renderer(lang, undefined).render(expression, scope);
}

/** An expression and its value: "4 × Số phụ nữ … = 4 × 666 = 2.664" (the value once when it is all there is). */
export function explainWithValue(expression: ast.Expression, value: string, scope: EvaluationScope, session: EvaluationSession,
    lang: MessageLanguage): string {
    const explained = explainExpression(expression, scope, session, lang);
    return explained.endsWith(` = ${value}`) || explained === value ? explained : `${explained} = ${value}`;
}

const WORDS = {
    vi: { plan: 'kế hoạch', prev: 'cùng kỳ', planOf: (x: string) => `kế hoạch ${x}`, prevOf: (x: string) => `${x} (cùng kỳ)`, of: 'của' },
    en: { plan: 'the target', prev: 'the same period', planOf: (x: string) => `the target of ${x}`, prevOf: (x: string) => `${x} (same period)`, of: 'of' },
} as const;

/** Renders with labels, or with values when given a session (a value nobody gave is "?"). */
class Renderer {
    constructor(private readonly lang: MessageLanguage, private readonly session: EvaluationSession | undefined) {}

    render(expression: ast.Expression, scope: EvaluationScope): string {
        const words = WORDS[this.lang];
        if (ast.isIndicatorRef(expression)) return this.session ? this.value(expression, scope) : this.label(expression);
        if (ast.isNumberLiteral(expression)) return expression.value ?? '';
        if (ast.isBinaryExpression(expression)) {
            const operator = expression.operator === '*' ? '×' : expression.operator;
            return `${this.operand(expression.left, scope, expression)} ${operator} ${this.operand(expression.right, scope, expression, true)}`;
        }
        if (ast.isPercentOf(expression)) {
            const whole = expression.whole;
            const part = this.operand(expression.part, scope, expression);
            if (ast.isPlanOf(whole) && !whole.argument) {
                return `${part} / ${this.session ? this.operand(expression.part, plannedScope(scope), expression, true) : words.plan}`;
            }
            if (ast.isPrevOf(whole) && !whole.argument) {
                return `${part} / ${this.session ? this.operand(expression.part, previousScope(scope), expression, true) : words.prev}`;
            }
            return `${part} / ${this.operand(whole, scope, expression, true)}`;
        }
        if (ast.isPlanOf(expression)) {
            if (!expression.argument) return words.plan;
            const inner = this.render(expression.argument, plannedScope(scope));
            return this.session ? inner : words.planOf(inner);
        }
        if (ast.isPrevOf(expression)) {
            if (!expression.argument) return words.prev;
            const inner = this.render(expression.argument, previousScope(scope));
            return this.session ? inner : words.prevOf(inner);
        }
        if (ast.isFunctionCall(expression)) {
            return `${expression.function}(${expression.args.map(arg => this.render(arg, scope)).join('; ')})`;
        }
        return (expression as ast.Expression).$cstNode?.text ?? '';
    }

    /** An operand, in parentheses when it binds more loosely than the operator around it. */
    private operand(expression: ast.Expression | undefined, scope: EvaluationScope, parent: ast.Expression, right = false): string {
        if (!expression) return '?';
        const text = this.render(expression, scope);
        const inner = precedence(expression);
        // a share is written as the division it is: `a of (b * 100)` reads "a / (b × 100)"
        const share = ast.isPercentOf(parent);
        const outer = share ? PRODUCT : precedence(parent);
        // a − (b − c) and a / (b / c) keep their parentheses
        const dividing = share || (ast.isBinaryExpression(parent) && (parent.operator === '-' || parent.operator === '/'));
        const grouped = inner < outer || (right && inner === outer && dividing);
        return grouped ? `(${text})` : text;
    }

    private label(ref: ast.IndicatorRef): string {
        const indicator = ref.indicator?.ref;
        const name = indicator?.label ?? indicator?.name ?? ref.indicator?.$refText ?? '?';
        const org = ref.org?.ref;
        const period = periodOf(ref.period);
        const where = [org ? `${WORDS[this.lang].of} ${org.label ?? org.name}` : '', period ? formatPeriodVi(period) : ''].filter(Boolean);
        return where.length ? `${name} (${where.join(', ')})` : name;
    }

    private value(ref: ast.IndicatorRef, scope: EvaluationScope): string {
        const result = this.session!.evaluate(ref, scope);
        return result.ok ? formatVi(result.value) : '?';
    }
}

const PRODUCT = 3;

/** How tightly an expression binds: a sum 1, a share 2, a product 3, anything else 4. */
function precedence(expression: ast.Expression): number {
    if (ast.isBinaryExpression(expression)) return expression.operator === '+' || expression.operator === '-' ? 1 : PRODUCT;
    if (ast.isPercentOf(expression)) return 2;
    return 4;
}

/**
 * The divisor a value could not be divided by, in words: `x of prev` divides by x of the same
 * period ("Số trẻ … (cùng kỳ)"), `x of plan` by its target.
 */
export function explainDivisor(divisor: ast.Expression, scope: EvaluationScope, lang: MessageLanguage): string {
    const renderer = new Renderer(lang, undefined);
    const share = divisor.$container;
    if (ast.isPercentOf(share) && share.whole === divisor && share.part && (ast.isPlanOf(divisor) || ast.isPrevOf(divisor)) && !divisor.argument) {
        const part = renderer.render(share.part, scope);
        return ast.isPlanOf(divisor) ? WORDS[lang].planOf(part) : WORDS[lang].prevOf(part);
    }
    return renderer.render(divisor, scope);
}

/** A value a claim implies: one number when the range is one, else its ends ("642–648"). */
export function formatInterval(interval: Interval): string {
    const decimals = decimalsToTell(interval);
    const lo = formatVi(interval.lo!, decimals);
    const hi = formatVi(interval.hi!, decimals);
    return lo === hi ? lo : `${lo}–${hi}`;
}

/** Enough decimals to tell a narrow range's ends apart, none for a wide one or whole numbers. */
function decimalsToTell(interval: Interval): number {
    const width = interval.hi!.minus(interval.lo!).abs();
    if (width.gte(10) || (interval.lo!.isInteger() && interval.hi!.isInteger())) return 0;
    return width.gte(1) ? 1 : 2;
}
