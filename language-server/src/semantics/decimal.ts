import { Decimal } from 'decimal.js';
import { MAX_NUMBER_DIGITS } from '../limits.js';

/**
 * decimal.js configured for the numbers the language accepts: a number has at most
 * MAX_NUMBER_DIGITS digits, and the default of 20 significant digits rounded a sum of two of
 * them (99999999999999999999 + 2 printed as 1e20), which a total checked against its parts
 * would report as a false mismatch. Three times the limit keeps sums, differences and a product
 * of two such numbers exact. Every module that makes a Decimal imports it from here.
 */
Decimal.set({ precision: 3 * MAX_NUMBER_DIGITS });

export { Decimal };
