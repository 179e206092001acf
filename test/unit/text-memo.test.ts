import { describe, expect, it } from 'vitest';
import { memoByText } from '../../language-server/src/semantics/text-memo.js';

describe('memoByText', () => {
    it('computes once per text, undefined results included', () => {
        const calls: string[] = [];
        const parse = memoByText(text => { calls.push(text); return /^\d+$/.test(text) ? { value: Number(text) } : undefined; });
        const first = parse('615');
        expect(first).toEqual({ value: 615 });
        expect(parse('615')).toBe(first);
        expect(parse('6a')).toBeUndefined();
        expect(parse('6a')).toBeUndefined();
        expect(calls).toEqual(['615', '6a']);
    });

    it('starts afresh past its limit, and still answers right', () => {
        let calls = 0;
        const double = memoByText(text => { calls++; return text + text; }, 2);
        expect([double('a'), double('b'), double('a')]).toEqual(['aa', 'bb', 'aa']);
        expect(calls).toBe(2);
        expect(double('c')).toBe('cc');
        expect(double('a')).toBe('aa');
        expect(calls).toBe(4);
    });
});
