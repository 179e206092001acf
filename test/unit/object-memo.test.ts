import { describe, expect, it } from 'vitest';
import { memoByObject } from '../../language-server/src/semantics/object-memo.js';

describe('memoByObject', () => {
    it('computes once per object, and again for another object with the same content', () => {
        let calls = 0;
        const length = memoByObject((node: { text: string }) => { calls++; return { length: node.text.length }; });
        const a = { text: 'abc' };
        const first = length(a);
        expect(length(a)).toBe(first);
        expect(calls).toBe(1);
        expect(length({ text: 'abc' })).toEqual(first);
        expect(calls).toBe(2);
    });

    it('remembers an undefined result too', () => {
        let calls = 0;
        const nothing = memoByObject((_node: object) => { calls++; return undefined; });
        const node = {};
        expect(nothing(node)).toBeUndefined();
        expect(nothing(node)).toBeUndefined();
        expect(calls).toBe(1);
    });
});
