import { describe, expect, test } from 'vitest';
import { signAfter, verbBefore } from '../../language-server/src/semantics/change-words.js';

/** The words around a change, as real reports write them before and after a number. */
describe('verbBefore: the verb right before a number', () => {
    test.each([
        ['Số trẻ tiêm chủng đầy đủ 703 trẻ, tăng ', 'increase', 'tăng'],
        ['Tổng số trẻ sinh là 746 trẻ giảm ', 'decrease', 'giảm'],
        ['so với cùng kỳ tăng ', 'increase', 'tăng'],
        ['tăng thêm ', 'increase', 'tăng thêm'],
        ['tăng lên ', 'increase', 'tăng lên'],
        ['giảm đi ', 'decrease', 'giảm đi'],
        ['Số ca mắc giảm: ', 'decrease', 'giảm'],
        ['tăng khoảng ', 'increase', 'tăng'],
        ['giảm gần ', 'decrease', 'giảm'],
        ['tăng thêm hơn ', 'increase', 'tăng thêm'],
        ['tăng xấp xỉ ', 'increase', 'tăng'],
        ['đạt ', 'level', 'đạt'],
        ['bằng ', 'level', 'bằng'],
        ['TĂNG ', 'increase', 'TĂNG'],
        ['tăng '.normalize('NFD'), 'increase', 'tăng '.normalize('NFD').trimEnd()],
        ['Giảm  ', 'decrease', 'Giảm'],
    ])('"%s" → %s', (text, direction, written) => {
        const verb = verbBefore(text);
        expect(verb?.direction).toBe(direction);
        expect(verb?.written).toBe(written);
        expect(text.slice(verb!.offset, verb!.offset + verb!.length)).toBe(written);
    });

    test.each([
        ['giảm còn '],
        ['giảm xuống '],
        ['Tốc độ tăng dân số dưới '],
        ['tăng trưởng; đạt được '],
        ['tăng. Tổng số '],
        ['tăng, khoảng '],
        ['tăng ('],
        ['Sơn Tăng là '],
        ['bằng thêm '],
        ['Tăng/giảm '],
        ['tăng / giảm '],
        ['không tăng '],
        ['chưa giảm '],
        [''],
    ])('"%s": no verb right before the number', text => {
        expect(verbBefore(text)).toBeUndefined();
    });
});

describe('signAfter: the sign right after a number', () => {
    test.each([
        ['% so với cùng kỳ', { kind: 'percent', offset: 0, length: 1 }],
        [' % so với cùng kỳ', { kind: 'percent', offset: 1, length: 1 }],
        [' điểm phần trăm so với cùng kỳ', { kind: 'points' }],
        [' Điểm % so với', { kind: 'points' }],
        [' điểm phần trăm'.normalize('NFD'), { kind: 'points' }],
        ['%o', undefined],
        [' trẻ', undefined],
        ['', undefined],
    ])('"%s"', (text, expected) => {
        expect(signAfter(text)).toEqual(expected);
    });
});
