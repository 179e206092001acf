import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AstUtils, EmptyFileSystem, type AstNode } from 'langium';
import { describe, expect, test } from 'vitest';
import { createBcytServices } from '../../language-server/src/bcyt-module.js';
import { newAstNode } from '../../language-server/src/parser/ast-node-object.js';
import { EXAMPLES } from '../lsp/lsp-helpers.js';

describe('AST nodes are plain objects, whichever parser made them', () => {
    test('a new node is a plain object holding only its $type', () => {
        const node = newAstNode('TextChunk');
        expect(Object.getPrototypeOf(node)).toBe(Object.prototype);
        expect(Object.keys(node)).toEqual(['$type']);
        expect(JSON.parse(JSON.stringify(node))).toEqual({ $type: 'TextChunk' });
    });

    test('every node of a seed (header by Langium, body and data by hand) has the prototype of a literal', () => {
        const parser = createBcytServices(EmptyFileSystem).Bcyt.parser.LangiumParser;
        const text = readFileSync(join(EXAMPLES, '001-bao-cao-hoang-hoa-quy-1-2024.bcyt'), 'utf8');
        const nodes: AstNode[] = [...AstUtils.streamAst(parser.parse(text).value)];
        expect(nodes.length).toBeGreaterThan(1000);
        expect(nodes.filter(node => Object.getPrototypeOf(node) !== Object.prototype)).toEqual([]);
        // both parsers at work: a declaration (Langium) and body lines (by hand)
        expect(nodes.some(node => node.$type === 'Indicator' || node.$type === 'DataBlock')).toBe(true);
        expect(nodes.some(node => node.$type === 'TextChunk')).toBe(true);
    });
});
