import { UriUtils, URI, type LangiumDocument, type LangiumDocuments } from 'langium';
import type { Model } from '../generated/ast.js';
import type { BuiltinLibrary } from './builtins.js';

/**
 * Resolves `import "…"` paths (relative to the importing file, `.bcyt` optional) and the set
 * of documents whose declarations a document can see.
 */
export class ImportResolver {
    constructor(
        private readonly documents: () => LangiumDocuments,
        private readonly builtins: BuiltinLibrary,
    ) {}

    /** The URI an import path names, with `.bcyt` added when the path has no extension. */
    resolve(from: URI, path: string): URI {
        const withExtension = /\.bcyt$/i.test(path) ? path : `${path}.bcyt`;
        return UriUtils.resolvePath(UriUtils.dirname(from), withExtension);
    }

    /** URIs of the imports of a document that are not loaded (for `unresolved-reference`). */
    importTargets(document: LangiumDocument): Array<{ path: string; uri: URI; loaded: boolean }> {
        const model = document.parseResult.value as Model;
        const documents = this.documents();
        return (model.imports ?? []).filter(i => i.path).map(i => {
            const uri = this.resolve(document.uri, i.path);
            return { path: i.path, uri, loaded: documents.hasDocument(uri) };
        });
    }

    /**
     * The built-in catalog, everything the document imports transitively, then the document
     * itself: a name declared twice is reported in the later of the two.
     */
    visibleUris(document: LangiumDocument): Set<string> {
        const self = document.uri.toString();
        const imported = new Set<string>();
        const documents = this.documents();
        const pending: LangiumDocument[] = [document];
        while (pending.length) {
            const current = pending.shift()!;
            for (const target of this.importTargets(current)) {
                const key = target.uri.toString();
                if (target.loaded && key !== self && !imported.has(key)) {
                    imported.add(key);
                    pending.push(documents.getDocument(target.uri)!);
                }
            }
        }
        return new Set([...this.builtins.uris(), ...imported, self]);
    }
}

export { URI };
