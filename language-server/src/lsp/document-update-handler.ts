import { URI, type LangiumDocuments } from 'langium';
import { DefaultDocumentUpdateHandler, type LangiumSharedServices } from 'langium/lsp';
import type { TextDocumentChangeEvent } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';

/**
 * What the editor opens and closes. Editors other than VS Code send every file they open: a
 * `.json`, a `.txt`, an untitled buffer of another language are ignored (Langium would fail on
 * them and end the server). A document that is not a file (an untitled buffer) is forgotten
 * when closed: nothing else would ever remove it, and each one kept its whole tree.
 */
export class BcytDocumentUpdateHandler extends DefaultDocumentUpdateHandler {
    private readonly documents: LangiumDocuments;

    constructor(services: LangiumSharedServices) {
        super(services);
        this.documents = services.workspace.LangiumDocuments;
    }

    override didChangeContent(change: TextDocumentChangeEvent<TextDocument>): void {
        if (this.serviceRegistry.hasServices(URI.parse(change.document.uri))) super.didChangeContent(change);
    }

    didCloseDocument(event: TextDocumentChangeEvent<TextDocument>): void {
        const uri = URI.parse(event.document.uri);
        if (uri.scheme !== 'file' && this.documents.hasDocument(uri)) this.fireDocumentUpdate([], [uri]);
    }
}
