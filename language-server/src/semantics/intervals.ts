/**
 * Closed intervals of exact decimals: what a value is known to within, when it was derived from a
 * number written at some precision ("tăng 0,7%" pins last year's figure only to within a range).
 * An unbounded side is `undefined`. Pure functions.
 */
import { Decimal } from './decimal.js';

export interface Interval {
    readonly lo?: Decimal;
    readonly hi?: Decimal;
}

export const exactly = (value: Decimal): Interval => ({ lo: value, hi: value });

export function add(a: Interval, b: Interval): Interval {
    return { lo: a.lo && b.lo ? a.lo.plus(b.lo) : undefined, hi: a.hi && b.hi ? a.hi.plus(b.hi) : undefined };
}

export function subtract(a: Interval, b: Interval): Interval {
    return { lo: a.lo && b.hi ? a.lo.minus(b.hi) : undefined, hi: a.hi && b.lo ? a.hi.minus(b.lo) : undefined };
}

/** a × b; unbounded when a side is unbounded (the sign of an unbounded side is not tracked). */
export function multiply(a: Interval, b: Interval): Interval {
    if (!a.lo || !a.hi || !b.lo || !b.hi) return {};
    const products = [a.lo.times(b.lo), a.lo.times(b.hi), a.hi.times(b.lo), a.hi.times(b.hi)];
    return { lo: Decimal.min(...products), hi: Decimal.max(...products) };
}

/** a ÷ b; undefined when b may be 0 (nothing can be said). */
export function divide(a: Interval, b: Interval): Interval | undefined {
    if (!b.lo || !b.hi || contains(b, ZERO)) return undefined;
    return multiply(a, { lo: ONE.dividedBy(b.hi), hi: ONE.dividedBy(b.lo) });
}

export function contains(interval: Interval, value: Decimal): boolean {
    return (!interval.lo || interval.lo.lte(value)) && (!interval.hi || interval.hi.gte(value));
}

/** Whether two intervals share a value (a claim can hold). */
export function overlaps(a: Interval, b: Interval): boolean {
    return (!a.lo || !b.hi || a.lo.lte(b.hi)) && (!b.lo || !a.hi || b.lo.lte(a.hi));
}

export function intersect(a: Interval, b: Interval): Interval {
    const lo = a.lo && b.lo ? Decimal.max(a.lo, b.lo) : a.lo ?? b.lo;
    const hi = a.hi && b.hi ? Decimal.min(a.hi, b.hi) : a.hi ?? b.hi;
    return { lo, hi };
}

/** The whole numbers inside an interval (a count): undefined when there is none. */
export function wholeNumbers(interval: Interval): Interval | undefined {
    const lo = interval.lo?.ceil();
    const hi = interval.hi?.floor();
    return lo && hi && lo.gt(hi) ? undefined : { lo, hi };
}

/** The middle of a bounded interval, its one side otherwise. */
export function middle(interval: Interval): Decimal | undefined {
    if (interval.lo && interval.hi) return interval.lo.plus(interval.hi).dividedBy(2);
    return interval.lo ?? interval.hi;
}

export function isPoint(interval: Interval): boolean {
    return !!interval.lo && !!interval.hi && interval.lo.eq(interval.hi);
}

const ZERO = new Decimal(0);
const ONE = new Decimal(1);
