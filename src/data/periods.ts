import { formatPeriodLiteral, parsePeriodLiteral, parseVietnamesePeriodPhrase, periodKey, type Period } from '../../language-server/src/semantics/periods.js';
import type { Text } from './problems.js';

/**
 * Periods as inputs write them, to the .bcyt notation: BCYT literals (Q1/2024), DHIS2 periods
 * (2024, 2024Q1, 2024S1, 202403, also 2024-03) and Vietnamese phrases ("Quý I năm 2024",
 * "Tháng 3/2024", "6 tháng đầu năm 2024"). DHIS2's weekly, daily, bi-monthly and financial
 * periods have no .bcyt notation and are refused.
 */
export type PeriodReading = { ok: true; literal: string; period: Period; /** periodKey */ key: string } | { ok: false; text: Text };

const DHIS2: readonly [RegExp, (m: RegExpExecArray) => string][] = [
    [/^(\d{4})Q([1-4])$/, m => `Q${m[2]}/${m[1]}`],
    [/^(\d{4})S([12])$/, m => `H${m[2]}/${m[1]}`],
    [/^(\d{4})-?(0[1-9]|1[0-2])$/, m => `T${Number(m[2])}/${m[1]}`],
];

/** Every row of a long table names its period: each distinct text is read once. */
export function readPeriod(text: string): PeriodReading {
    let known = readings.get(text);
    if (!known) {
        if (readings.size > 10_000) readings.clear();
        readings.set(text, known = readPeriodText(text));
    }
    return known;
}

const readings = new Map<string, PeriodReading>();

function readPeriodText(text: string): PeriodReading {
    const t = text.trim();
    const candidates = [t, ...DHIS2.flatMap(([re, to]) => {
        const m = re.exec(t.toUpperCase());
        return m ? [to(m)] : [];
    })];
    for (const candidate of candidates) {
        const parsed = parsePeriodLiteral(candidate);
        if (parsed.ok) return reading(parsed.period);
    }
    const phrase = parseVietnamesePeriodPhrase(t);
    if (phrase && /\d{4}/.test(t)) return reading(phrase);
    return {
        ok: false, text: {
            vi: `kỳ "${t}" không đọc được (viết 2024, Q1/2024, H1/2024, T3/2024 hoặc kỳ DHIS2 2024Q1, 2024S1, 202403)`,
            en: `period "${t}" cannot be read (write 2024, Q1/2024, H1/2024, T3/2024 or a DHIS2 period 2024Q1, 2024S1, 202403)`,
        },
    };
}

const reading = (period: Period): PeriodReading => ({ ok: true, literal: formatPeriodLiteral(period), period, key: periodKey(period) });

/** The DHIS2 period of a .bcyt period, when DHIS2 has one (year, quarter, six months, month). */
export function dhis2Period(p: Period): string | undefined {
    switch (p.kind) {
        case 'year': return String(p.year);
        case 'quarter': return `${p.year}Q${(p.fromMonth + 2) / 3}`;
        case 'half': return `${p.year}S${p.fromMonth === 1 ? 1 : 2}`;
        case 'month': return `${p.year}${String(p.fromMonth).padStart(2, '0')}`;
        default: return undefined;
    }
}
