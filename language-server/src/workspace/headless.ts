import { existsSync, statSync, readdirSync } from 'node:fs';
import { resolve, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { URI, type LangiumDocument } from 'langium';
import type { BcytServices } from '../bcyt-module.js';
import { readSourceFile, SourceReadError, sourceProblemText } from './source-files.js';

/** A file asked for that was not read, and why (in both languages; nothing of its content). */
export interface UnreadableFile {
    readonly path: string;
    readonly reason: { readonly vi: string; readonly en: string };
}

const MISSING = { vi: 'không tìm thấy', en: 'not found' };
const NOT_BCYT = {
    vi: 'không phải tệp .bcyt (văn bản Word, .txt hay .md: chuyển bằng bcyt import)',
    en: 'not a .bcyt file (a Word, .txt or .md document: convert it with bcyt import)',
};

/** The steps of loadFiles, said to `onStep` as each ends (`bcyt build --timings`). */
export type LoadStep = 'starter' | 'parse' | 'link' | 'validate';

export interface LoadOptions {
    /** false: linked, not checked */
    readonly validation?: boolean;
    readonly onStep?: (step: LoadStep) => void;
}

/**
 * Loads .bcyt files without an editor: the given files and folders, the files they import
 * (transitively), and the built-in catalog; then builds and validates them. Used by the CLI
 * and the tests (`validation: false`: linked, not checked). Unreadable inputs are returned, not thrown, so the caller names them; an
 * import that cannot be read is left unloaded, and its `import` line says why.
 */
export async function loadFiles(services: BcytServices, inputs: string[], options: LoadOptions = {}): Promise<{ documents: LangiumDocument[]; unreadable: UnreadableFile[] }> {
    const shared = services.shared;
    const langiumDocuments = shared.workspace.LangiumDocuments;
    const factory = shared.workspace.LangiumDocumentFactory;
    services.workspace.Builtins.load(langiumDocuments, factory);
    options.onStep?.('starter');

    const unreadable: UnreadableFile[] = [];
    const requested: LangiumDocument[] = [];
    const pending: string[] = [];
    for (const input of inputs) {
        const path = resolve(input);
        if (!existsSync(path)) {
            unreadable.push({ path: input, reason: MISSING });
        } else if (statSync(path).isDirectory()) {
            pending.push(...bcytFilesUnder(path));
        } else if (!/\.bcyt$/i.test(path)) {
            // the language's services are registered for .bcyt alone
            unreadable.push({ path: input, reason: NOT_BCYT });
        } else {
            pending.push(path);
        }
    }
    const wanted = new Set(pending);
    const seen = new Set<string>(pending);
    // breadth first over the import graph: each file read once, each import followed once
    for (let next = 0; next < pending.length; next++) {
        const path = pending[next];
        const uri = URI.parse(pathToFileURL(path).toString());
        let document = langiumDocuments.getDocument(uri);
        if (!document) {
            let text: string;
            try {
                text = readSourceFile(path);
            } catch (error) {
                if (wanted.has(path)) {
                    unreadable.push({ path, reason: error instanceof SourceReadError ? sourceProblemText(error.problem) : MISSING });
                }
                continue;
            }
            document = factory.fromString(text, uri);
            langiumDocuments.addDocument(document);
        }
        if (wanted.has(path)) requested.push(document);
        for (const target of services.workspace.ImportResolver.importTargets(document)) {
            const importedPath = target.uri.fsPath;
            if (!seen.has(importedPath) && existsSync(importedPath)) {
                seen.add(importedPath);
                pending.push(importedPath);
            }
        }
    }
    options.onStep?.('parse');
    // everything is linked, but only the files asked for are checked: imported catalogs and the
    // starter catalog are checked when they are asked for themselves
    await shared.workspace.DocumentBuilder.build([...langiumDocuments.all], { validation: false });
    options.onStep?.('link');
    // `bcyt data` reads declarations and data blocks alone: it asks for no checks
    if (options.validation !== false) {
        await shared.workspace.DocumentBuilder.build(requested, { validation: true });
        options.onStep?.('validate');
    }
    return { documents: requested, unreadable };
}

/** Every .bcyt file below a folder, in a stable order (node_modules and dot folders skipped). */
export function bcytFilesUnder(folder: string): string[] {
    const found: string[] = [];
    for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
        if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
        const path = join(folder, entry.name);
        if (entry.isDirectory()) found.push(...bcytFilesUnder(path));
        // any kind of entry: one that is not a regular file (a FIFO, a link to a device) is then named as unreadable
        else if (/\.bcyt$/i.test(entry.name)) found.push(path);
    }
    return found;
}
