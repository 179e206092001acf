import { describe, expect, test } from 'vitest';
import { check, checkFiles, coveredText } from '../helpers.js';

/** A report of TTYT Hoằng Hóa for Q1/2024 around the given declarations and body lines. */
function report(declarations: string, body: string): string {
    return `${declarations}
org SYT "Sở Y tế Thanh Hóa" code SYT
org TTYT "Trung tâm Y tế Hoằng Hóa" code TTYT parent SYT
report BC issuer TTYT period Q1/2024 date 14/4/2024
---
${body}
`;
}

const ARTICLES = `
indicator bai_viet "Số bài viết truyền thông" unit bài = bv_dich + bv_attp + bv_xh + bv_khac
indicator bv_dich "Bài về phòng chống dịch, bệnh" unit bài
indicator bv_attp "Bài về an toàn vệ sinh thực phẩm" unit bài
indicator bv_xh "Bài về các bệnh xã hội" unit bài
indicator bv_khac "Bài tuyên truyền về nội dung khác" unit bài`;


describe('sum-mismatch: totals against their parts, from real seed lines', () => {
    test.each([
        {
            seed: '001: Số bài viết truyền thông là 530 bài … 176 + 105 + 58 + 91 = 430',
            declarations: ARTICLES,
            body: 'Số bài viết truyền thông là {bai_viet = 530} bài so với cùng kỳ là {prev(bai_viet) = 464} bài.\nTrong đó: Về phòng chống dịch, bệnh là {bv_dich = 176} bài, về An toàn vệ sinh thực phẩm là {bv_attp = 105} bài, về các bệnh xã hội là {bv_xh = 58} bài, tuyên truyền về nội dung khác là {bv_khac = 91} bài.',
            expected: ['6:sum-mismatch'], covered: '530',
        },
        {
            seed: '001: Bướu cổ 335 = 303 + 32 (adds up)',
            declarations: `indicator buou_co "Bệnh nhân bướu cổ được quản lý" unit "bệnh nhân" = buou_thuong + buou_bajodow
indicator buou_thuong "Bướu thường" unit "bệnh nhân"
indicator buou_bajodow "Bướu Bajodow" unit "bệnh nhân"`,
            body: '- Tổng số bệnh nhân Bướu cổ được quản lý là {buou_co = 335} bệnh nhân, trong đó bướu thường là {buou_thuong = 303} bệnh nhân, bướu Bajodow là {buou_bajodow = 32} bệnh nhân.',
            expected: [], covered: undefined,
        },
        {
            seed: '001: KHHGĐ 2.743 = 1.388 + 1.345 + 10 (adds up, Vietnamese thousands dots)',
            declarations: '',
            body: '- Tổng số người sử dụng biện pháp KHHGĐ là {nguoi_dung_bptt = 2.743} người. Trong đó: Dùng thuốc viên tránh thai là {bptt_thuoc_vien = 1.388} người, dùng bao cao su là {bptt_bao_cao_su = 1.345} người. Đặt vòng tránh thai là {bptt_dat_vong = 10} người.',
            expected: [], covered: undefined,
        },
        {
            seed: '001: Tổng số trẻ sinh là 746 trẻ (trẻ nam 433, trẻ gái 313)',
            declarations: '',
            body: '- Tổng số trẻ sinh là {tre_sinh = 746} trẻ (trẻ nam {tre_sinh_nam = 433}, trẻ gái {tre_sinh_nu = 313}).',
            expected: [], covered: undefined,
        },
        {
            seed: 'a total with two breakdowns, the second wrong: 51 = 50 + 01 = 07 + 22 + 10 + 11 + 02',
            declarations: `indicator cb "Tổng số cán bộ" unit "cán bộ" = cb_bc + cb_hd = cb_sdh + cb_dh + cb_cd + cb_tc + cb_lx
indicator cb_bc "Biên chế" unit "cán bộ"
indicator cb_hd "Hợp đồng" unit "cán bộ"
indicator cb_sdh "Trên đại học" unit "cán bộ"
indicator cb_dh "Đại học" unit "cán bộ"
indicator cb_cd "Cao đẳng" unit "cán bộ"
indicator cb_tc "Trung cấp" unit "cán bộ"
indicator cb_lx "Lái xe" unit "cán bộ"`,
            body: '+ Tổng số cán bộ là: {cb = 51} (biên chế: {cb_bc = 50}; hợp đồng: {cb_hd = 01}).\nTrên đại học: {cb_sdh = 07}; Đại học: {cb_dh = 22}; Cao đẳng: {cb_cd = 10}; Trung cấp: {cb_tc = 11}; Lái xe: {cb_lx = 02}.',
            expected: ['6:sum-mismatch'], covered: '51',
        },
    ])('$seed', async ({ declarations, body, expected, covered }) => {
        const checked = await check(report(declarations, body));
        const lines = declarations.split('\n').length;
        const codes = checked.codes().map(c => c.replace(/^(\d+)/, n => String(Number(n) - lines + 1)));
        expect(codes).toEqual(expected);
        if (covered) expect(coveredText(checked.documents['main.bcyt'], checked.diagnostics()[0])).toBe(covered);
    });

    test('the message names the total, the sum and the parts', async () => {
        const checked = await check(report(ARTICLES, '{bai_viet = 530} {bv_dich = 176} {bv_attp = 105} {bv_xh = 58} {bv_khac = 91}'));
        expect(checked.diagnostics()[0].message).toContain('530');
        expect(checked.diagnostics()[0].message).toContain('430 bài (176 + 105 + 58 + 91)');
    });

    test('a sum is not checked while a part is missing', async () => {
        const checked = await check(report(ARTICLES, '{bai_viet = 530} {bv_dich = 176} {bv_attp = 105} {bv_xh = 58}'));
        expect(checked.codes()).toEqual([]);
    });

    test('data blocks are checked like statements, for any org and period', async () => {
        const checked = await check(report(ARTICLES + `
data TTYT Q1/2023 {
  bai_viet = 464
  bv_dich = 100
  bv_attp = 100
  bv_xh = 100
  bv_khac = 100
}`, ''));
        expect(checked.codes()).toEqual(['8:sum-mismatch']);
    });
});

