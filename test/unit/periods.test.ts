import { describe, expect, it } from 'vitest';
import {
    compareDates, containsPeriod, daysInMonth, formatDateLongVi, formatDateVi, formatPeriodLiteral, formatPeriodVi, isLeapYear,
    parseDate, parsePeriodLiteral, parseVietnamesePeriodPhrase, periodEnd, periodEquals, periodKey, periodStart,
    samePeriodPreviousYear, subPeriodsOfYear, type Period, type PeriodKind,
} from '../../language-server/src/semantics/periods.js';

const P = (kind: PeriodKind, year: number, fromMonth: number, toMonth: number): Period => ({ kind, year, fromMonth, toMonth });
const until = (day: number, month: number, year: number): Period =>
    ({ kind: 'until', year, fromMonth: 1, toMonth: month, untilDate: { day, month, year } });

const literal = (text: string): Period => {
    const r = parsePeriodLiteral(text);
    if (!r.ok) throw new Error(r.message);
    return r.period;
};

describe('dates', () => {
    it.each([
        ['14/4/2024', { day: 14, month: 4, year: 2024 }],
        ['09/3/2023', { day: 9, month: 3, year: 2023 }],
        ['17/01/2023', { day: 17, month: 1, year: 2023 }],
        ['29/2/2024', { day: 29, month: 2, year: 2024 }],
        ['29/2/2000', { day: 29, month: 2, year: 2000 }],
        ['31/12/2023', { day: 31, month: 12, year: 2023 }],
        [' 30/11/2023 ', { day: 30, month: 11, year: 2023 }],
    ])('parseDate(%j)', (text, expected) => {
        expect(parseDate(text)).toEqual(expected);
    });

    it.each(['31/2/2024', '29/2/2023', '29/2/1900', '31/4/2024', '0/1/2024', '1/13/2024', '1/0/2024', '14-4-2024', '14/4/24', '', 'ngày 14/4/2024'])(
        'parseDate(%j) is undefined', text => {
            expect(parseDate(text)).toBeUndefined();
        });

    it.each([[2024, true], [2023, false], [2000, true], [1900, false]])('isLeapYear(%i) = %s', (year, leap) => {
        expect(isLeapYear(year)).toBe(leap);
    });

    it.each([[2, 2024, 29], [2, 2023, 28], [4, 2024, 30], [12, 2024, 31], [11, 2023, 30]])('daysInMonth(%i, %i) = %i', (m, y, n) => {
        expect(daysInMonth(m, y)).toBe(n);
    });

    it.each([
        [{ day: 14, month: 4, year: 2024 }, '14/4/2024', 'ngày 14 tháng 4 năm 2024'],
        [{ day: 9, month: 3, year: 2023 }, '09/3/2023', 'ngày 09 tháng 3 năm 2023'],
        [{ day: 4, month: 1, year: 2024 }, '04/01/2024', 'ngày 04 tháng 01 năm 2024'],
        [{ day: 7, month: 2, year: 2023 }, '07/02/2023', 'ngày 07 tháng 02 năm 2023'],
        [{ day: 6, month: 12, year: 2023 }, '06/12/2023', 'ngày 06 tháng 12 năm 2023'],
        [{ day: 30, month: 11, year: 2023 }, '30/11/2023', 'ngày 30 tháng 11 năm 2023'],
    ])('format %j -> %j / %j', (d, short, long) => {
        expect(formatDateVi(d)).toBe(short);
        expect(formatDateLongVi(d)).toBe(long);
        expect(parseDate(short)).toEqual(d);
    });

    it('compareDates orders by year, month, day', () => {
        const d = (day: number, month: number, year: number) => ({ day, month, year });
        expect(compareDates(d(14, 4, 2024), d(31, 3, 2024))).toBeGreaterThan(0);
        expect(compareDates(d(31, 12, 2023), d(1, 1, 2024))).toBeLessThan(0);
        expect(compareDates(d(2, 4, 2024), d(1, 4, 2024))).toBeGreaterThan(0);
        expect(compareDates(d(1, 4, 2024), d(1, 4, 2024))).toBe(0);
    });
});

