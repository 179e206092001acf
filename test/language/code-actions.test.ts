import { describe, expect, test } from 'vitest';
import type { CodeAction } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { checkFiles } from '../helpers.js';
import { report } from './seed-report.js';

type Files = Record<string, string>;

/**
 * Applies the first quick fix offered for the first diagnostic of `code` in the first file,
 * to every file it edits; returns the files after the fix and the fix's title.
 */
async function applyFix(files: Files, code: string): Promise<{ files: Files; title: string }> {
    const checked = await checkFiles(files);
    const name = Object.keys(files)[0];
    const document = checked.documents[name];
    const diagnostic = checked.diagnostics(name).find(d => d.code === code);
    expect(diagnostic, `a ${code} diagnostic`).toBeDefined();
    const actions = await checked.services.lsp.CodeActionProvider!.getCodeActions(document, {
        textDocument: { uri: document.uri.toString() }, range: diagnostic!.range, context: { diagnostics: [diagnostic!] },
    });
    const action = actions?.[0] as CodeAction | undefined;
    expect(action?.edit?.changes, `a quick fix for ${code}`).toBeDefined();
    const result: Files = { ...files };
    for (const [uri, edits] of Object.entries(action!.edit!.changes!)) {
        const file = Object.keys(files).find(f => checked.documents[f].uri.toString() === uri);
        expect(file, `an edit in a known file (${uri})`).toBeDefined();
        result[file!] = TextDocument.applyEdits(TextDocument.create(uri, 'bcyt', 0, files[file!]), edits);
    }
    return { files: result, title: action!.title };
}

/** Diagnostics of the given codes in every file after the fix. */
async function remaining(files: Files, codes: string[]): Promise<string[]> {
    const checked = await checkFiles(files);
    return Object.keys(files).flatMap(f => checked.diagnostics(f).filter(d => codes.includes(String(d.code))).map(d => `${f}:${d.range.start.line + 1}:${d.code}`));
}

const one = (text: string): Files => ({ 'main.bcyt': text });
const ARTICLES = `indicator bai_viet "Số bài viết truyền thông" unit bài = bv_dich + bv_attp + bv_xh + bv_khac
indicator bv_dich "Bài về phòng chống dịch, bệnh" unit bài
indicator bv_attp "Bài về an toàn vệ sinh thực phẩm" unit bài
indicator bv_xh "Bài về các bệnh xã hội" unit bài
indicator bv_khac "Bài tuyên truyền về nội dung khác" unit bài`;
const TECHNIQUES = `indicator kt_duyet "Số kỹ thuật đúng tuyến được phê duyệt" unit "kỹ thuật"
indicator kt_tong "Tổng số kỹ thuật đúng tuyến" unit "kỹ thuật"`;

