import type { LangiumDocument } from 'langium';
import type { InlayHintProvider } from 'langium/lsp';
import { InlayHintKind, type InlayHint, type InlayHintParams, type Range } from 'vscode-languageserver';
import type { BcytServices } from '../bcyt-module.js';
import { scopeOf, type BcytEvaluator, type Evaluation, type EvaluationSession } from '../evaluation/evaluator.js';
import type { DocumentContext } from '../evaluation/world.js';
import * as ast from '../generated/ast.js';
import { formatVi } from '../semantics/numbers.js';
import { formatPeriodVi } from '../semantics/periods.js';
import { missingVi, quantityVi, withUnit } from './describe.js';
import { isOwnStatement } from './hover-provider.js';

/**
 * Inlay hints with the engine's values in Vietnamese format: after each `{…}` in prose the
 * value it computes (`{x of plan = 20%}` → `= 20,0%`; `= ?` when an input is missing), and
 * after each indicator formula its value for the document's org and period where computable.
 * A statement that is itself the value (`{x = 703}`) gets none: there is nothing to add.
 */
export class BcytInlayHintProvider implements InlayHintProvider {
    private readonly evaluator: BcytEvaluator;

    constructor(services: BcytServices) {
        this.evaluator = services.evaluation.Evaluator;
    }

    getInlayHints(document: LangiumDocument, params: InlayHintParams): InlayHint[] {
        const model = document.parseResult.value as ast.Model;
        const session = this.evaluator.session(model);
        const context = session.contextOf(model);
        const hints: InlayHint[] = [];
        const wanted = (range: Range | undefined) => !!range && range.start.line <= params.range.end.line && range.end.line >= params.range.start.line;
        if (context.org && context.period) {
            for (const element of model.elements) {
                if (!ast.isIndicator(element) || !wanted(element.$cstNode?.range)) continue;
                for (const formula of element.formulas) {
                    const hint = formulaHint(session, element, formula, context);
                    if (hint) hints.push(hint);
                }
            }
        }
        for (const block of model.document?.body?.blocks ?? []) {
            if (ast.isBlankLine(block) || !wanted(block.$cstNode?.range)) continue;
            for (const part of block.parts) {
                if (!ast.isInlineExpression(part) || isOwnStatement(session, part, context)) continue;
                const hint = inlineHint(session, part, context);
                if (hint) hints.push(hint);
            }
        }
        return hints;
    }
}

function inlineHint(session: EvaluationSession, inline: ast.InlineExpression, context: DocumentContext): InlayHint | undefined {
    const end = inline.$cstNode?.range.end;
    if (!end || !inline.expression) return undefined;
    const result = session.evaluate(inline.expression, scopeOf(context));
    return {
        position: end,
        label: `= ${result.ok ? shownValue(session, result, inline) : '?'}`,
        kind: InlayHintKind.Parameter,
        paddingLeft: true,
        tooltip: result.ok ? 'Giá trị do trình kiểm tra tính' : whyNot(result),
    };
}

/** As printed, except that a plain ratio stated in ‰ (or another ratio unit) is shown in that unit. */
function shownValue(session: EvaluationSession, result: Evaluation & { ok: true }, inline: ast.InlineExpression): string {
    const statedUnit = session.world.unitOf(inline.stated?.unit?.ref);
    if (result.type.kind === 'dimensionless' && statedUnit?.kind === 'ratio' && statedUnit.factor && statedUnit.factor !== 100) {
        return withUnit(formatVi(result.value.times(statedUnit.factor), 1), statedUnit);
    }
    return quantityVi(result.value, result.type);
}

function formulaHint(session: EvaluationSession, indicator: ast.Indicator, formula: ast.Expression, context: DocumentContext): InlayHint | undefined {
    const end = formula.$cstNode?.range.end;
    if (!end || !context.org || !context.period) return undefined;
    const result = session.formulaValue(indicator, formula, context.org, context.period);
    if (!result.ok) return undefined;
    return {
        position: end,
        label: `= ${quantityVi(result.value, result.type)}`,
        kind: InlayHintKind.Type,
        paddingLeft: true,
        tooltip: `Theo công thức, cho ${context.org.label ?? context.org.name}, ${formatPeriodVi(context.period)}`,
    };
}

function whyNot(result: Evaluation & { ok: false }): string {
    if (result.invalid) return 'Không tính được (số không đọc được hoặc chia cho 0)';
    return result.missing.length ? `Chưa tính được: thiếu ${missingVi(result.missing)}` : 'Chưa tính được';
}
