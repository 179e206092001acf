import { describe, expect, test } from 'vitest';
import { check } from '../helpers.js';
import { checkCodes, findings, report } from './seed-report.js';

const CODES = ['period-mention'];

const QUARTER = 'report BC issuer TTYT period Q1/2024 date 14/4/2024';
const HALF = 'report BC issuer TTYT period H1/2024 date 10/7/2024';
const YEAR_2023 = 'report BC issuer TTYT period 2023 date 20/12/2023';
const PLAN_2024 = 'plan KH issuer TTYT period 2024 date 10/01/2024';

const x = 'tre_tiem_chung_day_du';

describe('period-mention: a period named in a sentence that gives a value of the document\'s period', () => {
    test.each([
        // slips
        ['a six-month total said of June', HALF, `Trong tháng 6 đã tiêm {${x} = 703} trẻ.`, ['period-mention tháng 6']],
        ['the same, the month after a comma', HALF, `Trong tháng 6, Trung tâm đã tiêm {${x} = 703} trẻ.`, ['period-mention tháng 6']],
        ['the period after the value', HALF, `Số trẻ được tiêm chủng đầy đủ là {${x} = 703} trẻ trong quý II.`, ['period-mention quý II']],
        ['last year\'s year left in a copied sentence', YEAR_2023.replace('2023 date 20/12/2023', '2024 date 20/12/2024'), `Năm 2023 đã tiêm {${x} = 703} trẻ.`, ['period-mention Năm 2023']],
        ['a quarter report speaking of the next quarter', QUARTER, `Trong quý II tiêm {${x} = 703} trẻ.`, ['period-mention quý II']],
        ['data up to a date of the year before', HALF, `Tính đến ngày 30/6/2023 đã tiêm {${x} = 703} trẻ.`, ['period-mention đến ngày 30/6/2023']],
        ['data up to the end of the first quarter for a six-month total', HALF, `Tính đến ngày 31/3/2024 đã tiêm {${x} = 703} trẻ.`, ['period-mention đến ngày 31/3/2024']],
        ['004\'s "chỉ tiêu kế hoạch năm 2023" beside a 2024 value', QUARTER, `Đạt {${x} of plan = 20%} chỉ tiêu kế hoạch năm 2023.`, ['period-mention năm 2023']],
        ['a 2024 plan whose solutions are "năm 2023"', PLAN_2024, `Nhiệm vụ, giải pháp năm 2023: tỷ lệ tiêm chủng đầy đủ đạt {plan(${x}) = 3.515} trẻ.`, ['period-mention năm 2023']],
        ['"cùng kỳ" of the wrong year', QUARTER, `Tiêm {${x} = 703} trẻ, so với cùng kỳ năm 2022 là {prev(${x}) = 645} trẻ.`, ['period-mention năm 2022']],
        ['one of two sentences on a line', HALF, `Công tác tiêm chủng được duy trì. Trong tháng 6 đã tiêm {${x} = 703} trẻ.`, ['period-mention tháng 6']],
        // silent: the phrase fits
        ['001: "Trong 3 tháng đầu năm" for a first quarter', QUARTER, 'Trong 3 tháng đầu năm một số bệnh truyền nhiễm nhóm B xuất hiện như: Sốt xuất huyết {sxh_mac = 01} bệnh nhân so với cùng kỳ là {prev(sxh_mac) = 02} bệnh nhân.', []],
        ['001: "Tính đến ngày 31/3/2024" for a first quarter', QUARTER, 'Tính đến ngày 31/3/2024 tổng số mũi tiêm trong huyện là {tiem_covid = 509.549} liều.', []],
        ['"đến 30/6/2024" for a six-month report', HALF, `Tính đến 30/6/2024 đã tiêm {${x} = 703} trẻ.`, []],
        ['data up to a day of the quarter\'s last month', QUARTER, `Tính đến ngày 25/3/2024 đã tiêm {${x} = 703} trẻ.`, []],
        ['the year containing the quarter', QUARTER, `Trong năm 2024, quý I đã tiêm {${x} = 703} trẻ.`, []],
        ['"quý I/2024" written out', QUARTER, `Quý I/2024 tiêm {${x} = 703} trẻ.`, []],
        ['the plan of the year', QUARTER, `Tiêm {${x} = 703} trẻ, đạt {${x} of plan = 20%} kế hoạch năm 2024.`, []],
        ['the same period last year', QUARTER, `Tiêm {${x} = 703} trẻ, đạt {${x} of prev = 109%} so với cùng kỳ năm 2023.`, []],
        ['"so với" any other year', QUARTER, `Tiêm {${x} = 703} trẻ, tăng so với năm 2022.`, []],
        ['a value with its own period', HALF, `Riêng tháng 6 tiêm {${x} @ T6/2024 = 250} trẻ, 6 tháng đầu năm {${x} = 703} trẻ.`, []],
        ['a value with its own period only', HALF, `Trong tháng 6 đã tiêm {${x} @ T6/2024 = 250} trẻ.`, []],
        ['a period of a number typed as text', YEAR_2023, `Cả năm tiêm {${x} = 703} trẻ, riêng quý IV tiêm 200 trẻ.`, []],
        ['a period of an activity, the value with its own period phrase', QUARTER, `Tháng 3/2024 tổ chức chiến dịch tiêm bù, trong quý I tiêm {${x} = 703} trẻ.`, []],
        ['a period of an activity, the value "trong quý"', QUARTER, `Trong tháng 3 đơn vị tổ chức tiêm bù, số trẻ tiêm đủ trong quý là {${x} = 703} trẻ.`, []],
        ['another clause', QUARTER, `Tháng 3 tổ chức tiêm bù; tiêm {${x} = 703} trẻ.`, []],
        ['the subject of a cited document', QUARTER, `Căn cứ [1300/QĐ-BYT|short] ngày 09/3/2023 về công tác năm 2023 đơn vị đã tiêm {${x} = 703} trẻ.`, []],
        ['the subject of a document cited as text', QUARTER, `Thực hiện Kế hoạch số 23/KH-TTYT về tiêm chủng năm 2023 đã tiêm {${x} = 703} trẻ.`, []],
        ['a date of an event', QUARTER, `Ngày 15/3/2024 tổ chức tiêm, đến nay tiêm {${x} = 703} trẻ.`, []],
        ['a date written out', QUARTER, `Theo Quyết định ngày 06 tháng 12 năm 2023, đã tiêm {${x} = 703} trẻ.`, []],
        ['a birth cohort', QUARTER, `Số trẻ sinh năm 2023 được tiêm đủ là {${x} = 703} trẻ.`, []],
        ['a span and a horizon', QUARTER, `Thực hiện Bộ tiêu chí giai đoạn đến năm 2030, từ năm 2021 đến năm 2025, tiêm {${x} = 703} trẻ.`, []],
        ['a point in time', QUARTER, `Ngay từ đầu năm 2024 tổ chức tiêm, tiêm {${x} = 703} trẻ.`, []],
        ['001, PHẦN II: a later period under a heading of directions', QUARTER, `# PHƯƠNG HƯỚNG NHIỆM VỤ 9 THÁNG CUỐI NĂM 2024\n\nPhấn đấu 9 tháng cuối năm 2024 tiêm {${x} = 2.800} trẻ.`, []],
        ['what an event is about', QUARTER, `Tổ chức Hội nghị tổng kết công tác y tế năm 2023 với {${x} = 703} đại biểu.`, []],
        ['what a campaign is about', QUARTER, `Chiến dịch tiêm bù tháng 3 tiêm được {${x} = 703} trẻ.`, []],
        ['a next year\'s programme being prepared', YEAR_2023, `Năm 2023 đơn vị đã tiêm {${x} = 703} trẻ và xây dựng chương trình công tác năm 2024.`, []],
        ['a later period in a sentence about a plan', QUARTER, `Tiêm {${x} = 703} trẻ, dự kiến quý II tiêm thêm 700 trẻ.`, []],
        ['a plan within the plan year', QUARTER, `Kế hoạch quý II: tiêm {${x} = 703} trẻ.`, []],
        ['no value of the document\'s period in the sentence', QUARTER, 'Hội nghị đã thông qua phương hướng nhiệm vụ, giải pháp năm 2023.', []],
        ['a value of the compared period alone', QUARTER, `Cùng kỳ năm 2023 là {prev(${x}) = 645} trẻ.`, []],
        ['a letter without a period', 'letter CV issuer TTYT date 14/4/2024', `Năm 2023 tiêm {${x} = 703} trẻ.`, []],
    ])('%s', async (_name, header, body, expected) => {
        expect(await checkCodes(report('', body, header), CODES)).toEqual(expected);
    });

    test('the message names the value\'s period and the phrase; a wrong year gets the right one as fix', async () => {
        const text = report('', `Năm 2023 đã tiêm {${x} = 703} trẻ.`, YEAR_2023.replace('2023 date 20/12/2023', '2024 date 20/12/2024'));
        const checked = await check(text);
        const diagnostic = checked.diagnostics().find(d => d.code === 'period-mention')!;
        expect(diagnostic.message).toBe('Câu nêu số liệu của năm 2024 nhưng ghi "Năm 2023": sửa kỳ trong câu, hoặc ghi kỳ của số liệu (x @ …)');
        expect(diagnostic.severity).toBe(2);
        const data = diagnostic.data as { replacement: string; edits: Array<{ newText: string; range: { start: { character: number } } }> };
        expect(data.edits).toEqual([expect.objectContaining({ newText: '2024' })]);
        expect(data.edits[0].range.start.character).toBe('Năm '.length);
        const english = await check(text, { language: 'en' });
        expect(findings(english, CODES)[0].message).toBe('The sentence states a value for năm 2024 but says "Năm 2023": correct the period, or give the value\'s own period (x @ …)');
    });

    test('a month for a six-month value has no fix; the plan and compared periods say which they are', async () => {
        const checked = await check(report('', [
            `Trong tháng 6 đã tiêm {${x} = 703} trẻ.`,
            `Đạt {${x} of plan = 20%} kế hoạch năm 2023.`,
            `Tiêm {${x} = 703} trẻ, so với cùng kỳ năm 2022 là {prev(${x}) = 645} trẻ.`,
        ].join('\n'), HALF));
        const found = checked.diagnostics().filter(d => d.code === 'period-mention');
        expect(found.map(d => d.message)).toEqual([
            'Câu nêu số liệu của 6 tháng đầu năm 2024 nhưng ghi "tháng 6" (tháng 6 năm 2024): sửa kỳ trong câu, hoặc ghi kỳ của số liệu (x @ …)',
            '"năm 2023" không phải kỳ kế hoạch của văn bản: năm 2024',
            '"năm 2022" không phải cùng kỳ của văn bản: 6 tháng đầu năm 2023',
        ]);
        expect(found[0].data).not.toHaveProperty('edits');
        expect((found[1].data as { replacement: string }).replacement).toBe('2024');
        expect((found[2].data as { replacement: string }).replacement).toBe('2023');
    });
});
