// Word lists for the benchmark generator (bench/generate.mjs): indicator concepts with realistic
// Vietnamese labels and units, place names, legal-document subjects and report prose. Data only.

/**
 * Indicator concepts by domain. Each concept becomes a total indicator, one indicator per part of
 * each breakdown (sums of parts), and one ratio (first part / total, in %).
 *   [stem, label, unit, typical quarterly value for a province, breakdowns, flags]
 * flags: 'plan' — the annual plan has a target for it; 'down' — lower is better.
 */
export const DOMAINS = [
    {
        title: 'Công tác tiêm chủng mở rộng', phrase: 'công tác tiêm chủng mở rộng',
        concepts: [
            ['tcmr_day_du', 'Số trẻ dưới 1 tuổi được tiêm chủng đầy đủ', 'trẻ', 11800, ['tuyen', 'gioi'], 'plan'],
            ['tcmr_vgb_so_sinh', 'Số trẻ sơ sinh được tiêm vắc xin viêm gan B trong 24 giờ đầu', 'trẻ', 10400, ['tuyen'], 'plan'],
            ['tcmr_soi_rubella', 'Số trẻ 18 tháng tuổi được tiêm vắc xin sởi - rubella', 'trẻ', 11200, ['tuyen', 'gioi'], 'plan'],
            ['tcmr_dpt4', 'Số trẻ 18 tháng tuổi được tiêm nhắc vắc xin DPT4', 'trẻ', 10900, ['tuyen'], 'plan'],
            ['tcmr_uv_pnct', 'Số phụ nữ có thai được tiêm vắc xin uốn ván từ 2 mũi trở lên', 'phụ nữ', 11300, ['tuyen'], 'plan'],
            ['tcmr_viem_nao', 'Số trẻ từ 1 đến 5 tuổi được tiêm vắc xin viêm não Nhật Bản', 'trẻ', 9700, ['tuyen'], 'plan'],
            ['tcmr_phan_ung', 'Số trường hợp phản ứng thông thường sau tiêm chủng được ghi nhận', 'ca', 160, ['tuyen'], 'down'],
        ],
    },
    {
        title: 'Công tác chăm sóc sức khỏe sinh sản', phrase: 'công tác chăm sóc sức khỏe sinh sản',
        concepts: [
            ['skss_pn_de', 'Số phụ nữ đẻ được quản lý thai', 'phụ nữ', 12500, ['tuyen'], ''],
            ['skss_kham_thai_4', 'Số phụ nữ đẻ được khám thai từ 4 lần trở lên trong 3 kỳ', 'phụ nữ', 10200, ['tuyen'], 'plan'],
            ['skss_de_nvyt', 'Số ca đẻ được nhân viên y tế đỡ', 'ca', 12300, ['tuyen', 'congtu'], ''],
            ['skss_sau_sinh', 'Số bà mẹ được chăm sóc sau sinh tại nhà trong tuần đầu', 'phụ nữ', 9800, ['tuyen'], 'plan'],
            ['skss_pha_thai', 'Số ca phá thai', 'ca', 1450, ['tuyen', 'tuoi_pn'], 'down'],
            ['skss_sang_loc_ss', 'Số trẻ sơ sinh được sàng lọc bệnh lý bẩm sinh', 'trẻ', 8400, ['tuyen'], 'plan'],
            ['skss_sang_loc_ts', 'Số phụ nữ mang thai được sàng lọc trước sinh', 'phụ nữ', 8900, ['tuyen'], 'plan'],
            ['skss_kham_phu_khoa', 'Số lượt khám phụ khoa', 'lượt', 41000, ['tuyen'], ''],
            ['skss_vtn', 'Số lượt vị thành niên được tư vấn sức khỏe sinh sản', 'lượt', 15600, ['tuyen'], ''],
        ],
    },
    {
        title: 'Công tác dinh dưỡng', phrase: 'công tác phòng chống suy dinh dưỡng trẻ em',
        concepts: [
            ['dd_can_do', 'Số trẻ dưới 5 tuổi được cân, đo chiều cao', 'trẻ', 148000, ['tuyen', 'gioi'], 'plan'],
            ['dd_nhe_can', 'Số trẻ dưới 5 tuổi suy dinh dưỡng thể nhẹ cân', 'trẻ', 12100, ['tuyen', 'gioi'], 'down'],
            ['dd_thap_coi', 'Số trẻ dưới 5 tuổi suy dinh dưỡng thể thấp còi', 'trẻ', 26800, ['tuyen'], 'down'],
            ['dd_vitamin_a', 'Số trẻ từ 6 đến 36 tháng tuổi được uống vitamin A', 'trẻ', 96000, ['tuyen'], 'plan'],
            ['dd_thua_can', 'Số trẻ dưới 5 tuổi thừa cân, béo phì', 'trẻ', 5300, ['tuyen'], 'down'],
        ],
    },
    {
        title: 'Công tác dân số - kế hoạch hóa gia đình', phrase: 'công tác dân số - kế hoạch hóa gia đình',
        concepts: [
            ['ds_bptt_moi', 'Số người mới sử dụng biện pháp tránh thai hiện đại', 'người', 38000, ['tuyen'], 'plan'],
            ['ds_tien_hon_nhan', 'Số người được tư vấn, khám sức khỏe trước khi kết hôn', 'người', 6100, ['tuyen', 'gioi'], 'plan'],
            ['ds_nct_kham', 'Số người cao tuổi được khám sức khỏe định kỳ', 'người', 84000, ['tuyen', 'gioi'], 'plan'],
            ['ds_nct_theo_doi', 'Số người cao tuổi được lập hồ sơ theo dõi sức khỏe', 'người', 61000, ['tuyen'], 'plan'],
            ['ds_con_thu_3', 'Số phụ nữ sinh con thứ 3 trở lên', 'phụ nữ', 2300, ['tuyen'], 'down'],
        ],
    },
    {
        title: 'Công tác phòng, chống dịch bệnh truyền nhiễm', phrase: 'công tác phòng, chống dịch bệnh truyền nhiễm',
        concepts: [
            ['bt_sxh', 'Số ca mắc sốt xuất huyết', 'bệnh nhân', 420, ['tuyen', 'tuoi'], 'down'],
            ['bt_tcm', 'Số ca mắc tay chân miệng', 'bệnh nhân', 610, ['tuyen', 'tuoi'], 'down'],
            ['bt_cum', 'Số ca mắc cúm', 'bệnh nhân', 9800, ['tuyen', 'tuoi'], 'down'],
            ['bt_tieu_chay', 'Số ca mắc tiêu chảy', 'bệnh nhân', 4700, ['tuyen', 'tuoi'], 'down'],
            ['bt_thuy_dau', 'Số ca mắc thủy đậu', 'bệnh nhân', 520, ['tuyen'], 'down'],
            ['bt_quai_bi', 'Số ca mắc quai bị', 'bệnh nhân', 180, ['tuyen'], 'down'],
            ['bt_dai', 'Số người bị động vật cắn được tiêm phòng dại', 'người', 7300, ['tuyen', 'gioi'], ''],
            ['bt_o_dich', 'Số ổ dịch sốt xuất huyết được xử lý', 'ổ dịch', 38, ['tuyen'], ''],
            ['bt_lmc', 'Số ca liệt mềm cấp được giám sát', 'ca', 21, ['tuyen'], ''],
            ['bt_covid', 'Số ca mắc COVID-19 được ghi nhận', 'ca', 240, ['tuyen', 'tuoi'], 'down'],
        ],
    },
    {
        title: 'Công tác phòng, chống HIV/AIDS, lao, sốt rét', phrase: 'công tác phòng, chống HIV/AIDS, lao và sốt rét',
        concepts: [
            ['hiv_xn', 'Số mẫu xét nghiệm sàng lọc HIV', 'mẫu', 41000, ['tuyen'], 'plan'],
            ['hiv_moi', 'Số người nhiễm HIV mới phát hiện', 'người', 46, ['tuyen', 'gioi'], 'down'],
            ['hiv_arv', 'Số bệnh nhân điều trị ARV đang được quản lý', 'bệnh nhân', 3900, ['tuyen', 'gioi'], 'plan'],
            ['hiv_methadone', 'Số bệnh nhân điều trị thay thế bằng Methadone', 'bệnh nhân', 2100, ['tuyen'], 'plan'],
            ['lao_phat_hien', 'Số bệnh nhân lao các thể được phát hiện', 'bệnh nhân', 860, ['tuyen', 'gioi'], 'plan'],
            ['lao_afb', 'Số bệnh nhân lao phổi AFB(+) mới phát hiện', 'bệnh nhân', 410, ['tuyen'], ''],
            ['lao_khoi', 'Số bệnh nhân lao được điều trị khỏi', 'bệnh nhân', 690, ['tuyen'], 'plan'],
            ['sr_lam', 'Số lam máu xét nghiệm ký sinh trùng sốt rét', 'lam', 23000, ['tuyen'], 'plan'],
            ['sr_dieu_tri', 'Số bệnh nhân sốt rét được điều trị', 'bệnh nhân', 12, ['tuyen'], 'down'],
        ],
    },
    {
        title: 'Công tác phòng, chống bệnh không lây nhiễm và sức khỏe tâm thần', phrase: 'công tác phòng, chống bệnh không lây nhiễm',
        concepts: [
            ['bkln_tha', 'Số người bệnh tăng huyết áp được quản lý, điều trị', 'bệnh nhân', 182000, ['tuyen', 'gioi'], 'plan'],
            ['bkln_dtd', 'Số người bệnh đái tháo đường được quản lý, điều trị', 'bệnh nhân', 64000, ['tuyen', 'gioi'], 'plan'],
            ['bkln_copd', 'Số người bệnh phổi tắc nghẽn mạn tính được quản lý', 'bệnh nhân', 9100, ['tuyen'], 'plan'],
            ['bkln_hen', 'Số người bệnh hen phế quản được quản lý', 'bệnh nhân', 7600, ['tuyen'], 'plan'],
            ['bkln_ung_thu_ctc', 'Số phụ nữ được sàng lọc ung thư cổ tử cung', 'phụ nữ', 18500, ['tuyen'], 'plan'],
            ['tt_phan_liet', 'Số bệnh nhân tâm thần phân liệt được quản lý', 'bệnh nhân', 6900, ['tuyen', 'gioi'], 'plan'],
            ['tt_dong_kinh', 'Số bệnh nhân động kinh được quản lý', 'bệnh nhân', 5200, ['tuyen'], 'plan'],
            ['tt_tram_cam', 'Số bệnh nhân trầm cảm được quản lý', 'bệnh nhân', 1300, ['tuyen'], 'plan'],
        ],
    },
    {
        title: 'Công tác khám bệnh, chữa bệnh', phrase: 'công tác khám bệnh, chữa bệnh',
        concepts: [
            ['kcb_luot_kham', 'Số lượt khám bệnh', 'lượt', 1640000, ['tuyen', 'congtu'], 'plan'],
            ['kcb_kham_bhyt', 'Số lượt khám bệnh có thẻ bảo hiểm y tế', 'lượt', 1210000, ['tuyen'], 'plan'],
            ['kcb_noi_tru', 'Số lượt người bệnh điều trị nội trú', 'lượt', 152000, ['tuyen', 'congtu'], 'plan'],
            ['kcb_ngay_dieu_tri', 'Số ngày điều trị nội trú', 'ngày', 1020000, ['tuyen'], ''],
            ['kcb_phau_thuat', 'Số ca phẫu thuật', 'ca', 31000, ['tuyen', 'congtu'], 'plan'],
            ['kcb_thu_thuat', 'Số ca thủ thuật', 'ca', 264000, ['tuyen'], ''],
            ['kcb_chuyen_tuyen', 'Số lượt người bệnh chuyển tuyến', 'lượt', 38000, ['tuyen'], 'down'],
            ['kcb_cap_cuu', 'Số lượt cấp cứu', 'lượt', 47000, ['tuyen'], ''],
            ['kcb_yhct', 'Số lượt khám, điều trị bằng y học cổ truyền', 'lượt', 189000, ['tuyen'], 'plan'],
            ['kcb_xet_nghiem', 'Số lượt xét nghiệm', 'lượt', 2950000, ['tuyen'], ''],
            ['kcb_cdha', 'Số lượt chẩn đoán hình ảnh', 'lượt', 612000, ['tuyen'], ''],
            ['kcb_tu_vong', 'Số người bệnh tử vong tại cơ sở khám bệnh, chữa bệnh', 'người', 310, ['tuyen'], 'down'],
        ],
    },
    {
        title: 'Công tác an toàn thực phẩm và vệ sinh môi trường', phrase: 'công tác bảo đảm an toàn thực phẩm',
        concepts: [
            ['attp_doan', 'Số đoàn thanh tra, kiểm tra an toàn thực phẩm', 'đoàn', 260, ['tuyen'], 'plan'],
            ['attp_kiem_tra', 'Số cơ sở thực phẩm được kiểm tra', 'cơ sở', 9400, ['tuyen', 'loai_cs'], 'plan'],
            ['attp_vi_pham', 'Số cơ sở thực phẩm vi phạm', 'cơ sở', 830, ['tuyen'], 'down'],
            ['attp_ngo_doc', 'Số người bị ngộ độc thực phẩm', 'người', 64, ['tuyen'], 'down'],
            ['attp_mau', 'Số mẫu thực phẩm được xét nghiệm', 'mẫu', 2700, ['tuyen'], 'plan'],
            ['mt_nha_tieu', 'Số hộ gia đình có nhà tiêu hợp vệ sinh', 'hộ', 934000, ['tuyen'], 'plan'],
            ['mt_nuoc_sach', 'Số hộ gia đình sử dụng nước sạch', 'hộ', 871000, ['tuyen'], 'plan'],
        ],
    },
    {
        title: 'Công tác truyền thông giáo dục sức khỏe', phrase: 'công tác truyền thông giáo dục sức khỏe',
        concepts: [
            ['tt_bai_viet', 'Số tin, bài truyền thông giáo dục sức khỏe', 'bài', 5200, ['tuyen'], 'plan'],
            ['tt_tu_van', 'Số lượt người được tư vấn giáo dục sức khỏe trực tiếp', 'lượt', 238000, ['tuyen'], 'plan'],
            ['tt_noi_chuyen', 'Số buổi nói chuyện chuyên đề tại cộng đồng', 'buổi', 3100, ['tuyen'], 'plan'],
        ],
    },
    {
        title: 'Công tác tổ chức cán bộ, đào tạo', phrase: 'công tác tổ chức cán bộ',
        concepts: [
            ['nl_can_bo', 'Số cán bộ y tế', 'cán bộ', 17400, ['tuyen', 'trinh_do'], ''],
            ['nl_bac_sy', 'Số bác sỹ', 'cán bộ', 5100, ['tuyen', 'gioi'], 'plan'],
            ['nl_duoc_sy', 'Số dược sỹ đại học', 'cán bộ', 720, ['tuyen'], ''],
            ['nl_dao_tao', 'Số lượt cán bộ được đào tạo, tập huấn', 'lượt', 6200, ['tuyen'], 'plan'],
        ],
    },
    {
        title: 'Công tác tài chính, dược, trang thiết bị', phrase: 'công tác tài chính, dược và trang thiết bị y tế',
        concepts: [
            ['tc_thu_dich_vu', 'Số tiền thu dịch vụ khám bệnh, chữa bệnh', 'đồng', 1284000000000, ['tuyen'], 'plan'],
            ['duoc_kiem_tra', 'Số cơ sở hành nghề dược được kiểm tra', 'cơ sở', 1160, ['tuyen'], 'plan'],
            ['duoc_lien_thong', 'Số đơn thuốc được liên thông điện tử', 'lượt', 1380000, ['tuyen'], 'plan'],
            ['tb_giuong', 'Số giường bệnh thực kê', 'giường', 14600, ['tuyen', 'congtu'], ''],
        ],
    },
    {
        title: 'Công tác y tế cơ sở và chuyển đổi số', phrase: 'công tác y tế cơ sở và chuyển đổi số',
        concepts: [
            ['ytcs_hssk', 'Số người dân được lập hồ sơ sức khỏe điện tử', 'người', 3520000, ['tuyen', 'gioi'], 'plan'],
            ['ytcs_cccd', 'Số lượt khám bệnh sử dụng căn cước công dân gắn chíp', 'lượt', 1120000, ['tuyen'], 'plan'],
            ['ytcs_hoc_duong', 'Số học sinh được khám sức khỏe đầu năm học', 'người', 412000, ['tuyen', 'gioi'], 'plan'],
            ['ytcs_lao_dong', 'Số người lao động được khám sức khỏe định kỳ', 'người', 96000, ['tuyen', 'gioi'], 'plan'],
            ['ytcs_tntt', 'Số ca tai nạn thương tích được ghi nhận', 'ca', 8600, ['tuyen', 'nguyen_nhan'], 'down'],
            ['ytcs_yt_thon', 'Số nhân viên y tế thôn, bản đang hoạt động', 'người', 4200, ['tuyen'], ''],
        ],
    },
];

