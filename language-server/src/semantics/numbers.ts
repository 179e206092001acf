/**
 * Numbers in .bcyt source and in Vietnamese prose.
 *
 * Two notations meet here:
 *  - SOURCE notation (declarations, data, targets): digits and an optional decimal comma,
 *    no thousands separator: `167769`, `0,6`, `11,41`. Strict, so that "167.769" (the
 *    Vietnamese thousands dot, typed out of habit) is never read as 167.769.
 *  - STATED numbers (what an author typed in prose): Vietnamese style "167.769" (= 167769) and
 *    "82,8", but English decimals slip in ("92.3%", "55.21 lượt"), so they are accepted with a
 *    style flag that the `number-format` check reports.
 * Values are exact `Decimal`s. Pure functions, no I/O.
 */
import { Decimal } from './decimal.js';
import { MAX_NUMBER_DIGITS } from '../limits.js';

/** How many digits a number as written has, separators aside. */
export function digitCount(text: string): number {
    let count = 0;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c >= 48 && c <= 57) count++;
    }
    return count;
}

/** The message for a number with more digits than MAX_NUMBER_DIGITS, or undefined for one within it. */
export function tooManyDigits(text: string): { message: string; messageEn: string } | undefined {
    const digits = digitCount(text);
    if (digits <= MAX_NUMBER_DIGITS) return undefined;
    return {
        message: `Số có ${digits} chữ số, quá giới hạn ${MAX_NUMBER_DIGITS} chữ số: số này không được dùng để tính`,
        messageEn: `The number has ${digits} digits, more than the limit of ${MAX_NUMBER_DIGITS}: it is not used in any computation`,
    };
}

// ---------------------------------------------------------------------------------------------
// Source notation

export type SourceNumberError = 'thousands-dot' | 'decimal-point' | 'mixed' | 'malformed' | 'too-many-digits';

export type SourceNumber =
    | { ok: true; value: Decimal; decimals: number }
    | {
          ok: false;
          reason: SourceNumberError;
          /** The source spelling the author most likely meant, for a quick fix. */
          suggestion?: string;
          message: string;
          messageEn: string;
      };

/** Groups of exactly three digits after dots, first group 1–3 digits without a leading zero. */
const VI_GROUPED = /^[1-9]\d{0,2}(?:\.\d{3})+$/;
const EN_GROUPED_DECIMAL = /^[1-9]\d{0,2}(?:,\d{3})+\.\d+$/;

/** A number in source notation: digits and a decimal comma, no thousands separator, no exponent (`1234,5`). */
export function formatSourceNumber(value: Decimal): string {
    return value.toFixed().replace('.', ',');
}

/**
 * Parse a number written in source notation (`3515`, `0,6`, below zero `-0,3`); anything else,
 * or more than MAX_NUMBER_DIGITS digits, is an error.
 */
export function parseSourceNumber(text: string): SourceNumber {
    const long = tooManyDigits(text);
    if (long) return fail('too-many-digits', undefined, long.message, long.messageEn);
    const sign = text.startsWith('-') ? '-' : '';
    const digits = sign ? text.slice(1) : text;
    if (/^\d+$/.test(digits)) return { ok: true, value: new Decimal(text), decimals: 0 };
    const m = /^(\d+),(\d+)$/.exec(digits);
    if (m) return { ok: true, value: new Decimal(`${sign}${m[1]}.${m[2]}`), decimals: m[2].length };

    if (VI_GROUPED.test(digits)) {
        const suggestion = text.replace(/\./g, '');
        return fail('thousands-dot', suggestion,
            `Số "${text}" dùng dấu chấm phân cách hàng nghìn; trong mã nguồn viết liền: ${suggestion}`,
            `"${text}" uses the thousands dot; write it without separators in source: ${suggestion}`);
    }
    if (/^\d+\.\d+$/.test(digits)) {
        const suggestion = text.replace('.', ',');
        return fail('decimal-point', suggestion,
            `Số "${text}" dùng dấu chấm thập phân; trong mã nguồn dùng dấu phẩy: ${suggestion}`,
            `"${text}" uses a decimal point; source notation uses a decimal comma: ${suggestion}`);
    }
    let suggestion: string | undefined;
    if (/^[1-9]\d{0,2}(?:\.\d{3})+,\d+$/.test(digits)) suggestion = text.replace(/\./g, '');
    else if (EN_GROUPED_DECIMAL.test(digits)) suggestion = sign + digits.replace(/,/g, '').replace('.', ',');
    if (suggestion !== undefined) {
        return fail('mixed', suggestion,
            `Số "${text}" có dấu phân cách hàng nghìn; trong mã nguồn viết: ${suggestion}`,
            `"${text}" has thousands separators; in source write: ${suggestion}`);
    }
    return fail('malformed', undefined,
        `"${text}" không phải là số hợp lệ (viết chữ số, phần thập phân sau dấu phẩy, ví dụ 3515 hoặc 0,6)`,
        `"${text}" is not a valid number (digits with an optional decimal comma, e.g. 3515 or 0,6)`);
}

