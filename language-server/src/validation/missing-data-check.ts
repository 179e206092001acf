import type { ValidationAcceptor } from 'langium';
import * as ast from '../generated/ast.js';
import { formatPeriodVi } from '../semantics/periods.js';
import { scopeOf, type Evaluation, type EvaluationSession, type Missing } from '../evaluation/evaluator.js';
import { statementTarget } from '../evaluation/world.js';
import { missingPhrase, type MissingValue } from './diagnostic-codes.js';
import { isSum } from './quantities-check.js';
import { report } from './report.js';
import { inlineExpressions } from '../body.js';

/**
 * `missing-data`: an inline expression that needs a value nobody gave, naming exactly what is
 * missing (indicator label, org, period; "kế hoạch" for a target).
 *
 * Severity, decided here: a claim that carries its stated number (`{x of prev = 109%}` with no
 * same-period value) still prints — as the author wrote it — but cannot be verified, so it is
 * information; an expression without a stated number (`{x of plan}`) cannot be printed at all,
 * so it is an error (the build refuses to print a number the checker could not compute).
 * Statements (`{x = 703}`, `{prev(x) = 645}`) give values and miss none — except the inputs
 * of a ratio indicator's formula, which the statement claims to agree with (see formulaOf).
 */
export class MissingDataCheck {
    check(model: ast.Model, session: EvaluationSession, accept: ValidationAcceptor): void {
        const body = model.document?.body;
        if (!body) return;
        const context = session.contextOf(model);
        const scope = scopeOf(context);
        for (const part of inlineExpressions(model)) {
            if (!part.expression) continue;
            const stated = part.stated?.value;
            const target = stated ? statementTarget(part, context) : undefined;
            const result = target ? formulaOf(part, target, session) : session.evaluate(part.expression, scope);
            if (!result) continue;
            if (result.ok || result.invalid || !result.missing.length) continue;
            const values = describe(result.missing);
            const args = {
                stated: stated ? `${stated}${part.stated?.unit?.$refText ?? ''}` : undefined,
                expression: part.expression.$cstNode?.text ?? '',
                missing: missingPhrase(values, 'vi'), missingEn: missingPhrase(values, 'en'),
            };
            if (stated) report(accept, 'missing-data', args, { node: part.stated!, property: 'value' }, undefined, 'information');
            else report(accept, 'missing-data', args, { node: part });
        }
    }
}

/**
 * A statement gives its value; but the value of a ratio indicator (`{ty_le_hssk = 99,51%}`,
 * hssk_tao_lap / nhan_khau) is also a claim about its formula, which claims-check verifies when
 * it can. When no data gives the value and the formula lacks an input, that claim cannot be
 * verified: the inputs it lacks are reported like any other.
 */
function formulaOf(part: ast.InlineExpression, target: NonNullable<ReturnType<typeof statementTarget>>, session: EvaluationSession): Evaluation | undefined {
    const formulas = target.indicator.formulas.filter(f => !isSum(f));
    if (!formulas.length || session.world.factsFor(target.indicator, target.org, target.period)[0]?.node !== part) return undefined;
    const missing: Missing[] = [];
    for (const formula of formulas) {
        const result = session.formulaValue(target.indicator, formula, target.org, target.period);
        if (result.ok || result.invalid) return undefined;
        missing.push(...result.missing);
    }
    return { ok: false, missing };
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