/** Breakdowns: [suffix, qualifier as written after the label, share of the total]. */
export const BREAKDOWNS = {
    tuyen: { title: 'theo tuyến', parts: [['tinh', 'tại tuyến tỉnh', 0.16], ['huyen', 'tại tuyến huyện', 0.34], ['xa', 'tại tuyến xã', 0.5]] },
    gioi: { title: 'theo giới', parts: [['nam', 'là nam', 0.51], ['nu', 'là nữ', 0.49]] },
    tuoi: { title: 'theo nhóm tuổi', parts: [['duoi_5', 'dưới 5 tuổi', 0.3], ['5_15', 'từ 5 đến 15 tuổi', 0.35], ['tren_15', 'trên 15 tuổi', 0.35]] },
    tuoi_pn: { title: 'theo nhóm tuổi', parts: [['duoi_19', 'dưới 19 tuổi', 0.12], ['tu_19', 'từ 19 tuổi trở lên', 0.88]] },
    congtu: { title: 'theo loại hình cơ sở', parts: [['cong_lap', 'tại cơ sở công lập', 0.82], ['ngoai_cong_lap', 'tại cơ sở ngoài công lập', 0.18]] },
    loai_cs: { title: 'theo loại hình', parts: [['san_xuat', 'là cơ sở sản xuất', 0.18], ['kinh_doanh', 'là cơ sở kinh doanh', 0.47], ['an_uong', 'là cơ sở dịch vụ ăn uống', 0.35]] },
    trinh_do: { title: 'theo trình độ', parts: [['sau_dh', 'có trình độ sau đại học', 0.12], ['dai_hoc', 'có trình độ đại học', 0.41], ['cd_tc', 'có trình độ cao đẳng, trung cấp', 0.47]] },
    nguyen_nhan: { title: 'theo nguyên nhân', parts: [['giao_thong', 'do tai nạn giao thông', 0.42], ['lao_dong', 'do tai nạn lao động', 0.21], ['duoi_nuoc', 'do đuối nước', 0.04], ['khac', 'do nguyên nhân khác', 0.33]] },
};

