import { describe, expect, test } from 'vitest';
import { withClaims } from './helpers.js';

// Each row: a sentence as a document writes it (seed lines first, then made-up lines of the
// same shapes), and the same sentence as the importer writes it. The names are those of the
// starter catalog where its label is the one written, else read from the label.
const SEEDS: ReadonlyArray<readonly [string, string]> = [
    ['- Số trẻ dưới 1 tuổi được tiêm chủng đầy đủ là 703 trẻ đạt 20% kế hoạch, đạt 109% so với cùng kỳ.',
        '- Số trẻ dưới 1 tuổi được tiêm chủng đầy đủ là {tre_tiem_chung_day_du = 703} trẻ đạt {tre_tiem_chung_day_du of plan = 20%} kế hoạch, đạt {tre_tiem_chung_day_du of prev = 109%} so với cùng kỳ.'],
    ['- Số phụ nữ có thai được tiêm UV2+ là 694 trẻ đạt 19,4% kế hoạch, đạt 149% so với cùng kỳ.',
        '- Số phụ nữ có thai được tiêm UV2+ là {pnct_tiem_uv2 = 694} trẻ đạt {pnct_tiem_uv2 of plan = 19,4%} kế hoạch, đạt {pnct_tiem_uv2 of prev = 149%} so với cùng kỳ.'],
    ['- Số trẻ tiêm sởi mũi 2 là 821 trẻ đạt 23,3% kế hoạch, đạt 88,5 so với cùng kỳ.',
        '- Số trẻ tiêm sởi mũi 2 là {tre_tiem_soi_2 = 821} trẻ đạt {tre_tiem_soi_2 of plan = 23,3%} kế hoạch, đạt {tre_tiem_soi_2 of prev = 88,5} so với cùng kỳ.'],
    ['Số bài viết truyền thông là 530 bài so với cùng kỳ là 464 bài. Trong đó: Về phòng chống dịch, bệnh là 176 bài, về An toàn vệ sinh thực phẩm là 105 bài, về các bệnh xã hội là 58 bài, tuyên truyền về nội dung khác là 91 bài.',
        'Số bài viết truyền thông là {bai_viet_truyen_thong = 530} bài so với cùng kỳ là {prev(bai_viet_truyen_thong) = 464} bài. Trong đó: Về phòng chống dịch, bệnh là {bai_viet_truyen_thong_ve_phong_chong_dich_benh = 176} bài, về An toàn vệ sinh thực phẩm là {bai_viet_truyen_thong_ve_an_toan_ve_sinh = 105} bài, về các bệnh xã hội là {bai_viet_truyen_thong_ve_cac_benh_xa_hoi = 58} bài, tuyên truyền về nội dung khác là {bai_viet_truyen_thong_tuyen_truyen_ve_noi_dung = 91} bài.'],
    ['Tổng số mũi tiêm trong huyện là 509.549 liều. Trong đó: Mũi 1: 157.422 liều; Mũi 2: 157.561 liều; Mũi nhắc lại: 17.013; Mũi nhắc lại lần 1: 103.236; Mũi bổ sung: 16.331 liều.',
        'Tổng số mũi tiêm trong huyện là {mui_tiem_trong_huyen = 509.549} liều. Trong đó: Mũi 1: {mui_tiem_trong_huyen_mui_1 = 157.422} liều; Mũi 2: {mui_tiem_trong_huyen_mui_2 = 157.561} liều; Mũi nhắc lại: {mui_tiem_trong_huyen_mui_nhac_lai = 17.013}; Mũi nhắc lại lần 1: {mui_tiem_trong_huyen_mui_nhac_lai_lan_1 = 103.236}; Mũi bổ sung: {mui_tiem_trong_huyen_mui_bo_sung = 16.331} liều.'],
    ['+ Tổng số cán bộ là: 51 (biên chế: 50; hợp đồng: 01).',
        '+ Tổng số cán bộ là: {can_bo = 51} (biên chế: {can_bo_bien_che = 50}; hợp đồng: {can_bo_hop_dong = 01}).'],
    ['- Tổng số người sử dụng biện pháp KHHGĐ là 2.743 người đạt 73,5% kế hoạch, đạt 97,7% so với cùng kỳ. Trong đó: Dùng thuốc viên tránh thai là 1.388 người, dùng bao cao su là 1.345 người. Đặt vòng tránh thai là 10 người.',
        '- Tổng số người sử dụng biện pháp KHHGĐ là {nguoi_su_dung_bien_phap_khhgd = 2.743} người đạt {nguoi_su_dung_bien_phap_khhgd of plan = 73,5%} kế hoạch, đạt {nguoi_su_dung_bien_phap_khhgd of prev = 97,7%} so với cùng kỳ. Trong đó: Dùng thuốc viên tránh thai là {nguoi_su_dung_bien_phap_khhgd_dung_thuoc_vien_tranh_thai = 1.388} người, dùng bao cao su là {nguoi_su_dung_bien_phap_khhgd_dung_bao_cao_su = 1.345} người. Đặt vòng tránh thai là {nguoi_su_dung_bien_phap_khhgd_dat_vong_tranh_thai = 10} người.'],
    ['- Tổng số bệnh nhân Bướu cổ được quản lý là 335 bệnh nhân, trong đó bướu thường là 303 bệnh nhân, bướu Bajodow là 32 bệnh nhân.',
        '- Tổng số bệnh nhân Bướu cổ được quản lý là {benh_nhan_buou_co_duoc_quan = 335} bệnh nhân, trong đó bướu thường là {benh_nhan_buou_co_duoc_quan_buou_thuong = 303} bệnh nhân, bướu Bajodow là {benh_nhan_buou_co_duoc_quan_buou_bajodow = 32} bệnh nhân.'],
    ['- Tổng số trẻ sinh là 746 trẻ (trẻ nam 433, trẻ gái 313) giảm 88 trẻ so với cùng kỳ.',
        // the catalog's "trẻ sinh" is "trẻ trai" + "trẻ gái": "trẻ nam" names neither part, so no sum is claimed
        '- Tổng số trẻ sinh là {tre_sinh = 746} trẻ (trẻ nam 433, trẻ gái 313) giảm {prev(tre_sinh) - tre_sinh = 88} trẻ so với cùng kỳ.'],
    ['như: Sốt xuất huyết 01 bệnh nhân so với cùng kỳ là 02 bệnh nhân, Bệnh cúm thường là 889 bệnh nhân so với cùng kỳ là 1075 bệnh nhân.',
        'như: Sốt xuất huyết {sot_xuat_huyet = 01} bệnh nhân so với cùng kỳ là {prev(sot_xuat_huyet) = 02} bệnh nhân, Bệnh cúm thường là {benh_cum_thuong = 889} bệnh nhân so với cùng kỳ là {prev(benh_cum_thuong) = 1075} bệnh nhân.'],
    ['- Tỷ lệ bệnh nhân lao phổi AFB (+) được điều trị khỏi là 18,8% cùng kỳ là 21,3%.',
        '- Tỷ lệ bệnh nhân lao phổi AFB (+) được điều trị khỏi là {ty_le_benh_nhan_lao_phoi = 18,8%} cùng kỳ là {prev(ty_le_benh_nhan_lao_phoi) = 21,3%}.'],
    ['nhà tiêu hợp vệ sinh, đến nay tỷ lệ số nhà sử dụng nhà tiêu hợp vệ sinh đạt 92.3% so với cùng kỳ là 85,6 %.',
        'nhà tiêu hợp vệ sinh, đến nay tỷ lệ số nhà sử dụng nhà tiêu hợp vệ sinh đạt {ty_le_so_nha_su_dung = 92.3%} so với cùng kỳ là {prev(ty_le_so_nha_su_dung) = 85,6 %}.'],
    ['Tổng số kinh phí thu được: 98.510.000đ.', 'Tổng số kinh phí thu được: {kinh_phi_thu_duoc = 98.510.000}đ.'],
    ['- Số trẻ đẻ < 2500 gr là 09 trẻ giảm 5 trẻ so với cùng kỳ.',
        '- Số trẻ đẻ < 2500 gr là {tre_de_2500_gr = 09} trẻ giảm {prev(tre_de_2500_gr) - tre_de_2500_gr = 5} trẻ so với cùng kỳ.'],
    ['đến nay đơn vị được phê duyệt 2939/4431 đạt 66.7% DMKT đúng tuyến và 260 kỹ thuật vượt tuyến.',
        'đến nay đơn vị được phê duyệt 2939/4431 đạt {2939 of 4431 = 66.7%} DMKT đúng tuyến và 260 kỹ thuật vượt tuyến.'],
    ['tỷ lệ cụ thể: 500/604 cơ sở đạt điều kiện an toàn vệ sinh thực phẩm (đạt 82,8%).',
        'tỷ lệ cụ thể: 500/604 cơ sở đạt điều kiện an toàn vệ sinh thực phẩm (đạt {500 of 604 = 82,8%}).'],
    ['Thực hiện 75.135 lượt khám chữa bệnh, đạt 94% so với chỉ tiêu đề ra.',
        'Thực hiện {luot_kham_chua_benh = 75.135} lượt khám chữa bệnh, đạt {luot_kham_chua_benh of plan = 94%} so với chỉ tiêu đề ra.'],
];

