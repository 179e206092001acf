import { describe, expect, test } from 'vitest';
import { check } from '../helpers.js';
import { checkCodes, findings, report } from './seed-report.js';

const CODES = ['rate-as-count', 'number-format'];

/** A rate of communes and the count it is made of, as a province report declares them. */
const DECLARATIONS = `indicator xa_dat "Số xã đạt chuẩn quốc gia về y tế" unit xã
indicator xa_tong "Tổng số xã" unit xã
indicator ty_le_xa_dat "Tỷ lệ xã đạt chuẩn quốc gia về y tế" unit % = xa_dat / xa_tong
`;

describe('rate-as-count: a rate given as a count', () => {
    test.each([
        ['002: "Tỷ lệ xã … đạt chuẩn … đạt 13 xã" (a count under a rate\'s label)',
            '- Tỷ lệ xã, phường, thị trấn đạt chuẩn bộ tiêu chí quốc gia về y tế (theo chuẩn mới) đạt {plan(xa_dat_chuan_qg) = 13} xã (*chi tiết tại phụ lục 01 đính kèm*).',
            ['rate-as-count 13']],
        ['a % indicator stated with a count unit after it', '- Tỷ lệ xã đạt chuẩn quốc gia về y tế đạt {ty_le_xa_dat = 12} xã.', ['rate-as-count 12']],
        ['"Tỉ lệ" spelled with ỉ', 'Tỉ lệ xã đạt chuẩn: {xa_dat = 12} xã.', ['rate-as-count 12']],
        ['the count with its base after a slash', 'Tỷ lệ xã đạt chuẩn: {xa_dat = 12}/{xa_tong = 15} xã.', []],
        ['the count with "trên" and its base', 'Tỷ lệ xã đạt chuẩn là {xa_dat = 12} xã trên {xa_tong = 15} xã.', []],
        ['the count, then its percentage in the same clause', 'Tỷ lệ xã đạt chuẩn: {xa_dat = 12} xã, đạt {xa_dat of xa_tong = 80%}.', []],
        ['the count, then a percentage typed as text', 'Tỷ lệ xã đạt chuẩn: {xa_dat = 12} xã (đạt 80%).', []],
        ['a percentage before the count in its clause', 'Tỷ lệ xã đạt chuẩn đạt 80%, với {xa_dat = 12} xã.', []],
        ['001: a percentage followed by what it is a share of has its sign', 'đạt {ty_le_tham_gia_bhyt = 95%} trẻ em và người lớn.', []],
        ['001: "Số xã triển khai … là 31 xã" is a count labelled a count', '- Số xã triển khai chương trình phòng chống bệnh tâm thần cộng đồng là {xa_dat = 31} xã.', []],
        ['a clause about a rate, then a count in the next clause', 'Tỷ lệ xã đạt chuẩn tăng; có {xa_dat = 12} xã đạt chuẩn.', []],
        ['a table row is read by its columns', '| Tỷ lệ xã đạt chuẩn | {xa_dat = 12} | xã |', []],
        ['002: "Tỷ lệ … {plan(ty_le_nha_tieu_hvs) = 95}%"', '- Tỷ lệ nhà tiêu hợp vệ sinh trên địa bàn huyện đạt {plan(ty_le_nha_tieu_hvs) = 95}%', []],
        ['a % indicator without its sign and no count after it is number-format', 'Tỷ lệ xã đạt chuẩn: {ty_le_xa_dat = 80}.', ['number-format 80']],
    ])('%s', async (_name, body, expected) => {
        expect(await checkCodes(report(DECLARATIONS, body), CODES)).toEqual(expected);
    });

    test('the messages say what a rate needs', async () => {
        const checked = await check(report(DECLARATIONS, '- Tỷ lệ xã đạt chuẩn quốc gia về y tế đạt {xa_dat = 12} xã.\n- Đạt {ty_le_xa_dat = 12} xã.'));
        expect(findings(checked, CODES).map(f => f.message)).toEqual([
            '"Tỷ lệ xã đạt chuẩn quốc gia về y tế" là một tỷ lệ nhưng chỉ nêu số đếm 12 xã: tỷ lệ cần số phần trăm hoặc mẫu số (12/… xã)',
            '"Tỷ lệ xã đạt chuẩn quốc gia về y tế" là tỷ lệ (%) nhưng số nêu là 12 xã, một số đếm: ghi tỷ lệ (12%) hoặc nêu số đếm kèm mẫu số',
        ]);
        expect(checked.diagnostics().filter(d => d.code === 'rate-as-count').every(d => d.severity === 2)).toBe(true);
        const english = await check(report(DECLARATIONS, 'Đạt {ty_le_xa_dat = 12} xã.'), { language: 'en' });
        expect(findings(english, CODES)[0].message).toBe('"Tỷ lệ xã đạt chuẩn quốc gia về y tế" is a rate (%) but the number stated is 12 xã, a count: state the rate (12%) or the count with its base');
    });
});