describe('parsePeriodLiteral: valid', () => {
    it.each<[string, Period]>([
        ['2024', P('year', 2024, 1, 12)],
        ['Q1/2024', P('quarter', 2024, 1, 3)],
        ['Q2/2024', P('quarter', 2024, 4, 6)],
        ['Q4/2024', P('quarter', 2024, 10, 12)],
        ['q3/2023', P('quarter', 2023, 7, 9)],
        ['H1/2024', P('half', 2024, 1, 6)],
        ['H2/2024', P('half', 2024, 7, 12)],
        ['T3/2024', P('month', 2024, 3, 3)],
        ['T12/2023', P('month', 2023, 12, 12)],
        ['T4-T12/2024', P('months', 2024, 4, 12)],
        ['T5-T5/2024', P('months', 2024, 5, 5)],
        ['6T/2024', P('months', 2024, 1, 6)],
        ['9T/2024', P('months', 2024, 1, 9)],
        ['..30/11/2023', until(30, 11, 2023)],
        ['..29/2/2024', until(29, 2, 2024)],
    ])('%j', (text, expected) => {
        expect(literal(text)).toEqual(expected);
    });
});

describe('parsePeriodLiteral: invalid', () => {
    it.each([
        ['Q5/2024', 'quý'],
        ['Q0/2024', 'quý'],
        ['H3/2024', 'H1 hoặc H2'],
        ['T13/2024', 'tháng 13'],
        ['T0/2024', 'tháng 0'],
        ['T9-T3/2024', 'sau tháng kết thúc'],
        ['13T/2024', 'từ 1 đến 12'],
        ['0T/2024', 'từ 1 đến 12'],
        ['..31/2/2024', 'không tồn tại'],
        ['..29/2/2023', 'không tồn tại'],
        ['..31/4/2024', 'không tồn tại'],
        ['..1/13/2024', 'tháng phải từ 1 đến 12'],
        ['31/2/2024', 'không tồn tại'],
        ['30/11/2023', '..30/11/2023'], // a date is not a period; suggest the until form
        ['24', 'Cách viết kỳ'],
        ['Q1-2024', 'Cách viết kỳ'],
        ['quý I năm 2024', 'Cách viết kỳ'],
        ['', 'Cách viết kỳ'],
    ])('%j -> error mentioning %j', (text, fragment) => {
        const r = parsePeriodLiteral(text);
        expect(r.ok).toBe(false);
        if (r.ok) return;
        expect(r.message).toContain(fragment);
        expect(r.messageEn.length).toBeGreaterThan(0);
    });
});