const MADE_UP: ReadonlyArray<readonly [string, string]> = [
    ['Tổng số trẻ sinh là 746 trẻ, trong đó trẻ nam là 433 trẻ chiếm 58%.',
        'Tổng số trẻ sinh là {tre_sinh = 746} trẻ, trong đó trẻ nam là 433 trẻ chiếm {433 of tre_sinh = 58%}.'],
    ['Tổng số trẻ được tiêm là 1.200 trẻ tăng 100 trẻ so với cùng kỳ.',
        'Tổng số trẻ được tiêm là {tre_duoc_tiem = 1.200} trẻ tăng {tre_duoc_tiem - prev(tre_duoc_tiem) = 100} trẻ so với cùng kỳ.'],
    ['Tổng số lượt khám bệnh là 10.000 lượt (BHYT: 6.000; không BHYT: 4.000).',
        // a catalog total without a breakdown of its own: its parts stay text
        'Tổng số lượt khám bệnh là {luot_kham = 10.000} lượt (BHYT: 6.000; không BHYT: 4.000).'],
    ['Tổng số mũi tiêm là 300 liều. Trong đó: mũi 1 là 150 liều, mũi 2 là 160 liều.',
        'Tổng số mũi tiêm là {mui_tiem = 300} liều. Trong đó: mũi 1 là {mui_tiem_mui_1 = 150} liều, mũi 2 là {mui_tiem_mui_2 = 160} liều.'],
    ['Số cơ sở được kiểm tra là 440 cơ sở so với cùng kỳ là 418 cơ sở.',
        'Số cơ sở được kiểm tra là {co_so_duoc_kiem_tra = 440} cơ sở so với cùng kỳ là {prev(co_so_duoc_kiem_tra) = 418} cơ sở.'],
];

