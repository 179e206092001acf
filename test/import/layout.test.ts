import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { readAppendices, readClosing } from '../../src/import/closing.js';
import { documentKind, documentPeriod } from '../../src/import/fields.js';
import { readHeader } from '../../src/import/header.js';
import { fromSource } from '../../src/import/mapped.js';
import { isHardWrapped, joinLines } from '../../src/import/paragraphs.js';
import { readText } from '../../src/import/read-text.js';
import { splitSentences } from '../../src/import/sentences.js';
import { structure } from '../../src/import/structure.js';

const seed = (name: string) => readText(`${name}.txt`, readFileSync(`test/fixtures/seeds/${name}.txt`, 'utf8'), 'text');
const lines = (text: string) => readText('x.txt', text, 'text').paragraphs;

describe('the Nghị định 30 header', () => {
    test.each([
        ['000_a1fca0587a0e5332', { number: '/CV-TTYT', place: 'Thiệu Hóa', date: 'T12/2023', recipients: ['Các khoa, phòng, trạm y tế xã, thị trấn'],
            subject: 'báo cáo công tác y tế năm 2023, xây dựng kế hoạch mục tiêu, nhiệm vụ năm 2024, tổng kết công tác y tế năm 2023' }, 'letter', '2023'],
        ['001_316d7e0bfbb6ed84', { governing: 'SỞ Y TẾ THANH HOÁ', issuer: 'TRUNG TÂM Y TẾ HOẰNG HOÁ', number: '/BC-TTYT', place: 'Hoằng Hoá', date: '14/4/2024',
            typeLine: 'BÁO CÁO', title: ['KẾT QUẢ THỰC HIỆN CÔNG TÁC Y TẾ 03 THÁNG ĐẦU NĂM', 'VÀ PHƯƠNG HƯỚNG NHIỆM VỤ THÁNG 09 THÁNG CUỐI NĂM 2024'] }, 'report', '3T/2024'],
        ['002_93408b3416f1baa6', { number: '/KH-TTYT', place: 'Thiệu hóa', date: 'T1/2024', typeLine: 'KẾ HOẠCH HÀNH ĐỘNG',
            title: ['Thực hiện hiện Kế hoạch số 01/KH-SYT ngày 01/01/2024', 'của Sở Y tế tỉnh Thanh Hóa'] }, 'plan', undefined],
        ['003_653dcc8e01e3b730', { title: ['Hội nghị tổng kết công tác y tế năm 2023; phương hướng, nhiệm vụ, giải pháp trọng tâm năm 2024'], preamble: 1 }, 'article', '2023'],
        ['004_1b79146656086287', { governing: 'UBND TỈNH KON TUM', issuer: 'SỞ Y TẾ', number: '/SYT-KHTC', place: 'Kon Tum', date: 'T11/2023',
            recipients: ['Các đơn vị trực thuộc Sở Y tế;', 'Các phòng thuộc Sở.'] }, 'letter', '2023'],
    ] as const)('%s', (name, fields, kind, period) => {
        const header = readHeader(seed(name).paragraphs);
        expect(header).toMatchObject(fields);
        expect(documentKind(header).kind).toBe(kind);
        // a plan states targets, not values: no period is read for it
        if (kind !== 'plan') expect(documentPeriod(kind, header)).toBe(period);
    });

    test('a report dated before its period ends covers the year to its date', () => {
        const header = readHeader(lines('SỞ Y TẾ\n\nSố: /BC-SYT\n\nHà Nội, ngày 10 tháng 12 năm 2024\n\nBÁO CÁO\nKẾT QUẢ CÔNG TÁC Y TẾ NĂM 2024\n\nNội dung.'));
        expect(documentPeriod('report', header)).toBe('..10/12/2024');
    });

    test('a letter or article without any header has none', () => {
        expect(readHeader(lines('Căn cứ Quyết định số 1300/QĐ-BYT ngày 09/3/2023 của Bộ Y tế.\n\nNội dung.')).end).toBe(0);
    });
});

