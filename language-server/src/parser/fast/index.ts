import type { LangiumCoreServices, LangiumParser, ParseResult, ParserOptions } from 'langium';
import type { Model } from '../../generated/ast.js';
import { BodyContext } from './body-builder.js';
import { BodyParser } from './body-parser.js';
import { DataBlockParser } from './data-blocks.js';
import { changedRange, reparseBody } from './incremental-body.js';
import { editSteps } from './edit-steps.js';
import { parseInParts } from './parse-in-parts.js';

/**
 * The fast path: hand-written parsers that build, for the parts of a document that are most of
 * its text, exactly the tree Langium's parser builds (same nodes, CST, grammar sources,
 * references, key order), and a re-parse of only the body lines an edit touched. The grammar
 * (bcyt.langium) stays the one definition of the language: the elements these parsers build are
 * looked up in it at start-up (body-grammar.ts), and a test fails when the grammar gains one they
 * neither handle nor declare they decline (grammar-coverage.ts). What they do not read with
 * certainty they leave to Langium: a syntax error, a string or an escape that may join lines, a
 * lone carriage return, a data block with a comment or two values on a line, a keyword as a name.
 *
 * This module is its one entry point (parser/parser.ts and workspace/document-factory.ts use it).
 * `BCYT_PARSER=langium` turns it off: Langium's parser alone, as Langium builds it.
 */
export function fastPathEnabled(): boolean {
    return process.env.BCYT_PARSER !== 'langium';
}

export type LangiumParse = (input: string, options?: ParserOptions) => ParseResult<Model>;

/** The hand-written parsers of one language's services, made at their first use. */
export class FastPath {
    private parsers: { body: BodyParser; data: DataBlockParser } | undefined;

    constructor(private readonly services: LangiumCoreServices) {}

    /**
     * A whole document: `langiumParse` reads the declarations and the header (the plain data
     * blocks blanked out), the fast path the body's lines and those data blocks, Langium again the
     * body lines it declines. Undefined when Langium must parse the whole text.
     */
    parse(input: string, langiumParse: LangiumParse): ParseResult<Model> | undefined {
        if (!this.parsers) {
            const context = new BodyContext(this.services);
            this.parsers = { body: new BodyParser(context), data: new DataBlockParser(context, this.services) };
        }
        return parseInParts(input, langiumParse, this.parsers);
    }
}

/**
 * The previous tree with only the body lines an edit touched re-parsed (by `parser`) and
 * spliced in; undefined when a full parse is needed, or when the fast path is off.
 */
export function reparseChangedLines(parser: LangiumParser, previous: ParseResult<Model>, text: string): ParseResult<Model> | undefined {
    if (!fastPathEnabled()) return undefined;
    const oldText = previous.value.$cstNode?.root.fullText ?? '';
    const change = changedRange(oldText, text);
    const steps = editSteps(oldText, text, change);
    if (steps.length === 1) return reparseBody(parser, previous, text, change);
    // a change in several places: one place at a time (an undefined step leaves the rest to a full parse)
    let result: ParseResult<Model> | undefined = previous;
    for (const step of steps) {
        result = reparseBody(parser, result, step);
        if (!result) return undefined;
    }
    return result;
}
