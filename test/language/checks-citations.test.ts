import { describe, expect, test } from 'vitest';
import { DiagnosticSeverity } from 'vscode-languageserver';
import { check, checkFiles, coveredText } from '../helpers.js';
import { checkCodes, findings } from './seed-report.js';

const LEGAL_CODES = ['legal-number-format', 'legal-type-mismatch', 'legal-issuer-mismatch', 'legal-year-mismatch',
    'legal-date-after-document', 'legal-conflict', 'legal-undeclared', 'duplicate-name'];

/** Seed 004's province: the orgs of examples/catalog/kon-tum.bcyt. */
const KON_TUM = `org UBND_KonTum "Ủy ban nhân dân tỉnh Kon Tum" code UBND place "Kon Tum"
org HDND_KonTum "Hội đồng nhân dân tỉnh Kon Tum" code HĐND place "Kon Tum"
org TU_KonTum "Ban Chấp hành Đảng bộ tỉnh Kon Tum" code TU place "Kon Tum"
org DH_KonTum "Đại hội đại biểu Đảng bộ tỉnh Kon Tum" code ĐH place "Kon Tum"
org SYT_KonTum "Sở Y tế Kon Tum" code SYT parent UBND_KonTum place "Kon Tum"
`;

describe('legal documents where they are declared (seed 004 catalog)', () => {
    test.each([
        ['004: "Kế hoạch số 2785/KH-UBND … của Sở Y tế"', 'legal "2785/KH-UBND" type "Kế hoạch" date 09/8/2021 issuer SYT_KonTum', ['legal-issuer-mismatch UBND']],
        ['004: party, council and department symbols that agree', `legal "54-CTr/TU" type "Chương trình" date 21/02/2018 issuer TU_KonTum
legal "56/2020/NQ-HĐND" type "Nghị quyết" date 08/12/2020 issuer HDND_KonTum
legal "06-NQ/ĐH" type "Nghị quyết" date 30/9/2020 issuer DH_KonTum
legal "318/KH-SYT" type "Kế hoạch hành động" date 07/02/2023 issuer SYT_KonTum`, []],
        ['"Kế hoạch … /QĐ-"', 'legal "703/QĐ-UBND" type "Kế hoạch" date 01/11/2022 issuer UBND_KonTum', ['legal-type-mismatch QĐ']],
        ['the year of the symbol against the date', 'legal "56/2020/NQ-HĐND" type "Nghị quyết" date 08/12/2021 issuer HDND_KonTum', ['legal-year-mismatch 2020']],
        ['a malformed type code', 'legal "1543/QD-SYT" type "Quyết định" date 26/12/2022 issuer SYT_KonTum', ['legal-number-format QD']],
        ['an issuer code unknown to the tables, against the org\'s own code', 'org CCDS "Chi cục Dân số tỉnh Kon Tum" code CCDS\nlegal "12/KH-CCATTP" type "Kế hoạch" date 01/02/2023 issuer CCDS', ['legal-issuer-mismatch CCATTP']],
        ['the same document declared twice, in agreement: silent', 'legal "1300/QĐ-BYT" type "Quyết định" date 09/3/2023 issuer BYT', []],
        ['the same symbol with another date', 'legal "1300/QĐ-BYT" type "Quyết định" date 10/3/2023 issuer BYT', ['legal-conflict 1300/QĐ-BYT']],
    ])('%s', async (_name, declarations, expected) => {
        expect(await checkCodes(KON_TUM + declarations, LEGAL_CODES)).toEqual(expected);
    });

    test('a conflict names the other declaration and what differs', async () => {
        const checked = await check('legal "1300/QĐ-BYT" type "Kế hoạch" date 10/3/2023 issuer BYT');
        expect(findings(checked, ['legal-conflict'])[0].message).toBe(
            'Văn bản 1300/QĐ-BYT đã được khai báo ở 20-legal-national.bcyt:13 với loại "Quyết định" ≠ "Kế hoạch"; ngày 09/3/2023 ≠ 10/3/2023');
    });
});

