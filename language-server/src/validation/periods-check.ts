import { AstUtils, type AstNode, type LangiumDocument, type ValidationAcceptor } from 'langium';
import * as ast from '../generated/ast.js';
import {
    compareDates, daysInMonth, formatDateVi, formatPeriodVi, parsePeriodLiteral, periodEnd, type SimpleDate,
} from '../semantics/periods.js';
import { periodOf, readPeriodLiteral } from '../evaluation/world.js';
import { forEachIndicatorRef } from '../evaluation/expressions.js';
import { rangeInChunk, report } from './report.js';
import { inlineExpressions, proseLines } from '../body.js';

// "31/11/2025" (not inside a symbol like "12/2021/TT-BYT" or a longer run of digits), or "ngày 31/4" without a year
const PROSE_DATE = /(?<![\p{L}\p{N}/.-])(\d{1,2})\/(\d{1,2})\/(\d{4})(?![\p{L}\p{N}/])|(?<![\p{L}\p{N}])ngày\s+(\d{1,2})\/(\d{1,2})(?![\p{N}/])/giu;

/**
 * `period-invalid`: period literals that cannot be read (Q5/2024, T13/2024, T9-T3/2024) and
 * dates that do not exist (31/2/2024), wherever they are written. `date-before-period-end`: a
 * report dated before the period it reports on has ended.
 */
export class PeriodsCheck {
    check(model: ast.Model, accept: ValidationAcceptor): void {
        for (const element of model.elements) {
            if (ast.isDataBlock(element) || ast.isTargetBlock(element)) this.checkPeriod(element.period, accept);
            else if (ast.isOrg(element) && element.since) this.checkDate(element, 'since', element.since, accept);
            else if (ast.isLegalDoc(element) && element.date) this.checkDate(element, 'date', element.date, accept);
            else if (ast.isIndicator(element)) for (const formula of element.formulas) this.checkExpression(formula, accept);
            else if (ast.isRule(element)) {
                this.checkExpression(element.left, accept);
                this.checkExpression(element.right, accept);
            }
        }
        const document = model.document;
        if (!document) return;
        for (const literal of [document.period, document.compare, document.planPeriod]) this.checkPeriod(literal, accept);
        if (document.date && isDayDate(document.date)) this.checkDate(document, 'date', document.date, accept);
        for (const part of inlineExpressions(model)) this.checkExpression(part.expression, accept);
        this.checkReportDate(document, accept);
        const langiumDocument = AstUtils.getDocument(model);
        for (const parts of proseLines(model)) {
            for (const part of parts) if (ast.isTextChunk(part) && part.text.includes('/')) this.checkDatesInProse(part, langiumDocument, accept);
        }
    }

    /** "đến hết ngày 31/11/2025", "trước ngày 31/4": a date of the prose that no calendar has (without a year, February may have 29 days). */
    private checkDatesInProse(chunk: ast.TextChunk, document: LangiumDocument, accept: ValidationAcceptor): void {
        for (const m of chunk.text.matchAll(PROSE_DATE)) {
            const day = Number(m[1] ?? m[4]);
            const month = Number(m[2] ?? m[5]);
            const year = m[3] ? Number(m[3]) : undefined;
            const problem = notADate(day, month, year);
            if (!problem) continue;
            const text = year ? m[0] : `${m[4]}/${m[5]}`;
            const offset = year ? m.index : m.index + m[0].length - text.length;
            report(accept, 'period-invalid', { kind: 'date', text, ...problem }, { node: chunk, range: rangeInChunk(document, chunk, offset, text.length) });
        }
    }

    /** `x @ Q5/2024` inside formulas, rules and `{…}`. */
    private checkExpression(expression: ast.Expression | undefined, accept: ValidationAcceptor): void {
        forEachIndicatorRef(expression, ref => this.checkPeriod(ref.period, accept));
    }

    private checkPeriod(literal: ast.PeriodLiteral | undefined, accept: ValidationAcceptor): void {
        if (!literal?.value) return;
        const parsed = readPeriodLiteral(literal.value);
        if (!parsed.ok) report(accept, 'period-invalid', { detail: parsed.message, detailEn: parsed.messageEn }, { node: literal, property: 'value' });
    }

    private checkDate<N extends AstNode>(node: N, property: string, text: string, accept: ValidationAcceptor): void {
        const [day, month, year] = text.split('/').map(Number);
        const problem = notADate(day, month, year);
        if (problem) report(accept, 'period-invalid', { kind: 'date', text, ...problem }, { node, property } as never);
    }

    /**
     * A báo cáo or an article reports on a past period. A plan is dated before its period by
     * nature, and a letter's period (if any) is what it asks about, so neither is checked.
     * A date with the day left blank ("tháng 4 năm 2024") counts as the month's last day.
     */
    private checkReportDate(document: ast.Document, accept: ValidationAcceptor): void {
        if (document.kind !== 'report' && document.kind !== 'article') return;
        const period = periodOf(document.period);
        const date = documentDate(document.date);
        if (!period || !date) return;
        const end = periodEnd(period);
        if (compareDates(date, end) >= 0) return;
        // a year-end report is often dated in December, for the review conference, its figures
        // "tính đến ngày 30/11": in the period's last month this is worth knowing, not a slip
        const lastMonth = date.year === end.year && date.month === end.month;
        report(accept, 'date-before-period-end', {
            date: isDayDate(document.date!) ? formatDateVi(date) : formatPeriodVi({ kind: 'month', year: date.year, fromMonth: date.month, toMonth: date.month }),
            period: formatPeriodVi(period), end: formatDateVi(end),
        }, { node: document, property: 'date' }, undefined, lastMonth ? 'information' : 'warning');
    }
}

/**
 * Why a day of a month (of a year) is no day of the calendar — the message's month, year and
 * days in that month; none for a month that does not exist — or undefined when it is one.
 * Without a year ("ngày 29/2") February may have 29 days.
 */
function notADate(day: number, month: number, year?: number): { month?: number; year?: number | ''; days?: number } | undefined {
    if (!(month >= 1 && month <= 12)) return {};
    const days = daysInMonth(month, year ?? A_LEAP_YEAR);
    return day >= 1 && day <= days ? undefined : { month, year: year ?? '', days };
}

const A_LEAP_YEAR = 2024;

function isDayDate(text: string): boolean {
    return /^\d{1,2}\/\d{1,2}\/\d{4}$/.test(text);
}

/**
 * The date of a document: `14/4/2024`, or `T12/2023` (day left blank) as the last day of the
 * month: the latest day it can bear, so that no check accuses it of what it may not have done.
 */
export function documentDate(text: string | undefined): SimpleDate | undefined {
    if (!text) return undefined;
    if (isDayDate(text)) {
        const [day, month, year] = text.split('/').map(Number);
        return notADate(day, month, year) ? undefined : { day, month, year };
    }
    const parsed = parsePeriodLiteral(text);
    return parsed.ok ? periodEnd(parsed.period) : undefined;
}
