import { describe, expect, test } from 'vitest';
import { DiagnosticSeverity } from 'vscode-languageserver';
import { check } from '../helpers.js';
import { checkCodes, findings, report } from './seed-report.js';

describe('heading-numbering: numbers that do not follow on within a level', () => {
    test.each([
        ['002: A, B, C, D then VI', '## A. CHỦ ĐỀ\n## B. QUAN ĐIỂM\n## C. MỤC TIÊU\n## D. NHIỆM VỤ\n## VI. TỔ CHỨC THỰC HIỆN', ['heading-numbering VI.']],
        ['004: 1., 2., 3. then 6.', '## III. NHIỆM VỤ\n### 1. Lĩnh vực y tế:\n### 2. Lĩnh vực Dân số:\n### 3. Kết quả đạt được\n### 6. Việc xây dựng hoạch', ['heading-numbering 6.']],
        ['001: PHẦN THỨ NHẤT, I., II., III., PHẦN II, I., II.', '# PHẦN THỨ NHẤT\n# ĐẶC ĐIỂM TÌNH HÌNH\n## I. ĐẶC ĐIỂM TÌNH HÌNH.\n### 1. Đặc điểm chung.\n### 2. Thuận lợi.\n## II. KẾT QUẢ\n### 1. Công tác lãnh đạo\n### 6. Thực hiện các chương trình\n## III. Tồn tại\n# PHẦN II\n# PHƯƠNG HƯỚNG\n## I. MỤC TIÊU.\n## II. NHIỆM VỤ', ['heading-numbering 6.']],
        ['001: 6.1. … 6.13., 6.15. under 6.', '### 6. Thực hiện\n#### 6.1. Tiêm chủng.\n#### 6.2. Sốt rét.\n#### 6.3. An toàn thực phẩm.', []],
        ['a decimal heading under the wrong parent', '### 2. Các nhiệm vụ\n#### 1.1. Y tế dự phòng\n#### 1.2. HIV', ['heading-numbering 1.1.']],
        ['a nested level that starts at 2', '## I. KẾT QUẢ\n### 2. Công tác', ['heading-numbering 2.']],
        ['the body may begin anywhere ("## II." when I. is elsewhere)', '## II. MỤC TIẾP THEO\n## III. MỤC SAU', []],
        ['letters of a list: a), b), c), d), đ)', '## I. Chung\n### a) Một\n### b) Hai\n### c) Ba\n### d) Bốn\n### đ) Năm', []],
        ['an appendix starts its own numbering', '## A. Một\n## B. Hai\n{appendix "Phụ lục" "ĐỀ CƯƠNG"}\n## I. ĐÁNH GIÁ\n## II. CHUNG', []],
        ['unnumbered headings are free', '# PHẦN THỨ NHẤT\n# ĐẶC ĐIỂM TÌNH HÌNH VÀ KẾT QUẢ THỰC HIỆN\n## Ghi chú', []],
    ])('%s', async (_name, body, expected) => {
        expect(await checkCodes(report('', body), ['heading-numbering'])).toEqual(expected);
    });

    test('002: the message and the fix continue the letters', async () => {
        const checked = await check(report('', '## C. MỤC TIÊU\n## D. NHIỆM VỤ\n## VI. TỔ CHỨC THỰC HIỆN'));
        const diagnostic = checked.diagnostics().find(d => d.code === 'heading-numbering')!;
        expect(diagnostic.message).toBe('Đánh số đề mục không liên tục: sau "D." phải là "E.", không phải "VI."');
        expect((diagnostic.data as { replacement: string }).replacement).toBe('E.');
    });

    test('001: "6.14  Công tác xét nghiệm:" among "6.13." and "6.15." is information, fixed with the dot', async () => {
        const earlier = Array.from({ length: 13 }, (_, i) => `#### 6.${i + 1}. Công tác ${i + 1}.`).join('\n');
        const checked = await check(report('', `### 6. Thực hiện\n${earlier}\n#### 6.14  Công tác xét nghiệm:\n#### 6.15. Công tác khám, chữa bệnh.`));
        const [finding] = findings(checked, ['heading-numbering']);
        expect(finding).toEqual({
            code: 'heading-numbering', covered: '6.14', severity: DiagnosticSeverity.Information,
            message: '"6.14" viết khác các đề mục cùng cấp (6.1., 6.2., 6.3., …): viết "6.14."',
        });
    });

    test('004: the outline declared in a catalog is checked too', async () => {
        const checked = await check(`outline DC "Đề cương" {
  section "I." "ĐÁNH GIÁ KẾT QUẢ"
  section "II." "ĐÁNH GIÁ CHUNG"
  section "III." "NHIỆM VỤ" {
    section "1." "Lĩnh vực y tế:"
    section "2." "Lĩnh vực Dân số - Kế hoạch hóa gia đình:"
    section "3." "Kết quả đạt được"
    section "6." "Việc xây dựng hoạch hàng năm"
  }
}`);
        expect(findings(checked, ['heading-numbering']).map(f => `${f.covered}: ${f.message}`)).toEqual([
            '6.: Đánh số đề mục không liên tục: sau "3." phải là "4.", không phải "6."',
        ]);
    });
});