/** Units the province catalog adds to the starter catalog. */
export const EXTRA_UNITS = ['buổi', 'giường', 'ngày', 'ổ dịch'];

export const PROVINCE = { name: 'Thanh Hóa', id: 'ThanhHoa' };

/** Districts of the province: [id stem, name, first syllable of its communes' names]. */
export const DISTRICTS = [
    ['HoangHoa', 'Hoằng Hóa', 'Hoằng'], ['ThieuHoa', 'Thiệu Hóa', 'Thiệu'], ['QuangXuong', 'Quảng Xương', 'Quảng'],
    ['NgaSon', 'Nga Sơn', 'Nga'], ['HauLoc', 'Hậu Lộc', 'Hòa'], ['HaTrung', 'Hà Trung', 'Hà'], ['VinhLoc', 'Vĩnh Lộc', 'Vĩnh'],
    ['YenDinh', 'Yên Định', 'Yên'], ['ThoXuan', 'Thọ Xuân', 'Xuân'], ['TrieuSon', 'Triệu Sơn', 'Thọ'],
    ['NongCong', 'Nông Cống', 'Tượng'], ['DongSon', 'Đông Sơn', 'Đông'], ['NhuThanh', 'Như Thanh', 'Phượng'],
    ['NhuXuan', 'Như Xuân', 'Bãi'], ['ThuongXuan', 'Thường Xuân', 'Lương'], ['LangChanh', 'Lang Chánh', 'Giao'],
    ['BaThuoc', 'Bá Thước', 'Lũng'], ['QuanHoa', 'Quan Hóa', 'Trung'], ['QuanSon', 'Quan Sơn', 'Sơn'],
    ['MuongLat', 'Mường Lát', 'Mường'], ['CamThuy', 'Cẩm Thủy', 'Cẩm'], ['ThachThanh', 'Thạch Thành', 'Thạch'],
    ['NgocLac', 'Ngọc Lặc', 'Minh'], ['NghiSon', 'Nghi Sơn', 'Hải'],
];