describe('claim-mismatch: stated numbers at the precision written', () => {
    const TECHNIQUES = `
indicator kt_duyet "Số kỹ thuật đúng tuyến được phê duyệt" unit "kỹ thuật"
indicator kt_tong "Tổng số kỹ thuật đúng tuyến" unit "kỹ thuật"
indicator cs_dat "Cơ sở đạt điều kiện ATTP" unit "cơ sở"
indicator cs_kt "Cơ sở được kiểm tra" unit "cơ sở"`;
    test.each([
        ['003: 2939/4431 đạt 66.7% (66,33%)', '{kt_duyet = 2939}/{kt_tong = 4431} đạt {kt_duyet of kt_tong = 66.7%} DMKT', ['claim-mismatch', 'number-format']],
        ['003: 500/604 … (đạt 82,8%)', '{cs_dat = 500}/{cs_kt = 604} cơ sở (đạt {cs_dat of cs_kt = 82,8%})', []],
        ['"82,7%" is outside ±0,05 of 82,78', '{cs_dat = 500}/{cs_kt = 604} (đạt {cs_dat of cs_kt = 82,7%})', ['claim-mismatch']],
        ['"83%" accepts 82,78 (±0,5)', '{cs_dat = 500}/{cs_kt = 604} (đạt {cs_dat of cs_kt = 83%})', []],
        ['per mille when stated in ‰', '{cs_dat = 500}/{cs_kt = 604} ({cs_dat of cs_kt = 827,8 ‰})', []],
        ['a percentage without its sign is read as percent (and its missing sign reported)', '{cs_dat = 500}/{cs_kt = 604} ({cs_dat of cs_kt = 82,8})', ['number-format']],
        ['arithmetic: a difference', '{cs_dat = 500}/{cs_kt = 604}: {cs_kt - cs_dat = 104} chưa đạt', []],
        ['arithmetic: a wrong difference', '{cs_dat = 500}/{cs_kt = 604}: {cs_kt - cs_dat = 114} chưa đạt', ['claim-mismatch']],
    ])('%s', async (_name, body, expected) => {
        const checked = await check(report(TECHNIQUES, body));
        expect(checked.diagnostics().map(d => d.code).sort()).toEqual([...expected].sort());
    });

    test('001: 703 trẻ đạt 109% so với cùng kỳ, with the same period stated', async () => {
        const ok = await check(report('', '{tre_tiem_chung_day_du = 703} trẻ, cùng kỳ {prev(tre_tiem_chung_day_du) = 645}, đạt {tre_tiem_chung_day_du of prev = 109%} so với cùng kỳ.'));
        expect(ok.codes()).toEqual([]);
        const wrong = await check(report('', '{tre_tiem_chung_day_du = 703} trẻ, cùng kỳ {prev(tre_tiem_chung_day_du) = 645}, đạt {tre_tiem_chung_day_du of prev = 119%} so với cùng kỳ.'));
        expect(wrong.codes()).toEqual(['6:claim-mismatch']);
        // indicators by their labels, then the numbers the engine used
        expect(wrong.diagnostics()[0].message).toBe('Số nêu 119% khác số tính được 109% (Số trẻ dưới 1 tuổi được tiêm chủng đầy đủ / cùng kỳ = 703 / 645)');
    });

    test('percent of plan uses the target of the plan period (the year)', async () => {
        const text = report(`target TTYT 2024 {
  tre_tiem_chung_day_du = 3515 trẻ
}`, '{tre_tiem_chung_day_du = 703} trẻ đạt {tre_tiem_chung_day_du of plan = 20%} kế hoạch, {tre_tiem_chung_day_du of plan = 23,3%} sai.');
        const checked = await check(text);
        expect(checked.codes()).toEqual(['8:claim-mismatch']);
        expect(checked.diagnostics()[0].message).toContain('20,0%');
    });

    test('a statement is checked against data for the same org and period', async () => {
        const checked = await check(report(`data TTYT Q1/2024 {
  tre_tiem_chung_day_du = 703
}`, 'Số trẻ là {tre_tiem_chung_day_du = 730} trẻ.'));
        expect(checked.codes()).toEqual(['8:claim-mismatch']);
    });

    test('a ratio indicator stated in prose is checked against its formula (138/100)', async () => {
        const ok = await check(report('', '{tre_sinh_nam = 433} nam, {tre_sinh_nu = 313} nữ; tỷ số giới tính {ty_so_gioi_tinh_khi_sinh = 138} nam/100 nữ.'));
        expect(ok.codes()).toEqual([]);
        const wrong = await check(report('', '{tre_sinh_nam = 433} nam, {tre_sinh_nu = 313} nữ; tỷ số giới tính {ty_so_gioi_tinh_khi_sinh = 113} nam/100 nữ.'));
        expect(wrong.codes()).toEqual(['6:claim-mismatch']);
    });

    test('nothing is guessed: a claim whose inputs are missing raises no mismatch, only missing-data as information', async () => {
        const checked = await check(report('', '{tre_tiem_chung_day_du = 703} trẻ đạt {tre_tiem_chung_day_du of plan = 20%} kế hoạch.'));
        expect(checked.codes()).toEqual(['6:missing-data']);
        expect(checked.diagnostics()[0].severity).toBe(3);
    });
});

