import { comparisonKey } from '../../language-server/src/semantics/vietnamese.js';
import type { Catalog } from './catalog.js';
import { DataReadError, type Text } from './problems.js';

/**
 * From what an input calls an indicator or an org (a DHIS2 UID, a code, a column label, the
 * .bcyt name, the Vietnamese label) to the .bcyt name: the map file first, then the name,
 * then the label (NFC, case, spaces and tone placement aside). Each distinct text is matched
 * once and remembered with how, for `--dry-run`.
 */
export interface MapFile {
    readonly indicators?: Readonly<Record<string, string>>;
    readonly orgs?: Readonly<Record<string, string>>;
    readonly periods?: Readonly<Record<string, string>>;
}

export type How = 'map' | 'name' | 'label';
export type Kind = 'indicator' | 'org';
export interface Match { readonly name: string; readonly how: How }
export type MatchResult = { ok: true; match: Match } | { ok: false; text: Text };

/** DHIS2's default category option combo: a value without disaggregation. */
const DEFAULT_COMBOS = new Set(['', 'default', 'HllvX50cXC0']);
export const isDefaultCombo = (combo: string | undefined) => combo === undefined || DEFAULT_COMBOS.has(combo.trim());

export class Matcher {
    /** kind:text → result, in the order first met */
    readonly seen = new Map<string, { kind: Kind; source: string; result: MatchResult }>();
    /** the same results by kind and text: a long table names its indicator and org on each row, looked up without a new key string */
    private readonly known: Record<Kind, Map<string, MatchResult>> = { indicator: new Map(), org: new Map() };
    private readonly mapped: Record<Kind, Map<string, string>> = { indicator: new Map(), org: new Map() };

    constructor(private readonly catalog: Catalog, map: MapFile = {}) {
        for (const [kind, entries, known] of [
            ['indicator', map.indicators, catalog.indicators], ['org', map.orgs, catalog.orgs],
        ] as const) {
            for (const [from, to] of Object.entries(entries ?? {})) {
                if (!known.has(to)) {
                    throw new DataReadError({
                        vi: `tệp ánh xạ: "${from}" → "${to}": ${kind === 'indicator' ? 'chỉ số' : 'đơn vị'} "${to}" không có trong tệp .bcyt và các tệp nó nhập`,
                        en: `map file: "${from}" → "${to}": ${kind === 'indicator' ? 'indicator' : 'org'} "${to}" is not declared in the .bcyt file or its imports`,
                    });
                }
                this.mapped[kind].set(from.trim(), to);
                this.mapped[kind].set(comparisonKey(from), to);
            }
        }
    }

    indicator(text: string, combo?: string): MatchResult {
        if (!isDefaultCombo(combo)) {
            const key = `${text.trim()}.${combo!.trim()}`;
            const to = this.mapped.indicator.get(key);
            if (to) return this.remember('indicator', key, { ok: true, match: { name: to, how: 'map' } });
            return this.remember('indicator', key, {
                ok: false, text: {
                    vi: `phân tổ "${combo}" của "${text}" không có trong tệp ánh xạ (thêm "${key}": "<chỉ số>" vào "indicators")`,
                    en: `the disaggregation "${combo}" of "${text}" is not in the map file (add "${key}": "<indicator>" to "indicators")`,
                },
            });
        }
        return this.find('indicator', text);
    }

    org(text: string): MatchResult {
        return this.find('org', text);
    }

    /** Matches without remembering: for finding which columns of a sheet are orgs or periods. */
    peek(kind: Kind, text: string): Match | undefined {
        const result = this.lookup(kind, text);
        return result.ok ? result.match : undefined;
    }

    private find(kind: Kind, text: string): MatchResult {
        return this.known[kind].get(text) ?? this.remember(kind, text, this.lookup(kind, text));
    }

    private remember(kind: Kind, source: string, result: MatchResult): MatchResult {
        this.seen.set(`${kind}:${source}`, { kind, source, result });
        this.known[kind].set(source, result);
        return result;
    }

    private lookup(kind: Kind, raw: string): MatchResult {
        const text = raw.trim();
        const mapped = this.mapped[kind].get(text) ?? this.mapped[kind].get(comparisonKey(text));
        if (mapped) return { ok: true, match: { name: mapped, how: 'map' } };
        const names = kind === 'indicator' ? this.catalog.indicators : this.catalog.orgs;
        if (names.has(text)) return { ok: true, match: { name: text, how: 'name' } };
        const labelled = (kind === 'indicator' ? this.catalog.indicatorLabels : this.catalog.orgLabels).get(comparisonKey(text));
        if (labelled?.length === 1) return { ok: true, match: { name: labelled[0], how: 'label' } };
        const what = kind === 'indicator' ? { vi: 'chỉ số', en: 'indicator' } : { vi: 'đơn vị', en: 'org' };
        if (labelled && labelled.length > 1) {
            return {
                ok: false, text: {
                    vi: `"${text}" là tên của nhiều ${what.vi} (${labelled.join(', ')}); ghi rõ trong tệp ánh xạ`,
                    en: `"${text}" is the label of several ${what.en}s (${labelled.join(', ')}); say which in the map file`,
                },
            };
        }
        return {
            ok: false, text: {
                vi: `không biết ${what.vi} "${text}" (không trùng tên hay nhãn nào trong tệp .bcyt và các tệp nó nhập; thêm vào tệp ánh xạ --map)`,
                en: `unknown ${what.en} "${text}" (no name or label of the .bcyt file and its imports; add it to a map file, --map)`,
            },
        };
    }
}