/** Second syllables of commune names. */
export const COMMUNE_SYLLABLES = [
    'Xuân', 'Lộc', 'Thịnh', 'Phú', 'Hưng', 'Tân', 'An', 'Bình', 'Thành', 'Long', 'Quang', 'Đông', 'Tây', 'Nam', 'Trung',
    'Hòa', 'Khánh', 'Phúc', 'Thuận', 'Lợi', 'Tiến', 'Đức', 'Ngọc', 'Vinh', 'Châu', 'Giang', 'Lâm', 'Thái', 'Cường',
    'Thắng', 'Hợp', 'Lĩnh', 'Định', 'Văn', 'Phong', 'Hải', 'Sơn', 'Kim', 'Trường', 'Đạt',
];

export const SURNAMES = ['Nguyễn', 'Lê', 'Trịnh', 'Hoàng', 'Phạm', 'Đỗ', 'Vũ', 'Bùi', 'Đặng', 'Mai'];
export const GIVEN_NAMES = ['Văn Hùng', 'Thị Lan', 'Ngọc Anh', 'Đình Sơn', 'Thị Hà', 'Văn Thắng', 'Quốc Tuấn', 'Thị Mai'];

/** Programmes and topics that legal-document subjects and prose talk about. */
export const TOPICS = [
    'tiêm chủng mở rộng', 'phòng, chống sốt xuất huyết', 'phòng, chống bệnh tay chân miệng', 'phòng, chống bệnh lao',
    'phòng, chống HIV/AIDS', 'phòng, chống sốt rét', 'chăm sóc sức khỏe sinh sản', 'phòng, chống suy dinh dưỡng trẻ em',
    'quản lý bệnh không lây nhiễm tại tuyến y tế cơ sở', 'chăm sóc sức khỏe người cao tuổi', 'bảo đảm an toàn thực phẩm',
    'vệ sinh môi trường và nước sạch nông thôn', 'truyền thông giáo dục sức khỏe', 'khám bệnh, chữa bệnh bảo hiểm y tế',
    'chuyển đổi số y tế', 'lập hồ sơ sức khỏe điện tử toàn dân', 'y tế học đường', 'sức khỏe tâm thần cộng đồng',
    'quản lý chất thải y tế', 'phát triển y học cổ truyền', 'nâng cao chất lượng dịch vụ y tế cơ sở',
    'đào tạo, bồi dưỡng nguồn nhân lực y tế', 'cải cách hành chính', 'phòng, chống dịch COVID-19',
    'kiểm soát nhiễm khuẩn trong cơ sở khám bệnh, chữa bệnh', 'phòng, chống tác hại của thuốc lá',
    'điều trị nghiện các chất dạng thuốc phiện bằng thuốc thay thế', 'bảo đảm cung ứng thuốc, vật tư y tế',
    'xây dựng xã đạt Bộ tiêu chí quốc gia về y tế', 'phòng, chống tai nạn thương tích',
];