function fail(reason: SourceNumberError, suggestion: string | undefined, message: string, messageEn: string): SourceNumber {
    return suggestion === undefined
        ? { ok: false, reason, message, messageEn }
        : { ok: false, reason, suggestion, message, messageEn };
}

// ---------------------------------------------------------------------------------------------
// Stated numbers (prose)

/**
 * - 'vi': Vietnamese notation (thousands dot in groups of three, decimal comma) or bare digits.
 * - 'en-decimal': a single dot followed by 1, 2 or 4+ digits (so not a thousands dot), read as
 *   an English decimal point: "92.3" = 92,3. A slip the `number-format` check reports.
 * - 'ambiguous': a single comma followed by exactly three digits ("1,234"). Read the Vietnamese
 *   way (1,234 = 1.234), but an English writer meant 1234; `alternative` holds that reading so
 *   the checker can look at the unit (a count cannot be 1,234).
 */
export type NumberStyle = 'vi' | 'en-decimal' | 'ambiguous';

export interface StatedNumber {
    value: Decimal;
    /** Digits after the decimal separator as written: the precision of the statement. */
    decimals: number;
    style: NumberStyle;
    /** For 'en-decimal': the same number in Vietnamese notation ("55.21" -> "55,21"). */
    suggestion?: string;
    /** For 'ambiguous': the other reading (English thousands comma). */
    alternative?: Decimal;
}

/**
 * Parse a number as an author wrote it in Vietnamese text. An optional leading "-" is allowed.
 * Returns undefined for anything that is not a number ("1,2,3", "1.23.4", "12a", "") and for
 * a number of more than MAX_NUMBER_DIGITS digits (tooManyDigits says why).
 */
export function parseStatedNumber(text: string): StatedNumber | undefined {
    if (tooManyDigits(text)) return undefined;
    const neg = text.startsWith('-');
    const body = neg ? text.slice(1) : text;
    const sign = neg ? '-' : '';
    let m: RegExpExecArray | null;
    if (/^\d+$/.test(body)) return { value: new Decimal(sign + body), decimals: 0, style: 'vi' };
    if ((m = /^(\d+),(\d+)$/.exec(body))) {
        const value = new Decimal(`${sign}${m[1]}.${m[2]}`);
        if (m[2].length === 3 && /^[1-9]\d{0,2}$/.test(m[1])) {
            return { value, decimals: 3, style: 'ambiguous', alternative: new Decimal(sign + m[1] + m[2]) };
        }
        return { value, decimals: m[2].length, style: 'vi' };
    }
    if ((m = /^([1-9]\d{0,2}(?:\.\d{3})+)(?:,(\d+))?$/.exec(body))) {
        const frac = m[2] ?? '';
        const value = new Decimal(sign + m[1].replace(/\./g, '') + (frac ? `.${frac}` : ''));
        return { value, decimals: frac.length, style: 'vi' };
    }
    if ((m = /^(\d+)\.(\d+)$/.exec(body))) {
        const value = new Decimal(`${sign}${m[1]}.${m[2]}`);
        const decimals = m[2].length;
        return { value, decimals, style: 'en-decimal', suggestion: formatVi(value, decimals) };
    }
    return undefined;
}

