import {
    DefaultLangiumDocumentFactory, type AstNode, type LangiumDocument, type LangiumSharedCoreServices,
    type ParseResult, type ParserOptions, type URI,
} from 'langium';
import type { CancellationToken } from 'vscode-languageserver';
import type { Model } from '../generated/ast.js';
import { reparseChangedLines } from '../parser/fast/index.js';
import { declarationBlocks, leaveOut, scanLimits, type LimitFinding, type ScannedText } from './text-limits.js';

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
 * gives the same tree as a full parse (see parser/fast/incremental-body.ts); otherwise parses all.
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
        return this.parseLeavingOut(uri, scanned, reduced => super.parse<T>(uri, reduced, options), true);
    }

    protected override async parseAsync<T extends AstNode>(uri: URI, text: string, cancellationToken: CancellationToken): Promise<ParseResult<T>> {
        const scanned = scanLimits(text);
        const previous = this.previous.get(uri.toString());
        if (previous) {
            const parser = this.serviceRegistry.getServices(uri).parser.LangiumParser;
            const incremental = this.withoutOverflow(uri, () => reparseChangedLines(parser, previous as ParseResult<Model>, scanned.text));
            if (incremental) return remember(incremental as unknown as ParseResult<T>, scanned.findings);
        }
        try {
            return remember(await super.parseAsync<T>(uri, scanned.text, cancellationToken), scanned.findings);
        } catch {
            this.resetParser(uri);
            return this.parseLeavingOut(uri, scanned, reduced => super.parse<T>(uri, reduced), false);
        }
    }

    /**
     * Parses the scanned text. When the parser cannot take it — its error recovery recurses once
     * per broken entry of a block, and a data block of two thousand broken lines exhausts the
     * stack — the largest declaration blocks are left out, one, then two, four … of them, until
     * it can; each is reported (`limit-exceeded`). With nothing left to leave out, the document
     * is not read at all.
     */
    private parseLeavingOut<T extends AstNode>(uri: URI, scanned: ScannedText, parse: (text: string) => ParseResult<T>, tryWhole: boolean): ParseResult<T> {
        if (tryWhole) {
            const whole = this.withoutOverflow(uri, () => parse(scanned.text));
            if (whole) return remember(whole, scanned.findings);
        }
        const blocks = declarationBlocks(scanned.text);
        for (let count = 1; count <= blocks.length; count = count === blocks.length ? count + 1 : Math.min(count * 2, blocks.length)) {
            const reduced = leaveOut(scanned, blocks.slice(0, count), 'errors');
            const result = this.withoutOverflow(uri, () => parse(reduced.text));
            if (result) return remember(result, reduced.findings);
        }
        return remember(parse(''), [...scanned.findings, { kind: 'errors', start: 0, end: scanned.text.length }]);
    }

    /**
     * The result, or undefined when the parser broke down. That is a stack overflow, or what it
     * becomes: Langium's `subrule` builds nodes in a `finally` while the overflow unwinds, pops
     * its node stack empty and throws a TypeError in place of the RangeError (found by fuzzing).
     */
    private withoutOverflow<R>(uri: URI, compute: () => R): R | undefined {
        try {
            return compute();
        } catch {
            this.resetParser(uri);
            return undefined;
        }
    }

    /** A parse the stack ended midway leaves Langium's parser with half-built nodes on its own stack: emptied for the next parse. */
    private resetParser(uri: URI): void {
        const parser = this.serviceRegistry.getServices(uri).parser.LangiumParser as unknown as { stack?: unknown[] };
        if (Array.isArray(parser.stack)) parser.stack.length = 0;
    }
}
