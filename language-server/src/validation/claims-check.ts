import { Decimal } from 'decimal.js';
import { AstUtils, type ValidationAcceptor } from 'langium';
import * as ast from '../generated/ast.js';
import { formatVi, matchesAtPrecision } from '../semantics/numbers.js';
import { formatPeriodVi } from '../semantics/periods.js';
import { scopeOf, type EvaluationScope, type EvaluationSession } from '../evaluation/evaluator.js';
import { statedNumberOf, statementTarget, type Fact } from '../evaluation/world.js';
import { isSum, sumParts } from './quantities-check.js';
import { report } from './report.js';
import { messageLanguage } from './diagnostic-codes.js';
import { inlineExpressions } from '../body.js';

/**
 * `claim-mismatch`: a number stated in prose against the one computed, at the precision the
 * author wrote ("20%" tolerates ±0,5; "82,8%" ±0,05). `sum-mismatch`: a total given for an
 * org and period against the sum of its parts.
 */
export class ClaimsCheck {
    check(model: ast.Model, session: EvaluationSession, accept: ValidationAcceptor): void {
        const body = model.document?.body;
        if (body) {
            const context = session.contextOf(model);
            for (const part of inlineExpressions(model)) {
                if (part.stated?.value && part.expression) this.checkClaim(part, session, accept, context);
            }
        }
        this.checkSums(model, session, accept);
    }

    private checkClaim(expression: ast.InlineExpression, session: EvaluationSession, accept: ValidationAcceptor,
        context: ReturnType<EvaluationSession['contextOf']>): void {
        const stated = statedNumberOf(expression.stated!);
        if (!stated) return;
        const target = statementTarget(expression, context);
        if (target) {
            // A statement gives a value; it is checked against data or an earlier statement of it,
            // and, for an indicator with a non-sum formula, against the formula.
            const facts = session.world.factsFor(target.indicator, target.org, target.period);
            const first = facts[0];
            if (first && first.node !== expression && first.value) {
                this.compare(expression, stated.value, stated.decimals, first.value, () => describeFact(first), accept);
                return;
            }
            for (const formula of target.indicator.formulas) {
                if (isSum(formula)) continue;
                const computed = session.formulaValue(target.indicator, formula, target.org, target.period);
                if (computed.ok) {
                    this.compare(expression, stated.value, stated.decimals, computed.value, () => formula.$cstNode?.text ?? '', accept);
                    return;
                }
            }
            return;
        }
        const computed = session.evaluate(expression.expression, scopeOf(context));
        if (!computed.ok) return;
        const statedUnit = session.world.unitOf(expression.stated!.unit?.ref);
        // a plain ratio (x of plan) is compared in the stated unit: % unless ‰ or another ratio is written
        const factor = computed.type.kind === 'dimensionless' ? (statedUnit?.factor ?? 100) : 1;
        const value = computed.value.times(factor);
        this.compare(expression, stated.value, stated.decimals, value, () => explain(expression.expression), accept, factor === 1 ? '' : (statedUnit?.name ?? '%'));
    }

    /** `how` explains the computed value; it is only worth building for a mismatch. */
    private compare(expression: ast.InlineExpression, stated: Decimal, decimals: number, computed: Decimal,
        how: () => string, accept: ValidationAcceptor, unit = ''): void {
        if (matchesAtPrecision(stated, decimals, computed)) return;
        const shown = formatVi(computed, decimals);
        report(accept, 'claim-mismatch', {
            stated: expression.stated!.value + unit, computed: shown + unit, how: how(),
        }, { node: expression.stated!, property: 'value' }, { replacement: shown });
    }

    private checkSums(model: ast.Model, session: EvaluationSession, accept: ValidationAcceptor): void {
        const document = AstUtils.getDocument(model);
        for (const [indicator, facts] of session.world.factsByIndicator) {
            // each sum's parts once per indicator, not once per value
            const sums = indicator.formulas.filter(isSum).map(sumParts);
            if (!sums.length) continue;
            // every (formula, value) pair is checked once: the formulas and the facts are distinct nodes
            for (const fact of facts) {
                if (!fact.value || fact.document !== document) continue;
                const primary = session.world.factsFor(indicator, fact.org, fact.period)[0];
                if (primary !== fact) continue;
                const scope: EvaluationScope = { org: fact.org, period: fact.period, source: 'actual' };
                for (const formulaParts of sums) {
                    const parts = formulaParts.map(part => session.evaluate(part, scope));
                    if (!parts.every(p => p.ok)) continue;
                    const values = parts.map(p => (p as { value: Decimal }).value);
                    const total = values.reduce((a, b) => a.plus(b), new Decimal(0));
                    if (total.equals(fact.value)) continue;
                    const target = ast.isInlineExpression(fact.node)
                        ? { node: fact.node.stated!, property: 'value' as const }
                        : { node: fact.node.quantity, property: 'value' as const };
                    report(accept, 'sum-mismatch', {
                        total: formatVi(fact.value), sum: formatVi(total),
                        parts: values.map(v => formatVi(v)).join(' + '),
                        label: indicator.label, org: fact.org.label, period: formatPeriodVi(fact.period),
                    }, target, { replacement: formatVi(total) });
                }
            }
        }
    }
}

/** Where the value a statement is compared with was given, in the message language. */
function describeFact(fact: Fact): string {
    const where = `${AstUtils.getDocument(fact.node).uri.path.split('/').pop()}:${(fact.node.$cstNode?.range.start.line ?? 0) + 1}`;
    if (messageLanguage() === 'en') return `${fact.source === 'data' ? 'data' : 'stated'} at ${where}`;
    return `${fact.source === 'data' ? 'số liệu' : 'đã nêu'} ở ${where}`;
}

function explain(expression: ast.Expression): string {
    return expression.$cstNode?.text ?? '';
}
