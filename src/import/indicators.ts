/**
 * The indicators a draft's claims name: matched to the catalog by their Vietnamese label, or
 * declared in the draft with a readable name and the unit word of the text. One indicator is
 * never stated twice with two values for one period: a label that comes back with another
 * value ("Tổng số cán bộ là: 51" at the centre, "… là: 02" at the methadone clinic) names
 * something else, and gets an indicator of its own (no false claim-mismatch). Pure.
 */
import { comparisonKey } from '../../language-server/src/semantics/vietnamese.js';
import type { Catalog, CatalogIndicator } from './catalog.js';
import { slug, squeeze, uniqueName } from './text.js';

export interface DeclaredIndicator {
    readonly name: string;
    readonly label: string;
    readonly unit: string;
    /** sum formulas: parts by name */
    readonly sums: string[][];
}

export interface UsedIndicator {
    readonly name: string;
    readonly unit: string;
    /** from the catalog: its file to import (undefined: the starter catalog) */
    readonly catalog?: CatalogIndicator;
    readonly declared?: DeclaredIndicator;
}

const STOP = new Set(['số', 'tổng', 'lượng', 'các', 'những', 'được', 'là', 'của', 'có', 'đã', 'và', 'tại', 'trên', 'cho']);
const SPELLINGS: ReadonlyArray<[RegExp, string]> = [[/sỹ/gu, 'sĩ'], [/iốt/gu, 'iot'], [/iôt/gu, 'iot'], [/kỳ/gu, 'kì']];

const keys = new Map<string, string>();

/** A label as compared: lower case, canonical tones, one spelling of "sỹ/sĩ", punctuation as spaces. */
export function labelKey(label: string): string {
    let key = keys.get(label);
    if (key === undefined) {
        key = comparisonKey(label);
        for (const [re, to] of SPELLINGS) key = key.replace(re, to);
        key = key.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
        if (keys.size > 100_000) keys.clear();
        keys.set(label, key);
    }
    return key;
}

/** The words of a label that say what is counted, each once. */
function contentWords(label: string): string[] {
    return [...new Set(labelKey(label).split(' ').filter(w => w && !STOP.has(w)))];
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
    const x = new Set(a), y = new Set(b);
    return x.size === y.size && [...x].every(w => y.has(w));
}

export class IndicatorRegistry {
    private readonly taken: Set<string>;
    private readonly byKey = new Map<string, UsedIndicator[]>();
    /** stated values per indicator and period ("x|current" → "530") */
    private readonly stated = new Map<string, string>();
    readonly declared: DeclaredIndicator[] = [];
    readonly catalogUsed = new Set<CatalogIndicator>();

    /** the catalog's labels as compared: key, key without "tổng", content words */
    private readonly labels: ReadonlyArray<{ indicator: CatalogIndicator; key: string; bare: string; words: string[] }>;

    constructor(private readonly catalog: Catalog, taken: Set<string>) {
        this.taken = taken;
        for (const i of catalog.indicators) taken.add(i.name.toLowerCase());
        this.labels = catalog.indicators.map(indicator => {
            const key = labelKey(indicator.label);
            return { indicator, key, bare: key.replace(/^tổng /u, ''), words: contentWords(indicator.label) };
        });
    }

    labelOfCatalog(name: string): string | undefined {
        return this.catalog.indicators.find(i => i.name === name)?.label;
    }

    /** The catalog's unit `unit` is, or is a kind of, `wanted` (or the other way round). */
    private unitsFit(unit: string, wanted: string): boolean {
        const chain = (u: string) => {
            const out = [comparisonKey(u)];
            for (let x = this.catalog.units.find(c => comparisonKey(c.name) === comparisonKey(u)); x?.base; x = this.catalog.units.find(c => comparisonKey(c.name) === comparisonKey(x!.base!))) out.push(comparisonKey(x.base));
            return out;
        };
        return chain(unit).includes(comparisonKey(wanted)) || chain(wanted).includes(comparisonKey(unit));
    }

    /** The catalog indicator a label names: the same words, or (with a fitting unit) the same content words. */
    matchCatalog(label: string, unit: string): CatalogIndicator | undefined {
        const key = labelKey(label);
        const bare = key.replace(/^tổng /u, '');
        const exact = this.labels.filter(l => l.key === key || l.bare === bare);
        if (exact.length === 1) return exact[0].indicator;
        const words = contentWords(label);
        if (words.length < 2) return undefined;
        const near = this.labels.filter(l => l.words.length === words.length && sameSet(l.words, words) && this.unitsFit(l.indicator.unit, unit));
        return near.length === 1 ? near[0].indicator : undefined;
    }

    /** Whether `name` may be stated as `value` for `period` without contradicting an earlier statement. */
    free(name: string, period: string, value: string): boolean {
        const was = this.stated.get(`${name}|${period}`);
        return was === undefined || was === value;
    }

    state(name: string, period: string, value: string): void {
        this.stated.set(`${name}|${period}`, value);
    }

    /**
     * The indicator for a value stated in the text. `fresh`: always a new one (the parts of a
     * sum belong to their total).
     */
    resolve(label: string, unit: string, value: string, options: { fresh?: boolean; useCatalog?: boolean } = {}): UsedIndicator {
        const key = labelKey(label);
        if (!options.fresh) {
            for (const used of this.byKey.get(key) ?? []) if (this.free(used.name, 'current', value)) return used;
            const match = options.useCatalog === false || this.byKey.has(key) ? undefined : this.matchCatalog(label, unit);
            if (match && this.free(match.name, 'current', value)) {
                this.catalogUsed.add(match);
                const used: UsedIndicator = { name: match.name, unit: match.unit, catalog: match };
                this.byKey.set(key, [...(this.byKey.get(key) ?? []), used]);
                return used;
            }
        }
        return this.declare(label, unit, key);
    }

    /** A new indicator in the draft; `base` names it, and keeps it from being found by its label (the part of a sum). */
    declare(label: string, unit: string, key = labelKey(label), base?: string): UsedIndicator {
        const words = squeeze(label).replace(/^(?:tổng số|số lượng|số)\s+/iu, '');
        const name = uniqueName(base ?? (slug(words, 6) || 'chi_so'), this.taken);
        const declared: DeclaredIndicator = { name, label: capitalise(squeeze(label)), unit, sums: [] };
        this.declared.push(declared);
        const used: UsedIndicator = { name, unit, declared };
        if (!base) this.byKey.set(key, [...(this.byKey.get(key) ?? []), used]);
        return used;
    }
}

export function capitalise(text: string): string {
    return text.charAt(0).toUpperCase() + text.slice(1);
}
