import type { LangiumDocument } from 'langium';
import type { InlayHintProvider } from 'langium/lsp';
import { InlayHintKind, type InlayHint, type InlayHintParams, type Range } from 'vscode-languageserver';
import type { BcytServices } from '../bcyt-module.js';
import type { BcytEvaluator, Evaluation, EvaluationSession } from '../evaluation/evaluator.js';
import { shownComputed, type InlineValues } from '../evaluation/inline-values.js';
import { formatInterval } from '../evaluation/explain.js';
import type { DocumentContext } from '../evaluation/world.js';
import * as ast from '../generated/ast.js';
import { formatPeriodVi } from '../semantics/periods.js';
import { missingText, quantityVi } from './describe.js';
import { lspText } from './lsp-text.js';
import type { BcytSettings } from '../workspace/settings.js';
import type { MessageLanguage } from '../validation/diagnostic-codes.js';

/**
 * Inlay hints with the engine's values in Vietnamese format: after each `{…}` in prose the
 * value it computes (`{x of plan = 20%}` → `= 20,0%`; `= ?` when an input is missing), and
 * after each indicator formula its value for the document's org and period where computable.
 * What a `{…}` comes to is the inline values service's; a statement that is itself the value
 * (`{x = 703}`) gets none: there is nothing to add.
 */
export class BcytInlayHintProvider implements InlayHintProvider {
    private readonly evaluator: BcytEvaluator;
    private readonly values: InlineValues;
    private readonly settings: BcytSettings;

    constructor(services: BcytServices) {
        this.evaluator = services.evaluation.Evaluator;
        this.settings = services.workspace.Settings;
        this.values = services.evaluation.InlineValues;
    }

    getInlayHints(document: LangiumDocument, params: InlayHintParams): InlayHint[] {
        const lang = this.settings.language;
        const model = document.parseResult.value as ast.Model;
        const session = this.evaluator.session(model);
        const context = session.contextOf(model);
        const hints: InlayHint[] = [];
        const wanted = (range: Range | undefined) => !!range && range.start.line <= params.range.end.line && range.end.line >= params.range.start.line;
        if (context.org && context.period) {
            for (const element of model.elements) {
                if (!ast.isIndicator(element) || !wanted(element.$cstNode?.range)) continue;
                for (const formula of element.formulas) {
                    const hint = formulaHint(session, element, formula, context, lang);
                    if (hint) hints.push(hint);
                }
            }
        }
        for (const block of model.document?.body?.blocks ?? []) {
            if (ast.isBlankLine(block) || !wanted(block.$cstNode?.range)) continue;
            for (const part of block.parts) {
                if (!ast.isInlineExpression(part)) continue;
                const hint = inlineHint(this.values, session, part, lang);
                if (hint) hints.push(hint);
            }
        }
        return hints;
    }
}

function inlineHint(values: InlineValues, session: EvaluationSession, inline: ast.InlineExpression, lang: MessageLanguage): InlayHint | undefined {
    const end = inline.$cstNode?.range.end;
    if (!end || !inline.expression) return undefined;
    const value = values.of(inline, session);
    // a statement that is itself the value has nothing to add
    if (value.verdict === 'given') return undefined;
    if (value.derivation) {
        // a claim that alone pins a value: what it implies
        const { indicator, org, period, interval } = value.derivation;
        return {
            position: end, label: `⇒ ${formatInterval(interval)}`, kind: InlayHintKind.Parameter, paddingLeft: true,
            tooltip: lspText('hintImplies', lang, { what: `${indicator.label ?? indicator.name} (${org.label ?? org.name}, ${formatPeriodVi(period)})`, value: formatInterval(interval) }),
        };
    }
    const shown = shownComputed(value);
    return {
        position: end,
        label: `= ${shown ?? '?'}`,
        kind: InlayHintKind.Parameter,
        paddingLeft: true,
        tooltip: shown ? lspText('hintComputed', lang) : whyNot(value.failure ?? { ok: false, missing: value.missing }, lang),
    };
}

function formulaHint(session: EvaluationSession, indicator: ast.Indicator, formula: ast.Expression, context: DocumentContext, lang: MessageLanguage): InlayHint | undefined {
    const end = formula.$cstNode?.range.end;
    if (!end || !context.org || !context.period) return undefined;
    const result = session.formulaValue(indicator, formula, context.org, context.period);
    if (!result.ok) return undefined;
    return {
        position: end,
        label: `= ${quantityVi(result.value, result.type)}`,
        kind: InlayHintKind.Type,
        paddingLeft: true,
        tooltip: lspText('hintFormula', lang, { org: context.org.label ?? context.org.name, period: formatPeriodVi(context.period) }),
    };
}

function whyNot(result: Evaluation & { ok: false }, lang: MessageLanguage): string {
    if (result.invalid) return lspText('hintNotComputable', lang);
    return result.missing.length ? lspText('hintMissing', lang, { missing: missingText(result.missing, lang) }) : lspText('hintNotYet', lang);
}
