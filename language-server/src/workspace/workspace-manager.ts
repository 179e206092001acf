import { DefaultWorkspaceManager, type LangiumDocument, type LangiumSharedCoreServices, type Stream, type URI, type WorkspaceFolder } from 'langium';
import type { BuiltinLibrary } from './builtins.js';

/** Loads the built-in starter catalog beside the workspace's own files. */
export class BcytWorkspaceManager extends DefaultWorkspaceManager {
    constructor(services: LangiumSharedCoreServices, private readonly builtins: BuiltinLibrary) {
        super(services);
    }

    protected override async loadAdditionalDocuments(
        _folders: WorkspaceFolder[], collector: (document: LangiumDocument) => void,
    ): Promise<void> {
        const factory = this.serviceRegistry.all[0].shared.workspace.LangiumDocumentFactory;
        for (const document of this.builtins.load(this.langiumDocuments, factory)) {
            collector(document);
        }
    }

    /**
     * One file that cannot be read (larger than the limit, gone meanwhile) is left out and
     * named in the server's log; the others load. Langium's own loading would fail the whole
     * workspace, and the server would publish nothing for any file.
     */
    protected override async loadWorkspaceDocuments(uris: Stream<URI>, collector: (document: LangiumDocument) => void): Promise<void> {
        await Promise.all(uris.map(async uri => {
            try {
                collector(await this.langiumDocuments.getOrCreateDocument(uri));
            } catch (error) {
                console.error(`bcyt: ${(error as Error).message}`);
            }
        }));
    }
}
