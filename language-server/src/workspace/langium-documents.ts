import { DefaultLangiumDocuments, type LangiumDocument, type URI } from 'langium';

/**
 * Langium's documents with a map by URI string in front of its URI trie: the trie splits and
 * normalises the URI on every lookup, and the import walk, the scopes and the evaluation look
 * up every visible document of every document (a chain of 2 000 imports: millions of lookups).
 * Lookups the map cannot answer go to the trie; any removal empties the map.
 */
export class BcytLangiumDocuments extends DefaultLangiumDocuments {
    private readonly byUri = new Map<string, LangiumDocument>();

    override addDocument(document: LangiumDocument): void {
        super.addDocument(document);
        this.byUri.set(document.uri.toString(), document);
    }

    override getDocument(uri: URI): LangiumDocument | undefined {
        const key = uri.toString();
        const known = this.byUri.get(key);
        if (known) return known;
        const found = super.getDocument(uri);
        if (found) this.byUri.set(key, found);
        return found;
    }

    override hasDocument(uri: URI): boolean {
        return this.byUri.has(uri.toString()) || super.hasDocument(uri);
    }

    override deleteDocument(uri: URI): LangiumDocument | undefined {
        this.byUri.clear();
        return super.deleteDocument(uri);
    }

    override deleteDocuments(folder: URI): LangiumDocument[] {
        this.byUri.clear();
        return super.deleteDocuments(folder);
    }
}
