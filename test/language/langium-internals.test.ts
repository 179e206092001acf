import { createHash } from 'node:crypto';
import {
    CompositeCstNodeImpl, CstNodeBuilder, DefaultLexer, DefaultLinker, DefaultTokenBuilder, EmptyFileSystem, LangiumParser,
    LeafCstNodeImpl, RootCstNodeImpl,
} from 'langium';
import { describe, expect, test } from 'vitest';
import { createBcytServices } from '../../language-server/src/bcyt-module.js';

/**
 * The Langium 4.4 internals the parser and the linker rely on (private or protected there). A
 * Langium upgrade that changes one fails the test that names it, with where it is used.
 */
const { Bcyt } = createBcytServices(EmptyFileSystem);

/** a method's source, whitespace folded: the copies and patches were made against this text */
const digest = (method: unknown) => createHash('sha256').update(String(method).replace(/\s+/g, ' ')).digest('hex').slice(0, 16);

describe('methods copied or patched, unchanged since the copy', () => {
    test.each([
        ['LangiumParser.startImplementation', 'copied with nodes made by newAstNode in parser/ast-node-object.ts', LangiumParser.prototype, 'startImplementation', 'a6bab1b8cd06368c'],
        ['LangiumParser.action', 'copied with nodes made by newAstNode in parser/ast-node-object.ts', LangiumParser.prototype, 'action', '43daf5970876ae9b'],
        ['CstNodeBuilder.addHiddenNodes', 'skipped for no tokens in parser/parser.ts (it then has no effect)', CstNodeBuilder.prototype, 'addHiddenNodes', 'ebdc94d5ad56523a'],
        ['DefaultTokenBuilder.findLongerAlt', 'rewritten with partial patterns made once in parser/token-builder.ts', DefaultTokenBuilder.prototype, 'findLongerAlt', '32ad2eb63a5fa340'],
    ])('%s (%s)', (_, __, owner, method, expected) => {
        expect(digest((owner as unknown as Record<string, unknown>)[method])).toBe(expected);
    });
});

describe('fields and methods used, with their shape', () => {
    const parser = new LangiumParser(Bcyt) as unknown as Record<string, unknown> & { nodeBuilder: Record<string, unknown>; wrapper: object };
    test.each([
        // parser/ast-node-object.ts: what the copies of startImplementation and action use
        ['LangiumParser.stack', () => Array.isArray(parser.stack)],
        ['LangiumParser.current', () => typeof Object.getOwnPropertyDescriptor(LangiumParser.prototype, 'current')?.get === 'function'],
        ['LangiumParser.isRecording, construct, assign', () => ['isRecording', 'construct', 'assign'].every(m => typeof parser[m] === 'function')],
        ['LangiumParser.nodeBuilder.removeNode, buildCompositeNode, appendChild', () => ['removeNode', 'buildCompositeNode', 'appendChild'].every(m => typeof parser.nodeBuilder[m] === 'function')],
        // parser/parser.ts
        ['LangiumParser.nodeBuilder.addHiddenNodes', () => typeof parser.nodeBuilder.addHiddenNodes === 'function'],
        ['LangiumParser.wrapper.input (chevrotain: the last input\'s tokens)', () => 'input' in parser.wrapper],
        // parser/fast/body-builder.ts, incremental-body.ts, parse-in-parts.ts: CST nodes made and moved by hand
        ['LeafCstNodeImpl(offset, length, startLine, startColumn, endLine, endColumn, tokenType)', () => {
            const leaf = new LeafCstNodeImpl(10, 3, 2, 4, 2, 7, Bcyt.parser.Lexer.definition.NUMBER) as unknown as Record<string, number> & LeafCstNodeImpl;
            const before = [leaf.offset, leaf.end, leaf.range.start.line, leaf.range.start.character, leaf.range.end.character];
            leaf._offset += 5;
            leaf._startLine += 1;
            leaf._endLine += 1;
            return JSON.stringify([before, [leaf.offset, leaf.end, leaf.range.start.line, leaf.range.end.line]]) === JSON.stringify([[10, 13, 2, 4, 7], [15, 18, 3, 3]]);
        }],
        ['CompositeCstNodeImpl.content, _rangeCache, astNode, grammarSource', () => {
            const node = new CompositeCstNodeImpl() as unknown as CompositeCstNodeImpl & Record<string, unknown>;
            const leaf = new LeafCstNodeImpl(0, 1, 0, 0, 0, 1, Bcyt.parser.Lexer.definition.NUMBER);
            node.content.push(leaf);
            (leaf as unknown as { container: unknown }).container = node;
            const first = node.range.end.character;
            (leaf as unknown as { _length: number })._length = 2;
            node._rangeCache = undefined;
            return Array.isArray(node.content) && '_rangeCache' in node && '_astNode' in node && first === 1 && node.end === 2;
        }],
        ['RootCstNodeImpl._text, fullText', () => {
            const root = new RootCstNodeImpl('abc') as unknown as RootCstNodeImpl & { _text: string };
            root._text = 'abcd';
            return root.fullText === 'abcd';
        }],
        ['LangiumParser.parse(text, { rule }) (a fragment of the body)', () => {
            const result = Bcyt.parser.LangiumParser.parse('---\n{x}\n', { rule: 'Body' });
            return result.value.$type === 'Body' && result.parserErrors.length === 0;
        }],
        // references/linker.ts, parser/fast/body-builder.ts
        ['DefaultLinker.doLink, buildReference, reflection', () => typeof DefaultLinker.prototype.doLink === 'function'
            && typeof DefaultLinker.prototype.buildReference === 'function' && 'reflection' in Bcyt.references.Linker],
        // parser/lexer.ts
        ['DefaultLexer.tokenTypes', () => Bcyt.parser.Lexer instanceof DefaultLexer && 'NL' in (Bcyt.parser.Lexer as unknown as { tokenTypes: object }).tokenTypes],
        // parser/fast/body-builder.ts: Langium's defaults for absent properties
        ['AstReflection.getTypeMetaData(type).properties[…].defaultValue', () =>
            JSON.stringify(Bcyt.shared.AstReflection.getTypeMetaData('TextLine').properties.parts?.defaultValue) === '[]'],
    ])('%s', (_, holds) => {
        expect(holds()).toBe(true);
    });
});
