import { describe, expect, test } from 'vitest';
import { findings, importText, report } from './helpers.js';

// A made-up báo cáo whose figures are all right, written in every shape the importer reads
// (and a few it leaves alone): imported raw, it must raise no error and no warning.
const CORRECT = `I. KẾT QUẢ THỰC HIỆN.

1. Tiêm chủng mở rộng.

- Tổng số trẻ trong độ tuổi tiêm chủng là 3521 trẻ.
- Số trẻ dưới 1 tuổi được tiêm chủng đầy đủ là 703 trẻ đạt 20% kế hoạch, đạt 109% so với cùng kỳ.
- Số phụ nữ có thai được tiêm UV2+ là 694 phụ nữ đạt 19,4% kế hoạch.

2. Truyền thông.

Số bài viết truyền thông là 430 bài so với cùng kỳ là 464 bài. Trong đó: về phòng chống dịch là 176 bài, về an toàn thực phẩm là 105 bài, về các bệnh xã hội là 58 bài, về nội dung khác là 91 bài.

3. Nhân lực.

* Tại Trung tâm Y tế.
+ Tổng số cán bộ là: 51 (biên chế: 50; hợp đồng: 01).
* Tại cơ sở điều trị Methadone.
Tổng số cán bộ là: 02 (hợp đồng lao động).

4. Dân số.

- Tổng số trẻ sinh là 746 trẻ (trẻ nam 433, trẻ gái 313) giảm 88 trẻ so với cùng kỳ.
- Tổng số trẻ đẻ sống là 746 trẻ.
- Tổng số trẻ sinh là 746 trẻ, trong đó trẻ nam là 433 trẻ chiếm 58%.
- Tổng số người sử dụng biện pháp tránh thai là 2.743 người. Trong đó: dùng thuốc viên tránh thai là 1.388 người, dùng bao cao su là 1.345 người, đặt vòng là 10 người.

5. Các chương trình khác.

- Tổng số bệnh nhân HIV hiện mắc là 268 bệnh nhân so với cùng kỳ là 267 bệnh nhân; Số bệnh nhân AIDS hiện mắc là 63 bệnh nhân.
- Số bệnh nhân tâm thần được quản lý là 1.196 bệnh nhân. Số bệnh nhân tâm thần được điều trị ổn định là 1.150 bệnh nhân.
- Tỷ lệ hộ gia đình sử dụng nhà tiêu hợp vệ sinh là 92,3% so với cùng kỳ là 85,6%.
- Tổng số lượt khám bệnh là 10.000 lượt. Trong đó: khám cho trẻ em là 2.000 lượt, khám cho người cao tuổi là 3.000 lượt.
- Kiểm tra 604 cơ sở, trong đó 500/604 cơ sở đạt điều kiện an toàn thực phẩm (đạt 82,8%); được phê duyệt 2939/4431 kỹ thuật đạt 66,3%.
- Thực hiện 75.135 lượt khám chữa bệnh, đạt 94% so với chỉ tiêu đề ra.
- Tổng số kinh phí thu được: 98.510.000đ.

6. Văn bản.

Thực hiện Quyết định số 1300/QĐ-BYT ngày 09/3/2023 của Bộ Y tế và Kế hoạch số 15/KH-TTYT ngày 10/01/2024 của Trung tâm Y tế Hoằng Hoá; Công văn số 322/SNV-TCBC ngày 20/02/2024 của Sở Nội vụ Thanh Hóa; Nghị định số 106/2020/NĐ-CP ngày 10/9/2020 của Chính phủ.
Kế hoạch số 15/KH-TTYT nêu trên được triển khai tại các xã.

II. PHƯƠNG HƯỚNG.

1. Mục tiêu.

2. Giải pháp.

1. Tăng cường công tác phòng chống dịch chủ động, thường xuyên kiểm tra giám sát phát hiện và báo cáo dịch kịp thời.
2. Thực hiện tốt quy tắc ứng xử.
3. Thực hiện tốt các chương trình mục tiêu quốc gia.`;

describe('no false alarm from import', () => {
    test('a correct report in every shape imports without an error or a warning', async () => {
        const draft = importText(report(CORRECT));
        expect(draft.summary.claims).toBeGreaterThan(30);
        expect(draft.summary.citations).toBe(5);
        expect(await findings(draft)).toEqual([]);
    });

    // The same shapes with one slip each: the raw import finds each, so the shapes do make claims.
    test.each([
        ['a total that is not the sum of its parts', 'Số bài viết truyền thông là 430 bài', 'Số bài viết truyền thông là 530 bài', 'sum-mismatch'],
        ['pregnant women counted in children', 'là 694 phụ nữ', 'là 694 trẻ', 'unit-mismatch'],
        ['a share that is off', 'kỹ thuật đạt 66,3%', 'kỹ thuật đạt 66,7%', 'claim-mismatch'],
        ['a percent without its sign', 'đạt 109% so với cùng kỳ', 'đạt 109 so với cùng kỳ', 'number-format'],
        ['a decimal point', 'là 92,3% so với', 'là 92.3% so với', 'number-format'],
        ['a breakdown in parentheses that does not add up', '(biên chế: 50; hợp đồng: 01)', '(biên chế: 48; hợp đồng: 01)', 'sum-mismatch'],
        ['an issuer the symbol contradicts', 'Kế hoạch số 15/KH-TTYT ngày 10/01/2024 của Trung tâm Y tế Hoằng Hoá;', 'Kế hoạch số 15/KH-UBND ngày 10/01/2024 của Trung tâm Y tế Hoằng Hoá;', 'legal-issuer-mismatch'],
        ['a share of a total that is off', 'chiếm 58%', 'chiếm 62%', 'claim-mismatch'],
        ['broken heading numbering', '2. Giải pháp.', '4. Giải pháp.', 'heading-numbering'],
        ['a rule of the catalog the data breaks', 'AIDS hiện mắc là 63 bệnh nhân', 'AIDS hiện mắc là 630 bệnh nhân', 'rule-violated'],
    ])('%s', async (_, right, wrong, code) => {
        expect(CORRECT).toContain(right);
        const draft = importText(report(CORRECT.replace(right, wrong)));
        expect((await findings(draft)).map(f => f.split(':')[1])).toContain(code);
    });
});