// ---------------------------------------------------------------------------------------------
// Precision

/** Half a unit of the last written digit: 0 -> 0.5, 1 -> 0.05, 2 -> 0.005. */
export function tolerance(decimals: number): Decimal {
    // every claim asks for one of a few precisions: the Decimals are made once (they are immutable)
    const known = TOLERANCES[decimals];
    if (known) return known;
    const made = new Decimal(5).times(new Decimal(10).pow(-(decimals + 1)));
    if (Number.isInteger(decimals) && decimals >= 0 && decimals < 16) TOLERANCES[decimals] = made;
    return made;
}

const TOLERANCES: Decimal[] = [];

/**
 * Does a stated number agree with the computed one at the precision it was written with?
 *
 * Rule: |computed - stated| <= tolerance(decimals), boundary included. So "20" matches 19.97,
 * "82,8" matches 82.78 and "66,7" does not match 66.33. At an exact half (82.85 vs "82,8" or
 * "82,9") both neighbours are accepted: authors round halves either way (Excel, calculators,
 * by hand) and a report must not be flagged for that.
 */
export function matchesAtPrecision(stated: Decimal, decimals: number, computed: Decimal): boolean {
    // most claims are exact: no difference to compute (tolerance is positive)
    return computed.eq(stated) || computed.minus(stated).abs().lte(tolerance(decimals));
}

// ---------------------------------------------------------------------------------------------
// Formatting

/** Maximum decimals printed when the caller does not fix the precision. */
const MAX_FREE_DECIMALS = 4;

/** The number formatVi prints, as a number: what an export of printed figures writes. */
export function roundAsPrinted(value: Decimal, decimals?: number): Decimal {
    return value.toDecimalPlaces(decimals ?? MAX_FREE_DECIMALS, Decimal.ROUND_HALF_UP);
}

/**
 * Vietnamese formatting: thousands dot, decimal comma, "-" for negatives.
 * With `decimals`, rounds half away from zero (what Excel and people call "half up") and pads:
 * formatVi(82.8, 2) = "82,80". Without, prints the shortest exact form, rounded to at most
 * four decimals: formatVi(0.6) = "0,6", formatVi(2/3) = "0,6667".
 */
export function formatVi(value: Decimal | number, decimals?: number): string {
    const rounded = roundAsPrinted(new Decimal(value), decimals);
    // toFixed() without digits prints exactly, so trailing zeros disappear in the free form.
    const plain = decimals === undefined ? rounded.abs().toFixed() : rounded.abs().toFixed(decimals);
    const [int, frac] = plain.split('.');
    const grouped = int.replace(/\B(?=(\d{3})+$)/g, '.');
    // No "-0" or "-0,0" when a small negative rounds to zero.
    const sign = rounded.isNegative() && !rounded.isZero() ? '-' : '';
    return sign + grouped + (frac ? `,${frac}` : '');
}

/** A percentage (value already in percent, 82.8 not 0.828), no space before "%": "82,8%". */
export function formatPercentVi(value: Decimal | number, decimals?: number): string {
    return `${formatVi(value, decimals)}%`;
}

// ---------------------------------------------------------------------------------------------
// Scanning prose

/**
 * - 'number': a stand-alone number; `parsed` is undefined when malformed ("1,2,3").
 * - 'ratio': "500/604", "2939/4431" (also "8/3", which may be a day/month; we cannot tell).
 * - 'date': "09/3/2023"; also month/year "3/2024".
 * - 'other': digits that belong to a symbol, code or range and are not quantities:
 *   "1300/QĐ-BYT", "106/2020/NĐ-CP", "UV2+", "Covid-19", "2020-2025", "14h30", section
 *   numbers at the start of a line ("6.1.", "1.10.").
 * We return dates and others instead of skipping them so that callers see every digit run
 * accounted for (and the citation checks may reuse the scan); number checks look at 'number'
 * and 'ratio' only.
 */