export const SUBJECT_TEMPLATES = {
    'Quyết định': ['về việc ban hành hướng dẫn chuyên môn {topic}', 'phê duyệt Kế hoạch {topic} giai đoạn 2021 - 2025',
        'về việc ban hành Quy chế phối hợp trong {topic}', 'phê duyệt danh mục kỹ thuật về {topic}'],
    'Thông tư': ['quy định chi tiết về {topic}', 'hướng dẫn thực hiện {topic}', 'quy định chế độ báo cáo về {topic}'],
    'Nghị định': ['quy định chi tiết thi hành một số điều về {topic}', 'quy định về điều kiện bảo đảm {topic}'],
    'Chỉ thị': ['về tăng cường {topic} trong tình hình mới', 'về đẩy mạnh {topic}'],
    'Nghị quyết': ['về tăng cường công tác {topic}', 'về {topic} đến năm 2030'],
    'Chương trình': ['hành động thực hiện nhiệm vụ {topic}', 'về {topic} giai đoạn 2021 - 2025'],
    'Kế hoạch': ['triển khai công tác {topic} năm {year}', 'thực hiện {topic} giai đoạn 2021 - 2025', 'kiểm tra, giám sát {topic} năm {year}'],
    'Công văn': ['về việc triển khai {topic}', 'về việc báo cáo kết quả {topic}', 'về việc tăng cường {topic}', 'về việc đôn đốc thực hiện {topic}'],
    'Hướng dẫn': ['thực hiện {topic} năm {year}', 'về chuyên môn {topic}'],
    'Báo cáo': ['kết quả thực hiện {topic} năm {year}'],
};

