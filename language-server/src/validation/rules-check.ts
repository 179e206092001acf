import { Decimal } from '../semantics/decimal.js';
import { AstUtils, type AstNode, type ValidationAcceptor } from 'langium';
import * as ast from '../generated/ast.js';
import { formatVi } from '../semantics/numbers.js';
import { formatPeriodVi, periodCode, type Period } from '../semantics/periods.js';
import { forEachIndicatorRef } from '../evaluation/expressions.js';
import { scopeFor, type Evaluation, type EvaluationSession, type ValueSource } from '../evaluation/evaluator.js';
import { report } from './report.js';
import { holds } from '../semantics/comparison.js';
import { explainWithValue } from '../evaluation/explain.js';

const OPERATOR_SIGNS: Record<string, string> = { '<=': '≤', '>=': '≥' };

interface Scenario {
    readonly org: ast.Org;
    readonly period: Period;
    readonly source: ValueSource;
    /** the first place in the checked document that gives one of the rule's values */
    readonly node: AstNode;
}

/**
 * `rule-violated`: user rules in the style of DHIS2 validation rules, checked for every org
 * and period where this document gives one of the rule's values — reported values and
 * planned values (targets) alike.
 */
export class RulesCheck {
    check(model: ast.Model, session: EvaluationSession, accept: ValidationAcceptor): void {
        const document = AstUtils.getDocument(model);
        for (const rule of session.world.rules) {
            if (!rule.left || !rule.right || !rule.operator) continue;
            const indicators = new Set([...indicatorsOf(rule.left), ...indicatorsOf(rule.right)]);
            for (const scenario of this.scenarios(indicators, session, document)) {
                this.checkScenario(rule, scenario, session, accept);
            }
        }
    }

    private scenarios(indicators: Set<ast.Indicator>, session: EvaluationSession, document: AstNode['$document']): Scenario[] {
        // one scenario per source, org name and period, the first found (in the order found)
        const found: Scenario[] = [];
        const seen = { actual: new Map<string, Set<number | string>>(), target: new Map<string, Set<number | string>>() };
        const add = (org: ast.Org, period: Period, source: ValueSource, node: AstNode, from: AstNode['$document']) => {
            if (from !== document) return;
            let periods = seen[source].get(org.name);
            if (!periods) seen[source].set(org.name, periods = new Set());
            const code = periodCode(period);
            if (periods.has(code)) return;
            periods.add(code);
            found.push({ org, period, source, node });
        };
        for (const indicator of indicators) {
            for (const fact of session.world.factsByIndicator.get(indicator) ?? []) {
                add(fact.org, fact.period, 'actual', ast.isInlineExpression(fact.node) ? fact.node.stated! : fact.node.quantity, fact.document);
            }
            for (const target of session.world.targetsByIndicator.get(indicator) ?? []) {
                add(target.org, target.period, 'target', target.node.quantity, target.document);
            }
        }
        return found;
    }

    private checkScenario(rule: ast.Rule, scenario: Scenario, session: EvaluationSession, accept: ValidationAcceptor): void {
        const scope = scopeFor(scenario.org, scenario.period, scenario.source);
        const left = withPolicy(session.evaluate(rule.left, scope), rule.missing);
        const right = withPolicy(session.evaluate(rule.right, scope), rule.missing);
        if (!left || !right) return;
        if (holds(left, rule.operator, right)) return;
        const severity = rule.severity ?? 'error';
        const args = {
            rule: rule.label ?? rule.name,
            left: explainWithValue(rule.left, formatVi(left), scope, session, 'vi'),
            leftEn: explainWithValue(rule.left, formatVi(left), scope, session, 'en'),
            operator: OPERATOR_SIGNS[rule.operator] ?? rule.operator,
            right: explainWithValue(rule.right, formatVi(right), scope, session, 'vi'),
            rightEn: explainWithValue(rule.right, formatVi(right), scope, session, 'en'),
            org: scenario.org.label,
            period: formatPeriodVi(scenario.period),
            source: scenario.source === 'target' ? 'chỉ tiêu kế hoạch' : undefined,
            sourceEn: scenario.source === 'target' ? 'planned targets' : undefined,
        };
        if (severity === 'error') {
            report(accept, 'rule-violated', args, { node: scenario.node });
        } else {
            // the rule's own importance overrides the code's default severity
            const lower: ValidationAcceptor = (_severity, message, info) => accept(severity === 'information' ? 'info' : 'warning', message, info);
            report(lower, 'rule-violated', args, { node: scenario.node });
        }
    }
}

/** The value to compare, after the rule's missing-value policy: skip (default), zero, or report. */
function withPolicy(result: Evaluation, missing: string | undefined): Decimal | undefined {
    if (result.ok) return result.value;
    if (missing === 'zero' && !result.invalid) return new Decimal(0);
    return undefined;
}


function indicatorsOf(expression: ast.Expression): ast.Indicator[] {
    const found: ast.Indicator[] = [];
    forEachIndicatorRef(expression, ref => {
        if (ref.indicator?.ref) found.push(ref.indicator.ref);
    });
    return found;
}
