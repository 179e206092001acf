import type { Decimal } from 'decimal.js';
import * as ast from '../generated/ast.js';
import { formatVi } from '../semantics/numbers.js';
import { formatComputedVi } from '../evaluation/inline-values.js';
import type { Evaluation, EvaluationSession, Missing } from '../evaluation/evaluator.js';
import type { DocumentContext } from '../evaluation/world.js';
import { formatCitationVi } from '../semantics/citations.js';
import {
    formatDateVi, formatPeriodVi, parseDate, periodEnd, periodEquals, periodStart, samePeriodPreviousYear, type Period,
} from '../semantics/periods.js';
import type { UnitInfo, UnitType } from '../semantics/units.js';
import type { MessageLanguage } from '../validation/diagnostic-codes.js';
import { lspText } from './lsp-text.js';

/**
 * Descriptions shared by hover, inlay hints and completion, in the user's language (lsp-text.ts):
 * quantities with their unit, percentages, org paths, periods with their dates, citations. Every
 * number comes from the evaluation engine and is formatted as the printed document formats it.
 */

/** "703 trẻ", "92,3%", "11,41‰": no space before % and ‰. */
export function withUnit(number: string, unit: UnitInfo | undefined): string {
    if (!unit) return number;
    return unit.name === '%' || unit.name === '‰' ? `${number}${unit.name}` : `${number} ${unit.name}`;
}

/** A computed value with its unit, formatted as the document prints it. */
export function quantityVi(value: Decimal, type: UnitType): string {
    const shown = type.kind === 'dimensionless' ? formatComputedVi(value.times(100), type, 100)
        : formatVi(value, type.kind === 'unit' && type.unit.kind === 'count' ? 0 : undefined);
    return withUnit(shown, type.kind === 'unit' ? type.unit : undefined);
}

/** part / whole as the printed `{x of y}` shows it ("109,0%"); undefined when the whole is zero. */
export function percentVi(part: Decimal, whole: Decimal): string | undefined {
    return whole.isZero() ? undefined : formatComputedVi(part.dividedBy(whole).times(100), { kind: 'dimensionless' }, 100);
}

/** What an evaluation shows: the value, or why there is none. */
export function evaluationText(evaluation: Evaluation, lang: MessageLanguage): string {
    if (evaluation.ok) return quantityVi(evaluation.value, evaluation.type);
    if (evaluation.invalid) return lspText('notComputable', lang);
    return lspText('noData', lang, { missing: evaluation.missing.length ? missingText(evaluation.missing, lang) : undefined });
}

/** "kế hoạch của Số trẻ … (Trung tâm Y tế A, năm 2024), …" — by label, at most three. */
export function missingText(missing: readonly Missing[], lang: MessageLanguage): string {
    const seen = new Set<string>();
    const parts: string[] = [];
    for (const m of missing) {
        const where = [m.org?.label ?? m.org?.name, m.period ? formatPeriodVi(m.period) : undefined].filter(Boolean).join(', ');
        const what = `${m.indicator.label ?? m.indicator.name}${where ? ` (${where})` : ''}`;
        const text = m.source === 'target' ? lspText('targetOf', lang, { what }) : what;
        if (!seen.has(text)) {
            seen.add(text);
            parts.push(text);
        }
    }
    return parts.length > 3 ? `${parts.slice(0, 3).join(', ')}, …` : parts.join(', ');
}

/** The chain of parents, top first: "Ủy ban nhân dân tỉnh Thanh Hóa › Sở Y tế Thanh Hóa › Trung tâm Y tế Hoằng Hóa". */
export function orgPath(org: ast.Org): string {
    const chain: string[] = [];
    const seen = new Set<ast.Org>();
    for (let current: ast.Org | undefined = org; current && !seen.has(current); current = current.parent?.ref) {
        seen.add(current);
        chain.unshift(current.label ?? current.name);
    }
    return chain.join(' › ');
}

