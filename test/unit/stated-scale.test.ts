import { describe, expect, test } from 'vitest';
import { boundWordBefore, multipliedUnit, startsWithWord } from '../../language-server/src/semantics/stated-scale.js';

/** The words before a number, as real reports write them, and the bound they say (undefined: none, the number is exact). */
describe('what the words before a number say of it', () => {
    test.each([
        // bounds and approximations
        ['Tỷ lệ tiêm chủng đầy đủ đạt trên ', false, 'above'],
        ['phấn đấu chiếm trên ', false, 'above'],
        ['năm 2024 có trên ', false, 'above'],
        ['Số ca mắc giảm còn dưới ', false, 'below'],
        ['Tổng số lượt khám gần ', false, 'near'],
        ['ước khoảng ', false, 'about'],
        ['đạt trên ', true, 'above'],
        ['trên ', false, 'above'],
        // "X trên Y": out of, after a number of the clause
        [' trên ', true, undefined],
        [' cơ sở trên ', true, undefined],
        [' trẻ tử vong trên ', true, undefined],
        ['có 42 trẻ tử vong trên ', false, undefined],
        ['Kiểm tra 500 trên ', false, undefined],
        // a year is not what is counted
        ['Năm 2024 trên ', false, 'above'],
        // too far from the value before it to belong to it
        [' lượt, trong đó số người bệnh điều trị trên ', true, 'above'],
    ])('"%s" (after a {…}: %s) → %s', (before, valueBefore, expected) => {
        expect(boundWordBefore(before, valueBefore)).toBe(expected);
    });
});

/** Units declared with their multiplier in the name, as money and population are often kept. */
describe('a unit named with its multiplier', () => {
    test.each([
        ['triệu đồng', { multiplier: 1_000_000, counts: 'đồng' }],
        ['Tỷ đồng', { multiplier: 1_000_000_000, counts: 'đồng' }],
        ['nghìn người', { multiplier: 1000, counts: 'người' }],
        ['ngàn lượt', { multiplier: 1000, counts: 'lượt' }],
        ['vạn dân', { multiplier: 10_000, counts: 'dân' }],
        ['đồng', undefined],
        ['triệu', undefined],
        ['người bệnh', undefined],
        ['nghìnđồng', undefined],
    ])('"%s" → %o', (name, expected) => {
        expect(multipliedUnit(name)).toEqual(expected);
    });

    test.each([
        [' đồng.', 'đồng', true],
        ['  Đồng, trong đó', 'đồng', true],
        [' đồng', 'đồng', true],
        [' đồngx', 'đồng', false],
        [' triệu đồng', 'đồng', false],
        ['', 'đồng', false],
    ])('"%s" starts with the word "%s": %s', (text, word, expected) => {
        expect(startsWithWord(text, word)).toBe(expected);
    });
});
