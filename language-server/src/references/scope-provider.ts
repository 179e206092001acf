import {
    AstUtils, DefaultScopeProvider, EMPTY_STREAM, MultiMap, stream, WorkspaceCache,
    type AstNodeDescription, type LangiumCoreServices, type ReferenceInfo, type Scope, type Stream,
} from 'langium';
import type { ImportResolver } from '../workspace/imports.js';
import type { BuiltinLibrary } from '../workspace/builtins.js';
import { nameKey } from './names.js';
import { isOrg, Org } from '../generated/ast.js';

/**
 * Names visible in a document: its own declarations, those of the files it imports
 * (transitively) and the built-in starter catalog; never those of unrelated files in the
 * workspace. One map per document and reference type, kept until the workspace changes,
 * so linking stays linear in the size of the file. A name declared both in the starter catalog
 * and by the user means the user's (as a local name hides a library's): an author who declares
 * `indicator luot_kham` has not read the catalog, and means their own.
 */
export class BcytScopeProvider extends DefaultScopeProvider {
    private readonly imports: ImportResolver;
    private readonly builtins: BuiltinLibrary;
    /** document URI → reference type → scope; a two-level map, because a key made of both would be a new string per reference */
    private readonly visibleScopes: WorkspaceCache<string, Map<string, Scope>>;

    constructor(services: LangiumCoreServices & { workspace: { ImportResolver: ImportResolver; Builtins: BuiltinLibrary } }) {
        super(services);
        this.imports = services.workspace.ImportResolver;
        this.builtins = services.workspace.Builtins;
        this.visibleScopes = new WorkspaceCache(services.shared);
    }

    override getScope(context: ReferenceInfo): Scope {
        const referenceType = this.reflection.getReferenceType(context);
        const document = AstUtils.getDocument(context.container);
        const scopes = this.visibleScopes.get(document.uri.toString(), () => new Map());
        let scope = scopes.get(referenceType);
        if (!scope) {
            scope = new NormalizedScope(this.indexManager.allElements(referenceType, this.imports.visibleUris(document)),
                element => this.builtins.isBuiltin(element.documentUri), referenceType === Org.$type ? codeOf : undefined);
            scopes.set(referenceType, scope);
        }
        return scope;
    }
}

/** An org's short code (`code CP`): what an author who has not read the catalog writes for "Chính phủ". */
function codeOf(element: AstNodeDescription): string | undefined {
    return isOrg(element.node) ? element.node.code?.replace(/^"|"$/g, '') : undefined;
}

/**
 * A scope whose lookups compare names by {@link nameKey}. A name declared twice means the
 * declaration that is not of the library (`fromLibrary`), if one is not. With `alsoKnownAs`, a
 * name nothing is declared with means the one element known by it, if there is one
 * (`issuer CP` is `org ChinhPhu "Chính phủ" code CP`; a code several orgs share means none).
 */
export class NormalizedScope implements Scope {
    private readonly byKey = new MultiMap<string, AstNodeDescription>();
    private readonly all: AstNodeDescription[];
    /** made at the first name that misses */
    private byAlias: MultiMap<string, AstNodeDescription> | undefined;

    constructor(elements: Iterable<AstNodeDescription>, private readonly fromLibrary?: (element: AstNodeDescription) => boolean,
        private readonly alsoKnownAs?: (element: AstNodeDescription) => string | undefined) {
        this.all = [...elements];
        for (const element of this.all) {
            this.byKey.add(nameKey(element.name), element);
        }
    }

    getElement(name: string): AstNodeDescription | undefined {
        const found = this.byKey.get(nameKey(name));
        if (!found.length) return this.alsoKnownAs ? this.knownAs(name) : undefined;
        // a second declaration is rare: only then is it asked where each comes from
        return found.length > 1 && this.fromLibrary ? found.find(element => !this.fromLibrary!(element)) ?? found[0] : found[0];
    }

    private knownAs(name: string): AstNodeDescription | undefined {
        if (!this.byAlias) {
            this.byAlias = new MultiMap();
            for (const element of this.all) {
                const alias = this.alsoKnownAs!(element);
                if (alias) this.byAlias.add(nameKey(alias), element);
            }
        }
        const found = this.byAlias.get(nameKey(name));
        return found.length === 1 ? found[0] : undefined;
    }

    getElements(name: string): Stream<AstNodeDescription> {
        const found = this.byKey.get(nameKey(name));
        return found.length ? stream(found) : EMPTY_STREAM;
    }

    getAllElements(): Stream<AstNodeDescription> {
        return stream(this.all);
    }
}
