import type { ValidationAcceptor } from 'langium';
import * as ast from '../generated/ast.js';
import { formatPeriodVi } from '../semantics/periods.js';
import type { EvaluationSession, Missing } from '../evaluation/evaluator.js';
import type { InlineValue, InlineValues } from '../evaluation/inline-values.js';
import { explainDivisor, formatInterval } from '../evaluation/explain.js';
import { scopeOf } from '../evaluation/evaluator.js';
import { missingPhrase, type MissingValue } from './diagnostic-codes.js';
import { report } from './report.js';
import { inlineExpressions } from '../body.js';

/**
 * What a `{…}` cannot come to, as the inline values service decides it:
 * - `missing-data`: it needs a value nobody gave, named exactly (indicator label, org, period;
 *   "kế hoạch" for a target). A claim that alone misses a value pins it (inference.ts): the
 *   message says what it implies, which later claims are checked against. A claim that carries its stated number still prints — as the author
 *   wrote it — but cannot be verified: information. An expression without a stated number cannot
 *   be printed at all: an error (the build refuses to print a number the checker could not compute).
 * - `not-computable`: it cannot be computed whatever the data — a division by zero (`{x of prev}`
 *   when the same period was 0), a value given in a form that cannot be read, a number in the
 *   expression written wrong (`x * 1.5`), `plan` or `prev` alone: an error, as the build refuses
 *   to print it.
 */
export class ComputabilityCheck {
    constructor(private readonly values: InlineValues) {}

    check(model: ast.Model, session: EvaluationSession, accept: ValidationAcceptor): void {
        for (const part of inlineExpressions(model)) {
            if (!part.expression) continue;
            const value = this.values.of(part, session);
            if (value.verdict === 'unverifiable' || value.verdict === 'missing' || value.verdict === 'derives') this.reportMissing(value, accept);
            else if (value.verdict === 'invalid') this.reportInvalid(value, session, accept);
        }
    }

    private reportMissing(value: InlineValue, accept: ValidationAcceptor): void {
        if (!value.missing.length) return;
        const part = value.node;
        const missing = describe(value.missing);
        const args = {
            stated: value.stated ? `${part.stated!.value}${part.stated!.unit?.$refText ?? ''}` : undefined,
            expression: part.expression.$cstNode?.text ?? '',
            missing: missingPhrase(missing, 'vi'), missingEn: missingPhrase(missing, 'en'),
            // what the stated number implies of it (inference.ts): the later claims are checked against that
            implied: value.derivation && !namesItself(part.expression) ? formatInterval(value.derivation.interval) : undefined,
        };
        if (value.stated) report(accept, 'missing-data', args, { node: part.stated!, property: 'value' }, undefined, 'information');
        else report(accept, 'missing-data', args, { node: part });
    }

    private reportInvalid(value: InlineValue, session: EvaluationSession, accept: ValidationAcceptor): void {
        const reason = value.failure?.invalid;
        // an expression left incomplete is a syntax or linking error, reported where it is; a stated
        // number that cannot be read is `number-format`
        if (!reason || reason.kind === 'incomplete') return;
        const scope = scopeOf(session.contextOf(value.node));
        report(accept, 'not-computable', {
            kind: reason.kind,
            expression: value.node.expression.$cstNode?.text ?? '',
            divisor: reason.kind === 'zero' ? explainDivisor(reason.divisor, scope, 'vi') : undefined,
            divisorEn: reason.kind === 'zero' ? explainDivisor(reason.divisor, scope, 'en') : undefined,
            label: reason.kind === 'unreadable' ? reason.indicator.label ?? reason.indicator.name : undefined,
            text: reason.kind === 'literal' ? reason.literal.value : reason.kind === 'bare' ? reason.node.$cstNode?.text : undefined,
        }, { node: value.node });
    }
}

function describe(missing: readonly Missing[]): MissingValue[] {
    const seen = new Set<string>();
    const values: MissingValue[] = [];
    for (const m of missing) {
        const value: MissingValue = {
            label: m.indicator.label ?? m.indicator.name, org: m.org?.label,
            period: m.period ? formatPeriodVi(m.period) : undefined, target: m.source === 'target',
        };
        const key = JSON.stringify(value);
        if (seen.has(key)) continue;
        seen.add(key);
        values.push(value);
    }
    return values;
}

/** `{plan(x) = 95%}`, `{x @ Q1/2023 = 645}`: the claim names the value it pins, and says nothing more of it. */
function namesItself(expression: ast.Expression): boolean {
    let inner: ast.Expression | undefined = expression;
    while (ast.isPlanOf(inner) || ast.isPrevOf(inner)) inner = inner.argument;
    return ast.isIndicatorRef(inner);
}
