/**
 * The document's own fields read from its header: its kind (from the type line, the number's
 * type code, "V/v"), the heading printed when it is not the kind's usual one, and the period
 * its figures are about (from the title: "03 THÁNG ĐẦU NĂM … 2024", "năm 2023"). Pure.
 */
import { parseLegalSymbol } from '../../language-server/src/semantics/citations.js';
import {
    compareDates, formatPeriodLiteral, parseVietnamesePeriodPhrase, periodEnd, type Period,
} from '../../language-server/src/semantics/periods.js';
import { comparisonKey } from '../../language-server/src/semantics/vietnamese.js';
import type { Header } from './header.js';

export type DocumentKind = 'report' | 'plan' | 'letter' | 'article';

const USUAL_TITLE: Partial<Record<DocumentKind, string>> = { report: 'báo cáo', plan: 'kế hoạch' };

/** The kind, and the heading to print when the type line is not the kind's usual title. */
export function documentKind(header: Header): { kind: DocumentKind; heading?: string } {
    const type = header.typeLine ? comparisonKey(header.typeLine) : undefined;
    let kind: DocumentKind | undefined;
    if (type?.startsWith('báo cáo')) kind = 'report';
    else if (type?.startsWith('kế hoạch')) kind = 'plan';
    else if (type?.startsWith('công văn')) kind = 'letter';
    if (!kind && header.number) {
        const parsed = parseLegalSymbol(header.number);
        const code = parsed.ok ? parsed.symbol.typeCode : undefined;
        if (parsed.ok) kind = code === 'BC' ? 'report' : code === 'KH' ? 'plan' : !code || code === 'CV' ? 'letter' : undefined;
    }
    if (!kind && header.subject) kind = 'letter';
    kind ??= 'article';
    const usual = USUAL_TITLE[kind];
    const heading = header.typeLine && (!usual || type !== usual) && kind !== 'letter' ? header.typeLine : undefined;
    return { kind, ...(heading ? { heading } : {}) };
}

const PERIOD_PHRASES = [
    /(\d{1,2}) tháng (đầu|cuối) năm(?: (\d{4}))?/u,
    /quý (iv|i{1,3}|[1-4])(?:(?: năm |\/)(\d{4}))?/u,
    /(?:6|sáu) tháng (đầu|cuối) năm(?: (\d{4}))?/u,
    /năm (\d{4})/u,
];

/** The first period the title or subject names; a year left for later ("03 tháng đầu năm … 2024") is the next year written. */
export function periodOfTitle(text: string): Period | undefined {
    const key = comparisonKey(text);
    let best: { at: number; period: Period } | undefined;
    for (const re of PERIOD_PHRASES) {
        const m = re.exec(key);
        if (!m || (best && best.at <= m.index)) continue;
        const year = /\d{4}/.exec(key.slice(m.index + m[0].length))?.[0];
        const phrase = /\d{4}$/.test(m[0]) ? m[0] : year ? `${m[0]} ${year}` : undefined;
        const period = phrase ? parseVietnamesePeriodPhrase(phrase) : undefined;
        if (period) best = { at: m.index, period };
    }
    return best?.period;
}

/**
 * The period the figures are about, as a literal: the title's; else the year of the date. A
 * report or article dated before its period ends (figures "ước tính" to the date) covers the
 * year up to its date: `..14/11/2023`.
 */
export function documentPeriod(kind: DocumentKind, header: Header): string | undefined {
    const named = periodOfTitle([...header.title, header.subject ?? ''].join(' '));
    const date = header.date ? dateOf(header.date) : undefined;
    if (named) {
        if ((kind === 'report' || kind === 'article') && date && compareDates(date, periodEnd(named)) < 0) {
            return `..${date.day}/${date.month}/${date.year}`;
        }
        return formatPeriodLiteral(named);
    }
    if (!date) return undefined;
    if (kind === 'report' || kind === 'article') return `..${date.day}/${date.month}/${date.year}`;
    return String(date.year);
}

/** `14/4/2024`, or `T4/2024` (day left blank) as the month's last day. */
function dateOf(text: string): { day: number; month: number; year: number } | undefined {
    const day = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
    if (day) return { day: Number(day[1]), month: Number(day[2]), year: Number(day[3]) };
    const month = /^T(\d{1,2})\/(\d{4})$/.exec(text);
    if (!month) return undefined;
    const m = Number(month[1]), y = Number(month[2]);
    return { day: new Date(Date.UTC(y, m, 0)).getUTCDate(), month: m, year: y };
}
