import { describe, expect, test } from 'vitest';
import { check } from '../helpers.js';
import { checkCodes, findings, report } from './seed-report.js';


describe('unit-mismatch: the unit word after a value in prose, from real seed lines', () => {
    test.each([
        ['001: 694 pregnant women counted in "trẻ"', '- Số phụ nữ có thai được tiêm UV2+ là {pnct_tiem_uv2 = 694} trẻ đạt 19,4% kế hoạch.', ['unit-mismatch trẻ']],
        ['visits written as patients', 'Tổng số lượt bệnh nhân đến khám là {luot_kham = 22.658} bệnh nhân.', ['unit-mismatch bệnh nhân']],
        ['001: 666 women written as "người" (a broader unit)', '- Số phụ nữ đẻ được khám thai > 4 lần/3 kỳ là {pn_kham_thai_4_lan = 666} người.', []],
        ['001: 761 trẻ', '- Số trẻ được bảo vệ UVSS là {tre_bao_ve_uvss = 761} trẻ.', []],
        ['001: multi-word unit "bệnh nhân"', '- Tổng số bệnh nhân HIV hiện mắc là {hiv_hien_mac = 268} bệnh nhân so với cùng kỳ.', []],
        ['001: "lượt bệnh nhân" starts with the unit', 'với tổng số {luot_kham = 31} lượt bệnh nhân.', []],
        ['002: "nam/100 nữ" after a sex ratio', '- Tỷ lệ giới tính khi sinh; {plan(ty_so_gioi_tinh_khi_sinh) = 113} nam/100 nữ', []],
        ['002: "13 xã"', 'đạt {plan(xa_dat_chuan_qg) = 13} xã (chi tiết tại phụ lục 01).', []],
        ['children written as people: a kind of the unit', 'Tổng số trẻ sinh là {tre_sinh = 746} người.', []],
        ['a word that is no unit', 'tổng số nhân khẩu đã được tạo lập là {tre_sinh = 746} đạt 99,51%.', []],
        ['a percentage followed by what it is a share of', 'đạt {ty_le_tham_gia_bhyt = 95%} trẻ em và người lớn.', []],
        ['tone placement and case do not matter ("Xã", NFD)', `{xa_dat_chuan_qg = 13} Xã; {hiv_hien_mac = 268} ${'bệnh nhân'.normalize('NFD')}.`, []],
    ])('%s', async (_name, body, expected) => {
        expect(await checkCodes(report('', body), ['unit-mismatch'])).toEqual(expected);
    });

    test('the message names the word, the indicator and its unit; the fix writes the unit', async () => {
        const checked = await check(report('', '{pnct_tiem_uv2 = 694} trẻ'));
        const [finding] = findings(checked, ['unit-mismatch']);
        expect(finding.message).toBe('Đơn vị không khớp: "trẻ" sau số của "Số phụ nữ có thai được tiêm UV2+", chỉ số tính bằng phụ nữ');
        expect((checked.diagnostics().find(d => d.code === 'unit-mismatch')!.data as { replacement: string }).replacement).toBe('phụ nữ');
        const english = await check(report('', '{pnct_tiem_uv2 = 694} trẻ'), { language: 'en' });
        expect(findings(english, ['unit-mismatch'])[0].message).toBe('Unit mismatch: "trẻ" after the value of "Số phụ nữ có thai được tiêm UV2+", an indicator counted in phụ nữ');
    });
});

describe('number-format in prose text, from real seed lines', () => {
    test.each([
        ['001: "55.21 lượt" (not a whole count)', 'Tổng số lượt khám có thẻ bảo hiểm y tế: 5.281 lượt so với cùng kỳ là 55.21 lượt;', ['number-format 55.21']],
        ['001: "92.3%" beside "85,6 %"', 'tỷ lệ số nhà sử dụng nhà tiêu hợp vệ sinh đạt 92.3% so với cùng kỳ là 85,6 %.', ['number-format 92.3']],
        ['003: "2939/4431 đạt 66.7%"', 'đơn vị được phê duyệt 2939/4431 đạt 66.7% DMKT đúng tuyến', ['number-format 66.7']],
        ['a count with a decimal comma: "1,234 trẻ"', 'Tổng số trẻ là 1,234 trẻ.', ['number-format 1,234']],
        ['002: "công nghệ truyền thông 4.0" is no quantity', 'ứng dụng kỹ thuật, công nghệ truyền thông 4.0, mạng xã hội trong truyền thông', []],
        ['001: Covid-19, UV2+, 2020-2025, a date, a symbol', '* Tiêm vắc xin phòng Covid-19: UV2+ giai đoạn 2020-2025; tính đến ngày 31/3/2024 theo Quyết định 1300/QĐ-BYT.', []],
        ['001: a heading number without its dot', '#### 6.14  Công tác xét nghiệm:', []],
        ['001: "98.510.000đ" and "18.000 cái"', 'Tổng số kinh phí thu được: 98.510.000đ; số bơm kim tiêm được cấp phát là 18.000 cái.', []],
        ['001: Vietnamese numbers', 'tổng số mũi tiêm trong huyện là 509.549 liều; lần khám thai trung bình là 3,2 lần.', []],
    ])('%s', async (_name, body, expected) => {
        expect(await checkCodes(report('', body), ['number-format'])).toEqual(expected);
    });

    test('an English decimal before a percent sign gets the Vietnamese spelling as fix; before a count, none', async () => {
        const checked = await check(report('', 'đạt 92.3% so với cùng kỳ; 55.21 lượt'));
        const data = checked.diagnostics().filter(d => d.code === 'number-format').map(d => (d.data as { replacement?: string }).replacement);
        expect(data).toEqual(['92,3', undefined]);
        expect(findings(checked, ['number-format'])[1].message).toBe('"55.21" dùng dấu chấm thập phân; tiếng Việt viết 55,21, nhưng số lượt phải là số nguyên');
    });
});

