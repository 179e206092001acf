/**
 * Reads the catalog an import matches against: the starter catalog, and the workspace's
 * catalog files (files of declarations, without a document of their own) given as files or
 * folders, with the files they import. Parsed only: names, labels and units are read as
 * written, nothing needs linking.
 */
import { existsSync, readdirSync, readFileSync, statSync, type Dirent } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { URI } from 'langium';
import type { BcytServices } from '../../language-server/src/bcyt-module.js';
import * as ast from '../../language-server/src/generated/ast.js';
import { bcytFilesUnder } from '../../language-server/src/workspace/headless.js';
import type { Catalog, CatalogIndicator, CatalogLegal, CatalogOrg, CatalogUnit } from './catalog.js';

/** The .bcyt files of a folder, `depth` levels down at most (dot folders and node_modules skipped). */
function filesUnder(folder: string, depth: number): string[] {
    if (depth === Infinity) return bcytFilesUnder(folder);
    const out: string[] = [];
    let entries: Dirent[] = [];
    try {
        entries = readdirSync(folder, { withFileTypes: true });
    } catch {
        return out;
    }
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
        if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
        const path = join(folder, entry.name);
        if (entry.isDirectory() && depth > 1) out.push(...filesUnder(path, depth - 1));
        else if (entry.isFile() && entry.name.endsWith('.bcyt')) out.push(path);
    }
    return out;
}

/**
 * The catalog of the starter catalog and the given catalog files or folders (folders searched
 * `depth` levels down: the default workspace of `bcyt import` is the draft's folder and its
 * subfolders, not a whole home folder).
 */
export function loadCatalog(services: BcytServices, inputs: readonly string[], depth = Infinity): Catalog {
    const documents = services.shared.workspace.LangiumDocuments;
    const factory = services.shared.workspace.LangiumDocumentFactory;
    services.workspace.Builtins.load(documents, factory);
    const builtins = [...documents.all].filter(d => services.workspace.Builtins.isBuiltin(d.uri));
    const files: Array<{ path: string; model: ast.Model }> = [];
    const seen = new Set<string>();
    const pending = inputs.flatMap(input => {
        const path = resolve(input);
        if (!existsSync(path)) return [];
        return statSync(path).isDirectory() ? filesUnder(path, depth) : [path];
    });
    while (pending.length) {
        const path = pending.shift()!;
        if (seen.has(path) || !existsSync(path)) continue;
        seen.add(path);
        let text: string;
        try {
            text = readFileSync(path, 'utf8');
        } catch {
            continue;
        }
        const uri = URI.parse(pathToFileURL(path).toString());
        const document = documents.getDocument(uri) ?? factory.fromString<ast.Model>(text, uri);
        const model = document.parseResult.value as ast.Model;
        if (model.document) continue; // a report, not a catalog
        files.push({ path, model });
        for (const imported of model.imports) {
            const target = resolve(dirname(path), imported.path.endsWith('.bcyt') ? imported.path : `${imported.path}.bcyt`);
            pending.push(target);
        }
    }
    return collect([
        ...builtins.map(d => ({ model: d.parseResult.value as ast.Model, path: undefined })),
        ...files,
    ]);
}

/** The catalog of documents already loaded (the language server's workspace): the starter catalog, and files without a document. */
export function catalogOf(services: BcytServices): Catalog {
    const builtins = services.workspace.Builtins;
    return collect([...services.shared.workspace.LangiumDocuments.all]
        .map(d => ({ model: d.parseResult.value as ast.Model, path: builtins.isBuiltin(d.uri) ? undefined : d.uri.fsPath }))
        .filter(({ model, path }) => !path || !model.document));
}

function collect(sources: ReadonlyArray<{ model: ast.Model; path?: string }>): Catalog {
    const units: CatalogUnit[] = [];
    const indicators: CatalogIndicator[] = [];
    const orgs: CatalogOrg[] = [];
    const legal: CatalogLegal[] = [];
    for (const { model, path } of sources) {
        const file = path ? { file: path } : {};
        for (const element of model.elements) {
            if (ast.isUnit(element) && element.name) {
                units.push({ name: unquote(element.name), ...(element.base ? { base: unquote(element.base.$refText) } : {}), ...(element.factor ? { ratio: true } : {}) });
            } else if (ast.isIndicator(element) && element.name && element.label && element.unit) {
                const sums = element.formulas.map(sumOfNames).filter((parts): parts is string[] => !!parts && parts.length > 1);
                indicators.push({ name: element.name, label: element.label, unit: unquote(element.unit.$refText), sums, ...file });
            } else if (ast.isOrg(element) && element.name) {
                orgs.push({ name: element.name, label: element.label ?? element.name, ...(element.code ? { code: element.code } : {}), ...file });
            } else if (ast.isLegalDoc(element) && element.name) {
                legal.push({ symbol: unquote(element.name), ...file });
            }
        }
    }
    return { units, indicators, orgs, legal };
}

/** The indicators a formula made only of `+` adds (`a + b + c`); undefined for any other formula. */
function sumOfNames(expression: ast.Expression): string[] | undefined {
    if (ast.isIndicatorRef(expression) && !expression.org && !expression.period) return [expression.indicator.$refText];
    if (!ast.isBinaryExpression(expression) || expression.operator !== '+') return undefined;
    const left = sumOfNames(expression.left), right = sumOfNames(expression.right);
    return left && right ? [...left, ...right] : undefined;
}

function unquote(name: string): string {
    return name.length >= 2 && name.startsWith('"') && name.endsWith('"') ? name.slice(1, -1) : name;
}