export type NumberTokenKind = 'number' | 'ratio' | 'date' | 'other';

export interface NumberToken {
    kind: NumberTokenKind;
    /** Offset and length in `text` of the token; for a number, of the numeric part only. */
    offset: number;
    length: number;
    text: string;
    /** For 'number'. */
    parsed?: StatedNumber;
    /** For 'ratio': numerator and denominator (undefined when malformed). */
    parts?: [StatedNumber | undefined, StatedNumber | undefined];
    /** For 'number': a "%" or "‰" right after it, possibly after spaces ("85,6 %"). */
    percent?: '%' | '‰';
}

// A chunk: letters/digits joined by connectors, a connector only when more follows ("2024." ends
// before the dot), plus a trailing "+" ("UV2+"). Chunks without digits are ignored.
const CHUNK = /[\p{L}\p{M}\p{N}]+(?:[.,/\-_+][\p{L}\p{M}\p{N}]+)*\+?/gu;
const NUMERIC = /^\d+(?:[.,]\d+)*$/;

/** Find every number-like token in Vietnamese prose, in order. */
export function findNumbersInText(text: string): NumberToken[] {
    const tokens: NumberToken[] = [];
    for (const m of text.matchAll(CHUNK)) {
        const chunk = m[0];
        const offset = m.index;
        if (!/\d/.test(chunk)) continue;
        const other = (): void => void tokens.push({ kind: 'other', offset, length: chunk.length, text: chunk });

        // A number with a unit glued on: "98.510.000đ".
        const glued = /^(\d+(?:[.,]\d+)*)\p{L}+$/u.exec(chunk);
        const numeric = glued ? glued[1] : chunk;
        if (NUMERIC.test(numeric)) {
            if (!glued && isSectionNumber(text, offset, chunk)) { other(); continue; }
            const token: NumberToken = { kind: 'number', offset, length: numeric.length, text: numeric };
            const parsed = parseStatedNumber(numeric);
            if (parsed) token.parsed = parsed;
            const pm = glued ? null : /^[ \t\u00a0]*([%‰])/.exec(text.slice(offset + numeric.length));
            if (pm) token.percent = pm[1] as '%' | '‰';
            tokens.push(token);
            continue;
        }
        const slash = chunk.split('/');
        if (slash.length === 3 && /^\d{1,2}$/.test(slash[0]) && /^\d{1,2}$/.test(slash[1]) && /^\d{4}$/.test(slash[2])) {
            tokens.push({ kind: 'date', offset, length: chunk.length, text: chunk });
        } else if (slash.length === 2 && slash.every(p => NUMERIC.test(p))) {
            const [a, b] = slash;
            const month = Number(a);
            if (/^\d{1,2}$/.test(a) && month >= 1 && month <= 12 && /^(19|20)\d\d$/.test(b)) {
                tokens.push({ kind: 'date', offset, length: chunk.length, text: chunk });
            } else {
                tokens.push({ kind: 'ratio', offset, length: chunk.length, text: chunk, parts: [parseStatedNumber(a), parseStatedNumber(b)] });
            }
        } else {
            other();
        }
    }
    return tokens;
}

/**
 * "6.1." / "1.10." / "6.14  Công tác" at the start of a line are heading or list numbers, not
 * decimals. Hard-wrapped prose can also start a line with a number ("103.236; Mũi …"), so
 * without the trailing dot we require short components and a capitalised word after.
 */
function isSectionNumber(text: string, offset: number, chunk: string): boolean {
    if (!/^\d{1,2}(?:\.\d{1,3})+$/.test(chunk)) return false;
    const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
    if (!/^[\s*#>_+-]*$/.test(text.slice(lineStart, offset))) return false;
    const after = text.slice(offset + chunk.length);
    if (/^\.(\s|\*|$)/.test(after)) return true;
    return /^\d{1,2}(?:\.\d{1,2})+$/.test(chunk) && /^\s+\p{Lu}/u.test(after);
}
