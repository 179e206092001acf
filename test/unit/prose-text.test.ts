import { describe, expect, test } from 'vitest';
import type * as ast from '../../language-server/src/generated/ast.js';
import { lineText, PLACEHOLDER } from '../../language-server/src/validation/prose-text.js';
import { comparisonKey } from '../../language-server/src/semantics/vietnamese.js';

// Lines of the seeds (test/fixtures/seeds) and made-up lines of the same shapes; `{}` stands for a `{…}`.
const LINES = [
    'Hoằng Hóa là một huyện đồng bằng ven biển có diện tích 203 km2 với dân số trên 23 vạn dân.',
    'vật chất trang thiết bị vật tư phục vụ công tác chăm sóc sức khoẻ nhân dân chưa',
    'KẾT QUẢ THỰC HIỆN CÔNG TÁC Y TẾ 03 THÁNG ĐẦU NĂM VÀ PHƯƠNG HƯỚNG NHIỆM VỤ 09 THÁNG CUỐI NĂM 2024',
    'Trong tháng 6 đã tiêm {} trẻ, so với cùng kỳ năm 2023 là {} trẻ.',
    'Tính đến ngày 31/3/2024 tổng số mũi tiêm trong huyện là {} liều (đạt {}%).',
    'Uỷ ban nhân dân huyện Hoằng Hoá; Sở Y tế Thanh Hoá: Ⅳ. Nhiệm vụ quý Ⅱ',
    '',
    '   ',
    '{}',
];

/** The plain definition the key follows: each word by its comparison key, every other character in lower case, one by one. */
function plainKey(text: string): { key: string; origin: number[] } {
    let key = '';
    const origin: number[] = [];
    let at = 0;
    const copy = (to: number) => {
        for (; at < to; at++) {
            key += text[at].toLowerCase();
            origin.push(at);
        }
    };
    for (const m of text.matchAll(/[\p{L}\p{M}]+/gu)) {
        copy(m.index);
        const word = comparisonKey(m[0]);
        for (let i = 0; i < word.length; i++) origin.push(word.length === m[0].length ? m.index + i : m.index);
        key += word;
        at = m.index + m[0].length;
    }
    copy(text.length);
    origin.push(text.length);
    return { key, origin };
}

/** A line's parts: its text chunks, and a `{…}` for each `{}` (only `$type` and `text` are read). */
function partsOf(line: string): ast.Inline[] {
    const parts: ast.Inline[] = [];
    line.split('{}').forEach((text, i) => {
        if (i > 0) parts.push({ $type: 'InlineExpression' } as ast.Inline);
        if (text) parts.push({ $type: 'TextChunk', text } as ast.Inline);
    });
    return parts;
}

describe('lineText: the search key of a line and where each of its characters comes from', () => {
    const cases = LINES.flatMap(line => [['NFC', line], ['NFD', line.normalize('NFD')], ['tones moved', line.replaceAll('hóa', 'hoá')]]);
    test.each(cases)('%s: %j', (_form, line) => {
        const read = lineText(partsOf(line));
        const plain = plainKey(read.text);
        expect(read.text).toBe(line.replaceAll('{}', PLACEHOLDER));
        expect(read.key).toBe(plain.key);
        for (let k = -1; k <= plain.key.length + 1; k++) {
            expect(read.textIndex(k)).toBe(plain.origin[Math.max(0, Math.min(k, plain.origin.length - 1))]);
        }
        expect(read.placeholders.map(p => p.keyIndex)).toEqual([...plain.key.matchAll(new RegExp(PLACEHOLDER, 'g'))].map(m => m.index));
    });
});
