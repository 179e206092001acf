import {
    DefaultLangiumDocumentFactory, type AstNode, type LangiumDocument, type LangiumSharedCoreServices,
    type ParseResult, type URI,
} from 'langium';
import type { CancellationToken } from 'vscode-languageserver';
import type { Model } from '../generated/ast.js';
import { reparseChangedLines } from '../parser/fast/index.js';

type MutableDocument<T extends AstNode> = { -readonly [K in keyof LangiumDocument<T>]: LangiumDocument<T>[K] };

/**
 * Updates a changed document by re-parsing only the body lines the change touched when that
 * gives the same tree as a full parse (see parser/fast/incremental-body.ts); otherwise parses all.
 */
export class BcytDocumentFactory extends DefaultLangiumDocumentFactory {
    /** The parse result a document had before the update in progress, by URI. */
    private readonly previous = new Map<string, ParseResult<AstNode>>();

    constructor(services: LangiumSharedCoreServices) {
        super(services);
    }

    override async update<T extends AstNode = AstNode>(document: MutableDocument<T>, cancellationToken: CancellationToken): Promise<LangiumDocument<T>> {
        const key = document.uri.toString();
        this.previous.set(key, document.parseResult);
        try {
            return await super.update(document, cancellationToken);
        } finally {
            this.previous.delete(key);
        }
    }

    protected override parseAsync<T extends AstNode>(uri: URI, text: string, cancellationToken: CancellationToken): Promise<ParseResult<T>> {
        const previous = this.previous.get(uri.toString());
        if (previous) {
            const parser = this.serviceRegistry.getServices(uri).parser.LangiumParser;
            const incremental = reparseChangedLines(parser, previous as ParseResult<Model>, text);
            if (incremental) return Promise.resolve(incremental as unknown as ParseResult<T>);
        }
        return super.parseAsync(uri, text, cancellationToken);
    }
}
