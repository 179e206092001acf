import { DefaultWorkspaceManager, type LangiumDocument, type LangiumSharedCoreServices, type WorkspaceFolder } from 'langium';
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
}
