import { describe, expect, test } from 'vitest';
import { check } from '../helpers.js';
import { checkCodes, findings, report } from './seed-report.js';

describe('period-invalid: periods and dates that cannot exist', () => {
    test.each([
        ['Q5/2024 in a data block', 'data TTYT Q5/2024 {\n  tre_sinh = 746\n}', '', ['period-invalid Q5/2024']],
        ['T13/2024 in a target block', 'target TTYT T13/2024 {\n  tre_sinh = 746\n}', '', ['period-invalid T13/2024']],
        ['T9-T3/2024: a range running backwards', 'data TTYT T9-T3/2024 {\n  tre_sinh = 746\n}', '', ['period-invalid T9-T3/2024']],
        ['H3/2024 in prose after @', '', '{tre_sinh @ H3/2024}', ['period-invalid H3/2024']],
        ['31/2/2024 as a legal date', 'legal "12/QĐ-BYT" type "Quyết định" date 31/2/2024 issuer BYT', '', ['period-invalid 31/2/2024']],
        ['29/2/2023 (not a leap year)', 'org X "X" replaces TTYT from 29/2/2023', '', ['period-invalid 29/2/2023']],
        ['valid: Q1/2024, T4-T12/2024, 9T/2024, ..30/11/2023, 29/2/2024', 'data TTYT T4-T12/2024 {\n  tre_sinh = 1\n}\ndata TTYT 9T/2024 {\n  tre_sinh = 2\n}\ndata TTYT ..30/11/2023 {\n  tre_sinh = 3\n}\nlegal "12/QĐ-BYT" type "Quyết định" date 29/2/2024 issuer BYT', '', []],
    ])('%s', async (_name, declarations, body, expected) => {
        expect(await checkCodes(report(declarations, body), ['period-invalid'])).toEqual(expected);
    });

    test('the message comes from the period reader', async () => {
        const checked = await check(report('data TTYT Q5/2024 {\n  tre_sinh = 746\n}', ''));
        expect(findings(checked, ['period-invalid'])[0].message).toBe('Kỳ "Q5/2024" không hợp lệ: quý phải từ 1 đến 4 (Q1–Q4)');
        const date = await check(report('legal "12/QĐ-BYT" type "Quyết định" date 31/2/2024 issuer BYT', ''));
        expect(findings(date, ['period-invalid'])[0].message).toBe('Ngày 31/2/2024 không tồn tại: tháng 2 năm 2024 có 29 ngày');
    });
});

describe('date-before-period-end: a report dated before its period ends', () => {
    test.each([
        ['001: dated 14/4/2024 for Q1/2024', 'report BC issuer TTYT period Q1/2024 date 14/4/2024', []],
        ['dated 25/3/2024 for Q1/2024', 'report BC issuer TTYT period Q1/2024 date 25/3/2024', ['date-before-period-end 25/3/2024']],
        ['dated "tháng 3 năm 2024" (day blank: the month\'s end) for Q1/2024', 'report BC issuer TTYT period Q1/2024 date T3/2024', []],
        ['dated "tháng 2 năm 2024" for Q1/2024', 'report BC issuer TTYT period Q1/2024 date T2/2024', ['date-before-period-end T2/2024']],
        ['003: an article of 3/1/2024 on 2023', 'article Tin issuer TTYT period 2023 date 3/1/2024', []],
        ['002: a plan for 2024 dated in January 2024', 'plan KH issuer TTYT period 2024 date T1/2024', []],
        ['a report for the year until 30/11, dated in December', 'report BC issuer TTYT period ..30/11/2023 date 05/12/2023', []],
    ])('%s', async (_name, header, expected) => {
        expect(await checkCodes(report('', '', header), ['date-before-period-end'])).toEqual(expected);
    });

    test('the message names the date, the period and its end', async () => {
        const checked = await check(report('', '', 'report BC issuer TTYT period Q1/2024 date 25/3/2024'));
        expect(findings(checked, ['date-before-period-end'])[0].message).toBe('Ngày văn bản 25/3/2024 trước khi kỳ báo cáo (quý I năm 2024) kết thúc ngày 31/3/2024');
    });
});
