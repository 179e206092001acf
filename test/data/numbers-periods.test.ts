import { describe, expect, test } from 'vitest';
import { notationOf, readCellNumber } from '../../src/data/numbers.js';
import { formatSourceNumber } from '../../language-server/src/semantics/numbers.js';
import { dhis2Period, readPeriod } from '../../src/data/periods.js';
import { parsePeriodLiteral } from '../../language-server/src/semantics/periods.js';

describe('cells read as numbers', () => {
    test.each([
        // cell, the file's notation, a count?, source number or undefined (refused), unit
        [703, undefined, true, '703', undefined],
        [11.41, undefined, false, '11,41', undefined],
        ['167769', undefined, true, '167769', undefined],
        ['1.234,5', undefined, false, '1234,5', undefined],
        ['1234.5', undefined, false, '1234,5', undefined],
        ['1,234.5', undefined, false, '1234,5', undefined],
        ['0,6', undefined, false, '0,6', undefined],
        ['509.549', undefined, true, '509549', undefined],          // a count: thousands
        ['1.234', undefined, false, undefined, undefined],          // a rate, nothing else tells: refused
        ['1.234', 'plain', false, '1,234', undefined],
        ['1.234', 'vi', false, '1234', undefined],
        ['1,234', 'plain', true, '1234', undefined],
        ['1,234', 'vi', false, '1,234', undefined],
        ['703 trẻ', undefined, true, '703', 'trẻ'],
        ['95%', undefined, false, '95', '%'],
        ['11,41 ‰', undefined, false, '11,41', '‰'],
        ['-5', undefined, true, undefined, undefined],
        ['không có', undefined, true, undefined, undefined],
        ['12a', undefined, true, undefined, undefined],
        ['123456789012345678901', undefined, true, undefined, undefined],
    ] as const)('%s (%s, count %s) → %s', (cell, notation, count, expected, unit) => {
        const reading = readCellNumber(cell, notation, count);
        if (expected === undefined) {
            expect(reading.ok).toBe(false);
            return;
        }
        expect(reading.ok && formatSourceNumber(reading.number.value)).toBe(expected);
        expect(reading.ok && reading.number.unit).toBe(unit);
    });

    test.each([
        ['1.234,5', 'vi'], ['0,6', 'vi'], ['1234.5', 'plain'], ['1,234.5', 'plain'], ['1.234', undefined], ['703', undefined], [3.5, undefined],
    ] as const)('%s shows the notation %s', (cell, notation) => {
        expect(notationOf(cell)).toBe(notation);
    });
});

describe('periods of DHIS2 and of people, to .bcyt', () => {
    test.each([
        ['2024', '2024'], ['2024Q1', 'Q1/2024'], ['2024Q4', 'Q4/2024'], ['2024S1', 'H1/2024'], ['2024S2', 'H2/2024'],
        ['202403', 'T3/2024'], ['202412', 'T12/2024'], ['2024-03', 'T3/2024'], ['Q1/2024', 'Q1/2024'], ['h2/2024', 'H2/2024'],
        ['T4-T12/2024', 'T4-T12/2024'], ['9T/2024', '9T/2024'], ['Quý I năm 2024', 'Q1/2024'], ['tháng 3/2024', 'T3/2024'],
        ['6 tháng đầu năm 2024', '6T/2024'],
    ])('%s → %s', (text, literal) => {
        const r = readPeriod(text);
        expect(r.ok && r.literal).toBe(literal);
    });

    test.each(['2024W10', '20240315', '202401B', '2024April', '202413', 'quý I', ''])('%s is refused', text => {
        expect(readPeriod(text).ok).toBe(false);
    });

    test.each([['2024', '2024'], ['Q2/2024', '2024Q2'], ['H2/2024', '2024S2'], ['T3/2024', '202403'], ['9T/2024', undefined], ['..30/11/2023', undefined]])(
        '%s → DHIS2 %s', (literal, dhis2) => {
            const parsed = parsePeriodLiteral(literal);
            expect(parsed.ok && dhis2Period(parsed.period)).toBe(dhis2);
        });
});