/** Prose sentences; {field} is a domain phrase, {unit} an org description, {period} the period. */
export const SENTENCES = [
    'Ngay từ đầu năm, Sở Y tế đã chỉ đạo các đơn vị xây dựng kế hoạch và triển khai đồng bộ các giải pháp về {field}.',
    'Các đơn vị đã chủ động phối hợp với chính quyền địa phương, các ban, ngành, đoàn thể trong triển khai {field}.',
    'Công tác kiểm tra, giám sát được duy trì thường xuyên, kịp thời phát hiện và chấn chỉnh những tồn tại trong {field}.',
    'Trong {period}, {unit} tiếp tục duy trì các hoạt động chuyên môn thường quy, bảo đảm đúng quy trình, quy chế chuyên môn.',
    'Hệ thống báo cáo thống kê được cập nhật đầy đủ trên phần mềm quản lý, bảo đảm số liệu chính xác và đúng thời gian quy định.',
    'Kinh phí cho {field} còn hạn chế, chủ yếu từ nguồn ngân sách địa phương và nguồn thu sự nghiệp của đơn vị.',
    'Nhận thức của một bộ phận người dân về {field} còn hạn chế, nhất là ở các xã miền núi, vùng đồng bào dân tộc thiểu số.',
    'Đội ngũ cán bộ làm công tác chuyên môn tại tuyến xã còn thiếu và thường xuyên thay đổi, kiêm nhiệm nhiều nhiệm vụ.',
    'Sở Y tế đã tổ chức các lớp tập huấn chuyên môn cho cán bộ y tế tuyến huyện, tuyến xã về {field}.',
    '{unit} đã phối hợp với Đài Phát thanh và Truyền hình tỉnh, các cơ quan báo chí tuyên truyền về {field}.',
    'Công tác phối hợp liên ngành được tăng cường, huy động được sự tham gia của các tổ chức chính trị - xã hội tại cơ sở.',
    'Các chỉ tiêu chuyên môn cơ bản đạt tiến độ đề ra; một số chỉ tiêu đạt thấp so với cùng kỳ do ảnh hưởng của thời tiết.',
    'Tình hình dịch bệnh trên địa bàn tỉnh cơ bản được kiểm soát, không để xảy ra dịch lớn, không có trường hợp tử vong do dịch.',
    'Việc ứng dụng công nghệ thông tin trong {field} tiếp tục được đẩy mạnh, góp phần nâng cao hiệu quả quản lý.',
    'Cơ sở vật chất, trang thiết bị của một số trạm y tế xã đã xuống cấp, chưa đáp ứng yêu cầu triển khai các kỹ thuật mới.',
    'Sở Y tế đã ban hành văn bản hướng dẫn, đôn đốc các đơn vị tăng cường {field} trong {period}.',
    'Các đơn vị thực hiện nghiêm chế độ thường trực, sẵn sàng đáp ứng khi có tình huống khẩn cấp xảy ra.',
    'Công tác cải cách hành chính tiếp tục được quan tâm, thời gian chờ khám tại các cơ sở khám bệnh, chữa bệnh được rút ngắn.',
    'Việc cung ứng vắc xin, thuốc, hóa chất và vật tư y tế cơ bản được bảo đảm, không để xảy ra tình trạng thiếu hụt kéo dài.',
    'Một số đơn vị chưa chủ động trong việc tham mưu cho cấp ủy, chính quyền địa phương về {field}.',
    'Chất lượng số liệu báo cáo của một số đơn vị chưa cao, còn chậm so với thời gian quy định.',
    'Sự phối hợp giữa tuyến tỉnh, tuyến huyện và tuyến xã trong {field} ngày càng chặt chẽ và hiệu quả hơn.',
    'Trung tâm Kiểm soát bệnh tật tỉnh đã cử cán bộ hỗ trợ chuyên môn cho các đơn vị có nhiều khó khăn trong {field}.',
    'Kết quả thực hiện {field} trong {period} cơ bản đạt yêu cầu, tạo tiền đề hoàn thành các chỉ tiêu kế hoạch năm.',
    'Người dân ngày càng quan tâm đến việc chủ động chăm sóc, bảo vệ sức khỏe của bản thân và gia đình.',
    'Các mô hình điểm về {field} tiếp tục được duy trì và nhân rộng tại nhiều địa phương trong tỉnh.',
    'Giá vật tư, sinh phẩm tăng cao và thủ tục đấu thầu kéo dài ảnh hưởng đến tiến độ triển khai một số hoạt động chuyên môn.',
    'Các đơn vị đã tổ chức rà soát, cập nhật danh sách đối tượng, bảo đảm quản lý đầy đủ theo địa bàn dân cư.',
];