describe('count-not-integer and number-format in source', () => {
    test.each([
        ['002: Dân số trung bình 167.769 người typed with the thousands dot', 'dan_so_tb = 167.769', 'count-not-integer', '167769'],
        ['a fraction of a count', 'tre_sinh_nam = 12,5', 'count-not-integer', undefined],
        ['a decimal point in a percentage', 'toc_do_tang_dan_so = 0.6 %', 'number-format', '0,6'],
    ])('%s', async (_name, line, code, replacement) => {
        const checked = await check(report(`target TTYT 2024 {\n  ${line}\n}`, ''));
        expect(checked.diagnostics().map(d => d.code)).toEqual([code]);
        expect((checked.diagnostics()[0].data as { replacement?: string }).replacement).toBe(replacement);
    });

    test.each(['dan_so_tb = 167769', 'toc_do_tang_dan_so < 0,6 %', 'ty_suat_sinh = 11,41 ‰', 'ty_so_gioi_tinh_khi_sinh = 113 "nam/100 nữ"', 'xa_dat_chuan_qg = 13 xã'])(
        '002 target %s is well formed', async (line) => {
            const checked = await check(report(`target TTYT 2024 {\n  ${line}\n}`, ''));
            expect(checked.codes()).toEqual([]);
        });

    test('a stated count with a fraction in prose', async () => {
        const checked = await check(report('', 'Số trẻ sinh {tre_sinh_nam = 12,5} trẻ.'));
        expect(checked.codes()).toEqual(['6:count-not-integer']);
    });
});

