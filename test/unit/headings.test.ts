import { describe, expect, test } from 'vitest';
import {
    chooseReading, formatNumber, fromRoman, nextReading, parseHeadingNumber, toRoman,
} from '../../language-server/src/semantics/headings.js';

describe('heading numbers as the seeds write them', () => {
    test.each([
        ['PHẦN THỨ NHẤT', 'part', 1, 'PHẦN THỨ NHẤT', ''],
        ['PHẦN II', 'part', 2, 'PHẦN II', ''],
        ['I.  ĐẶC ĐIỂM TÌNH HÌNH.', 'roman', 1, 'I.', 'ĐẶC ĐIỂM TÌNH HÌNH.'],
        ['VI. TỔ CHỨC THỰC HIỆN', 'roman', 6, 'VI.', 'TỔ CHỨC THỰC HIỆN'],
        ['A. CHỦ ĐỀ CÔNG TÁC CỦA NĂM 2024:', 'upper', 1, 'A.', 'CHỦ ĐỀ CÔNG TÁC CỦA NĂM 2024:'],
        ['6.1. Công tác tiêm chủng mở rộng.', 'decimal', 1, '6.1.', 'Công tác tiêm chủng mở rộng.'],
        ['6.14  Công tác xét nghiệm:', 'decimal', 14, '6.14', 'Công tác xét nghiệm:'],
        ['a) *Nguyên nhân chủ quan*', 'lower', 1, 'a)', 'Nguyên nhân chủ quan'],
        ['đ) Mục năm', 'lower', 5, 'đ)', 'Mục năm'],
        ['**2. Thời gian gửi báo cáo:**', 'decimal', 2, '2.', 'Thời gian gửi báo cáo:'],
    ])('%s', (text, scheme, value, number, title) => {
        const parsed = parseHeadingNumber(text)!;
        expect([parsed.readings[0].scheme, parsed.readings[0].value, parsed.text, parsed.title]).toEqual([scheme, value, number, title]);
    });

    test.each(['ĐẶC ĐIỂM TÌNH HÌNH VÀ KẾT QUẢ THỰC HIỆN', 'Mục tiêu chung', '2024 là năm', 'Covid-19'])('unnumbered: %s', (text) => {
        expect(parseHeadingNumber(text)).toBeUndefined();
    });

    test('"C." and "D." are letters after "B.", "I." a numeral first', () => {
        const b = chooseReading(parseHeadingNumber('B. QUAN ĐIỂM')!, undefined);
        const c = chooseReading(parseHeadingNumber('C. MỤC TIÊU')!, b);
        expect(c).toEqual({ scheme: 'upper', value: 3 });
        expect(chooseReading(parseHeadingNumber('I. MỤC')!, undefined)).toEqual({ scheme: 'roman', value: 1 });
        expect(chooseReading(parseHeadingNumber('I. MỤC')!, { scheme: 'upper', value: 8 })).toEqual({ scheme: 'upper', value: 9 });
    });

    test('a list letter follows in the Vietnamese order (d, đ, e, g) and in the Latin one (d, e, f, g)', () => {
        const follow = (...letters: string[]) => {
            let reading = chooseReading(parseHeadingNumber(`${letters[0]}) Mục`)!, undefined);
            return letters.slice(1).map(letter => {
                const next = chooseReading(parseHeadingNumber(`${letter}) Mục`)!, reading);
                const continues = next.scheme === reading.scheme && next.value === reading.value + 1;
                reading = next;
                return continues;
            });
        };
        expect(follow('c', 'd', 'đ', 'e', 'g', 'h')).toEqual([true, true, true, true, true]);
        expect(follow('c', 'd', 'e', 'f', 'g', 'h')).toEqual([true, true, true, true, true]);
        expect(follow('b', 'd')).toEqual([false]);
        expect(follow('đ', 'g')).toEqual([false]);
    });

    test('the next number, in the style written', () => {
        const d = parseHeadingNumber('D. NHIỆM VỤ')!;
        expect(formatNumber(nextReading({ scheme: 'upper', value: 4 }), d)).toBe('E.');
        const n = parseHeadingNumber('6.13. Chăm sóc')!;
        expect(formatNumber(nextReading(n.readings[0]), n)).toBe('6.14.');
        const part = parseHeadingNumber('PHẦN THỨ NHẤT')!;
        expect(formatNumber(nextReading(part.readings[0]), part)).toBe('PHẦN THỨ HAI');
    });

    test('roman numerals', () => {
        expect([fromRoman('IV'), fromRoman('XIV'), fromRoman('IIII'), toRoman(9), toRoman(14)]).toEqual([4, 14, undefined, 'IX', 'XIV']);
    });
});
