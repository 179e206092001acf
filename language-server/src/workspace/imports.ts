import { UriUtils, URI, WorkspaceCache, type LangiumDocument, type LangiumDocuments, type LangiumSharedCoreServices } from 'langium';
import type { Model } from '../generated/ast.js';
import { memoByObject } from '../semantics/object-memo.js';
import type { BuiltinLibrary } from './builtins.js';

/** An `import "…"` of a document: the path as written and the file it names. */
export interface ImportTarget {
    readonly path: string;
    readonly uri: URI;
    /** the URI as a string, the key of LangiumDocuments */
    readonly key: string;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * The URI an import path names, with `.bcyt` added when the path has no extension. Half a
 * surrogate pair, which no file name holds, becomes U+FFFD: a URI with one cannot be written.
 */
function resolveImport(from: URI, written: string): URI {
    const path = written.replace(LONE_SURROGATE, '\uFFFD');
    const withExtension = /\.bcyt$/i.test(path) ? path : `${path}.bcyt`;
    return UriUtils.resolvePath(UriUtils.dirname(from), withExtension);
}

// once per parsed tree: a re-parse makes a new Model; every check and every link asks again
const targetsOf = memoByObject((model: Model): readonly ImportTarget[] => {
    const from = model.$document!.uri;
    return (model.imports ?? []).filter(i => i.path).map(i => {
        const uri = resolveImport(from, i.path);
        return { path: i.path, uri, key: uri.toString() };
    });
});

/**
 * Resolves `import "…"` paths (relative to the importing file, `.bcyt` optional) and the set
 * of documents whose declarations a document can see. Each document's imports are resolved
 * once per parse and its visible set once per workspace state, so a workspace of files that
 * all import each other costs each document one walk over the import graph, not one per
 * reference or check.
 */
export class ImportResolver {
    private visible?: WorkspaceCache<string, Set<string>>;

    constructor(
        private readonly documents: () => LangiumDocuments,
        private readonly builtins: BuiltinLibrary,
        private readonly shared: () => LangiumSharedCoreServices,
    ) {}

    /** The URI an import path names, with `.bcyt` added when the path has no extension. */
    resolve(from: URI, path: string): URI {
        return resolveImport(from, path);
    }

    /** The imports of a document, and whether each is loaded (for `unresolved-reference`). */
    importTargets(document: LangiumDocument): Array<{ path: string; uri: URI; loaded: boolean }> {
        const documents = this.documents();
        return this.targets(document).map(({ path, uri }) => ({ path, uri, loaded: documents.hasDocument(uri) }));
    }

    /** Forgets the visible sets: documents were loaded during a build (workspace/document-builder.ts). */
    forgetVisible(): void {
        this.visible?.clear();
    }

    /**
     * The built-in catalog, everything the document imports transitively, then the document
     * itself: a name declared twice is reported in the later of the two.
     */
    visibleUris(document: LangiumDocument): Set<string> {
        this.visible ??= new WorkspaceCache(this.shared());
        return this.visible.get(document.uri.toString(), () => this.walk(document));
    }

    private walk(document: LangiumDocument): Set<string> {
        const self = document.uri.toString();
        const imported = new Set<string>();
        const documents = this.documents();
        const pending: LangiumDocument[] = [document];
        // breadth first, each document and each import once: the order is the import order
        for (let next = 0; next < pending.length; next++) {
            for (const target of this.targets(pending[next])) {
                if (target.key === self || imported.has(target.key)) continue;
                const loaded = documents.getDocument(target.uri);
                if (!loaded) continue;
                imported.add(target.key);
                pending.push(loaded);
            }
        }
        return new Set([...this.builtins.uris(), ...imported, self]);
    }

    private targets(document: LangiumDocument): readonly ImportTarget[] {
        const model = document.parseResult.value as Model;
        // a tree made by hand (tests) may lack its document link
        return model.$document ? targetsOf(model) : (model.imports ?? []).filter(i => i.path).map(i => {
            const uri = resolveImport(document.uri, i.path);
            return { path: i.path, uri, key: uri.toString() };
        });
    }
}

export { URI };