export const INTRO_SENTENCES = [
    'Thanh Hóa là tỉnh có diện tích tự nhiên lớn, địa hình đa dạng gồm đồng bằng, ven biển, trung du và miền núi.',
    'Dân số toàn tỉnh trên 3,7 triệu người, trong đó đồng bào dân tộc thiểu số chiếm gần 17% dân số.',
    'Từ ngày 01/7/2025, tỉnh thực hiện sắp xếp đơn vị hành chính cấp xã và tổ chức chính quyền địa phương hai cấp.',
    'Mạng lưới y tế cơ sở được củng cố, các trạm y tế xã sau sắp xếp tiếp tục hoạt động ổn định.',
    'Thời tiết đầu năm diễn biến phức tạp, rét đậm, rét hại kéo dài ảnh hưởng đến sức khỏe người dân, nhất là người cao tuổi và trẻ em.',
];

export const TASKS = [
    'Tiếp tục chủ động giám sát, phát hiện sớm và xử lý kịp thời các ổ dịch, không để dịch bệnh lan rộng.',
    'Nâng cao chất lượng khám bệnh, chữa bệnh, đẩy mạnh ứng dụng kỹ thuật mới tại tuyến huyện và tuyến xã.',
    'Triển khai hiệu quả các chương trình mục tiêu y tế - dân số, bảo đảm hoàn thành các chỉ tiêu kế hoạch năm.',
    'Đẩy mạnh chuyển đổi số, hoàn thiện hồ sơ sức khỏe điện tử và liên thông dữ liệu khám bệnh, chữa bệnh.',
    'Tăng cường kiểm tra, giám sát việc chấp hành các quy định về an toàn thực phẩm trong các dịp lễ hội.',
    'Kiện toàn tổ chức bộ máy các trạm y tế xã sau sắp xếp, bố trí đủ nhân lực theo vị trí việc làm.',
    'Bảo đảm cung ứng đủ thuốc, vắc xin, vật tư y tế phục vụ công tác phòng bệnh và khám bệnh, chữa bệnh.',
    'Tiếp tục thực hiện quy tắc ứng xử, nâng cao đạo đức nghề nghiệp, hướng tới sự hài lòng của người bệnh.',
];