describe('quick fixes: each applied, the code it fixes is gone', () => {
    test.each([
        ['claim-mismatch: 003 "2939/4431 đạt 66,7%" becomes the computed 66,3', one(report(TECHNIQUES, '{kt_duyet = 2939}/{kt_tong = 4431} đạt {kt_duyet of kt_tong = 66,7%} DMKT')), 'claim-mismatch', 'Sửa thành "66,3"'],
        ['sum-mismatch: 001 "530 bài" becomes 430', one(report(ARTICLES, '{bai_viet = 530} bài: {bv_dich = 176}, {bv_attp = 105}, {bv_xh = 58}, {bv_khac = 91}')), 'sum-mismatch', 'Sửa thành "430"'],
        ['count-not-integer: 002 "167.769" in a target becomes 167769', one(report('target TTYT 2024 {\n  dan_so_tb = 167.769\n}', '')), 'count-not-integer', 'Sửa thành "167769"'],
        ['number-format: 001 "92.3%" in braces becomes 92,3', one(report('', 'đạt {ty_le_nha_tieu_hvs = 92.3%} so với cùng kỳ là {prev(ty_le_nha_tieu_hvs) = 85,6 %}.')), 'number-format', 'Sửa thành "92,3"'],
        ['number-format: "92.3%" in prose becomes 92,3', one(report('', 'tỷ lệ đạt 92.3% so với cùng kỳ là 85,6 %.')), 'number-format', 'Sửa thành "92,3"'],
        ['number-format: 001 "đạt 88,5 so với cùng kỳ" gets its % sign', one(report('', '{tre_tiem_soi_2 = 821} trẻ, đạt {tre_tiem_soi_2 of prev = 88,5} so với cùng kỳ.')), 'number-format', 'Sửa thành "88,5%"'],
        ['unit-mismatch: 001 "694 trẻ" becomes "694 phụ nữ"', one(report('', 'Số phụ nữ có thai được tiêm UV2+ là {pnct_tiem_uv2 = 694} trẻ.')), 'unit-mismatch', 'Sửa thành "phụ nữ"'],
        ['heading-numbering: 002 "VI." becomes "E."', one(report('', '## C. MỤC TIÊU\n## D. NHIỆM VỤ\n## VI. TỔ CHỨC THỰC HIỆN')), 'heading-numbering', 'Sửa thành "E."'],
        ['heading-numbering: 004 "6." becomes "4."', one(report('', '## III. NHIỆM VỤ\n### 1. Y tế\n### 2. Dân số\n### 3. Kết quả\n### 6. Kế hoạch')), 'heading-numbering', 'Sửa thành "4."'],
        ['heading-numbering: 001 "6.14" gets its dot', one(report('', '### 6. Chương trình\n#### 6.12. Dân số.\n#### 6.13. Sinh sản.\n#### 6.14  Xét nghiệm:\n#### 6.15. Khám bệnh.'.replace('#### 6.12.', Array.from({ length: 11 }, (_, i) => `#### 6.${i + 1}. Mục.`).join('\n') + '\n#### 6.12.'))), 'heading-numbering', 'Sửa thành "6.14."'],
        ['doc-number-format: "/KH-" on a báo cáo becomes "/BC-TTYT"', one(report('', '', 'report BC issuer TTYT period Q1/2024 date 14/4/2024 number "/KH-TTYT"')), 'doc-number-format', 'Sửa thành "/BC-TTYT"'],
        ['target-rollup: "13 xã" with 2 listed becomes 2', one(report('org A "Trạm Y tế xã A" parent TTYT\norg B "Trạm Y tế xã B" parent TTYT\ntarget TTYT 2024 {\n  xa_dat_chuan_qg = 13 xã detail A, B\n}', '')), 'target-rollup', 'Sửa thành "2"'],
        ['legal-period-mismatch: 001 "đề án 06 … giai đoạn 2020-2025" becomes 2022', one(report('', 'thực hiện các nhiệm vụ thuộc đề án 06 về phát triển ứng dụng dữ liệu về dân cư giai đoạn 2020-2025, tầm nhìn 2030.')), 'legal-period-mismatch', 'Sửa thành "2022"'],
        ['recipients-wording: 000 "Như quyết định" becomes "Như trên"', one(report('', 'Văn bản.', 'letter CV issuer TTYT date T12/2023\n  cc "Như quyết định;" "Lưu VT, HCTH"')), 'recipients-wording', 'Sửa thành "Như trên"'],
        ['period-mention: "Năm 2023" in a 2024 report becomes 2024', one(report('', 'Năm 2023 đã tiêm {tre_tiem_chung_day_du = 703} trẻ.', 'report BC issuer TTYT period 2024 date 20/12/2024')), 'period-mention', 'Sửa thành "2024"'],
        ['legal-number-format in prose: "1300QĐ-BYT" gets its slash', one(report('', 'theo Quyết định số 1300QĐ-BYT ngày 09/3/2023 của Bộ Y tế.')), 'legal-number-format', 'Sửa thành "1300/QĐ-BYT"'],
    ])('%s', async (_name, files, code, title) => {
        const fixed = await applyFix(files, code);
        expect(fixed.title).toBe(title);
        expect(await remaining(fixed.files, [code, 'syntax-error'])).toEqual([]);
    });
});