/** "quý I năm 2024 (01/01/2024 – 31/3/2024)". */
export function periodWithDates(period: Period): string {
    return `${formatPeriodVi(period)} (${formatDateVi(periodStart(period))} – ${formatDateVi(periodEnd(period))})`;
}

/** "Quyết định số 1300/QĐ-BYT ngày 09/3/2023 của Bộ Y tế ban hành …", as the first mention prints. */
export function citationVi(legal: ast.LegalDoc, style: 'full' | 'short' = 'full'): string {
    return formatCitationVi({
        typeName: legal.type ?? 'Văn bản', symbol: legal.name, date: legal.date ? parseDate(legal.date) : undefined,
        issuerName: legal.issuer?.ref?.label, subject: legal.subject,
    }, style);
}

/** The source text of a node with its whitespace collapsed ("a + b"). */
export function sourceText(node: ast.Expression | undefined): string {
    return (node?.$cstNode?.text ?? '').replace(/\s+/g, ' ').trim();
}

export interface IndicatorFigures {
    readonly org: ast.Org;
    readonly period: Period;
    readonly lines: string[];
}

/**
 * An indicator's figures for an org and period as the engine computes them: thực hiện,
 * kế hoạch, % kế hoạch, cùng kỳ, % cùng kỳ. Undefined without an org and a period.
 */
export function indicatorFigures(session: EvaluationSession, indicator: ast.Indicator, context: DocumentContext, lang: MessageLanguage,
    org = context.org, period = context.period): IndicatorFigures | undefined {
    if (!org || !period) return undefined;
    const lines: string[] = [];
    const actual = session.value(indicator, org, period);
    lines.push(lspText('actual', lang, { value: bold(figureText(actual, indicator, 'noData', lang)) }));
    const plan = samePlanYear(context, period);
    if (plan) {
        const target = session.value(indicator, org, plan, 'target');
        const operator = session.world.targetsFor(indicator, org, plan)[0]?.operator;
        const shown = target.ok ? `${operator && operator !== '=' ? `${operator} ` : ''}${quantityVi(target.value, target.type)}` : figureText(target, indicator, 'noTarget', lang);
        lines.push(lspText('target', lang, { period: formatPeriodVi(plan), value: shown }));
        if (actual.ok && target.ok) {
            const pct = percentVi(actual.value, target.value);
            if (pct) lines.push(lspText('ofTarget', lang, { percent: bold(pct) }));
        }
    }
    const compare = context.period && periodEquals(period, context.period) ? context.compare : undefined;
    const prevPeriod = compare ?? samePeriodPreviousYear(period);
    const prev = session.value(indicator, org, prevPeriod);
    lines.push(lspText('previous', lang, { period: formatPeriodVi(prevPeriod), value: figureText(prev, indicator, 'noData', lang) }));
    if (actual.ok && prev.ok) {
        const pct = percentVi(actual.value, prev.value);
        if (pct) lines.push(lspText('ofPrevious', lang, { percent: bold(pct) }));
    }
    return { org, period, lines };
}

/** A figure, or "chưa có …" naming the inputs missing beyond the indicator itself. */
function figureText(evaluation: Evaluation, indicator: ast.Indicator, none: 'noData' | 'noTarget', lang: MessageLanguage): string {
    if (evaluation.ok) return quantityVi(evaluation.value, evaluation.type);
    if (evaluation.invalid) return lspText('notComputable', lang);
    const others = evaluation.missing.filter(m => m.indicator !== indicator);
    return lspText(none, lang, { missing: others.length ? missingText(others, lang) : undefined });
}

const bold = (text: string) => (text.startsWith('_') ? text : `**${text}**`);

/** The plan period of the document when asked about the document's own period; else the period's year. */
function samePlanYear(context: DocumentContext, period: Period): Period | undefined {
    if (context.period && context.plan && periodEquals(period, context.period)) return context.plan;
    return { kind: 'year', year: period.year, fromMonth: 1, toMonth: 12 };
}

