import { Decimal } from './decimal.js';
import { parseStatedNumber } from './numbers.js';

/**
 * The numbers one typing slip away from a number as written: two neighbouring digits swapped
 * ("7.228" for 7.282) or one digit mistyped ("6.120" for 612 is a digit more: not one). Separators
 * stay where they are, so the alternatives keep the written number's shape and precision.
 * What a sum that does not add up is checked for: which of its numbers is the slip.
 */
export function oneSlipAway(written: string, options: { swapsOnly?: boolean } = {}): Decimal[] {
    const digits = [...written].map((ch, i) => (/\d/.test(ch) ? i : -1)).filter(i => i >= 0);
    const seen = new Set<string>([written]);
    const found: Decimal[] = [];
    const add = (text: string) => {
        if (seen.has(text)) return;
        seen.add(text);
        // a leading zero is no number anyone writes ("0.228" for 7.228)
        if (text.startsWith('0') && digits.length > 1 && !written.startsWith('0')) return;
        const parsed = parseStatedNumber(text);
        if (parsed) found.push(parsed.value);
    };
    for (let k = 0; k + 1 < digits.length; k++) {
        const [i, j] = [digits[k], digits[k + 1]];
        add(written.slice(0, i) + written[j] + written.slice(i + 1, j) + written[i] + written.slice(j + 1));
    }
    if (options.swapsOnly) return found;
    for (const i of digits) {
        for (let d = 0; d <= 9; d++) add(written.slice(0, i) + String(d) + written.slice(i + 1));
    }
    return found;
}

/** Whether `value` is one typing slip away from the number as written. */
export function isOneSlipFrom(written: string, value: Decimal): boolean {
    return oneSlipAway(written).some(v => v.equals(value));
}

/**
 * Whether `value` is the number as written with two neighbouring digits swapped: the slip that
 * says where it is, since a sum off by a swap (9 × the digits' difference, in their place) is
 * rarely off so by chance, where a single digit more or less is what any wrong sum can be.
 */
export function isSwapOf(written: string, value: Decimal): boolean {
    return oneSlipAway(written, { swapsOnly: true }).some(v => v.equals(value));
}
