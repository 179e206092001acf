import {
    DefaultLangiumDocumentFactory, type AstNode, type LangiumDocument, type LangiumSharedCoreServices,
    type ParseResult, type ParserOptions, type URI,
} from 'langium';
import type { CancellationToken } from 'vscode-languageserver';
import type { Model } from '../generated/ast.js';
import { reparseBody } from '../parser/incremental-body.js';
import { scanLimits, type LimitFinding } from './text-limits.js';

// the regions of a parsed text left out for passing a limit, by the root of its tree
const limitFindings = new WeakMap<AstNode, readonly LimitFinding[]>();
const NONE: readonly LimitFinding[] = [];

/** What a document's parse left out for passing a documented limit (text-limits.ts). */
export function limitFindingsOf(root: AstNode | undefined): readonly LimitFinding[] {
    return (root && limitFindings.get(root)) ?? NONE;
}

function remember<T extends AstNode>(result: ParseResult<T>, findings: readonly LimitFinding[]): ParseResult<T> {
    // an incremental parse may keep the root: its findings are those of the new text
    if (findings.length) limitFindings.set(result.value, findings);
    else limitFindings.delete(result.value);
    return result;
}

type MutableDocument<T extends AstNode> = { -readonly [K in keyof LangiumDocument<T>]: LangiumDocument<T>[K] };

/**
 * Updates a changed document by re-parsing only the body lines the change touched when that
 * gives the same tree as a full parse (see parser/incremental-body.ts); otherwise parses all.
 * Every text is first scanned for what passes the documented limits (nesting, operators,
 * size: text-limits.ts), which the parser then sees as blanks.
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

    protected override parse<T extends AstNode>(uri: URI, text: string, options?: ParserOptions): ParseResult<T> {
        const scanned = scanLimits(text);
        return remember(super.parse<T>(uri, scanned.text, options), scanned.findings);
    }

    protected override async parseAsync<T extends AstNode>(uri: URI, text: string, cancellationToken: CancellationToken): Promise<ParseResult<T>> {
        const scanned = scanLimits(text);
        const previous = this.previous.get(uri.toString());
        if (previous) {
            const parser = this.serviceRegistry.getServices(uri).parser.LangiumParser;
            const incremental = reparseBody(parser, previous as ParseResult<Model>, scanned.text);
            if (incremental) return remember(incremental as unknown as ParseResult<T>, scanned.findings);
        }
        return remember(await super.parseAsync<T>(uri, scanned.text, cancellationToken), scanned.findings);
    }
}