// Numbers no pattern is sure of stay text.
const UNCHANGED: readonly string[] = [
    'Hoằng Hóa là một huyện đồng bằng ven biển có diện tích 203 km2 với dân số trên 23 vạn dân được phân chia thành 37 đơn vị hành chính cấp xã, thị trấn.',
    // no unit, and "đạt 99,51%" of a base the text does not name
    'Tính đến ngày 31/3/2024 tổng số nhân khẩu đã được tạo lập Hồ sơ sức khỏe điện tử là 238.263 đạt 99,51%;',
    'Cơ sở y tế Xanh - Sạch - Đẹp đạt ≥ 85 điểm, trên 70% số nhà vệ sinh tại cơ sở y tế đạt ≥ 4 điểm.',
    'Chiều ngày 3/1/2024, Trung tâm y tế huyện Đắk Song đã tổ chức Hội nghị tổng kết công tác năm 2023.',
    'Trong năm 2023 đã thành lập 33 đoàn kiểm tra liên ngành tiến hành kiểm tra 604 cơ sở trên địa bàn huyện.',
    '- Xét nghiệm tìm AFB là 351 mẫu.',
    // a change in percent: points or relative? unsure
    'Số lượt khám tăng 15% so với cùng kỳ.',
    'Thực hiện Kế hoạch số 236/KH-UBND ngày 09/11/2020 của UBND tỉnh.',
];

describe('claim patterns', () => {
    test.each([...SEEDS, ...MADE_UP])('%s', (text, expected) => {
        expect(withClaims(text)).toBe(expected);
    });

    test.each(UNCHANGED)('stays text: %s', text => {
        expect(withClaims(text)).toBe(text);
    });
});

describe('a breakdown is a sum of parts only when it lists every part', () => {
    test.each([
        // "Trong đó" lists two kinds of visits among others: far from the total
        'Tổng số lượt khám bệnh là 10.000 lượt. Trong đó: khám cho trẻ em là 2.000 lượt, khám cho người cao tuổi là 3.000 lượt.',
        // a new statement after the list is not one of its parts (1.388 + 1.345 ≠ 2.743 would be a false alarm)
        'Tổng số người sử dụng biện pháp tránh thai là 2.743 người. Trong đó: dùng thuốc viên là 1.388 người, dùng bao cao su là 1.345 người. Số người mới là 10 người.',
        // parts that are totals of their own
        'Tổng số lượt bệnh nhân đến khám là 22.658 lượt. Trong đó: Tổng số lượt khám có thẻ bảo hiểm y tế: 5.281 lượt; Tổng số bệnh nhân chuyển tuyến là 269 lượt.',
        // parts in another unit
        'Tổng số bệnh nhân là 120 bệnh nhân. Trong đó: nội trú 80 lượt, ngoại trú 40 lượt.',
    ])('%s', text => {
        const out = withClaims(text);
        const total = /\{(\w+) = [\d.]+\}/.exec(out)?.[1];
        expect(total).toBeDefined();
        expect(out).not.toContain(`{${total}_`);
    });
});
