import { createLangiumParser, createParser, LangiumParser, type LangiumCoreServices, type ParseResult, type ParserOptions } from 'langium';
import type { Model } from '../generated/ast.js';
import { makeNodesWithConstructor } from './ast-node-object.js';
import { FastPath, fastPathEnabled } from './fast/index.js';

/**
 * Langium's parser, with three changes (none with `BCYT_PARSER=langium`: then Langium's as it is):
 * - its nodes are made as the hand-written parsers make theirs (ast-node-object.ts);
 * - a document's body and its plain data blocks are read by the fast path when it can
 *   (fast/index.ts): Langium parses the rest, then their nodes are put into the tree;
 * - minus a quadratic cost: before every token Langium asks the CST builder to add the hidden
 *   tokens (comments) preceding it, and for a new composite node the builder looks up the node's
 *   index in its parent even when there is nothing to add. The body's blocks are all children of
 *   one node, so each lookup scans every line parsed so far: quadratic in the body's length.
 *   Adding no nodes has no effect, so the call is skipped.
 * The Langium internals these changes rely on are asserted by test/language/langium-internals.test.ts.
 */
export function createBcytParser(services: LangiumCoreServices): LangiumParser {
    if (!fastPathEnabled()) return createLangiumParser(services);
    // createLangiumParser, with the nodes made by a constructor before the rules are built
    const parser = new LangiumParser(services);
    makeNodesWithConstructor(parser);
    createParser(services.Grammar, parser, services.parser.Lexer.definition);
    parser.finalize();
    const builder = (parser as unknown as { nodeBuilder?: { addHiddenNodes?: (tokens: unknown[]) => void } }).nodeBuilder;
    const addHiddenNodes = builder?.addHiddenNodes;
    if (builder && addHiddenNodes) {
        builder.addHiddenNodes = function (tokens: unknown[]): void {
            if (tokens.length > 0) addHiddenNodes.call(this, tokens);
        };
    }
    const parse = parser.parse.bind(parser) as (input: string, options?: ParserOptions) => ParseResult<Model>;
    const wrapper = (parser as unknown as { wrapper?: { input: unknown[] } }).wrapper;
    const langiumParse = (input: string, options?: ParserOptions): ParseResult<Model> => {
        const result = parse(input, options);
        // Chevrotain keeps the last input's tokens until the next parse: let them go
        if (wrapper) wrapper.input = [];
        return result;
    };
    const fast = new FastPath(services);
    parser.parse = ((input: string, options?: ParserOptions) => {
        if (options?.rule) return langiumParse(input, options);
        return fast.parse(input, langiumParse) ?? langiumParse(input);
    }) as LangiumParser['parse'];
    return parser;
}
