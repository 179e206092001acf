import { describe, expect, test } from 'vitest';
import { findPeriodPhrases } from '../../language-server/src/semantics/period-phrases.js';
import { formatPeriodLiteral } from '../../language-server/src/semantics/periods.js';

/** "phrase → literal" for each period phrase of a lower-case text, the document's year 2024. */
const found = (text: string) => {
    const key = text.toLowerCase();
    return findPeriodPhrases(key, 2024).map(p => `${key.slice(p.start, p.end)} → ${formatPeriodLiteral(p.period)}`);
};

describe('periods named in running prose', () => {
    test.each([
        ['001: Trong 3 tháng đầu năm một số bệnh truyền nhiễm nhóm B xuất hiện', ['3 tháng đầu năm → 3T/2024']],
        ['001: Tính đến ngày 31/3/2024 tổng số mũi tiêm', ['đến ngày 31/3/2024 → ..31/3/2024']],
        ['001: PHƯƠNG HƯỚNG NHIỆM VỤ 9 THÁNG CUỐI NĂM 2024', ['9 tháng cuối năm 2024 → T4-T12/2024']],
        ['Trong tháng 6 đã tiêm', ['tháng 6 → T6/2024']],
        ['tháng 3/2023 và tháng 12 năm 2023', ['tháng 3/2023 → T3/2023', 'tháng 12 năm 2023 → T12/2023']],
        ['quý I/2024, quý II và quý 3 năm 2023', ['quý i/2024 → Q1/2024', 'quý ii → Q2/2024', 'quý 3 năm 2023 → Q3/2023']],
        ['so với cùng kỳ năm 2023', ['năm 2023 → 2023']],
        ['từ tháng 4 đến tháng 8 năm 2024 đã tiêm', ['từ tháng 4 đến tháng 8 năm 2024 → T4-T8/2024']],
        ['số liệu đến hết tháng 6/2024', ['đến hết tháng 6/2024 → ..30/6/2024']],
        // not periods of reporting
        ['004: Quyết định số 1543/QĐ-SYT ngày 26 tháng 12 năm 2022 của Giám đốc Sở Y tế', []],
        ['001: Bộ tiêu chí Quốc gia về y tế xã giai đoạn đến năm 2030', []],
        ['004: giai đoạn I: từ năm 2021 đến năm 2025', []],
        ['004: Kết quả đạt được trong các năm 2021, 2022, 2023', []],
        ['năm 2021-2025 và năm 2021 - 2025', []],
        ['001: Ngay từ đầu năm 2024, đơn vị đã xây dựng kế hoạch', []],
        ['đến cuối năm 2023', []],
        ['trẻ sinh năm 2023', []],
        ['nhiệm kỳ 2020 – 2025; tầm nhìn năm 2030', []],
        ['001: Ngày thầy thuốc Việt Nam 27/2, ngày Quốc tế phụ nữ 8/3', []],
        ['trong 6 tháng, 12 tháng', []],
        ['quý V và tháng 13', []],
        ['hàng tháng, quý, năm', []],
    ])('%s', (text, expected) => {
        expect(found(text)).toEqual(expected);
    });
});
