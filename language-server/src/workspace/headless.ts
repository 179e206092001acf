import { existsSync, readFileSync, statSync, readdirSync } from 'node:fs';
import { resolve, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { URI, type LangiumDocument } from 'langium';
import type { BcytServices } from '../bcyt-module.js';

/**
 * Loads .bcyt files without an editor: the given files and folders, the files they import
 * (transitively), and the built-in catalog; then builds and validates them. Used by the CLI
 * and the tests. Unreadable inputs are returned, not thrown, so the caller names them.
 */
export async function loadFiles(services: BcytServices, inputs: string[]): Promise<{ documents: LangiumDocument[]; unreadable: string[] }> {
    const shared = services.shared;
    const langiumDocuments = shared.workspace.LangiumDocuments;
    const factory = shared.workspace.LangiumDocumentFactory;
    services.workspace.Builtins.load(langiumDocuments, factory);

    const unreadable: string[] = [];
    const requested: LangiumDocument[] = [];
    const pending: string[] = [];
    for (const input of inputs) {
        const path = resolve(input);
        if (!existsSync(path)) {
            unreadable.push(input);
        } else if (statSync(path).isDirectory()) {
            pending.push(...bcytFilesUnder(path));
        } else {
            pending.push(path);
        }
    }
    const wanted = new Set(pending);
    const seen = new Set<string>();
    while (pending.length) {
        const path = pending.shift()!;
        if (seen.has(path)) continue;
        seen.add(path);
        const uri = URI.parse(pathToFileURL(path).toString());
        let document = langiumDocuments.getDocument(uri);
        if (!document) {
            let text: string;
            try {
                text = readFileSync(path, 'utf8');
            } catch {
                unreadable.push(path);
                continue;
            }
            document = factory.fromString(text, uri);
            langiumDocuments.addDocument(document);
        }
        if (wanted.has(path)) requested.push(document);
        for (const target of services.workspace.ImportResolver.importTargets(document)) {
            const importedPath = target.uri.fsPath;
            if (existsSync(importedPath) && !seen.has(importedPath)) pending.push(importedPath);
        }
    }
    // everything is linked, but only the files asked for are checked: imported catalogs and the
    // starter catalog are checked when they are asked for themselves
    await shared.workspace.DocumentBuilder.build([...langiumDocuments.all], { validation: false });
    await shared.workspace.DocumentBuilder.build(requested, { validation: true });
    return { documents: requested, unreadable };
}

/** Every .bcyt file below a folder, in a stable order (node_modules and dot folders skipped). */
export function bcytFilesUnder(folder: string): string[] {
    const found: string[] = [];
    for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
        if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
        const path = join(folder, entry.name);
        if (entry.isDirectory()) found.push(...bcytFilesUnder(path));
        else if (entry.name.endsWith('.bcyt')) found.push(path);
    }
    return found;
}