describe('quick fixes that write declarations and sections', () => {
    const LETTER = `org SYT "Sở Y tế Thanh Hóa" code SYT
org TTYT_ThieuHoa "Trung tâm Y tế Thiệu Hóa" code TTYT parent SYT
// văn bản của đơn vị
letter CV issuer TTYT_ThieuHoa date T12/2023 number "/CV-TTYT"
---
Căn cứ vào kế hoạch số 03/KH-TTYT ngày 10 tháng 01 năm 2023 của Trung tâm Y tế Thiệu Hóa về việc tổng kết công tác y tế năm 2022; được sự quan tâm chỉ đạo.
`;

    test('000: a raw citation is declared from what the text says and cited; the printed text stays as written', async () => {
        const fixed = await applyFix(one(LETTER), 'legal-undeclared');
        expect(fixed.title).toBe('Khai báo văn bản 03/KH-TTYT và trích dẫn [03/KH-TTYT|symbol]');
        expect(fixed.files['main.bcyt']).toBe(LETTER
            .replace('letter CV', 'legal "03/KH-TTYT" type "Kế hoạch" date 10/01/2023 issuer TTYT_ThieuHoa\n    subject "về việc tổng kết công tác y tế năm 2022"\nletter CV')
            .replace('kế hoạch số 03/KH-TTYT', 'kế hoạch số [03/KH-TTYT|symbol]'));
        expect(await remaining(fixed.files, ['legal-undeclared', 'syntax-error', 'unresolved-reference', 'legal-conflict'])).toEqual([]);
    });

    test('a declared document typed as plain text is cited', async () => {
        const fixed = await applyFix(one(report('', 'theo Quyết định số 1300/QĐ-BYT ngày 09/3/2023 của Bộ Y tế.')), 'legal-undeclared');
        expect(fixed.title).toBe('Trích dẫn [1300/QĐ-BYT|symbol]');
        expect(await remaining(fixed.files, ['legal-undeclared', 'syntax-error', 'unresolved-reference'])).toEqual([]);
    });

    test('a malformed declared symbol is corrected with every citation of it, in every file', async () => {
        const files: Files = {
            'catalog.bcyt': 'org SYT "Sở Y tế Kon Tum" code SYT\nlegal "1543/QD-SYT" type "Quyết định" date 26/12/2022 issuer SYT',
            'cv.bcyt': 'import "catalog"\nletter CV issuer SYT date T11/2023\n---\nCăn cứ Quyết định số [1543/QD-SYT|symbol] ngày 26 tháng 12 năm 2022; [1543/QD-SYT|short].\n',
        };
        const fixed = await applyFix(files, 'legal-number-format');
        expect(fixed.title).toBe('Sửa số ký hiệu thành "1543/QĐ-SYT" (cả các trích dẫn)');
        expect(fixed.files['cv.bcyt']).toContain('[1543/QĐ-SYT|symbol]');
        expect(fixed.files['cv.bcyt']).toContain('[1543/QĐ-SYT|short]');
        expect(await remaining(fixed.files, ['legal-number-format', 'unresolved-reference', 'syntax-error'])).toEqual([]);
    });

    test('004: a missing section of the đề cương is inserted where it belongs', async () => {
        const outline = `outline DeCuong "Đề cương" {
  section "I." "ĐÁNH GIÁ KẾT QUẢ HOẠT ĐỘNG Y TẾ NĂM 2023"
  section "II." "ĐÁNH GIÁ CHUNG" {
    section "1." "Ưu điểm"
    section "2." "Tồn tại, hạn chế và nguyên nhân"
  }
  section "III." "NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM THỰC HIỆN TRONG NĂM 2024"
  section "IV." "KIẾN NGHỊ"
}`;
        const body = '## I. ĐÁNH GIÁ KẾT QUẢ HOẠT ĐỘNG Y TẾ NĂM 2023\nNội dung.\n\n## II. ĐÁNH GIÁ CHUNG\n### 1. Ưu điểm\n### 2. Tồn tại, hạn chế và nguyên nhân\n\n## IV. KIẾN NGHỊ\nĐề nghị.';
        const files = one(report(outline, body, 'report BC issuer TTYT period ..30/11/2023 date 05/12/2023 follows DeCuong'));
        const fixed = await applyFix(files, 'outline-missing-section');
        expect(fixed.title).toBe('Thêm mục "III. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM THỰC HIỆN TRONG NĂM 2024"');
        expect(fixed.files['main.bcyt']).toContain('### 2. Tồn tại, hạn chế và nguyên nhân\n\n## III. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM THỰC HIỆN TRONG NĂM 2024\n\n## IV. KIẾN NGHỊ');
        expect(await remaining(fixed.files, ['outline-missing-section', 'heading-numbering', 'syntax-error'])).toEqual([]);
    });

    test('a missing section with subsections at the end of the document brings its skeleton', async () => {
        const outline = 'outline DC "Đề cương" {\n  section "I." "KẾT QUẢ"\n  section "II." "ĐÁNH GIÁ CHUNG" {\n    section "1." "Ưu điểm"\n    section "2." "Tồn tại"\n  }\n}';
        const files = one(report(outline, '## I. KẾT QUẢ\nNội dung.', 'report BC issuer TTYT period Q1/2024 date 14/4/2024 follows DC'));
        const fixed = await applyFix(files, 'outline-missing-section');
        expect(fixed.files['main.bcyt'].endsWith('## II. ĐÁNH GIÁ CHUNG\n\n### 1. Ưu điểm\n\n### 2. Tồn tại\n\n')).toBe(true);
        expect(await remaining(fixed.files, ['outline-missing-section', 'heading-numbering', 'syntax-error'])).toEqual([]);
    });
});
