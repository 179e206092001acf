import { describe, expect, test } from 'vitest';
import { check } from '../helpers.js';
import { checkCodes, findings, report } from './seed-report.js';

const CODES = ['legal-period-mismatch'];

/** A provincial plan known by a short name, declared with its span. */
const KH25 = `legal "25/KH-UBND" type "Kế hoạch" date 10/02/2021 issuer SYT
    alias "Kế hoạch 25" alias "KH 25"
    period 2021-2025
`;

describe('legal-period-mismatch: a programme named by its short name with another "giai đoạn"', () => {
    test.each([
        ['001: "đề án 06 … giai đoạn 2020-2025" (the starter catalog declares Đề án 06, 2022-2025)',
            '- Chỉ đạo, giám sát trạm Y tế các xã, thị trấn triển khai thực hiện các nhiệm vụ thuộc đề án 06 về phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử phục vụ chuyển đổi số Quốc gia giai đoạn 2020-2025, tầm nhìn 2030; thực hiện chỉnh trang cảnh quan.',
            ['legal-period-mismatch 2020']],
        ['003: "Đề án 06 … giai đoạn 2020 - 2025" (spaces around the dash)',
            'triển khai thực hiện các nhiệm vụ thuộc Đề án 06 về phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử phục vụ chuyển đổi số Quốc gia giai đoạn 2020 - 2025, tầm nhìn 2030;',
            ['legal-period-mismatch 2020']],
        ['001: the same words with "giai đoạn 2022-2025"',
            '2. Tăng cường công tác chỉ đạo, thường xuyên giám sát việc triển khai thực hiện các nhiệm vụ thuộc Đề án 06 về phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử phục vụ chuyển đổi số Quốc gia giai đoạn 2022-2025, tầm nhìn 2030.',
            []],
        ['"Đề án số 06", an en dash, both years wrong', 'Thực hiện Đề án số 06 giai đoạn 2021–2024.', ['legal-period-mismatch 2021–2024']],
        ['"giai đoạn đến năm 2030": only the end is said, and it is not 2025', 'Triển khai Đề án 06 giai đoạn đến năm 2030.', ['legal-period-mismatch 2030']],
        ['"giai đoạn đến năm 2025" agrees', 'Triển khai Đề án 06 giai đoạn đến năm 2025.', []],
        ['"giai đoạn từ năm 2022 đến năm 2025" agrees', 'Triển khai Đề án 06 giai đoạn từ năm 2022 đến năm 2025.', []],
        ['a span after the clause ends belongs to something else', 'Triển khai Đề án 06 về dữ liệu dân cư; Chương trình nâng cao chất lượng y tế giai đoạn 2021-2025.', []],
        ['a span after another document named in between is that one\'s', 'Thực hiện Đề án 06 và Kế hoạch 140/KH-UBND về hồ sơ sức khỏe giai đoạn 2020-2025.', []],
        ['"Đề án 061" is another name', 'Thực hiện Đề án 061 giai đoạn 2020-2025.', []],
        ['a catalog\'s own alias and span', 'Thực hiện KH 25 của UBND tỉnh giai đoạn 2021-2030.', ['legal-period-mismatch 2030']],
        ['a citation of a declared span, then another "giai đoạn"', 'Thực hiện [25/KH-UBND|short] về y tế cơ sở giai đoạn 2020-2025.', ['legal-period-mismatch 2020']],
        ['a citation of a declared span that agrees', 'Thực hiện [25/KH-UBND|short] về y tế cơ sở giai đoạn 2021 - 2025.', []],
        ['tone placement and NFD do not matter', `Thực hiện ${'Đề án 06'.normalize('NFD')} giai đoạn 2020-2025.`, ['legal-period-mismatch 2020']],
    ])('%s', async (_name, body, expected) => {
        expect(await checkCodes(report(KH25, body), CODES)).toEqual(expected);
    });

    test('the message names the short name, the symbol and both spans; the fix writes the declared year', async () => {
        const checked = await check(report('', 'Thực hiện đề án 06 giai đoạn 2020-2025.'));
        const diagnostic = checked.diagnostics().find(d => d.code === 'legal-period-mismatch')!;
        expect(diagnostic.message).toBe('"đề án 06" (06/QĐ-TTg) có giai đoạn 2022-2025, không phải giai đoạn 2020-2025');
        expect(diagnostic.severity).toBe(2);
        expect((diagnostic.data as { replacement: string }).replacement).toBe('2022');
        const english = await check(report('', 'Thực hiện đề án 06 giai đoạn 2020-2025.'), { language: 'en' });
        expect(findings(english, CODES)[0].message).toBe('"đề án 06" (06/QĐ-TTg) covers 2022-2025, not 2020-2025');
    });

    test('both years wrong: the fix writes the whole span with the author\'s separator', async () => {
        const checked = await check(report('', 'Thực hiện Đề án 06 giai đoạn 2020 - 2024.'));
        const diagnostic = checked.diagnostics().find(d => d.code === 'legal-period-mismatch')!;
        expect((diagnostic.data as { replacement: string }).replacement).toBe('2022 - 2025');
    });

    test.each([
        ['period 2025-2022', ['legal-period-mismatch 2025']],
        ['period 22-25', ['legal-period-mismatch 22']],
        ['period 2022-2025', []],
    ])('a declaration with %s', async (period, expected) => {
        expect(await checkCodes(report(`legal "9/KH-UBND" type "Kế hoạch" date 10/02/2021 alias "Kế hoạch 9" ${period}\n`, 'Văn bản.'), CODES)).toEqual(expected);
    });
});