describe('period arithmetic', () => {
    it('start and end', () => {
        expect(periodStart(literal('Q1/2024'))).toEqual({ day: 1, month: 1, year: 2024 });
        expect(periodEnd(literal('Q1/2024'))).toEqual({ day: 31, month: 3, year: 2024 });
        expect(periodStart(literal('T4-T12/2024'))).toEqual({ day: 1, month: 4, year: 2024 });
        expect(periodEnd(literal('T2/2024'))).toEqual({ day: 29, month: 2, year: 2024 });
        expect(periodEnd(literal('T2/2023'))).toEqual({ day: 28, month: 2, year: 2023 });
        expect(periodEnd(literal('..30/11/2023'))).toEqual({ day: 30, month: 11, year: 2023 });
        expect(periodEnd(literal('..15/11/2023'))).toEqual({ day: 15, month: 11, year: 2023 });
    });

    it.each<[string, Period]>([
        ['Q1/2024', P('quarter', 2023, 1, 3)],
        ['2024', P('year', 2023, 1, 12)],
        ['T4-T12/2024', P('months', 2023, 4, 12)],
        ['..30/11/2023', until(30, 11, 2022)],
        ['..29/2/2024', until(28, 2, 2023)],
    ])('samePeriodPreviousYear(%j)', (text, expected) => {
        expect(samePeriodPreviousYear(literal(text))).toEqual(expected);
    });

    it.each([
        ['2024', 'Q1/2024', true],
        ['2024', 'T4-T12/2024', true],
        ['H1/2024', 'Q2/2024', true],
        ['H1/2024', 'Q3/2024', false],
        ['Q1/2024', 'T3/2024', true],
        ['Q1/2024', 'H1/2024', false],
        ['2024', 'Q1/2023', false],
        ['2023', '..30/11/2023', true],
        ['..30/11/2023', 'T11/2023', true],
        ['..15/11/2023', 'T11/2023', false],
        ['9T/2024', 'Q3/2024', true],
        ['Q1/2024', 'Q1/2024', true],
    ])('containsPeriod(%j, %j) = %s', (outer, inner, expected) => {
        expect(containsPeriod(literal(outer), literal(inner))).toBe(expected);
    });

    it.each([
        ['2024', '2024:01-12'],
        ['Q1/2024', '2024:01-03'],
        ['T1-T3/2024', '2024:01-03'],
        ['3T/2024', '2024:01-03'],
        ['..31/3/2024', '2024:01-03'],
        ['T4-T12/2024', '2024:04-12'],
        ['T3/2024', '2024:03-03'],
        ['..30/11/2023', '2023:01-11'],
        ['..15/11/2023', '2023:01-11@15'],
    ])('periodKey(%j) = %j', (text, key) => {
        expect(periodKey(literal(text))).toBe(key);
    });

    it('periodEquals compares date ranges, not kinds', () => {
        expect(periodEquals(literal('Q1/2024'), literal('3T/2024'))).toBe(true);
        expect(periodEquals(literal('H2/2024'), literal('T7-T12/2024'))).toBe(true);
        expect(periodEquals(literal('2024'), literal('12T/2024'))).toBe(true);
        expect(periodEquals(literal('Q1/2024'), literal('Q1/2023'))).toBe(false);
        expect(periodEquals(literal('Q1/2024'), literal('Q2/2024'))).toBe(false);
        expect(periodEquals(literal('..15/3/2024'), literal('Q1/2024'))).toBe(false);
    });

    it('subPeriodsOfYear tiles the year', () => {
        expect(subPeriodsOfYear(2024, 'quarter').map(formatPeriodLiteral)).toEqual(['Q1/2024', 'Q2/2024', 'Q3/2024', 'Q4/2024']);
        expect(subPeriodsOfYear(2024, 'half').map(formatPeriodLiteral)).toEqual(['H1/2024', 'H2/2024']);
        const months = subPeriodsOfYear(2024, 'month');
        expect(months).toHaveLength(12);
        expect(months[11]).toEqual(P('month', 2024, 12, 12));
        expect(subPeriodsOfYear(2024, 'year')).toEqual([P('year', 2024, 1, 12)]);
    });

    it.each(['2024', 'Q3/2024', 'H2/2024', 'T3/2024', 'T4-T12/2024', '6T/2024', '..30/11/2023'])('formatPeriodLiteral round-trips %j', text => {
        expect(formatPeriodLiteral(literal(text))).toBe(text);
    });
});

describe('formatPeriodVi', () => {
    it.each([
        ['2024', 'năm 2024'],
        ['Q1/2024', 'quý I năm 2024'],
        ['Q4/2024', 'quý IV năm 2024'],
        ['H1/2024', '6 tháng đầu năm 2024'],
        ['H2/2024', '6 tháng cuối năm 2024'],
        ['3T/2024', '3 tháng đầu năm 2024'],
        ['T4-T12/2024', '9 tháng cuối năm 2024'],
        ['T3/2024', 'tháng 3 năm 2024'],
        ['T4-T8/2024', 'từ tháng 4 đến tháng 8 năm 2024'],
        ['..30/11/2023', 'đến ngày 30/11/2023'],
        ['..09/3/2023', 'đến ngày 09/3/2023'],
    ])('%j -> %j', (text, label) => {
        expect(formatPeriodVi(literal(text))).toBe(label);
    });

    it('labels round-trip through parseVietnamesePeriodPhrase', () => {
        for (const text of ['2024', 'Q2/2024', 'H1/2024', 'T4-T12/2024', 'T3/2024', 'T4-T8/2024', '..30/11/2023']) {
            const p = literal(text);
            expect(periodEquals(parseVietnamesePeriodPhrase(formatPeriodVi(p))!, p)).toBe(true);
        }
    });
});