describe('unit-mismatch in formulas and assignments', () => {
    test('children may add into people, never into visits', async () => {
        const checked = await check(report(`
indicator a "A" unit người = tre_sinh + pn_kham_thai_4_lan
indicator b "B" unit người = tre_sinh + luot_kham
indicator c "C" unit trẻ = dan_so_tb + tre_sinh`, ''));
        expect(checked.codes()).toEqual(['3:unit-mismatch', '4:unit-mismatch']);
    });

    test('a value given in another unit than its indicator', async () => {
        const checked = await check(report(`target TTYT 2024 {
  xa_dat_chuan_qg = 13 lượt
  ty_le_tham_gia_bhyt = 95 ‰
  ty_le_tham_gia_bhyt = 95 %
}`, ''));
        expect(checked.codes()).toEqual(['2:unit-mismatch', '3:unit-mismatch']);
    });

    test('a ratio formula fits a percentage indicator; a count does not', async () => {
        const checked = await check(report(`
indicator ok_ratio "Tỷ lệ" unit % = tre_tiem_chung_day_du / tre_trong_do_tuoi_tiem_chung
indicator bad_ratio "Tỷ lệ sai" unit % = tre_tiem_chung_day_du * 2`, ''));
        expect(checked.codes()).toEqual(['3:unit-mismatch']);
    });
});

describe('rule-violated: the starter catalog rules on real seed values', () => {
    test('001: 761 trẻ được bảo vệ UVSS > 746 trẻ đẻ sống', async () => {
        const checked = await check(report('', '- Số trẻ được bảo vệ UVSS là {tre_bao_ve_uvss = 761} trẻ.\n- Tổng số trẻ đẻ sống là {tre_de_song = 746} trẻ.'));
        expect(checked.codes()).toEqual(['6:rule-violated']);
        expect(checked.diagnostics()[0].message).toContain('761');
    });

    test('001: 666 phụ nữ khám thai ≥ 4 lần × 4 > 3,2 lần × 746 trẻ đẻ sống', async () => {
        const checked = await check(report('', '{pn_kham_thai_4_lan = 666} người; trung bình {so_lan_kham_thai_tb = 3,2} lần; {tre_de_song = 746} trẻ.'));
        expect(checked.codes()).toEqual(['6:rule-violated']);
    });

    test('002: planned mortality under 5 (0,2 ‰) below under 1 (1,0 ‰)', async () => {
        const checked = await check(report(`target TTYT 2024 {
  ty_suat_tu_vong_duoi_1 = 1,0 ‰
  ty_suat_tu_vong_duoi_5 = 0,2 ‰
}`, ''));
        // reported on the rule's left side, the under-5 target
        expect(checked.codes()).toEqual(['3:rule-violated']);
        expect(checked.diagnostics()[0].message).toContain('chỉ tiêu kế hoạch');
    });

    test.each([
        ['001: AIDS 63 ≤ HIV 268', '{hiv_hien_mac = 268} {aids_hien_mac = 63}'],
        ['001: tâm thần ổn định 1.196 ≤ quản lý 1.196', '{tam_than_quan_ly = 1.196} {tam_than_on_dinh = 1.196}'],
        ['001: lao AFB mới 0 ≤ lao mới 02', '{lao_moi_phat_hien = 02} {lao_afb_moi = 0}'],
        ['001: tử vong < 5 tuổi alone (under 1 missing: skipped)', '{tu_vong_duoi_5 = 03}'],
    ])('consistent: %s', async (_name, body) => {
        const checked = await check(report('', body));
        expect(checked.codes()).toEqual([]);
    });

    test('a user rule with severity and the zero policy for missing values', async () => {
        const checked = await check(report(`indicator x "X" unit người
indicator y "Y" unit người
rule r "x không vượt y" x <= y severity warning missing zero`, '{x = 5}'));
        expect(checked.diagnostics().map(d => [d.code, d.severity])).toEqual([['rule-violated', 2]]);
    });
});