describe('citations in the prose of the checked document', () => {
    const letter = (body: string, date = 'T11/2023') => `import "kon-tum"
letter CV issuer SYT_KonTum date ${date} number "/SYT-KHTC"
---
${body}
`;
    const catalog = `${KON_TUM}
legal "2785/KH-UBND" type "Kế hoạch" date 09/8/2021 issuer SYT_KonTum
legal "3554/KH-UBND" type "Kế hoạch" date 18/10/2023 issuer UBND_KonTum
legal "1543/QĐ-SYT" type "Quyết định" date 26/12/2022 issuer SYT_KonTum
legal "4500/KH-UBND" type "Kế hoạch" date 20/12/2023 issuer UBND_KonTum
`;
    const cite = async (body: string, date?: string) => {
        const checked = await checkFiles({ 'cv.bcyt': letter(body, date), 'kon-tum.bcyt': catalog });
        const document = checked.documents['cv.bcyt'];
        return checked.diagnostics('cv.bcyt').filter(d => LEGAL_CODES.includes(String(d.code)))
            .map(d => `${d.code} ${coveredText(document, d)}`);
    };

    test.each([
        ['004: "… ngày 09/8/2021 của Sở Y tế" restates the issuer the symbol contradicts', '1.6. Kế hoạch số [2785/KH-UBND|symbol] ngày 09/8/2021 của Sở Y tế về điều trị thay thế.', ['legal-issuer-mismatch Sở Y tế']],
        ['a declaration from another file, cited without prose', 'Theo [2785/KH-UBND].', ['legal-issuer-mismatch 2785/KH-UBND']],
        ['004: consistent', '1.12. Kế hoạch số [3554/KH-UBND|symbol] ngày 18/10/2023 của Ủy ban nhân dân tỉnh thực hiện nội dung.', []],
        ['004: "của Giám đốc Sở Y tế" (a title before the body)', 'Căn cứ Quyết định số [1543/QĐ-SYT|symbol] ngày 26 tháng 12 năm 2022 của Giám đốc Sở Y tế về việc giao chỉ tiêu.', []],
        ['the type before the symbol contradicts the declaration', 'Chỉ thị số [3554/KH-UBND|symbol] ngày 18/10/2023.', ['legal-type-mismatch Chỉ thị']],
        ['the date in prose contradicts the declaration', 'Kế hoạch số [3554/KH-UBND|symbol] ngày 18/12/2023 của UBND tỉnh.', ['legal-conflict ngày 18/12/2023']],
        ['a document issued after the citing letter (tháng 11/2023)', 'Kế hoạch số [4500/KH-UBND|symbol].', ['legal-date-after-document 4500/KH-UBND']],
    ])('%s', async (_name, body, expected) => {
        expect(await cite(body)).toEqual(expected);
    });

    test('a letter dated by month only counts as the month\'s end', async () => {
        expect(await cite('Kế hoạch số [3554/KH-UBND|symbol].', 'T10/2023')).toEqual([]);
        expect(await cite('Kế hoạch số [3554/KH-UBND|symbol].', '17/10/2023')).toEqual(['legal-date-after-document 3554/KH-UBND']);
    });

    test('a problem of a declaration elsewhere says where it is declared', async () => {
        const checked = await checkFiles({ 'cv.bcyt': letter('Theo [2785/KH-UBND].'), 'kon-tum.bcyt': catalog });
        expect(checked.diagnostics('cv.bcyt').find(d => d.code === 'legal-issuer-mismatch')!.message).toBe(
            'Ký hiệu "UBND" (Ủy ban nhân dân) không khớp với cơ quan ban hành "Sở Y tế Kon Tum" (văn bản khai báo ở kon-tum.bcyt:7)');
    });
});

