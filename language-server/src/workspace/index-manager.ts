import {
    AstUtils, DefaultIndexManager, DefaultReferenceDescriptionProvider, DocumentState, type AstNode, type LangiumDocument,
    type LangiumSharedCoreServices, type ReferenceDescription, type ReferenceInfo, type Stream, type URI,
} from 'langium';

/** The default descriptions, one reference at a time and synchronously (for the lazy index). */
export class BcytReferenceDescriptionProvider extends DefaultReferenceDescriptionProvider {
    describe(info: ReferenceInfo): ReferenceDescription[] {
        return this.createInfoDescriptions(info);
    }
}

/**
 * The reference index (who refers to what) is needed by find references, rename and to know
 * which files a change affects — never by a keystroke's own diagnostics. So it is computed when
 * first asked for, not in every build: a keystroke in a long report no longer pays for indexing
 * its thousands of references.
 */
export class LazyReferenceIndexManager extends DefaultIndexManager {
    private readonly unindexed = new Map<string, LangiumDocument>();

    constructor(private readonly shared: LangiumSharedCoreServices) {
        super(shared);
    }

    override async updateReferences(document: LangiumDocument): Promise<void> {
        const uri = document.uri.toString();
        this.referenceIndex.delete(uri);
        this.unindexed.set(uri, document);
    }

    override removeReferences(uri: URI): void {
        this.unindexed.delete(uri.toString());
        super.removeReferences(uri);
    }

    override findAllReferences(targetNode: AstNode, astNodePath: string): Stream<ReferenceDescription> {
        for (const uri of [...this.unindexed.keys()]) this.index(uri);
        return super.findAllReferences(targetNode, astNodePath);
    }

    override isAffected(document: LangiumDocument, changedUris: Set<string>): boolean {
        this.index(document.uri.toString());
        return super.isAffected(document, changedUris);
    }

    /** Indexes a document's references now, if it is linked (a document being rebuilt is indexed again by its build). */
    private index(uri: string): void {
        const document = this.unindexed.get(uri);
        if (!document || document.state < DocumentState.IndexedReferences) return;
        this.unindexed.delete(uri);
        const provider = this.shared.ServiceRegistry.getServices(document.uri).workspace.ReferenceDescriptionProvider;
        const descriptions: ReferenceDescription[] = [];
        for (const node of AstUtils.streamAst(document.parseResult.value)) {
            for (const info of AstUtils.streamReferences(node)) {
                descriptions.push(...(provider as BcytReferenceDescriptionProvider).describe(info));
            }
        }
        this.referenceIndex.set(uri, descriptions);
    }
}
