import { describe, expect, test } from 'vitest';
import { check } from '../helpers.js';
import { checkCodes, findings, report } from './seed-report.js';

const CODES = ['recipients-wording'];

/** A document of a kind with the given "Nơi nhận" lines. */
const withCopies = (kind: string, ...copies: string[]) =>
    report('', 'Văn bản.', `${kind} VB issuer TTYT date 14/4/2024\n  cc ${copies.map(c => JSON.stringify(c)).join(' ')}`);

describe('recipients-wording: "Nơi nhận" lines of another kind of document', () => {
    test.each([
        ['000: "Như quyết định" in a công văn', withCopies('letter', 'Như quyết định', 'Lưu VT, HCTH'), ['recipients-wording Như quyết định']],
        ['with a dash and a semicolon', withCopies('report', '- Như quyết định;', '- Lưu: VT.'), ['recipients-wording Như quyết định']],
        ['"Như Điều 3" in a kế hoạch', withCopies('plan', 'Như Điều 3;', 'Lưu: VT, HCTH'), ['recipients-wording Như Điều 3']],
        ['"Như QĐ" in a báo cáo', withCopies('report', 'Như QĐ;'), ['recipients-wording Như QĐ']],
        ['lower case', withCopies('letter', 'như quyết định;'), ['recipients-wording như quyết định']],
        ['004: "Như trên;" in a công văn', withCopies('letter', 'Như trên;', 'Lãnh đạo Sở Y tế;', 'Lưu: VT, KHTC.'), []],
        ['"Như Kính gửi"', withCopies('letter', 'Như Kính gửi;', 'Lưu: VT.'), []],
        ['001: a báo cáo\'s list', withCopies('report', 'Văn phòng Sở y tế (B/c);', 'VP huyện uỷ, UBND huyện (B/c);', 'Lưu: VT, HCTH.'), []],
        ['a recipient named after a decision', withCopies('letter', 'Các đơn vị có tên tại Quyết định số 12/QĐ-SYT;'), []],
        ['"Như quyết định" inside a line is not its start', withCopies('letter', 'Các xã (như quyết định giao);'), []],
    ])('%s', async (_name, text, expected) => {
        expect(await checkCodes(text, CODES)).toEqual(expected);
    });

    test('the message names the words and the kind; the fix writes "Như trên" and keeps the rest', async () => {
        const checked = await check(withCopies('letter', '- Như quyết định;'));
        const diagnostic = checked.diagnostics().find(d => d.code === 'recipients-wording')!;
        expect(diagnostic.message).toBe('Nơi nhận "Như quyết định" là cách viết của quyết định; công văn này viết "Như trên" (hoặc "Như Kính gửi")');
        expect(diagnostic.severity).toBe(2);
        expect((diagnostic.data as { replacement: string }).replacement).toBe('Như trên');
        const english = await check(withCopies('report', 'Như quyết định'), { language: 'en' });
        expect(findings(english, CODES)[0].message).toBe('"Như quyết định" in Nơi nhận is a decision\'s wording; this report writes "Như trên" (or "Như Kính gửi")');
    });

    test('a line written decomposed (NFD) is found, the whole line reported, with no fix', async () => {
        const checked = await check(withCopies('letter', 'Như quyết định;'.normalize('NFD')));
        const diagnostic = checked.diagnostics().find(d => d.code === 'recipients-wording')!;
        expect(diagnostic).toBeDefined();
        expect(diagnostic.data).not.toHaveProperty('replacement');
    });
});