describe('legal-undeclared: citations typed as plain text', () => {
    const report = (body: string) => `org SYT "Sở Y tế Thanh Hóa" code SYT
org TTYT "Trung tâm Y tế Thiệu Hóa" code TTYT parent SYT
letter CV issuer TTYT date T12/2023 number "/CV-TTYT"
---
${body}
`;
    test.each([
        ['000: "kế hoạch số 03/KH-TTYT ngày 10 tháng 01 năm 2023 của Trung tâm Y tế"', 'Căn cứ vào kế hoạch số 03/KH-TTYT ngày 10 tháng 01 năm 2023 của Trung tâm Y tế; được sự quan tâm.', ['legal-undeclared kế hoạch số 03/KH-TTYT ngày 10 tháng 01 năm 2023 của Trung tâm Y tế']],
        ['001: "Thông tư 37/2017/TT-BYT"', 'gói dịch vụ y tế cơ bản theo Thông tư 37/2017/TT-BYT.', ['legal-undeclared Thông tư 37/2017/TT-BYT']],
        ['a malformed symbol after "Quyết định số"', 'theo Quyết định số 1300QĐ-BYT ngày 09/3/2023.', ['legal-number-format 1300QĐ-BYT']],
        ['"Kế hoạch … /QĐ-" in plain text', 'theo Kế hoạch số 169/QĐ-UBND ngày 12/01/2023 của UBND tỉnh Thanh Hóa.', ['legal-undeclared Kế hoạch số 169/QĐ-UBND ngày 12/01/2023 của UBND tỉnh Thanh Hóa', 'legal-type-mismatch QĐ']],
        ['002: the document\'s own number in its appendix', '(Kèm theo Kế hoạch hành động số /KH-TTYT ngày /01/2024', []],
        ['cited with [ ]: nothing raw', 'theo Quyết định số [1300/QĐ-BYT|symbol] ngày 09/3/2023 của Bộ Y tế.', []],
    ])('%s', async (_name, body, expected) => {
        expect(await checkCodes(report(body), LEGAL_CODES)).toEqual(expected);
    });

    test('001: the message suggests the declared symbols one keystroke away, the likeliest first', async () => {
        const checked = await check(report('trạm y tế phải thực hiện được 80% danh mục kỹ thuật thuộc gói dịch vụ y tế cơ bản theo Thông tư 37/2017/TT-BYT.'));
        expect(findings(checked, ['legal-undeclared'])[0].message).toBe(
            'Văn bản "Thông tư 37/2017/TT-BYT" chưa được khai báo (có phải 39/2017/TT-BYT hoặc 37/2019/TT-BYT?): khai báo legal "37/2017/TT-BYT" để trích dẫn được kiểm tra');
    });

    test('a declared document typed as plain text is information', async () => {
        const checked = await check(report('theo Quyết định số 1300/QĐ-BYT ngày 09/3/2023 của Bộ Y tế.'));
        const [finding] = findings(checked, ['legal-undeclared']);
        expect([finding.severity, finding.message]).toEqual([DiagnosticSeverity.Information,
            'Văn bản 1300/QĐ-BYT đã được khai báo: viết [1300/QĐ-BYT|symbol] để trích dẫn được kiểm tra']);
    });
});

describe('doc-number-format: the document\'s own number', () => {
    const org = 'org SYT "Sở Y tế Thanh Hóa" code SYT\norg TTYT "Trung tâm Y tế Hoằng Hóa" code TTYT parent SYT\n';
    test.each([
        ['001: a report "/BC-TTYT"', 'report BC issuer TTYT number "/BC-TTYT"', [], undefined],
        ['000: a letter "/CV-TTYT"', 'letter CV issuer TTYT number "/CV-TTYT"', [], undefined],
        ['004: a letter of the Sở "/SYT-KHTC"', 'letter CV issuer SYT number "/SYT-KHTC"', [], undefined],
        ['002: a plan "/KH-TTYT"', 'plan KH issuer TTYT number "/KH-TTYT"', [], undefined],
        ['"/KH-" on a báo cáo', 'report BC issuer TTYT number "/KH-TTYT"', ['doc-number-format KH'], '/BC-TTYT'],
        ['the issuer code of another org', 'report BC issuer TTYT number "/BC-SYT"', ['doc-number-format SYT'], '/BC-TTYT'],
        ['a type code on a letter', 'letter CV issuer SYT number "125/BC-SYT"', ['doc-number-format BC'], '125/SYT'],
    ])('%s', async (_name, header, expected, fix) => {
        const checked = await check(`${org}${header}\n---\n`);
        expect(findings(checked, ['doc-number-format']).map(f => `${f.code} ${f.covered}`)).toEqual(expected);
        if (fix) expect((checked.diagnostics().find(d => d.code === 'doc-number-format')!.data as { replacement: string }).replacement).toBe(fix);
    });
});
