import { describe, expect, test } from 'vitest';
import { wordDiff } from '../../src/review/prose-diff.js';
import { lineSentences, sentenceText } from '../../src/review/words.js';

const sentences = (text: string) => lineSentences({ text, line: 7 });

describe('prose as sentences of words (bcyt diff)', () => {
    test.each([
        // seed 001, lines as written
        ['Trong 3 tháng đầu năm không có mũi tiêm mới.', ['Trong 3 tháng đầu năm không có mũi tiêm mới.']],
        ['- Lãnh đạo Trung tâm thường xuyên quán triệt đầy đủ các nghị quyết. Tăng cường phối hợp với các cấp. Chỉ đạo, xử lý những sai sót chuyên môn kỹ thuật.',
            ['Lãnh đạo Trung tâm thường xuyên quán triệt đầy đủ các nghị quyết.', 'Tăng cường phối hợp với các cấp.', 'Chỉ đạo, xử lý những sai sót chuyên môn kỹ thuật.']],
        ['Hiện tại tổng số cán bộ biên chế là: {cb_tyt = 188} cán bộ. Trong đó: Bác sỹ: {cb_tyt_bac_sy = 39}; Y sỹ: {cb_tyt_y_sy = 103}.',
            ['Hiện tại tổng số cán bộ biên chế là: {cb_tyt = 188} cán bộ.', 'Trong đó: Bác sỹ: {cb_tyt_bac_sy = 39}; Y sỹ: {cb_tyt_y_sy = 103}.']],
        // a figure, a time, a decimal point inside a number do not end a sentence
        ['Tỷ lệ đạt {ty_le_nha_tieu_hvs = 92.3%} so với 85,6 %. tiếp theo thường', ['Tỷ lệ đạt {ty_le_nha_tieu_hvs = 92.3%} so với 85,6 %. tiếp theo thường']],
        ['theo Quyết định [1300/QĐ-BYT|symbol] ngày 09/3/2023 của Bộ Y tế.', ['theo Quyết định [1300/QĐ-BYT|symbol] ngày 09/3/2023 của Bộ Y tế.']],
    ])('%s', (line, expected) => {
        const read = sentences(line);
        expect(read.map(s => sentenceText(s.words))).toEqual(expected);
        expect(read.every(s => s.line === 7)).toBe(true);
    });

    test('a {…} is one word compared without its stated number; a citation, an escape one word each', () => {
        const [sentence] = sentences('Số bài viết là {bai_viet  =  530} bài [23/KH-TTYT|short] \\{ không phải biểu thức');
        expect(sentence.words.map(w => w.key)).toEqual(['Số', 'bài', 'viết', 'là', '{bai_viet}', 'bài', '[23/KH-TTYT|short]', '\\{', 'không', 'phải', 'biểu', 'thức']);
        expect(sentences('là {bai_viet = 430} bài')[0].key).toBe(sentences('là {bai_viet = 530} bài')[0].key);
        expect(sentences('là {bai_viet of plan = 43%} bài')[0].key).not.toBe(sentences('là {bai_viet of prev = 43%} bài')[0].key);
    });

    test('text is compared in NFC: a tone written the other way is not an edit', () => {
        expect(sentences('Thanh Hóa'.normalize('NFD'))[0].key).toBe(sentences('Thanh Hóa')[0].key);
    });

    test('the word diff keeps the spacing as written', () => {
        const [before] = sentences('Kinh tế phát triển theo hướng ({x = 5} bài).');
        const [after] = sentences('Kinh tế tăng trưởng nhanh theo hướng ({x = 7} bài).');
        expect(wordDiff(before.words, after.words)).toEqual([
            { op: '=', text: 'Kinh tế' }, { op: '-', text: ' phát triển' }, { op: '+', text: ' tăng trưởng nhanh' },
            { op: '=', text: ' theo hướng ({x = 7} bài).' },
        ]);
    });
});
