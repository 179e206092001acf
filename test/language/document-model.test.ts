import { describe, expect, test } from 'vitest';
import { resolveDocument } from '../../language-server/src/document-model/resolve.js';
import type { PrintedBlock, PrintedDocument } from '../../language-server/src/document-model/model.js';
import { check } from '../helpers.js';

async function printed(text: string): Promise<PrintedDocument> {
    const checked = await check(text);
    const model = checked.documents['main.bcyt'].parseResult.value;
    return resolveDocument(model, checked.services.evaluation.Evaluator.session(model))!;
}

const text = (block: PrintedBlock) => block.kind === 'table'
    ? block.rows.map(r => r.map(c => c.map(x => x.text).join('')).join('|')).join('\n')
    : block.runs.map(r => r.text).join('');

const ORGS = `org SYT "Sở Y tế Thanh Hóa" code SYT
org TTYT "Trung tâm Y tế Hoằng Hóa" code TTYT parent SYT place "Hoằng Hoá"
`;

describe('the printed header, from seed 001 and 000', () => {
    test('báo cáo: governing body from the parent, number, place and date (Nghị định 30 zero padding)', async () => {
        const doc = await printed(`${ORGS}report R number "/BC-TTYT" issuer TTYT date 04/02/2024 period Q1/2024
  title "KẾT QUẢ THỰC HIỆN CÔNG TÁC Y TẾ 03 THÁNG ĐẦU NĂM"
  signer "KT. GIÁM ĐỐC" "PHÓ GIÁM ĐỐC" "Lê Trọng Tiến"
  cc "Văn phòng Sở y tế (B/c);" "Lưu: VT, HCTH."
---
`);
        expect(doc.header).toMatchObject({
            governingBody: 'SỞ Y TẾ THANH HÓA', issuingBody: 'TRUNG TÂM Y TẾ HOẰNG HÓA', numberLine: 'Số:       /BC-TTYT',
            placeDateLine: 'Hoằng Hoá, ngày 04 tháng 02 năm 2024', typeTitle: 'BÁO CÁO',
            titleLines: ['KẾT QUẢ THỰC HIỆN CÔNG TÁC Y TẾ 03 THÁNG ĐẦU NĂM'],
        });
        expect(doc.closing).toEqual({ copies: ['Văn phòng Sở y tế (B/c);', 'Lưu: VT, HCTH.'], signerTitles: ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'], signerName: 'Lê Trọng Tiến' });
    });

    test('công văn dated by month only: the day is left blank; V/v and Kính gửi', async () => {
        const doc = await printed(`${ORGS}letter L number "/CV-TTYT" issuer TTYT place "Thiệu Hóa" date T12/2023
  subject "báo cáo công tác y tế năm 2023" to "Các khoa, phòng, trạm y tế xã, thị trấn"
---
`);
        expect(doc.header.placeDateLine).toBe('Thiệu Hóa, ngày      tháng 12 năm 2023');
        expect(doc.header.subjectLine).toBe('V/v báo cáo công tác y tế năm 2023');
        expect(doc.header.typeTitle).toBeUndefined();
        expect(doc.header.recipients).toEqual(['Các khoa, phòng, trạm y tế xã, thị trấn']);
    });
});

describe('the printed body', () => {
    test('headings, list items with continuation lines, paragraphs joined, emphasis', async () => {
        const doc = await printed(`${ORGS}report R issuer TTYT period Q1/2024
---
# PHẦN THỨ NHẤT
## I.  ĐẶC ĐIỂM TÌNH HÌNH.
- Được sự quan tâm chỉ đạo trực tiếp của Sở Y tế Thanh Hóa,
các cơ sở Y tế tuyến tỉnh.

Kinh tế - Xã hội phát triển.
**Lưu ý:** Đối với các khoa, *phòng*.
`);
        expect(doc.body.map(b => [b.kind, text(b)])).toEqual([
            ['heading', 'PHẦN THỨ NHẤT'],
            ['heading', 'I.  ĐẶC ĐIỂM TÌNH HÌNH.'],
            ['list-item', 'Được sự quan tâm chỉ đạo trực tiếp của Sở Y tế Thanh Hóa, các cơ sở Y tế tuyến tỉnh.'],
            ['paragraph', 'Kinh tế - Xã hội phát triển. Lưu ý: Đối với các khoa, phòng.'],
        ]);
        const runs = (doc.body[3] as { runs: Array<{ text: string; bold?: boolean; italic?: boolean }> }).runs;
        expect(runs.filter(r => r.bold).map(r => r.text)).toEqual(['Lưu ý:']);
        expect(runs.filter(r => r.italic).map(r => r.text)).toEqual(['phòng']);
    });

    test('citations: in full at the first mention, short afterwards, or as asked', async () => {
        const doc = await printed(`${ORGS}report R issuer TTYT period Q1/2024
---
Theo [1300/QĐ-BYT]; thực hiện [1300/QĐ-BYT]; Quyết định [1300/QĐ-BYT|symbol] ngày 09/3/2023; [1300/QĐ-BYT|full].
`);
        const full = 'Quyết định số 1300/QĐ-BYT ngày 09/3/2023 của Bộ Y tế ban hành Bộ tiêu chí quốc gia về y tế xã giai đoạn đến năm 2030';
        expect(text(doc.body[0])).toBe(`Theo ${full}; thực hiện Quyết định số 1300/QĐ-BYT; Quyết định 1300/QĐ-BYT ngày 09/3/2023; ${full}.`);
    });

    test('values: a statement prints as written, a verified claim as written, a computed value in Vietnamese format', async () => {
        const doc = await printed(`${ORGS}target TTYT 2024 {
  tre_tiem_chung_day_du = 3515
}
report R issuer TTYT period Q1/2024
---
Có {tre_tiem_chung_day_du = 0703} trẻ đạt {tre_tiem_chung_day_du of plan = 20%} kế hoạch ({tre_tiem_chung_day_du of plan}), kế hoạch {plan(tre_tiem_chung_day_du)} trẻ, sai {tre_tiem_chung_day_du of plan = 25 %}.
`);
        expect(text(doc.body[0])).toBe('Có 0703 trẻ đạt 20% kế hoạch (20,0%), kế hoạch 3.515 trẻ, sai 20 %.');
        expect(doc.problems).toEqual([]);
    });

    test('a claim the engine cannot check is printed as stated; a value it cannot compute is a problem, never a number', async () => {
        const doc = await printed(`${ORGS}report R issuer TTYT period Q1/2024
---
Đạt {tre_tiem_chung_day_du of prev = 109%} so với cùng kỳ; kế hoạch {plan(tre_tiem_chung_day_du)} trẻ.
`);
        expect(text(doc.body[0])).toBe('Đạt 109% so với cùng kỳ; kế hoạch … trẻ.');
        expect(doc.problems.map(p => p.line)).toEqual([4]);
    });

    test('pipe rows form a table; an appendix directive starts an appendix', async () => {
        const doc = await printed(`${ORGS}plan P issuer TTYT period 2024
---
Trên đây là Kế hoạch.
{appendix "Phụ lục 01" "GIAO CHỈ TIÊU XÃ ĐẠT TIÊU CHÍ QUỐC GIA VỀ Y TẾ NĂM 2024" landscape}
(Kèm theo Kế hoạch hành động)
| STT | Tên xã, thị trấn | Ghi chú |
|---|---|---|
| 1 | Xã Thiệu Toán | |
| 2 | Xã Thiệu Chính | |
`);
        expect(doc.body.map(text)).toEqual(['Trên đây là Kế hoạch.']);
        expect(doc.appendices).toHaveLength(1);
        expect(doc.appendices[0]).toMatchObject({ label: 'Phụ lục 01', landscape: true });
        expect(doc.appendices[0].blocks.map(text)).toEqual([
            '(Kèm theo Kế hoạch hành động)',
            'STT|Tên xã, thị trấn|Ghi chú\n1|Xã Thiệu Toán|\n2|Xã Thiệu Chính|',
        ]);
    });

    test('an indicator table: STT, Chỉ tiêu, ĐVT and the chosen columns, from the engine', async () => {
        const doc = await printed(`${ORGS}target TTYT 2024 {
  tre_tiem_chung_day_du = 3515
}
data TTYT Q1/2023 {
  tre_tiem_chung_day_du = 645
}
data TTYT Q1/2024 {
  tre_tiem_chung_day_du = 703
}
report R issuer TTYT period Q1/2024
---
{table tre_tiem_chung_day_du, tre_tiem_soi_2 columns prev plan actual pct_plan pct_prev}
`);
        expect(text(doc.body[0])).toBe([
            'STT|Chỉ tiêu|ĐVT|Cùng kỳ|Kế hoạch|Thực hiện|% kế hoạch|% cùng kỳ',
            '1|Số trẻ dưới 1 tuổi được tiêm chủng đầy đủ|trẻ|645|3.515|703|20,0%|109,0%',
            '2|Số trẻ được tiêm sởi mũi 2|trẻ|-|-|-|-|-',
        ].join('\n'));
    });
});
