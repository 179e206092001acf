import { describe, expect, test } from 'vitest';
import { checkCodes, report } from './seed-report.js';

const PARTS = `indicator co_so_kiem_tra "Số cơ sở được kiểm tra" unit "cơ sở"
indicator co_so_dat "Số cơ sở đạt điều kiện ATTP" unit "cơ sở"
rule dat_trong_kiem_tra "Cơ sở đạt không nhiều hơn cơ sở được kiểm tra" co_so_dat <= co_so_kiem_tra`;

describe('percent-out-of-range: shares outside 0–100 %', () => {
    test.each([
        ['003: 500/604 cơ sở đạt 82,8% (a rule says part ≤ whole)', PARTS, '{co_so_dat = 500}/{co_so_kiem_tra = 604} cơ sở (đạt {co_so_dat of co_so_kiem_tra = 82,8%})', []],
        ['a share stated above 100%', PARTS, '{co_so_dat = 604}/{co_so_kiem_tra = 500} cơ sở (đạt {co_so_dat of co_so_kiem_tra = 120,8%})', ['percent-out-of-range 120,8']],
        ['a share computed above 100%, printed without a stated number', PARTS, '{co_so_dat = 604}/{co_so_kiem_tra = 500}: {co_so_dat of co_so_kiem_tra}', ['percent-out-of-range {co_so_dat of co_so_kiem_tra}']],
        ['001: boys of girls is a ratio, not a share (138/100)', '', '{tre_sinh_nam = 433} {tre_sinh_nu = 313}: {tre_sinh_nam of tre_sinh_nu = 138}/100', []],
        ['a part of a sum: boys of all births', '', '{tre_sinh = 746} {tre_sinh_nam = 433} {tre_sinh_nu = 313}: {tre_sinh_nam of tre_sinh = 58%}', []],
        ['001: 109% of the same period is no share', '', '{tre_tiem_chung_day_du = 703} {prev(tre_tiem_chung_day_du) = 645} đạt {tre_tiem_chung_day_du of prev = 109%}', []],
        ['a "Tỷ lệ" indicator stated above 100%', '', 'Tỷ lệ dân số tham gia bảo hiểm y tế {ty_le_tham_gia_bhyt = 105%}.', ['percent-out-of-range 105']],
        ['001: Độ phủ muối Iốt 98%', 'indicator do_phu "Độ phủ muối Iốt trên địa bàn" unit %', '- Độ phủ muối Iốt trên địa bàn toàn huyện là {do_phu = 98%}.', []],
        ['a growth rate may be negative: "Tốc độ" is no share', 'data TTYT Q1/2024 {\n  toc_do_tang_dan_so = -0,2 %\n}', '', []],
        ['a target above 100%', 'target TTYT 2024 {\n  ty_le_tham_gia_bhyt = 110 %\n}', '', ['percent-out-of-range 110']],
        ['002: targets of 95% and 100%', 'target TTYT 2024 {\n  ty_le_tham_gia_bhyt = 95 %\n  ty_le_nha_tieu_hvs = 100 %\n}', '', []],
    ])('%s', async (_name, declarations, body, expected) => {
        expect(await checkCodes(report(declarations, body), ['percent-out-of-range'])).toEqual(expected);
    });
});
