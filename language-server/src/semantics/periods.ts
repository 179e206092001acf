/**
 * Reporting periods (kỳ báo cáo): year, quarter, half-year, month, month range, "until a date".
 *
 * A period is a month range inside one calendar year; 'until' runs from 1 January to a day
 * ("đến 30/11/2023": the figures reported so far in the year). `kind` records how the author
 * wrote it, for labels; equality and map keys use the date range only, so Q1/2024, T1-T3/2024
 * and 3T/2024 are the same period. Pure functions, no I/O.
 */
import { comparisonKey } from './vietnamese.js';

export type PeriodKind = 'year' | 'quarter' | 'half' | 'month' | 'months' | 'until';

export interface SimpleDate {
    day: number;
    month: number;
    year: number;
}

export interface Period {
    kind: PeriodKind;
    year: number;
    fromMonth: number;
    toMonth: number;
    untilDate?: SimpleDate;
}

export type PeriodResult = { ok: true; period: Period } | { ok: false; message: string; messageEn: string };

// ---------------------------------------------------------------------------------------------
// Dates

export function isLeapYear(year: number): boolean {
    return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(month: number, year: number): number {
    return month === 2 ? (isLeapYear(year) ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Vietnamese and English messages for an impossible date, or undefined when it is valid. */
function dateError(d: SimpleDate): { message: string; messageEn: string } | undefined {
    const text = `${d.day}/${d.month}/${d.year}`;
    if (d.month < 1 || d.month > 12) {
        return { message: `Ngày ${text} không hợp lệ: tháng phải từ 1 đến 12`, messageEn: `Invalid date ${text}: month must be 1 to 12` };
    }
    const max = daysInMonth(d.month, d.year);
    if (d.day < 1 || d.day > max) {
        return {
            message: `Ngày ${text} không tồn tại: tháng ${d.month} năm ${d.year} có ${max} ngày`,
            messageEn: `Date ${text} does not exist: month ${d.month} of ${d.year} has ${max} days`,
        };
    }
    return undefined;
}

const DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

/** "14/4/2024" or "09/03/2023" -> { day, month, year }; undefined when malformed or impossible. */
export function parseDate(text: string): SimpleDate | undefined {
    const m = DATE.exec(text.trim());
    if (!m) return undefined;
    const d = { day: Number(m[1]), month: Number(m[2]), year: Number(m[3]) };
    return dateError(d) ? undefined : d;
}

// Nghị định 30/2020/NĐ-CP: days below 10 and the months 1 and 2 take a leading zero
// ("ngày 04 tháng 01 năm 2024"); the seeds write short dates the same way ("09/3/2023", "17/01/2023").
const dd = (day: number) => String(day).padStart(2, '0');
/** A month as Nghị định 30 writes it: "01", "02", "3" … "12". */
export const monthVi = (month: number): string => (month <= 2 ? String(month).padStart(2, '0') : String(month));
const mm = monthVi;

/** "14/4/2024", "09/3/2023", "17/01/2023". */
export function formatDateVi(d: SimpleDate): string {
    return `${dd(d.day)}/${mm(d.month)}/${d.year}`;
}

/** "ngày 14 tháng 4 năm 2024", "ngày 04 tháng 01 năm 2024". */
export function formatDateLongVi(d: SimpleDate): string {
    return `ngày ${dd(d.day)} tháng ${mm(d.month)} năm ${d.year}`;
}

/** Negative, zero or positive as a is before, equal to or after b. */
export function compareDates(a: SimpleDate, b: SimpleDate): number {
    return a.year - b.year || a.month - b.month || a.day - b.day;
}

// ---------------------------------------------------------------------------------------------
// Periods

/** The four quarters, two halves and twelve months of a year, and the year itself. */
export function subPeriodsOfYear(year: number, kind: 'year' | 'quarter' | 'half' | 'month'): Period[] {
    const size = { year: 12, half: 6, quarter: 3, month: 1 }[kind];
    const result: Period[] = [];
    for (let from = 1; from <= 12; from += size) result.push({ kind, year, fromMonth: from, toMonth: from + size - 1 });
    return result;
}

export function periodStart(p: Period): SimpleDate {
    return { day: 1, month: p.fromMonth, year: p.year };
}

export function periodEnd(p: Period): SimpleDate {
    return p.untilDate ? { ...p.untilDate } : { day: daysInMonth(p.toMonth, p.year), month: p.toMonth, year: p.year };
}

/** The same period one year earlier (cùng kỳ); 29/2 becomes 28/2. */
export function samePeriodPreviousYear(p: Period): Period {
    return shiftYears(p, -1);
}

/** The same period `years` later (earlier when negative); 29/2 becomes 28/2 outside leap years. */
export function shiftYears(p: Period, years: number): Period {
    const year = p.year + years;
    const result: Period = { kind: p.kind, year, fromMonth: p.fromMonth, toMonth: p.toMonth };
    if (p.untilDate) {
        const { day, month } = p.untilDate;
        result.untilDate = { day: Math.min(day, daysInMonth(month, year)), month, year };
    }
    return result;
}

/** Does `outer` cover every day of `inner`? */
export function containsPeriod(outer: Period, inner: Period): boolean {
    return compareDates(periodStart(outer), periodStart(inner)) <= 0 && compareDates(periodEnd(inner), periodEnd(outer)) <= 0;
}

const two = (n: number) => String(n).padStart(2, '0');

/**
 * Stable key of the date range: "2024:01-03". Periods ending on a month's last day share the
 * month-range key whatever their kind (..31/3/2024 = Q1/2024); an 'until' ending mid-month
 * gets the day appended: "2023:01-11@15".
 */
export function periodKey(p: Period): string {
    const key = `${p.year}:${two(p.fromMonth)}-${two(p.toMonth)}`;
    const end = periodEnd(p);
    return end.day === daysInMonth(end.month, end.year) ? key : `${key}@${two(end.day)}`;
}

/**
 * The same identity as periodKey, as a number when the parts are small integers (every period
 * a document can write): lookups by period then build no string. Two periods have the same
 * code exactly when they have the same key; anything out of range falls back to the key itself.
 */
export function periodCode(p: Period): number | string {
    const { year, fromMonth, toMonth, untilDate } = p;
    const endDay = untilDate ? untilDate.day : daysInMonth(toMonth, year);
    const lastDay = untilDate ? daysInMonth(untilDate.month, untilDate.year) : endDay;
    // 0: the period ends on its month's last day (no day in the key); else the day + 1
    const day = endDay === lastDay ? 0 : endDay + 1;
    if (!(isSmall(year, 1 << 20) && isSmall(fromMonth, 16) && isSmall(toMonth, 16) && isSmall(day, 64))) return periodKey(p);
    return ((year * 16 + fromMonth) * 16 + toMonth) * 64 + day;
}

const isSmall = (n: number, bound: number) => Number.isInteger(n) && n >= 0 && n < bound;

export function periodEquals(a: Period, b: Period): boolean {
    return periodKey(a) === periodKey(b);
}

// ---------------------------------------------------------------------------------------------
// Source notation

const LITERAL_HELP = 'Cách viết kỳ: 2024, Q1/2024, H1/2024, T3/2024, T4-T12/2024, 6T/2024, ..30/11/2023';
const LITERAL_HELP_EN = 'Period notation: 2024, Q1/2024, H1/2024, T3/2024, T4-T12/2024, 6T/2024, ..30/11/2023';

function err(message: string, messageEn: string): PeriodResult {
    return { ok: false, message, messageEn };
}

function monthRange(kind: PeriodKind, year: number, from: number, to: number, text: string): PeriodResult {
    for (const month of [from, to]) {
        if (month < 1 || month > 12) {
            return err(`Kỳ "${text}" không hợp lệ: tháng ${month} không tồn tại (tháng từ 1 đến 12)`,
                `Invalid period "${text}": there is no month ${month} (months are 1 to 12)`);
        }
    }
    if (from > to) {
        return err(`Kỳ "${text}" không hợp lệ: tháng bắt đầu (T${from}) sau tháng kết thúc (T${to})`,
            `Invalid period "${text}": the first month (T${from}) is after the last (T${to})`);
    }
    return { ok: true, period: { kind, year, fromMonth: from, toMonth: to } };
}

/**
 * Parse a period in source notation: `2024`, `Q1/2024`, `H2/2024`, `T3/2024`, `T4-T12/2024`,
 * `6T/2024` (the first 6 months), `..30/11/2023` (1 January to that day). Letters may be lower
 * case. Errors carry a Vietnamese message for the `period-invalid` diagnostic.
 */
export function parsePeriodLiteral(text: string): PeriodResult {
    const t = text.trim().toUpperCase();
    let m: RegExpExecArray | null;
    if ((m = /^(\d{4})$/.exec(t))) return { ok: true, period: subPeriodsOfYear(Number(m[1]), 'year')[0] };
    if ((m = /^Q(\d+)\/(\d{4})$/.exec(t))) {
        const q = Number(m[1]);
        if (q < 1 || q > 4) {
            return err(`Kỳ "${text}" không hợp lệ: quý phải từ 1 đến 4 (Q1–Q4)`, `Invalid period "${text}": quarters are Q1 to Q4`);
        }
        return { ok: true, period: subPeriodsOfYear(Number(m[2]), 'quarter')[q - 1] };
    }
    if ((m = /^H(\d+)\/(\d{4})$/.exec(t))) {
        const h = Number(m[1]);
        if (h < 1 || h > 2) {
            return err(`Kỳ "${text}" không hợp lệ: nửa năm là H1 hoặc H2`, `Invalid period "${text}": half-years are H1 and H2`);
        }
        return { ok: true, period: subPeriodsOfYear(Number(m[2]), 'half')[h - 1] };
    }
    if ((m = /^T(\d+)\/(\d{4})$/.exec(t))) return monthRange('month', Number(m[2]), Number(m[1]), Number(m[1]), text);
    if ((m = /^T(\d+)-T(\d+)\/(\d{4})$/.exec(t))) return monthRange('months', Number(m[3]), Number(m[1]), Number(m[2]), text);
    if ((m = /^(\d+)T\/(\d{4})$/.exec(t))) {
        const n = Number(m[1]);
        if (n < 1 || n > 12) {
            return err(`Kỳ "${text}" không hợp lệ: số tháng đầu năm phải từ 1 đến 12`, `Invalid period "${text}": the number of months must be 1 to 12`);
        }
        return monthRange('months', Number(m[2]), 1, n, text);
    }
    if ((m = /^(?:\.\.)?(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(t))) {
        const d = { day: Number(m[1]), month: Number(m[2]), year: Number(m[3]) };
        const e = dateError(d);
        if (e) return err(`Kỳ "${text}" không hợp lệ. ${e.message}`, `Invalid period "${text}". ${e.messageEn}`);
        if (!t.startsWith('..')) {
            return err(`"${text}" là một ngày, không phải kỳ; kỳ tính đến ngày đó viết "..${text.trim()}"`,
                `"${text}" is a date, not a period; the period up to that day is "..${text.trim()}"`);
        }
        return { ok: true, period: { kind: 'until', year: d.year, fromMonth: 1, toMonth: d.month, untilDate: d } };
    }
    return err(`Kỳ "${text}" không hợp lệ. ${LITERAL_HELP}`, `Invalid period "${text}". ${LITERAL_HELP_EN}`);
}

/** The source notation of a period (inverse of parsePeriodLiteral, up to kind). */
export function formatPeriodLiteral(p: Period): string {
    switch (p.kind) {
        case 'year': return String(p.year);
        case 'quarter': return `Q${(p.fromMonth + 2) / 3}/${p.year}`;
        case 'half': return `H${p.fromMonth === 1 ? 1 : 2}/${p.year}`;
        case 'month': return `T${p.fromMonth}/${p.year}`;
        case 'until': return `..${periodEnd(p).day}/${p.toMonth}/${p.year}`;
        case 'months': return p.fromMonth === 1 ? `${p.toMonth}T/${p.year}` : `T${p.fromMonth}-T${p.toMonth}/${p.year}`;
    }
}

// ---------------------------------------------------------------------------------------------
// Vietnamese wording

const ROMAN = ['I', 'II', 'III', 'IV'];

/**
 * Official-style label: "năm 2024", "quý I năm 2024", "6 tháng đầu năm 2024", "9 tháng cuối năm
 * 2024", "tháng 3 năm 2024", "từ tháng 4 đến tháng 8 năm 2024", "đến ngày 30/11/2023".
 * Counts of months are written without a leading zero (the seeds' prose does; titles vary).
 */
export function formatPeriodVi(p: Period): string {
    const y = `năm ${p.year}`;
    if (p.kind === 'until' && p.untilDate) return `đến ngày ${formatDateVi(p.untilDate)}`;
    if (p.kind === 'quarter') return `quý ${ROMAN[(p.fromMonth - 1) / 3]} ${y}`;
    const n = p.toMonth - p.fromMonth + 1;
    if (n === 12) return y;
    if (n === 1) return `tháng ${p.fromMonth} ${y}`;
    if (p.fromMonth === 1) return `${n} tháng đầu ${y}`;
    if (p.toMonth === 12) return `${n} tháng cuối ${y}`;
    return `từ tháng ${p.fromMonth} đến tháng ${p.toMonth} ${y}`;
}

const ROMAN_OR_DIGIT: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, '1': 1, '2': 2, '3': 3, '4': 4 };

/**
 * Recognise a period phrase as authors write it: "03 tháng đầu năm 2024", "9 tháng cuối năm
 * 2024", "quý I năm 2024", "quý I/2024", "năm 2023", "tháng 3 năm 2024", "tháng 3/2024",
 * "đến 30/11/2023", "đến ngày 31/3/2024", "đến ngày 31 tháng 3 năm 2024", "đến hết tháng 6/2024",
 * "từ tháng 4 đến tháng 8 năm 2024". The whole text must be
 * the phrase (an optional leading "trong" / "tính" and trailing punctuation are allowed).
 * Case-insensitive, NFC/NFD tolerant. `defaultYear` fills in "3 tháng đầu năm" written without
 * a year (the document's year). Returns undefined when not recognised or impossible.
 */
export function parseVietnamesePeriodPhrase(text: string, defaultYear?: number): Period | undefined {
    // comparisonKey: NFC, lower case, one space, and "qúy" read as "quý".
    const t = comparisonKey(text).replace(/[.,;:!?]+$/u, '').trimEnd().replace(/^(?:trong|tính) /u, '');
    const year = (s: string | undefined) => (s !== undefined ? Number(s) : defaultYear);
    let m: RegExpExecArray | null;

    if ((m = /^(\d{1,2}) tháng (đầu|cuối) năm(?: (\d{4}))?$/u.exec(t))) {
        const n = Number(m[1]);
        const y = year(m[3]);
        if (y === undefined || n < 1 || n > 12) return undefined;
        return m[2] === 'đầu' ? { kind: 'months', year: y, fromMonth: 1, toMonth: n } : { kind: 'months', year: y, fromMonth: 13 - n, toMonth: 12 };
    }
    if ((m = /^qu[ýí] (iv|i{1,3}|[1-4])(?:(?: năm |\/)(\d{4}))?$/u.exec(t))) {
        const y = year(m[2]);
        return y === undefined ? undefined : subPeriodsOfYear(y, 'quarter')[ROMAN_OR_DIGIT[m[1]] - 1];
    }
    if ((m = /^(?:cả )?năm (\d{4})$/u.exec(t))) return subPeriodsOfYear(Number(m[1]), 'year')[0];
    if ((m = /^tháng (\d{1,2})(?:(?: năm |\/)(\d{4}))?$/u.exec(t))) {
        const month = Number(m[1]);
        const y = year(m[2]);
        if (y === undefined || month < 1 || month > 12) return undefined;
        return { kind: 'month', year: y, fromMonth: month, toMonth: month };
    }
    if ((m = /^từ tháng (\d{1,2})(?:(?: năm |\/)(\d{4}))? đến (?:hết )?tháng (\d{1,2})(?:(?: năm |\/)(\d{4}))?$/u.exec(t))) {
        const [from, to, y] = [Number(m[1]), Number(m[3]), year(m[4] ?? m[2])];
        if (y === undefined || (m[2] !== undefined && m[4] !== undefined && m[2] !== m[4]) || from < 1 || to > 12 || from >= to) return undefined;
        return { kind: 'months', year: y, fromMonth: from, toMonth: to };
    }
    if ((m = /^đến (?:hết )?tháng (\d{1,2})(?:(?: năm |\/)(\d{4}))?$/u.exec(t))) {
        const [month, y] = [Number(m[1]), year(m[2])];
        if (y === undefined || month < 1 || month > 12) return undefined;
        return { kind: 'until', year: y, fromMonth: 1, toMonth: month, untilDate: { day: daysInMonth(month, y), month, year: y } };
    }
    m = /^đến (?:hết )?(?:ngày )?(\d{1,2})\/(\d{1,2})\/(\d{4})$/u.exec(t) ?? /^đến (?:hết )?ngày (\d{1,2}) tháng (\d{1,2}) năm (\d{4})$/u.exec(t);
    if (m) {
        const d = parseDate(`${m[1]}/${m[2]}/${m[3]}`);
        return d && { kind: 'until', year: d.year, fromMonth: 1, toMonth: d.month, untilDate: d };
    }
    return undefined;
}
