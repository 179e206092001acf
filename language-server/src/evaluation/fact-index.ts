import { periodCode, type Period } from '../semantics/periods.js';

/** An org and a period as one map key: a number for every period a document can write. */
export type OrgPeriodKey = number | string;

// periodCode stays below 2^34 for years below 2^20; the org's number takes the bits above
// while the sum stays an exact integer (below 2^53).
const PERIOD_CODES = 2 ** 34;
const MAX_ORG_NUMBER = 2 ** 18;

/**
 * A map keyed by (indicator, org, period), for the facts of a World and the memo of an
 * evaluation session: tens of thousands of lookups per check of a long report. One map per
 * indicator, keyed by a number made of the org's number in this index and the period's code,
 * so that a lookup builds no string and a new (indicator, org) pair creates no map. Periods
 * are the same key when they cover the same date range (periodKey): Q1/2024 and T1-T3/2024
 * find the same entry.
 */
export class FactIndex<I extends object, O extends object, V> {
    private readonly byIndicator = new Map<I, Map<OrgPeriodKey, V>>();
    private readonly orgNumbers = new Map<O, number>();

    get(indicator: I, org: O, period: Period): V | undefined {
        const orgNumber = this.orgNumbers.get(org);
        if (orgNumber === undefined) return undefined;
        return this.byIndicator.get(indicator)?.get(combine(orgNumber, period));
    }

    set(indicator: I, org: O, period: Period, value: V): void {
        this.entriesOf(indicator).set(this.keyOf(org, period), value);
    }

    delete(indicator: I, org: O, period: Period): void {
        this.byIndicator.get(indicator)?.delete(this.keyOf(org, period));
    }

    /** The value for a key, created by `make` the first time it is asked for. */
    getOrAdd(indicator: I, org: O, period: Period, make: () => V): V {
        const entries = this.entriesOf(indicator);
        const key = this.keyOf(org, period);
        let value = entries.get(key);
        if (value === undefined) entries.set(key, value = make());
        return value;
    }

    /**
     * The key of an org and a period in this index, and the entries of one indicator by that
     * key: for a caller that reads, marks and writes one key (the evaluation memo).
     */
    keyOf(org: O, period: Period): OrgPeriodKey {
        let orgNumber = this.orgNumbers.get(org);
        if (orgNumber === undefined) this.orgNumbers.set(org, orgNumber = this.orgNumbers.size);
        return combine(orgNumber, period);
    }

    /** Another index with the same keys, each value copied by `copyValue`. */
    copy(copyValue: (value: V) => V): FactIndex<I, O, V> {
        const copy = new FactIndex<I, O, V>();
        for (const [org, number] of this.orgNumbers) copy.orgNumbers.set(org, number);
        for (const [indicator, entries] of this.byIndicator) {
            const copied = new Map<OrgPeriodKey, V>();
            for (const [key, value] of entries) copied.set(key, copyValue(value));
            copy.byIndicator.set(indicator, copied);
        }
        return copy;
    }

    entriesOf(indicator: I): Map<OrgPeriodKey, V> {
        let entries = this.byIndicator.get(indicator);
        if (!entries) this.byIndicator.set(indicator, entries = new Map());
        return entries;
    }
}

function combine(orgNumber: number, period: Period): OrgPeriodKey {
    const code = periodCode(period);
    return typeof code === 'number' && code < PERIOD_CODES && orgNumber < MAX_ORG_NUMBER
        ? orgNumber * PERIOD_CODES + code
        : `${orgNumber}|${code}`;
}