describe('number-format: a stated percentage without its sign', () => {
    test.each([
        ['001: "đạt 88,5 so với cùng kỳ"', '{tre_tiem_soi_2 = 821} trẻ, đạt {tre_tiem_soi_2 of prev = 88,5} so với cùng kỳ.', ['number-format 88,5']],
        ['001: "phần C … đạt 96,6;"', 'Số bộ HSSK đã có dữ liệu phần C đạt {ty_le_tham_gia_bhyt = 96,6}; Số bộ', ['number-format 96,6']],
        ['001: "đạt 109% so với cùng kỳ"', 'đạt {tre_tiem_chung_day_du of prev = 109%} so với cùng kỳ.', []],
        ['002: "dưới 0,6 %" (the sign after the braces)', '- Tốc độ tăng dân số dưới {plan(toc_do_tang_dan_so) = 0,6} %.', []],
        ['002: "> 95%"', '- Tỷ lệ trẻ em dưới 01 tuổi tiêm chủng đầy đủ các loại vắc xin > {plan(ty_le_tiem_chung_day_du) = 95}%', []],
        ['002: "11,41 ‰"', '- Tỷ suất sinh {plan(ty_suat_sinh) = 11,41} ‰.', []],
        ['001: "138/100"', 'Tỷ số giới tính nam/nữ là {tre_sinh_nam of tre_sinh_nu = 138}/100.', []],
        ['a count is no percentage', 'Số trẻ sinh {tre_sinh = 746} trẻ.', []],
        ['a difference of shares without its unit', 'tăng {tre_tiem_soi_2 of plan - prev(tre_tiem_soi_2) of plan = 5,1} so với cùng kỳ.', ['number-format 5,1']],
        ['a difference of shares in points', 'tăng {tre_tiem_soi_2 of plan - prev(tre_tiem_soi_2) of plan = 5,1} điểm phần trăm.', []],
    ])('%s', async (_name, body, expected) => {
        expect(await checkCodes(report('', body), ['number-format'])).toEqual(expected);
    });

    test('a difference of percentages lacks "điểm phần trăm", written after the braces', async () => {
        const checked = await check(report('', 'tăng {tre_tiem_soi_2 of plan - prev(tre_tiem_soi_2) of plan = 5,1} so với cùng kỳ'));
        const diagnostic = checked.diagnostics().find(d => d.code === 'number-format')!;
        expect(diagnostic.message).toBe('5,1 là hiệu hai tỷ lệ (Số trẻ được tiêm sởi mũi 2 / kế hoạch - Số trẻ được tiêm sởi mũi 2 (cùng kỳ) / kế hoạch) nhưng thiếu đơn vị; viết 5,1 điểm phần trăm');
        const [edit] = (diagnostic.data as { edits: Array<{ newText: string; range: { start: { character: number } } }> }).edits;
        expect(edit.newText).toBe(' điểm phần trăm');
        const line = checked.documents['main.bcyt'].textDocument.getText().split('\n').find(l => l.startsWith('tăng'))!;
        expect(line.slice(0, edit.range.start.character).endsWith('= 5,1}')).toBe(true);
    });

    test('the fix writes the sign inside the braces', async () => {
        const checked = await check(report('', 'đạt {tre_tiem_soi_2 of prev = 88,5} so với cùng kỳ'));
        const diagnostic = checked.diagnostics().find(d => d.code === 'number-format')!;
        expect((diagnostic.data as { replacement: string }).replacement).toBe('88,5%');
        expect(diagnostic.message).toBe('88,5 là tỷ lệ (Số trẻ được tiêm sởi mũi 2 / cùng kỳ) nhưng thiếu dấu %; viết 88,5%');
    });
});
