import { describe, expect, it } from 'vitest';
import { memoByNode } from '../../language-server/src/evaluation/node-memo.js';

describe('memoByNode', () => {
    it('computes once per node, and again for another node with the same content', () => {
        let calls = 0;
        const length = memoByNode((node: { text: string }) => { calls++; return { length: node.text.length }; });
        const a = { text: 'abc' };
        const first = length(a);
        expect(length(a)).toBe(first);
        expect(calls).toBe(1);
        expect(length({ text: 'abc' })).toEqual(first);
        expect(calls).toBe(2);
    });

    it('remembers an undefined result too', () => {
        let calls = 0;
        const nothing = memoByNode((_node: object) => { calls++; return undefined; });
        const node = {};
        expect(nothing(node)).toBeUndefined();
        expect(nothing(node)).toBeUndefined();
        expect(calls).toBe(1);
    });
});
