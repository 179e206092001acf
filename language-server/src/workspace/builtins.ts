import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { URI, type LangiumDocument, type LangiumDocumentFactory, type LangiumDocuments } from 'langium';

/**
 * The starter catalog (common units, national agencies, national legal documents, health
 * rules) shipped as ordinary .bcyt files and loaded as documents, so that go to definition,
 * hover and completion treat it like any user catalog. Every document sees it without an import.
 */
export class BuiltinLibrary {
    private readonly folder: string | undefined;
    private cachedUris: string[] | undefined;

    constructor(folder?: string) {
        this.folder = folder ?? findBuiltinFolder();
    }

    /** File names of the catalog, in load order. */
    files(): string[] {
        if (!this.folder) return [];
        return readdirSync(this.folder).filter(name => name.endsWith('.bcyt')).sort();
    }

    uris(): string[] {
        this.cachedUris ??= this.files().map(name => this.uriOf(name).toString());
        return this.cachedUris;
    }

    isBuiltin(uri: URI | string): boolean {
        return this.uris().includes(uri.toString());
    }

    /** Creates and registers the catalog documents that are not loaded yet. */
    load(documents: LangiumDocuments, factory: LangiumDocumentFactory): LangiumDocument[] {
        const loaded: LangiumDocument[] = [];
        for (const name of this.files()) {
            const uri = this.uriOf(name);
            if (documents.hasDocument(uri)) continue;
            const text = readFileSync(fileURLToPath(uri.toString()), 'utf8');
            const document = factory.fromString(text, uri);
            documents.addDocument(document);
            loaded.push(document);
        }
        return loaded;
    }

    private uriOf(name: string): URI {
        return URI.parse(pathToFileURL(`${this.folder}/${name}`).toString());
    }
}

/** `language-server/builtins` from the compiled sources or the CLI's bundle, or `builtins/` beside the extension's bundle. */
function findBuiltinFolder(): string | undefined {
    const here = import.meta.url;
    // a bundle's own folder first: a bundle lives far from the sources' relative paths
    const candidates = [
        new URL('./builtins', here),
        new URL('../../../../language-server/builtins', here),
        new URL('../../builtins', here),
        // out/bundle/cli.mjs
        new URL('../../language-server/builtins', here),
    ];
    for (const candidate of candidates) {
        const path = fileURLToPath(candidate);
        if (existsSync(path)) return path;
    }
    return undefined;
}
