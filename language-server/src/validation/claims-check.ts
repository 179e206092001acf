import { AstUtils, type ValidationAcceptor } from 'langium';
import * as ast from '../generated/ast.js';
import { formatSourceNumber, formatVi, matchesAtPrecision, tolerance } from '../semantics/numbers.js';
import { overlaps } from '../semantics/intervals.js';
import { formatInterval } from '../evaluation/explain.js';
import { formatPeriodVi } from '../semantics/periods.js';
import type { EvaluationSession } from '../evaluation/evaluator.js';
import { holdsWithoutSlip, withSignOrUnit, type InlineComparison, type InlineValue, type InlineValues } from '../evaluation/inline-values.js';
import { partsTotals, type PartSlip } from '../evaluation/sums.js';
import { unitName, type StatementTarget } from '../evaluation/world.js';
import { report } from './report.js';
import { inlineExpressions } from '../body.js';

/**
 * `claim-mismatch`: a number stated in prose against the one computed, at the precision the
 * author wrote ("20%" tolerates ±0,5; "82,8%" ±0,05). `sum-mismatch`: a total given for an
 * org and period against the sum of its parts — in prose (as the inline values service compares
 * it) and in data blocks.
 */
export class ClaimsCheck {
    constructor(private readonly values: InlineValues) {}

    check(model: ast.Model, session: EvaluationSession, accept: ValidationAcceptor): void {
        const values = inlineExpressions(model).filter(part => part.stated?.value && part.expression).map(part => this.values.of(part, session));
        // a part of a sum found mistyped: the claims that only repeat its slip are not reported again
        const slips = values.flatMap(value => value.comparisons.flatMap(c => (c.slip && !c.agrees ? [c.slip] : [])));
        for (const value of values) {
            if (slips.some(slip => holdsWithoutSlip(value, slip, session))) continue;
            this.checkInline(value, accept);
        }
        this.checkDataSums(model, session, accept);
    }

    private checkInline(value: InlineValue, accept: ValidationAcceptor): void {
        const stated = value.stated;
        if (!stated) return;
        const quantity = value.node.stated!;
        for (const comparison of value.comparisons) {
            if (comparison.agrees) continue;
            const shown = formatVi(comparison.computed, stated.decimals);
            const target = { node: quantity, property: 'value' as const };
            if (comparison.code === 'implied-mismatch' && comparison.implied) {
                const { earlier, own } = comparison.implied;
                report(accept, 'implied-mismatch', {
                    label: earlier.indicator.label ?? earlier.indicator.name, org: earlier.org.label, period: formatPeriodVi(earlier.period),
                    own: formatInterval(own), other: formatInterval(earlier.interval), where: lineOf(earlier.from),
                    stated: withSignOrUnit(quantity.value, value), computed: withSignOrUnit(shown, value),
                }, target, { replacement: shown });
            } else if (comparison.code === 'sum-mismatch' && value.target && comparison.slip) {
                this.reportPartSlip(value, value.target, comparison.slip, comparison, accept);
            } else if (comparison.code === 'sum-mismatch' && value.target) {
                const { indicator, org, period } = value.target;
                report(accept, 'sum-mismatch', {
                    total: withSignOrUnit(formatVi(stated.value), value), sum: withSignOrUnit(formatVi(comparison.computed), value),
                    parts: comparison.how('vi'), label: indicator.label, org: org.label, period: formatPeriodVi(period),
                }, target, { replacement: formatVi(comparison.computed) });
            } else {
                // a stated number is never negative ("-88" does not parse): a change that came out
                // negative is put right by turning the expression round (change-wording), not here
                report(accept, 'claim-mismatch', {
                    stated: `${RELATION_WORDS[value.relation ?? '=']}${withSignOrUnit(quantity.value, value)}`, computed: withSignOrUnit(shown, value),
                    how: comparison.how('vi'), howEn: comparison.how('en'),
                }, target, comparison.computed.isNegative() ? undefined : { replacement: shown });
            }
        }
    }

    /** The part that keeps a stated total from adding up is where the slip is: reported there, once. */
    private reportPartSlip(value: InlineValue, target: StatementTarget, slip: PartSlip, comparison: InlineComparison, accept: ValidationAcceptor): void {
        const part = slip.quantity;
        const inData = ast.isDataValue(part.$container);
        const meant = formatVi(slip.meant);
        report(accept, 'sum-mismatch', {
            kind: inData ? 'data-part' : 'part', stated: withSignOrUnit(inData ? formatVi(slip.value) : part.value, value),
            meant: withSignOrUnit(meant, value), total: withSignOrUnit(formatVi(value.stated!.value), value),
            sum: withSignOrUnit(formatVi(comparison.computed), value), parts: comparison.how('vi'),
            label: target.indicator.label, org: target.org.label, period: formatPeriodVi(target.period),
        }, { node: part, property: 'value' }, { replacement: inData ? formatSourceNumber(slip.meant) : meant });
    }

    /** Totals given in data blocks of this document against the sum of their parts. */
    private checkDataSums(model: ast.Model, session: EvaluationSession, accept: ValidationAcceptor): void {
        const document = AstUtils.getDocument(model);
        for (const [indicator, facts] of session.world.factsByIndicator) {
            if (!indicator.formulas.length) continue;
            const unit = indicator.unit?.ref ? ` ${unitName(indicator.unit.ref)}` : '';
            for (const fact of facts) {
                // each value once, where it is the value (the first one given) of its org and period
                if (fact.source !== 'data' || !fact.value || fact.document !== document) continue;
                if (session.world.factsFor(indicator, fact.org, fact.period)[0] !== fact) continue;
                for (const sum of partsTotals(session, indicator, fact.org, fact.period)) {
                    // the range of the given total only against a range: an exact sum is matched without one
                    const agrees = sum.bounds
                        ? overlaps({ lo: fact.value.minus(tolerance(fact.decimals)), hi: fact.value.plus(tolerance(fact.decimals)) }, sum.bounds)
                        : matchesAtPrecision(fact.value, fact.decimals, sum.total);
                    if (agrees) continue;
                    report(accept, 'sum-mismatch', {
                        total: formatVi(fact.value) + unit, sum: formatVi(sum.total) + unit, parts: sum.parts.map(p => formatVi(p)).join(' + '),
                        label: indicator.label, org: fact.org.label, period: formatPeriodVi(fact.period),
                    }, { node: (fact.node as ast.DataValue).quantity, property: 'value' }, { replacement: formatVi(sum.total) });
                }
            }
        }
    }
}

/** How a claim's number is written in a message: "> 85%", "≈ 80.000" (nothing for `=`). */
const RELATION_WORDS: Record<string, string> = { '=': '', '≈': '≈ ', '>': '> ', '<': '< ', '>=': '≥ ', '<=': '≤ ' };

function lineOf(node: ast.InlineExpression): string {
    return `${AstUtils.getDocument(node).uri.path.split('/').pop()}:${(node.$cstNode?.range.start.line ?? 0) + 1}`;
}