describe('parseVietnamesePeriodPhrase', () => {
    it.each<[string, Period]>([
        ['03 tháng đầu năm 2024', P('months', 2024, 1, 3)],
        ['3 tháng đầu năm 2024', P('months', 2024, 1, 3)],
        ['09 tháng cuối năm 2024', P('months', 2024, 4, 12)],
        ['9 tháng cuối năm 2024', P('months', 2024, 4, 12)],
        ['6 tháng đầu năm 2024', P('months', 2024, 1, 6)],
        ['6 tháng cuối năm 2024', P('months', 2024, 7, 12)],
        ['quý I năm 2024', P('quarter', 2024, 1, 3)],
        ['quý I/2024', P('quarter', 2024, 1, 3)],
        ['Quý IV năm 2023', P('quarter', 2023, 10, 12)],
        ['quý 2/2024', P('quarter', 2024, 4, 6)],
        ['quí III năm 2024', P('quarter', 2024, 7, 9)],
        ['năm 2023', P('year', 2023, 1, 12)],
        ['cả năm 2023', P('year', 2023, 1, 12)],
        ['tháng 3 năm 2024', P('month', 2024, 3, 3)],
        ['tháng 12/2023', P('month', 2023, 12, 12)],
        ['đến 30/11/2023', until(30, 11, 2023)],
        ['đến ngày 31/3/2024', until(31, 3, 2024)],
        ['Tính đến ngày 31/3/2024', until(31, 3, 2024)],
        ['đến ngày 31 tháng 3 năm 2024', until(31, 3, 2024)],
        ['đến hết ngày 30/6/2024', until(30, 6, 2024)],
        ['đến hết tháng 6/2024', until(30, 6, 2024)],
        ['đến tháng 2 năm 2024', until(29, 2, 2024)],
        ['từ tháng 4 đến tháng 8 năm 2024', P('months', 2024, 4, 8)],
        ['từ tháng 4/2024 đến hết tháng 12/2024', P('months', 2024, 4, 12)],
        // Case, whitespace, NFD, trailing punctuation: seed titles are upper case.
        ['03 THÁNG ĐẦU NĂM 2024', P('months', 2024, 1, 3)],
        ['9 THÁNG CUỐI  NĂM 2024', P('months', 2024, 4, 12)],
        ['03 tháng đầu năm 2024'.normalize('NFD'), P('months', 2024, 1, 3)],
        ['QUÝ I NĂM 2024'.normalize('NFD'), P('quarter', 2024, 1, 3)],
        ['trong năm 2023.', P('year', 2023, 1, 12)],
        ['  năm 2024 ;', P('year', 2024, 1, 12)],
    ])('%j', (text, expected) => {
        expect(parseVietnamesePeriodPhrase(text)).toEqual(expected);
    });

    it('uses the default year for phrases without one', () => {
        expect(parseVietnamesePeriodPhrase('Trong 3 tháng đầu năm', 2024)).toEqual(P('months', 2024, 1, 3));
        expect(parseVietnamesePeriodPhrase('quý II', 2024)).toEqual(P('quarter', 2024, 4, 6));
        expect(parseVietnamesePeriodPhrase('tháng 3', 2024)).toEqual(P('month', 2024, 3, 3));
        expect(parseVietnamesePeriodPhrase('3 tháng đầu năm')).toBeUndefined();
    });

    it.each([
        'quý V năm 2024',
        '13 tháng đầu năm 2024',
        '0 tháng đầu năm 2024',
        'tháng 13 năm 2024',
        'đến ngày 31/2/2024',
        'đến năm 2030', // a horizon, not a reporting period
        'từ tháng 8 đến tháng 4 năm 2024',
        'từ tháng 4/2023 đến tháng 8/2024', // two years: not one period
        'giai đoạn 2021-2025',
        'KẾT QUẢ THỰC HIỆN CÔNG TÁC Y TẾ 03 THÁNG ĐẦU NĂM 2024', // the whole text must be the phrase
        'năm 24',
        '',
    ])('%j is not a period', text => {
        expect(parseVietnamesePeriodPhrase(text, 2024)).toBeUndefined();
    });
});
