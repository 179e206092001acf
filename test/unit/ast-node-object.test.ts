import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AstUtils, EmptyFileSystem, LangiumParser, type AstNode } from 'langium';
import { describe, expect, test, vi } from 'vitest';
import { createBcytServices } from '../../language-server/src/bcyt-module.js';
import { newAstNode } from '../../language-server/src/parser/ast-node-object.js';
import { BodyParser } from '../../language-server/src/parser/fast/body-parser.js';
import { DataBlockParser } from '../../language-server/src/parser/fast/data-blocks.js';
import { EXAMPLES } from '../lsp/lsp-helpers.js';

describe('AST nodes are plain objects, whichever parser made them', () => {
    test('a new node is a plain object holding only its $type', () => {
        const node = newAstNode('TextChunk');
        expect(Object.getPrototypeOf(node)).toBe(Object.prototype);
        expect(Object.keys(node)).toEqual(['$type']);
        expect(JSON.parse(JSON.stringify(node))).toEqual({ $type: 'TextChunk' });
    });

    test('every node of a seed (header and declarations by Langium, body and data by hand) has the prototype of a literal', () => {
        // the fast path's own readers, watched: this test is about both parsers at work
        const lines = vi.spyOn(BodyParser.prototype, 'parseLine');
        const blocks = vi.spyOn(DataBlockParser.prototype, 'build');
        const parser = createBcytServices(EmptyFileSystem).Bcyt.parser.LangiumParser;
        const text = readFileSync(join(EXAMPLES, '001-bao-cao-hoang-hoa-quy-1-2024.bcyt'), 'utf8')
            .replace(/^import .*\n/m, line => `${line}data TTYT_HoangHoa Q1/2024 {\n  bai_viet = 530\n}\n`);
        const model = parser.parse(text).value;
        const byHand = new Set<AstNode>([
            ...lines.mock.results.flatMap(result => (result.value ? [result.value.node] : [])),
            ...blocks.mock.results.map(result => result.value.node),
        ]);
        lines.mockRestore();
        blocks.mockRestore();
        const nodes: AstNode[] = [...AstUtils.streamAst(model)];
        expect(nodes.filter(node => Object.getPrototypeOf(node) !== Object.prototype)).toEqual([]);
        // Langium's parser made the header and the declarations, with its node-making methods replaced
        expect(Object.hasOwn(parser, 'startImplementation') && Object.hasOwn(parser, 'action')).toBe(true);
        expect(parser.startImplementation).not.toBe(LangiumParser.prototype.startImplementation);
        expect(nodes.some(node => node.$type === 'Document')).toBe(true);
        // the hand-written parsers made the body's blocks and the data block
        const body = model.document!.body!.blocks;
        expect(body.length).toBeGreaterThan(300);
        expect(body.filter(block => !byHand.has(block))).toEqual([]);
        expect(model.elements.filter(element => element.$type === 'DataBlock').every(block => byHand.has(block))).toBe(true);
    });
});
