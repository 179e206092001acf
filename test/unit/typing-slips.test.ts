import { describe, expect, it } from 'vitest';
import { Decimal } from '../../language-server/src/semantics/decimal.js';
import { isOneSlipFrom, isSwapOf, oneSlipAway } from '../../language-server/src/semantics/typing-slips.js';

describe('one typing slip away from a number as written', () => {
    it.each([
        // written, what was meant, one slip?
        ['7.228', '7282', true],      // neighbours swapped across nothing
        ['45.289', '45298', true],
        ['1.196', '1169', true],
        ['41.230', '41.203', true],
        ['41.230', '43.210', false],  // two digits apart swapped
        ['612', '621', true],
        ['612', '602', true],         // one digit mistyped
        ['612', '6120', false],       // a digit more is no slip of one key here
        ['98', '89', true],
        ['85,0', '58', true],         // the decimal comma stays where it is
        ['12.843', '12.834', true],
        ['12.843', '21.843', true],
        ['12.843', '1.284', false],   // a digit less
        ['5', '5', false],            // the number itself
        ['10', '01', false],          // a leading zero is not written
    ])('%s → %s: %s', (written, meant, expected) => {
        expect(isOneSlipFrom(written, new Decimal(meant.replace(/\./g, '').replace(',', '.')))).toBe(expected);
    });

    it('keeps the shape: every alternative of "7.228" is a four-digit whole number', () => {
        const all = oneSlipAway('7.228');
        expect(all.length).toBeGreaterThan(20);
        for (const v of all) expect(v.isInteger() && v.gte(1000) && v.lt(10000)).toBe(true);
    });
});

describe('two neighbouring digits swapped', () => {
    it.each([
        ['7.228', '7282', true],
        ['445', '454', true],
        ['100', '105', false],   // a digit mistyped is no swap
        ['612', '621', true],
        ['1.196', '1.169', true],
        ['1.196', '6.191', false], // digits apart
    ])('%s → %s: %s', (written, meant, expected) => {
        expect(isSwapOf(written, new Decimal(meant.replace(/\./g, '')))).toBe(expected);
    });
});