/** Seed 004's đề cương, as examples/catalog/kon-tum.bcyt declares it (sections 3. and 6. left out). */
const OUTLINE = `outline DeCuong "Đề cương báo cáo năm 2023" {
  section "I." "ĐÁNH GIÁ KẾT QUẢ HOẠT ĐỘNG Y TẾ NĂM 2023"
  section "II." "ĐÁNH GIÁ CHUNG" {
    section "1." "Ưu điểm"
    section "2." "Tồn tại, hạn chế và nguyên nhân" {
      section "2.1." "Tồn tại, hạn chế"
      section "2.2." "Nguyên nhân" {
        section "a)" "Nguyên nhân chủ quan"
        section "b)" "Nguyên nhân khách quan"
      }
    }
  }
  section "III." "NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM THỰC HIỆN TRONG NĂM 2024"
  section "IV." "KIẾN NGHỊ"
}`;
const FOLLOWS = 'report BC issuer TTYT period ..30/11/2023 date 05/12/2023 follows DeCuong';
const FULL = `## I. ĐÁNH GIÁ KẾT QUẢ HOẠT ĐỘNG Y TẾ NĂM 2023
## II. ĐÁNH GIÁ CHUNG
### 1. Ưu điểm
### 2. Tồn tại, hạn chế và nguyên nhân
#### 2.1. Tồn tại, hạn chế
#### 2.2. Nguyên nhân
##### a) *Nguyên nhân chủ quan*
##### b) *Nguyên nhân khách quan*
## III. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM THỰC HIỆN TRONG NĂM 2024
## IV. KIẾN NGHỊ`;

describe('outline-missing-section: a document that follows a đề cương', () => {
    const without = (...lines: string[]) => FULL.split('\n').filter(l => !lines.some(x => l.includes(x))).join('\n');
    test.each([
        ['every section, as the đề cương writes them', FULL, []],
        ['small wording differences ("Tồn tại và hạn chế, nguyên nhân", lower case, no dot)', FULL.replace('2. Tồn tại, hạn chế và nguyên nhân', '2 Tồn tại và hạn chế, nguyên nhân').replace('## IV. KIẾN NGHỊ', '## IV. Kiến nghị'), []],
        ['"III." left out', without('## III.'), ['III. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM THỰC HIỆN TRONG NĂM 2024']],
        ['"2.2. Nguyên nhân" and its a), b) left out: one finding', without('2.2.', 'a)', 'b)'), ['2.2. Nguyên nhân']],
        ['a section under the wrong parent does not count', without('### 1. Ưu điểm') + '\n### 1. Ưu điểm', ['1. Ưu điểm']],
    ])('%s', async (_name, body, expected) => {
        const checked = await check(report(OUTLINE, body, FOLLOWS));
        expect(findings(checked, ['outline-missing-section']).map(f => f.message.match(/"([^"]+)"/)![1])).toEqual(expected);
    });

    test('the finding sits on "follows" and names the outline and the parent section', async () => {
        const checked = await check(report(OUTLINE, without('2.2.', 'a)', 'b)'), FOLLOWS));
        const [finding] = findings(checked, ['outline-missing-section']);
        expect(finding.covered).toBe('DeCuong');
        expect(finding.message).toBe('Thiếu mục "2.2. Nguyên nhân" của Đề cương báo cáo năm 2023, trong mục "2. Tồn tại, hạn chế và nguyên nhân"');
    });

    test('no outline, no finding', async () => {
        expect(await checkCodes(report(OUTLINE, '## I. Khác'), ['outline-missing-section'])).toEqual([]);
    });
});