describe('the closing and the appendices', () => {
    test.each([
        ['001_316d7e0bfbb6ed84', ['Văn phòng Sở y tế (B/c);', 'VP huyện uỷ, UBND huyện (B/c);', 'Các khoa, phòng và trạm Y tế (Th/h);', 'Lưu: VT, HCTH.'], ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', 'Lê Trọng Tiến'], []],
        ['002_93408b3416f1baa6', ['Sở Y tế (B/c);', 'Ban giám đốc (B/c);', 'Các khoa, phòng(T/h)', 'Trạm Y tế xã, thị trấn (T/h)', 'Lưu: VT, HCTH'], ['GIÁM ĐỐC', 'Lê Lương Khang'],
            [['GIAO CHỈ TIÊU', 'XÃ ĐẠT TIÊU CHÍ QUỐC GIA VỀ Y TẾ NĂM 2024']]],
        ['003_653dcc8e01e3b730', [], ['Kim Ngân'], []],
        ['004_1b79146656086287', ['Như trên;', 'Lãnh đạo Sở Y tế;', 'Trang thông tin điện tử Sở Y tế;', 'Lưu: VT, KHTC.'], ['GIÁM ĐỐC', 'Võ Văn Thanh'],
            [['ĐỀ CƯƠNG BÁO CÁO', 'đánh giá kết quả thực hiện công tác y tế năm 2023 và phương hướng, nhiệm vụ năm 2024']]],
    ] as const)('%s', (name, copies, signer, appendices) => {
        const { paragraphs } = seed(name);
        const closing = readClosing(paragraphs, readHeader(paragraphs).end)!;
        expect(closing).toMatchObject({ copies, signer });
        expect(readAppendices(paragraphs, closing.end).map(a => [a.label, a.title])).toEqual(appendices);
    });

    test('"Nơi nhận:" inside the text, with words after it, is not the closing', () => {
        const { paragraphs } = seed('004_1b79146656086287');
        const closing = readClosing(paragraphs, 0)!;
        expect(paragraphs[closing.start].text).toBe('***Nơi nhận:***');
    });
});

describe('paragraphs from lines', () => {
    test('a hard-wrapped copy (seed 001) is joined where sentences go on; a copy with a paragraph a line is not', () => {
        expect(isHardWrapped(seed('001_316d7e0bfbb6ed84').paragraphs)).toBe(true);
        for (const name of ['000_a1fca0587a0e5332', '002_93408b3416f1baa6', '004_1b79146656086287']) expect(isHardWrapped(seed(name).paragraphs)).toBe(false);
    });

    test.each([
        // a wrapped heading and its year; a sentence over three lines; a list that goes on after ":" and ";"
        ['II. KẾT QUẢ THỰC HIỆN CÔNG TÁC Y TẾ 03 THÁNG ĐẦU NĂM \n\n2024.  \n\n1. Công tác lãnh đạo, chỉ đạo.', true,
            ['II. KẾT QUẢ THỰC HIỆN CÔNG TÁC Y TẾ 03 THÁNG ĐẦU NĂM 2024.', '1. Công tác lãnh đạo, chỉ đạo.']],
        ['Mũi 3: 36.724 liều; Mũi nhắc lại lần 1: \n\n103.236; Mũi bổ sung: 16.331 liều.', true, ['Mũi 3: 36.724 liều; Mũi nhắc lại lần 1: 103.236; Mũi bổ sung: 16.331 liều.']],
        ['PHẦN II \n\nPHƯƠNG HƯỚNG NHIỆM VỤ 9 THÁNG CUỐI  NĂM 2024', true, ['PHẦN II', 'PHƯƠNG HƯỚNG NHIỆM VỤ 9 THÁNG CUỐI NĂM 2024']],
        ['Số bài viết là 530 bài so với cùng kỳ là 464 bài.        \n\nTrong đó: về dịch là 176 bài.', true, ['Số bài viết là 530 bài so với cùng kỳ là 464 bài. Trong đó: về dịch là 176 bài.']],
        // a page break in a copy with a paragraph a line: the next line starts in lower case
        ['- Siết chặt kỷ cương, đạo đức nghề nghiệp,\n\nhành vi xâm hại đến nhân phẩm.\n\nTiếp theo.', false, ['- Siết chặt kỷ cương, đạo đức nghề nghiệp, hành vi xâm hại đến nhân phẩm.', 'Tiếp theo.']],
        ['Thiệu hóa, ngày tháng 01 năm 2024\n\nKẾ HOẠCH HÀNH ĐỘNG', false, ['Thiệu hóa, ngày tháng 01 năm 2024', 'KẾ HOẠCH HÀNH ĐỘNG']],
    ] as const)('%s', (text, hard, expected) => {
        const source = lines(text);
        expect(joinLines(source, 0, source.length, hard).map(p => p.text.text)).toEqual(expected);
    });
});

describe('headings: numbered sequences read as headings or as numbered paragraphs', () => {
    const blocks = (text: string) => {
        const source = lines(text);
        return structure(joinLines(source, 0, source.length, false)).map(b => b.kind === 'heading' ? `${'#'.repeat(b.level)} ${b.text.text}` : b.kind === 'item' ? `${b.marker} ${b.text.text}` : b.kind === 'prose' ? b.text.text : '|');
    };

    test('seed 001: "1. Nhiệm vụ." heads a numbered list of its own style, which is no heading', () => {
        expect(blocks([
            'II. NHIỆM VỤ VÀ GIẢI PHÁP', '1. Nhiệm vụ.',
            '1. Tăng cường công tác phòng chống dịch chủ động, thường xuyên kiểm tra giám sát phát hiện và báo cáo dịch kịp thời.',
            '2. Tăng cường công tác chỉ đạo, thường xuyên giám sát việc triển khai thực hiện các nhiệm vụ thuộc Đề án 06 về phát triển ứng dụng dữ liệu.',
            '3. Thực hiện tốt quy tắc ứng xử.', '2. Giải pháp thực hiện.', '1. Tăng cường sự lãnh đạo của cấp uỷ Chi bộ, phát huy vai trò tiên phong gương mẫu của mỗi cán bộ Đảng viên trong đơn vị.',
            'III. KIẾN NGHỊ.',
        ].join('\n'))).toEqual([
            '# II. NHIỆM VỤ VÀ GIẢI PHÁP', '## 1. Nhiệm vụ.',
            '1. Tăng cường công tác phòng chống dịch chủ động, thường xuyên kiểm tra giám sát phát hiện và báo cáo dịch kịp thời.',
            '2. Tăng cường công tác chỉ đạo, thường xuyên giám sát việc triển khai thực hiện các nhiệm vụ thuộc Đề án 06 về phát triển ứng dụng dữ liệu.',
            '3. Thực hiện tốt quy tắc ứng xử.', '## 2. Giải pháp thực hiện.', '1. Tăng cường sự lãnh đạo của cấp uỷ Chi bộ, phát huy vai trò tiên phong gương mẫu của mỗi cán bộ Đảng viên trong đơn vị.',
            '# III. KIẾN NGHỊ.',
        ]);
    });

    test('seed 002: "VI." after "A."–"D." is at their level, where the checker sees the slip', () => {
        expect(blocks('A. CHỦ ĐỀ\nB. QUAN ĐIỂM\nC. MỤC TIÊU\n1. Mục tiêu chung\nD. NHIỆM VỤ\n1. Công tác quản lý\n2. Các nhiệm vụ\n2.1. Y tế dự phòng\nVI. TỔ CHỨC THỰC HIỆN'))
            .toEqual(['# A. CHỦ ĐỀ', '# B. QUAN ĐIỂM', '# C. MỤC TIÊU', '## 1. Mục tiêu chung', '# D. NHIỆM VỤ', '## 1. Công tác quản lý', '## 2. Các nhiệm vụ', '### 2.1. Y tế dự phòng', '# VI. TỔ CHỨC THỰC HIỆN']);
    });

    test('seed 004: bold numbers and Markdown headings mark a sequence of headings, "3." then "6." included', () => {
        expect(blocks('### **III. NHIỆM VỤ**\n#### **1. Lĩnh vực y tế:**\n1.1. Nghị quyết số 06-NQ/ĐH ngày 30 tháng 9 năm 2020 Đại hội đại biểu Đảng bộ tỉnh Kon Tum lần thứ XVI, nhiệm kỳ 2020 – 2025.\n## **2. Lĩnh vực Dân số:**\n**3.** Kết quả đạt được trong các năm 2021, 2022, 2023; những thuận lợi, khó khăn trong năm 2024 và các năm tiếp theo có thể ảnh hưởng đến việc thực hiện các chỉ tiêu.\n**6.** Việc xây dựng hoạch hàng năm phải có tính phân đầu và theo lộ trình hàng năm để đảm bảo đến năm 2025 đạt và vượt mục tiêu.'))
            .toEqual([
                '# III. NHIỆM VỤ', '## 1. Lĩnh vực y tế:',
                '1.1. Nghị quyết số 06-NQ/ĐH ngày 30 tháng 9 năm 2020 Đại hội đại biểu Đảng bộ tỉnh Kon Tum lần thứ XVI, nhiệm kỳ 2020 – 2025.',
                '## 2. Lĩnh vực Dân số:',
                '## 3. Kết quả đạt được trong các năm 2021, 2022, 2023; những thuận lợi, khó khăn trong năm 2024 và các năm tiếp theo có thể ảnh hưởng đến việc thực hiện các chỉ tiêu.',
                '## 6. Việc xây dựng hoạch hàng năm phải có tính phân đầu và theo lộ trình hàng năm để đảm bảo đến năm 2025 đạt và vượt mục tiêu.',
            ]);
    });

    test('seed 000: numbered paragraphs of a letter stay paragraphs; "PHẦN" and its name are headings; lists keep their markers', () => {
        expect(blocks('PHẦN THỨ NHẤT\nĐẶC ĐIỂM TÌNH HÌNH\nI. ĐẶC ĐIỂM.\n1. Triển khai đồng bộ, có hiệu quả phương án phòng chống dịch bệnh mùa Đông Xuân, dịch bệnh truyền nhiễm, nâng cao chất lượng khám bệnh.\n2. Các khoa, phòng, trạm y tế các xã, thị trấn xây dựng báo cáo tóm tắt công tác y tế năm 2023 của đơn vị mình, gửi về phòng hành chính.\n3. Tổ chức họp tổng kết hoàn thành trước ngày 20/12/2023.\n* Tại trung tâm.\n+ Tổng số cán bộ là: 51.'))
            .toEqual([
                '# PHẦN THỨ NHẤT', '# ĐẶC ĐIỂM TÌNH HÌNH', '## I. ĐẶC ĐIỂM.',
                '1. Triển khai đồng bộ, có hiệu quả phương án phòng chống dịch bệnh mùa Đông Xuân, dịch bệnh truyền nhiễm, nâng cao chất lượng khám bệnh.',
                '2. Các khoa, phòng, trạm y tế các xã, thị trấn xây dựng báo cáo tóm tắt công tác y tế năm 2023 của đơn vị mình, gửi về phòng hành chính.',
                '3. Tổ chức họp tổng kết hoàn thành trước ngày 20/12/2023.', '* Tại trung tâm.', '+ Tổng số cán bộ là: 51.',
            ]);
    });
});

describe('one sentence a line', () => {
    test.each([
        ['Tăng cường phối hợp. Chỉ đạo, xử lý những sai sót.', ['Tăng cường phối hợp.', 'Chỉ đạo, xử lý những sai sót.']],
        // not after the paragraph's number, an abbreviation, inside braces or parentheses, nor before a lower-case word
        ['1. Triển khai đồng bộ. Hoàn thiện kế hoạch.', ['1. Triển khai đồng bộ.', 'Hoàn thiện kế hoạch.']],
        ['KT. GIÁM ĐỐC ký. TP. Hồ Chí Minh.', ['KT. GIÁM ĐỐC ký.', 'TP. Hồ Chí Minh.']],
        ['Đạt {x = 92.3%} so với. Cùng kỳ (xem mục I. Tiếp) tốt.', ['Đạt {x = 92.3%} so với.', 'Cùng kỳ (xem mục I. Tiếp) tốt.']],
        ['VssID, VneID... để khám. Sau đó.', ['VssID, VneID... để khám.', 'Sau đó.']],
    ] as const)('%s', (text, expected) => {
        expect(splitSentences(fromSource(text, 0)).map(s => s.text)).toEqual(expected);
    });
});
