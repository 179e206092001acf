import { describe, expect, it } from 'vitest';
import { FactIndex } from '../../language-server/src/evaluation/fact-index.js';
import { parsePeriodLiteral, periodCode, periodKey, type Period } from '../../language-server/src/semantics/periods.js';

const literal = (text: string): Period => {
    const parsed = parsePeriodLiteral(text);
    if (!parsed.ok) throw new Error(parsed.message);
    return parsed.period;
};

describe('periodCode', () => {
    const texts = [
        '2024', '2023', 'Q1/2024', 'Q2/2024', 'Q4/2023', 'H1/2024', 'H2/2024', 'T1/2024', 'T2/2024', 'T3/2024', 'T12/2024',
        'T1-T3/2024', 'T4-T12/2024', '3T/2024', '6T/2024', '12T/2024', '..31/3/2024', '..30/11/2023', '..15/11/2023',
        '..29/2/2024', '..28/2/2024', '..28/2/2023', '..1/1/2024', '..31/12/2024',
    ];

    it('gives two periods the same code exactly when periodKey does', () => {
        const periods = texts.map(literal);
        for (const a of periods) {
            for (const b of periods) {
                expect(periodCode(a) === periodCode(b), `${periodKey(a)} vs ${periodKey(b)}`).toBe(periodKey(a) === periodKey(b));
            }
        }
    });

    it('is a number for periods a document can write', () => {
        for (const text of texts) expect(typeof periodCode(literal(text))).toBe('number');
    });

    it('falls back to the key for parts out of range', () => {
        const odd: Period = { kind: 'months', year: -5, fromMonth: 1, toMonth: 3 };
        expect(periodCode(odd)).toBe(periodKey(odd));
        const fractional: Period = { kind: 'months', year: 2024.5, fromMonth: 1, toMonth: 3 };
        expect(periodCode(fractional)).toBe(periodKey(fractional));
    });
});

describe('FactIndex', () => {
    const indicator = { name: 'tre' };
    const other = { name: 'pn' };
    const org = { name: 'SYT' };

    it('finds a value by the nodes and the date range of the period, whatever its notation', () => {
        const index = new FactIndex<object, object, string>();
        index.set(indicator, org, literal('Q1/2024'), 'q1');
        expect(index.get(indicator, org, literal('T1-T3/2024'))).toBe('q1');
        expect(index.get(indicator, org, literal('..31/3/2024'))).toBe('q1');
        expect(index.get(indicator, org, literal('Q1/2023'))).toBeUndefined();
        expect(index.get(other, org, literal('Q1/2024'))).toBeUndefined();
        expect(index.get(indicator, { name: 'SYT' }, literal('Q1/2024'))).toBeUndefined();
    });

    it('creates a value once with getOrAdd, and forgets it with delete', () => {
        const index = new FactIndex<object, object, number[]>();
        let made = 0;
        const make = () => { made++; return []; };
        index.getOrAdd(indicator, org, literal('2024'), make).push(1);
        index.getOrAdd(indicator, org, literal('12T/2024'), make).push(2);
        expect(made).toBe(1);
        expect(index.get(indicator, org, literal('2024'))).toEqual([1, 2]);
        index.delete(indicator, org, literal('2024'));
        expect(index.get(indicator, org, literal('2024'))).toBeUndefined();
    });
    it('gives the memo one key per org and period, and one entry map per indicator', () => {
        const index = new FactIndex<object, object, string>();
        index.set(indicator, org, literal('Q1/2024'), 'q1');
        const key = index.keyOf(org, literal('T1-T3/2024'));
        expect(index.keyOf(org, literal('Q1/2024'))).toBe(key);
        expect(index.keyOf({ name: 'TTYT' }, literal('Q1/2024'))).not.toBe(key);
        expect(index.keyOf(org, literal('Q2/2024'))).not.toBe(key);
        const entries = index.entriesOf(indicator);
        expect(entries.get(key)).toBe('q1');
        entries.set(index.keyOf(org, literal('Q2/2024')), 'q2');
        expect(index.get(indicator, org, literal('T4-T6/2024'))).toBe('q2');
        expect(index.entriesOf(other).size).toBe(0);
    });

    it('keeps periods out of the numeric range apart, under their own key', () => {
        const index = new FactIndex<object, object, string>();
        const odd: Period = { kind: 'months', year: -5, fromMonth: 1, toMonth: 3 };
        const far: Period = { kind: 'months', year: 1 << 21, fromMonth: 1, toMonth: 3 };
        index.set(indicator, org, odd, 'odd');
        index.set(indicator, org, far, 'far');
        index.set(indicator, org, literal('Q1/2024'), 'q1');
        expect(index.get(indicator, org, odd)).toBe('odd');
        expect(index.get(indicator, org, far)).toBe('far');
        expect(index.get(indicator, org, literal('Q1/2024'))).toBe('q1');
        expect(typeof index.keyOf(org, odd)).toBe('string');
    });
});
