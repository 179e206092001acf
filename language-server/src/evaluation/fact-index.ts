import { periodCode, type Period } from '../semantics/periods.js';

/**
 * A map keyed by (indicator, org, period): nested maps on the nodes themselves and the
 * period's numeric code, so that a lookup — tens of thousands per check of a long report —
 * builds no string key. Periods are equal keys when they cover the same date range
 * (periodKey): Q1/2024 and T1-T3/2024 find the same entry.
 */
export class FactIndex<I extends object, O extends object, V> {
    private readonly byIndicator = new Map<I, Map<O, Map<number | string, V>>>();

    get(indicator: I, org: O, period: Period): V | undefined {
        return this.byIndicator.get(indicator)?.get(org)?.get(periodCode(period));
    }

    set(indicator: I, org: O, period: Period, value: V): void {
        this.periods(indicator, org).set(periodCode(period), value);
    }

    delete(indicator: I, org: O, period: Period): void {
        this.byIndicator.get(indicator)?.get(org)?.delete(periodCode(period));
    }

    /** The value for a key, created by `make` the first time it is asked for. */
    getOrAdd(indicator: I, org: O, period: Period, make: () => V): V {
        const periods = this.periods(indicator, org);
        const code = periodCode(period);
        let value = periods.get(code);
        if (value === undefined) periods.set(code, value = make());
        return value;
    }

    /**
     * The entries of one (indicator, org), by periodCode: for a caller that reads, marks and
     * writes one key (the evaluation memo), one nested lookup instead of three.
     */
    entriesOf(indicator: I, org: O): Map<number | string, V> {
        return this.periods(indicator, org);
    }

    private periods(indicator: I, org: O): Map<number | string, V> {
        let orgs = this.byIndicator.get(indicator);
        if (!orgs) this.byIndicator.set(indicator, orgs = new Map());
        let periods = orgs.get(org);
        if (!periods) orgs.set(org, periods = new Map());
        return periods;
    }
}
