import { URI, type LangiumDocument } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createBcytServices, type BcytServices } from '../../language-server/src/bcyt-module.js';
import type * as ast from '../../language-server/src/generated/ast.js';
import { isDataBlock, isIndicator, isOrg, isTargetBlock, isUnit } from '../../language-server/src/generated/ast.js';
import { unitName } from '../../language-server/src/evaluation/world.js';
import { isKindOf, type UnitInfo } from '../../language-server/src/semantics/units.js';
import { comparisonKey } from '../../language-server/src/semantics/vietnamese.js';
import { loadFiles, type LoadStep, type UnreadableFile } from '../../language-server/src/workspace/headless.js';

/**
 * What a .bcyt file sees, read through the language services (its imports and the starter
 * catalog linked as `bcyt check` links them): indicators, orgs and units by name and by
 * Vietnamese label, and the file's own data blocks.
 */
export interface Catalog {
    readonly indicators: ReadonlyMap<string, ast.Indicator>;
    readonly orgs: ReadonlyMap<string, ast.Org>;
    /** comparison key of a label → the names that carry it (two means ambiguous) */
    readonly indicatorLabels: ReadonlyMap<string, readonly string[]>;
    readonly orgLabels: ReadonlyMap<string, readonly string[]>;
    readonly units: readonly ast.Unit[];
}

export interface LoadedFiles {
    readonly services: BcytServices;
    readonly documents: readonly LangiumDocument[];
    readonly unreadable: readonly UnreadableFile[];
    readonly catalog: Catalog;
}

/** `unsaved`: texts that stand for saved files (an editor's document), by path; `onStep` as in loadFiles (`--timings`). */
export async function loadBcyt(paths: string[], unsaved: ReadonlyMap<string, string> = new Map(), onStep?: (step: LoadStep | 'services') => void): Promise<LoadedFiles> {
    const { Bcyt } = createBcytServices(NodeFileSystem, { production: true });
    if (onStep) {
        // Langium makes a service when it is first asked for: the lexer and parser now, so that this step holds them
        void Bcyt.parser.LangiumParser;
        onStep('services');
    }
    const factory = Bcyt.shared.workspace.LangiumDocumentFactory;
    for (const [path, text] of unsaved) {
        Bcyt.shared.workspace.LangiumDocuments.addDocument(factory.fromString(text, URI.parse(pathToFileURL(resolve(path)).toString())));
    }
    const { documents, unreadable } = await loadFiles(Bcyt, paths, { validation: false, onStep });
    const all = [...Bcyt.shared.workspace.LangiumDocuments.all].map(d => d.parseResult.value as ast.Model);
    return { services: Bcyt, documents, unreadable, catalog: catalogOf(all) };
}

export function catalogOf(models: readonly ast.Model[]): Catalog {
    const indicators = new Map<string, ast.Indicator>();
    const orgs = new Map<string, ast.Org>();
    const indicatorLabels = new Map<string, string[]>();
    const orgLabels = new Map<string, string[]>();
    const units: ast.Unit[] = [];
    const label = (map: Map<string, string[]>, text: string, name: string) => {
        const key = comparisonKey(text);
        const names = map.get(key) ?? [];
        if (!names.includes(name)) names.push(name);
        map.set(key, names);
    };
    for (const model of models) {
        for (const element of model.elements) {
            if (isIndicator(element)) {
                indicators.set(element.name, element);
                label(indicatorLabels, element.label, element.name);
            } else if (isOrg(element)) {
                orgs.set(element.name, element);
                label(orgLabels, element.label, element.name);
            } else if (isUnit(element)) {
                units.push(element);
            }
        }
    }
    return { indicators, orgs, indicatorLabels, orgLabels, units };
}

export const dataBlocksOf = (model: ast.Model): ast.DataBlock[] => model.elements.filter(isDataBlock);
export const targetBlocksOf = (model: ast.Model): ast.TargetBlock[] => model.elements.filter(isTargetBlock);

// Units: the checker's UnitInfo built from declarations, so isKindOf decides as it does.
const ALIASES: Record<string, string> = { 'phần trăm': '%', '%o': '‰', '%0': '‰', 'phần nghìn': '‰', 'phần ngàn': '‰' };

export function unitInfo(unit: ast.Unit, seen = new Set<ast.Unit>()): UnitInfo {
    const known = infos.get(unit);
    if (known) return known;
    const info = makeUnitInfo(unit, seen);
    infos.set(unit, info);
    return info;
}

const infos = new WeakMap<ast.Unit, UnitInfo>();

function makeUnitInfo(unit: ast.Unit, seen: Set<ast.Unit>): UnitInfo {
    seen.add(unit);
    const base = unit.base?.ref && !seen.has(unit.base.ref) ? unitInfo(unit.base.ref, seen) : undefined;
    if (unit.factor !== undefined) return { name: unitName(unit), kind: 'ratio', factor: Number(unit.factor.replace(',', '.')) };
    return { name: unitName(unit), kind: unit.kind === 'measure' ? 'measure' : 'count', base };
}

/** The declared unit a word names ("trẻ", "cán bộ", "%", "phần trăm"), if any. */
export function unitNamed(catalog: Catalog, word: string): ast.Unit | undefined {
    let named = unitsByWord.get(catalog);
    if (!named) {
        named = new Map();
        for (const u of catalog.units) {
            for (const w of [unitName(u), u.name.replace(/^"|"$/g, '')]) if (!named.has(comparisonKey(w))) named.set(comparisonKey(w), u);
        }
        unitsByWord.set(catalog, named);
    }
    return named.get(comparisonKey(ALIASES[comparisonKey(word)] ?? word));
}

const unitsByWord = new WeakMap<Catalog, Map<string, ast.Unit>>();

/** Whether a value written in `given` may be a value of an indicator counted in `wanted`. */
export function unitFits(given: ast.Unit, wanted: ast.Unit): boolean {
    return isKindOf(unitInfo(given), unitInfo(wanted));
}
