import { describe, expect, it } from 'vitest';
import { canonicalTones, comparisonKey, normalizeText, sameText, upperVi } from '../../language-server/src/semantics/vietnamese.js';

const nfd = (s: string) => s.normalize('NFD');

describe('normalizeText', () => {
    it.each([
        ['Thanh Hóa', 'Thanh Hóa'],
        [nfd('Hoằng Hoá'), 'Hoằng Hoá'],
        [nfd('Trạm Y tế xã Hoằng Xuân'), 'Trạm Y tế xã Hoằng Xuân'],
    ])('%j -> %j', (input, expected) => {
        const out = normalizeText(input);
        expect(out).toBe(expected);
        expect(out).toBe(out.normalize('NFC'));
    });

    it('does not move tone marks (that is comparisonKey\'s job)', () => {
        expect(normalizeText('Thanh Hoá')).not.toBe('Thanh Hóa');
    });
});

describe('canonicalTones', () => {
    it.each([
        // oa / oe / uy without a final consonant: the tone goes on the first vowel.
        ['Thanh Hoá', 'Thanh Hóa'],
        ['Hoằng Hoá', 'Hoằng Hóa'],
        ['thuỷ', 'thủy'],
        ['sức khoẻ', 'sức khỏe'],
        ['Uỷ ban nhân dân', 'Ủy ban nhân dân'],
        ['Huyện uỷ', 'Huyện ủy'],
        ['kế hoạch hoá gia đình', 'kế hoạch hóa gia đình'],
        ['KHOẺ', 'KHỎE'],
        ['toà', 'tòa'],
        // Already canonical: unchanged.
        ['Thanh Hóa', 'Thanh Hóa'],
        ['thủy', 'thủy'],
        // With a final consonant the tone stays on the last vowel in both styles.
        ['hoàn thành', 'hoàn thành'],
        ['huỳnh', 'huỳnh'],
        ['hòan', 'hoàn'], // misplaced tone is fixed too
        // Vowels with shape marks carry the tone.
        ['người', 'người'],
        ['tiêu', 'tiêu'],
        ['thuở', 'thuở'],
        ['giữa', 'giữa'],
        // Three-vowel nuclei: middle vowel.
        ['ngoài', 'ngoài'],
        ['khuỷu', 'khuỷu'],
        ['xoáy', 'xoáy'],
        // qu / gi are consonants.
        ['quý', 'quý'],
        ['qúy', 'quý'],
        ['gía', 'giá'],
        ['gì', 'gì'],
        // Other two-vowel nuclei: first vowel.
        ['mùa', 'mùa'],
        // Non-Vietnamese words and symbols stay as they are.
        ['VssID', 'VssID'],
        ['COVID-19', 'COVID-19'],
        ['1300/QĐ-BYT', '1300/QĐ-BYT'],
        ['Iốt', 'Iốt'],
    ])('%j -> %j', (input, expected) => {
        expect(canonicalTones(input)).toBe(expected);
        expect(canonicalTones(nfd(input))).toBe(expected);
    });
});

describe('comparisonKey', () => {
    it.each([
        ['Thanh Hoá', 'thanh hóa'],
        ['  Sở Y tế   Thanh Hóa ', 'sở y tế thanh hóa'],
        ['SỞ Y TẾ THANH HOÁ', 'sở y tế thanh hóa'],
        ['Trung tâm\tY tế\nhuyện Thiệu Hóa', 'trung tâm y tế huyện thiệu hóa'],
        ['ĐẮK SONG', 'đắk song'],
        ['Số trẻ dưới 1 tuổi\u00a0được tiêm chủng đầy đủ', 'số trẻ dưới 1 tuổi được tiêm chủng đầy đủ'],
    ])('%j -> %j', (input, expected) => {
        expect(comparisonKey(input)).toBe(expected);
        expect(comparisonKey(nfd(input))).toBe(expected);
    });
});

describe('sameText', () => {
    it.each([
        ['hoá', 'hóa'],
        ['thuỷ', 'thủy'],
        ['khoẻ', 'khỏe'],
        ['uỷ', 'ủy'],
        ['Thanh Hoá', 'Thanh Hóa'],
        ['Hoằng Hoá', nfd('Hoằng Hóa')],
        ['Uỷ ban nhân dân tỉnh', 'Ủy ban nhân dân tỉnh'],
        ['chăm sóc sức khoẻ sinh sản', 'Chăm sóc sức khỏe  sinh sản'],
        ['Trạm Y tế xã Hoằng Xuân', 'TRẠM Y TẾ XÃ HOẰNG XUÂN'],
    ])('%j = %j', (a, b) => {
        expect(sameText(a, b)).toBe(true);
        expect(sameText(b, a)).toBe(true);
    });

    it.each([
        // Different tones or letters are different words.
        ['hóa', 'hòa'],
        ['trẻ', 'tre'],
        ['người', 'ngươi'],
        ['lượt', 'lược'],
        ['Thiệu Hóa', 'Hoằng Hóa'],
        ['ca', 'cá'],
        ['đồng', 'dong'],
    ])('%j != %j', (a, b) => {
        expect(sameText(a, b)).toBe(false);
    });
});

describe('upperVi', () => {
    it.each([
        ['Sở Y tế Thanh Hóa', 'SỞ Y TẾ THANH HÓA'],
        ['Trung tâm Y tế huyện Hoằng Hóa', 'TRUNG TÂM Y TẾ HUYỆN HOẰNG HÓA'],
        ['Cộng hòa xã hội chủ nghĩa Việt Nam', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
        ['đắk song', 'ĐẮK SONG'],
        [nfd('Độc lập - Tự do - Hạnh phúc'), 'ĐỘC LẬP - TỰ DO - HẠNH PHÚC'],
    ])('%j -> %j', (input, expected) => {
        expect(upperVi(input)).toBe(expected);
    });
});