describe('names and imports', () => {
    test('declarations of an unrelated file are not visible without an import', async () => {
        const checked = await checkFiles({
            'report.bcyt': 'data TTYT_X 2024 {\n  chi_so_rieng = 5\n}',
            'other.bcyt': 'org TTYT_X "TTYT X"\nindicator chi_so_rieng "Riêng" unit người',
        });
        expect(checked.codes('report.bcyt')).toEqual(['1:unresolved-reference', '2:unresolved-reference']);
    });

    test('imports make declarations visible, transitively, with or without .bcyt', async () => {
        const checked = await checkFiles({
            'bc/report.bcyt': 'import "../catalog/tinh"\ndata TTYT_X 2024 {\n  chi_so_rieng = 5\n}',
            'catalog/tinh.bcyt': 'import "chi-so.bcyt"\norg TTYT_X "TTYT X"',
            'catalog/chi-so.bcyt': 'indicator chi_so_rieng "Riêng" unit người',
        });
        expect(checked.codes('bc/report.bcyt')).toEqual([]);
    });

    test('an import naming no file', async () => {
        const checked = await checkFiles({ 'a.bcyt': 'import "khong-co"' });
        expect(checked.codes('a.bcyt')).toEqual(['1:unresolved-reference']);
        expect(checked.diagnostics('a.bcyt')[0].message).toContain('khong-co');
    });

    test('names match across tone placements and Unicode forms ("Hoá" = "Hóa", NFD = NFC)', async () => {
        const nfd = 'Hoá'.normalize('NFD');
        const checked = await check(`unit "thuỷ"\nindicator x "X" unit "thủy"\norg ${'Hóa'} "Đơn vị"\ndata ${nfd} 2024 {\n  x = 1\n}`);
        expect(checked.codes()).toEqual([]);
    });

    test('duplicate names, within a file and against an import', async () => {
        const checked = await checkFiles({
            'a.bcyt': 'import "b"\nunit người\nindicator x "X" unit người\nindicator x "X lần hai" unit người',
            'b.bcyt': 'indicator y "Y" unit người',
        });
        expect(checked.codes('a.bcyt')).toEqual(['2:duplicate-name', '4:duplicate-name']);
        expect(checked.diagnostics('a.bcyt')[0].message).toContain('00-units.bcyt');
    });

    test('unresolved references name what is missing', async () => {
        const checked = await check(report('', 'Theo [9999/QĐ-BYT], {khong_co = 5} trẻ.'));
        expect(checked.diagnostics().map(d => d.message)).toEqual([
            'Không tìm thấy văn bản "9999/QĐ-BYT" (khai báo văn bản bằng legal "…" trong danh mục)',
            'Không tìm thấy chỉ số "khong_co" (kiểm tra tên và import)',
        ]);
    });
});

describe('messages in English with --lang en', () => {
    test('sum-mismatch and unresolved reference', async () => {
        const checked = await check(report(ARTICLES, '{bai_viet = 530} {bv_dich = 176} {bv_attp = 105} {bv_xh = 58} {bv_khac = 91} {nope}'), { language: 'en' });
        expect(checked.diagnostics().map(d => d.message).sort()).toEqual([
            'Cannot resolve indicator "nope" (check the name and the imports)',
            'Total 530 bài differs from the sum of its parts 430 bài (176 + 105 + 58 + 91) — Số bài viết truyền thông, Trung tâm Y tế Hoằng Hóa, quý I năm 2024',
        ]);
    });
});

describe('a statement checked against data names where the data is, in the message language', () => {
    test.each([['vi', 'số liệu ở main.bcyt:2'], ['en', 'data at main.bcyt:2']] as const)('%s', async (lang, where) => {
        const checked = await check(report(`data TTYT Q1/2024 {
  tre_tiem_chung_day_du = 703
}`, 'Số trẻ là {tre_tiem_chung_day_du = 730} trẻ.'), { language: lang });
        expect(checked.diagnostics()[0].message).toContain(where);
    });
});
