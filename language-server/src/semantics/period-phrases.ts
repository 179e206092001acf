/**
 * Periods named in running prose: where "trong tháng 6", "quý I", "9 tháng đầu năm", "năm 2023",
 * "đến ngày 30/6/2024" stand in a sentence, and which period each names. Pure functions over a
 * search key (lower case, NFC, one tone placement: validation/prose-text.ts makes it).
 *
 * Only phrases that name a period of reporting are found. Spans and horizons ("từ năm 2021",
 * "đến năm 2030", "giai đoạn 2021-2025", "năm 2021-2025", "các năm 2021, 2022"), points in
 * time ("đầu năm 2024", "cuối năm 2023"), dates ("ngày 06 tháng 12 năm 2023") and birth
 * cohorts ("sinh năm 2023") are not.
 */
import { parseVietnamesePeriodPhrase, type Period } from './periods.js';

export interface PeriodPhrase {
    /** indices in the key searched */
    readonly start: number;
    readonly end: number;
    readonly period: Period;
}

const YEAR = String.raw`(?:\s+năm\s+\d{4}|\/\d{4})?`;

// Longest shapes first: "3 tháng đầu năm" before "tháng …", "từ tháng 4 đến tháng 8" before "tháng 4".
const CANDIDATE = new RegExp([
    String.raw`\d{1,2}\s+tháng\s+(?:đầu|cuối)\s+năm(?:\s+\d{4})?`,
    String.raw`từ\s+tháng\s+\d{1,2}${YEAR}\s+đến\s+(?:hết\s+)?tháng\s+\d{1,2}${YEAR}`,
    String.raw`đến\s+(?:hết\s+)?(?:ngày\s+)?\d{1,2}\/\d{1,2}\/\d{4}`,
    String.raw`đến\s+(?:hết\s+)?ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}`,
    String.raw`đến\s+(?:hết\s+)?tháng\s+\d{1,2}${YEAR}`,
    String.raw`qu[ýí]\s+(?:iv|i{1,3}|[1-4])${YEAR}`,
    String.raw`tháng\s+\d{1,2}${YEAR}`,
    String.raw`năm\s+\d{4}`,
].join('|'), 'gu');

/** Words right before a phrase that make it a span, a horizon, a point in time, a list or a cohort. */
const NOT_A_PERIOD_BEFORE = /(?:^|[^\p{L}\p{N}])(?:từ|đến|tới|hết|trước|sau|đầu|cuối|giữa|các|những|sinh|nhiệm\s+kỳ|tầm\s+nhìn|khóa|giai\s+đoạn|ngày\s+\d{1,2}|\d{1,2})\s+$/u;

/** What right after a year makes it the start of a span or a list ("năm 2021-2025", "năm 2021, 2022"). */
const SPAN_AFTER = /^\s*(?:[-–—]\s*\d{4}|,\s*\d{4}|\s+đến\s)/u;

/** Every period phrase of a key, in order; `defaultYear` completes "quý I", "tháng 6", "3 tháng đầu năm". */
export function findPeriodPhrases(key: string, defaultYear: number): PeriodPhrase[] {
    const found: PeriodPhrase[] = [];
    for (const m of key.matchAll(CANDIDATE)) {
        const start = m.index;
        const end = start + m[0].length;
        if (isWordChar(key[start - 1]) || isWordChar(key[end])) continue;
        const starts = m[0].startsWith('đến') || m[0].startsWith('từ');
        if (!starts && NOT_A_PERIOD_BEFORE.test(key.slice(Math.max(0, start - 24), start))) continue;
        if (SPAN_AFTER.test(key.slice(end, end + 12))) continue;
        const period = parseVietnamesePeriodPhrase(m[0], defaultYear);
        if (period) found.push({ start, end, period });
    }
    return found;
}

function isWordChar(c: string | undefined): boolean {
    return c !== undefined && /[\p{L}\p{M}\p{N}]/u.test(c);
}
