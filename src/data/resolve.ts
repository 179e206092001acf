import type { Decimal } from 'decimal.js';
import type * as ast from '../../language-server/src/generated/ast.js';
import { comparisonKey } from '../../language-server/src/semantics/vietnamese.js';
import { unitInfo, unitNamed, unitFits, type Catalog } from './catalog.js';
import type { MapFile, Matcher, Match } from './match.js';
import { KeyMap } from './key-map.js';
import { notationOf, readCellNumber, type Notation } from './numbers.js';
import { readPeriod, type PeriodReading } from './periods.js';
import type { Finding, Where } from './problems.js';
import type { RawValue } from './table.js';

/**
 * Raw values to .bcyt facts: indicator and org matched, period read, number read in the file's
 * notation and checked against the indicator's unit; duplicates reported (the same value twice
 * is a warning, two different values an error). Every problem is a finding naming its cell.
 */
export interface Fact {
    readonly indicator: string;
    readonly org: string;
    /** .bcyt notation: Q1/2024 */
    readonly period: string;
    /** periodKey: two spellings of one period are one block */
    readonly periodKey: string;
    readonly value: Decimal;
    /** source notation: 1234,5 */
    readonly source: string;
    readonly where: Where;
}

export function resolveValues(raw: readonly RawValue[], catalog: Catalog, matcher: Matcher, map: MapFile = {}): { facts: Fact[]; findings: Finding[] } {
    const findings: Finding[] = [];
    const error = (where: Where, text: Finding['text']) => findings.push({ severity: 'error', where, text });
    // one notation a file: its first cell that shows it without doubt decides for the file's
    // "1.234"; looked for when such a cell is met (a file of whole numbers has none)
    const notations = new Map<string, Notation | undefined>();
    const notationFor = (file: string) => () => {
        if (!notations.has(file)) notations.set(file, firstNotation(raw, file));
        return notations.get(file);
    };
    const facts: Fact[] = [];
    const byKey = new KeyMap<Fact>();
    // a unit word is checked against an indicator's unit once, not for each of its values
    const unitChecks = new KeyMap<Finding['text'] | undefined>();
    for (const r of raw) {
        if (!r.indicator) {
            error(r.where, { vi: 'giá trị không có chỉ số', en: 'a value without an indicator' });
            continue;
        }
        const indicator = matcher.indicator(r.indicator, r.combo);
        const org = r.org ? matcher.org(r.org) : undefined;
        const mappedPeriod = r.period ? map.periods?.[r.period.trim()] ?? r.period : undefined;
        const period = mappedPeriod ? readPeriod(mappedPeriod) : undefined;
        if (!indicator.ok) error(r.where, indicator.text);
        if (!org) error(r.where, { vi: 'giá trị không có đơn vị (thêm cột "Đơn vị" hoặc --org)', en: 'a value without an org (add an "Đơn vị" column or --org)' });
        else if (!org.ok) error(r.where, org.text);
        if (!period) error(r.where, { vi: 'giá trị không có kỳ (thêm cột "Kỳ" hoặc --period)', en: 'a value without a period (add a "Kỳ" column or --period)' });
        else if (!period.ok) error(r.where, period.text);
        if (!indicator.ok || !org?.ok || !period?.ok) continue;
        const fact = factOf(r, indicator.match, org.match, period, catalog, notationFor(r.where.file), findings, unitChecks);
        if (!fact) continue;
        const earlier = byKey.get(fact.indicator, fact.org, fact.periodKey);
        if (earlier) {
            const same = earlier.value.equals(fact.value);
            findings.push({
                severity: same ? 'warning' : 'error', where: r.where, text: {
                    vi: `${fact.indicator}, ${fact.org}, ${fact.period} đã có ở ${whereShort(earlier.where)}${same ? ' (cùng giá trị)' : `: ${earlier.source} khác ${fact.source}`}`,
                    en: `${fact.indicator}, ${fact.org}, ${fact.period} already given at ${whereShort(earlier.where)}${same ? ' (same value)' : `: ${earlier.source} differs from ${fact.source}`}`,
                },
            });
            continue;
        }
        byKey.set(fact, fact.indicator, fact.org, fact.periodKey);
        facts.push(fact);
    }
    return { facts, findings };
}

function firstNotation(raw: readonly RawValue[], file: string): Notation | undefined {
    for (const r of raw) {
        const n = r.where.file === file ? notationOf(r.value) : undefined;
        if (n) return n;
    }
    return undefined;
}

const whereShort = (w: Where) => [w.sheet, w.cell, w.item !== undefined ? `#${w.item}` : undefined].filter(Boolean).join(' ') || w.file;

function factOf(r: RawValue, indicator: Match, org: Match, period: Extract<PeriodReading, { ok: true }>,
    catalog: Catalog, notation: () => Notation | undefined, findings: Finding[], unitChecks: KeyMap<Finding['text'] | undefined>): Fact | undefined {
    const node = catalog.indicators.get(indicator.name)!;
    const wanted = node.unit.ref;
    const count = wanted ? unitInfo(wanted).kind === 'count' : false;
    const reading = readCellNumber(r.value, notation, count);
    if (!reading.ok) {
        findings.push({ severity: 'error', where: r.where, text: reading.text });
        return undefined;
    }
    for (const word of [r.unit, reading.number.unit]) {
        if (!word) continue;
        if (!unitChecks.has(indicator.name, word)) unitChecks.set(unitProblem(catalog, word, indicator.name, wanted), indicator.name, word);
        const problem = unitChecks.get(indicator.name, word);
        if (problem) {
            findings.push({ severity: 'error', where: r.where, text: problem });
            return undefined;
        }
    }
    if (count && !reading.number.value.isInteger()) {
        findings.push({
            severity: 'error', where: r.where, text: {
                vi: `${indicator.name} đếm bằng "${wanted!.name.replace(/^"|"$/g, '')}": giá trị phải là số nguyên, không phải ${reading.number.source}`,
                en: `${indicator.name} counts "${wanted!.name.replace(/^"|"$/g, '')}": the value must be whole, not ${reading.number.source}`,
            },
        });
        return undefined;
    }
    return {
        indicator: indicator.name, org: org.name, period: period.literal, periodKey: period.key,
        value: reading.number.value, source: reading.number.source, where: r.where,
    };
}

/** Why a value written in `word` cannot be a value of the indicator, if it cannot. */
function unitProblem(catalog: Catalog, word: string, indicator: string, wanted: ast.Unit | undefined): Finding['text'] | undefined {
    const given = unitNamed(catalog, word);
    const wantedName = wanted ? wanted.name.replace(/^"|"$/g, '') : '?';
    if (!given) return { vi: `đơn vị tính "${word}" không có trong danh mục`, en: `unknown unit "${word}"` };
    if (wanted && !unitFits(given, wanted) && comparisonKey(word) !== comparisonKey(wantedName)) {
        return {
            vi: `giá trị tính bằng "${word}" không phải đơn vị của ${indicator} ("${wantedName}")`,
            en: `a value in "${word}" is not in the unit of ${indicator} ("${wantedName}")`,
        };
    }
    return undefined;
}
