/**
 * Hand-made PrintedDocuments for the DOCX renderer tests, taken from the seed documents:
 * a báo cáo (seed 001), a công văn with one recipient (seed 000), a công văn with several
 * recipients (seed 004), a kế hoạch with a landscape appendix (seed 002) and an article (seed 003).
 */
import type {
    PrintedBlock, PrintedDocument, PrintedHeader, Run, TableBlock,
} from '../../language-server/src/document-model/model.js';

type Inline = string | Run;

let line = 0;
const runs = (parts: readonly Inline[]): Run[] => parts.map(p => (typeof p === 'string' ? { text: p } : p));
const b = (text: string): Run => ({ text, bold: true });
const i = (text: string): Run => ({ text, italic: true });
/** a value computed by the engine */
const v = (text: string): Run => ({ text, computed: true });

const h = (level: number, ...parts: Inline[]): PrintedBlock => ({ kind: 'heading', level, runs: runs(parts), line: line++ });
const p = (...parts: Inline[]): PrintedBlock => ({ kind: 'paragraph', runs: runs(parts), line: line++ });
const li = (...parts: Inline[]): PrintedBlock => ({ kind: 'list-item', marker: '-', runs: runs(parts), line: line++ });
function table(rows: readonly (readonly Inline[])[], options: Omit<TableBlock, 'kind' | 'rows' | 'line'> = {}): TableBlock {
    return { kind: 'table', rows: rows.map(row => row.map(cell => runs([cell]))), line: line++, ...options };
}

const header = (h: Partial<PrintedHeader>): PrintedHeader => ({ titleLines: [], recipients: [], ...h });

// ---------------------------------------------------------------- báo cáo (seed 001)

/** STT, chỉ tiêu, ĐVT, cùng kỳ, kế hoạch, thực hiện, % kế hoạch, % cùng kỳ: 44 rows */
const INDICATORS: readonly (readonly string[])[] = [
    ['Trẻ dưới 1 tuổi tiêm chủng đầy đủ', 'trẻ', '645', '3.515', '703', '20,0', '109,0'],
    ['Trẻ tiêm sởi mũi 2', 'trẻ', '928', '3.524', '821', '23,3', '88,5'],
    ['Phụ nữ có thai tiêm UV2+', 'người', '466', '3.577', '694', '19,4', '148,9'],
    ['Trẻ được bảo vệ UVSS', 'trẻ', '624', '3.523', '761', '21,6', '122,0'],
    ['Bài viết truyền thông', 'bài', '464', '2.000', '530', '26,5', '114,2'],
    ['Lượt tư vấn, giáo dục sức khoẻ', 'lượt', '10.504', '45.000', '12.800', '28,4', '121,9'],
    ['Đoàn kiểm tra an toàn thực phẩm', 'đoàn', '2', '60', '39', '65,0', '1.950,0'],
    ['Cơ sở thực phẩm được kiểm tra', 'cơ sở', '18', '610', '440', '72,1', '2.444,4'],
    ['Ca ngộ độc thực phẩm', 'ca', '181', '—', '127', '—', '70,2'],
    ['Hộ dùng nhà tiêu hợp vệ sinh', '%', '85,6', '95,0', '92,3', '97,2', '107,8'],
    ['Người lao động được khám sức khoẻ', 'người', '198', '1.000', '245', '24,5', '123,7'],
    ['Ca tai nạn thương tích', 'ca', '196', '—', '234', '—', '119,4'],
    ['Bệnh nhân HIV hiện mắc', 'người', '267', '—', '268', '—', '100,4'],
    ['Bệnh nhân AIDS hiện mắc', 'người', '64', '—', '63', '—', '98,4'],
    ['Bệnh nhân điều trị Methadone', 'người', '108', '120', '110', '91,7', '101,9'],
    ['Bơm kim tiêm cấp phát', 'cái', '16.500', '70.000', '18.000', '25,7', '109,1'],
    ['Bao cao su cấp phát', 'cái', '4.100', '17.000', '4.320', '25,4', '105,4'],
    ['Bệnh nhân bướu cổ được quản lý', 'người', '340', '—', '335', '—', '98,5'],
    ['Độ phủ muối iốt', '%', '97,0', '90,0', '98,0', '108,9', '101,0'],
    ['Bệnh nhân lao mới phát hiện', 'người', '5', '60', '2', '3,3', '40,0'],
    ['Bệnh nhân lao đang điều trị', 'người', '15', '—', '12', '—', '80,0'],
    ['Tỷ lệ lao phổi AFB(+) khỏi', '%', '21,3', '90,0', '18,8', '20,9', '88,3'],
    ['Xã triển khai chương trình tâm thần', 'xã', '31', '37', '31', '83,8', '100,0'],
    ['Bệnh nhân tâm thần được quản lý', 'người', '1.190', '1.200', '1.196', '99,7', '100,5'],
    ['Tổng số trẻ sinh', 'trẻ', '834', '3.300', '746', '22,6', '89,4'],
    ['Trẻ sinh là con thứ 3 trở lên', 'trẻ', '157', '—', '134', '—', '85,4'],
    ['Người sử dụng biện pháp KHHGĐ', 'người', '2.808', '3.732', '2.743', '73,5', '97,7'],
    ['Phụ nữ đẻ khám thai ≥ 4 lần/3 kỳ', 'người', '843', '3.171', '666', '21,0', '79,0'],
    ['Số lần khám thai trung bình', 'lần', '3,1', '4,0', '3,2', '80,0', '103,2'],
    ['Trẻ < 5 tuổi tử vong', 'trẻ', '3', '—', '3', '—', '100,0'],
    ['Trẻ đẻ < 2500 gr', 'trẻ', '14', '—', '9', '—', '64,3'],
    ['Xét nghiệm tìm AFB', 'mẫu', '320', '1.400', '351', '25,1', '109,7'],
    ['Xét nghiệm HIV', 'mẫu', '120', '500', '133', '26,6', '110,8'],
    ['Xét nghiệm KSTSR', 'mẫu', '70', '250', '67', '26,8', '95,7'],
    ['Xét nghiệm VSATTP', 'mẫu', '20', '100', '25', '25,0', '125,0'],
    ['Xét nghiệm khác', 'mẫu', '75', '300', '80', '26,7', '106,7'],
    ['Lượt khám bệnh tại PKĐK', 'lượt', '4.210', '18.000', '4.532', '25,2', '107,6'],
    ['Lượt khám bệnh tại trạm y tế', 'lượt', '21.340', '90.000', '23.118', '25,7', '108,3'],
    ['Mũi tiêm vắc xin Covid-19 (cộng dồn)', 'liều', '509.549', '—', '509.549', '—', '100,0'],
    ['Lam xét nghiệm sốt rét', 'lam', '70', '250', '67', '26,8', '95,7'],
    ['Ca mắc tiêu chảy', 'ca', '174', '—', '469', '—', '269,5'],
    ['Ca mắc cúm', 'ca', '1.075', '—', '889', '—', '82,7'],
    ['Ca mắc sốt xuất huyết', 'ca', '2', '—', '1', '—', '50,0'],
    ['Ca mắc thuỷ đậu', 'ca', '3', '—', '9', '—', '300,0'],
];

export const REPORT_SIGNER = 'Lê Trọng Tiến';

export const report: PrintedDocument = {
    kind: 'report',
    header: header({
        governingBody: 'SỞ Y TẾ THANH HOÁ',
        issuingBody: 'TRUNG TÂM Y TẾ HOẰNG HOÁ',
        numberLine: 'Số: /BC-TTYT',
        placeDateLine: 'Hoằng Hoá, ngày 14 tháng 4 năm 2024',
        typeTitle: 'BÁO CÁO',
        titleLines: [
            'Kết quả thực hiện công tác y tế 03 tháng đầu năm',
            'và phương hướng nhiệm vụ 09 tháng cuối năm 2024',
        ],
    }),
    body: [
        h(1, 'Phần thứ nhất'),
        h(1, 'Đặc điểm tình hình và kết quả thực hiện'),
        h(2, 'I. ĐẶC ĐIỂM TÌNH HÌNH'),
        h(3, '1. Đặc điểm chung'),
        p('Hoằng Hóa là một huyện đồng bằng ven biển có diện tích ', v('203'), ' km² với dân số trên 23 vạn dân được phân chia thành ',
            v('37'), ' đơn vị hành chính cấp xã, thị trấn. Kinh tế phát triển theo hướng công nghiệp và dịch vụ du lịch dẫn đến sự di biến động về dân số. ',
            'Vấn đề vệ sinh môi trường, việc xử lý chất thải còn nhiều bất cập, một số bệnh truyền nhiễm thuộc nhóm B xuất hiện quanh năm đó là những yếu tố thuận lợi tạo điều kiện cho bệnh dịch phát sinh.'),
        h(3, '2. Thuận lợi'),
        li('Được sự quan tâm chỉ đạo trực tiếp của Sở Y tế Thanh Hóa, các cơ sở y tế tuyến tỉnh.'),
        li('Được sự quan tâm chỉ đạo của Huyện ủy, UBND huyện, sự phối kết hợp giúp đỡ của các ban, ngành, đoàn thể trong huyện, Bệnh viện đa khoa huyện và UBND các xã, thị trấn.'),
        li('Cán bộ, viên chức toàn Trung tâm với quyết tâm khắc phục khó khăn, chủ động bám sát nhiệm vụ được giao luôn nỗ lực hoàn thành tốt các nhiệm vụ được giao.'),
        h(3, '3. Cơ cấu nhân lực'),
        h(4, '3.1. Tại Trung tâm Y tế huyện'),
        p('Tổng số cán bộ là ', v('51'), ' (biên chế: ', v('50'), '; hợp đồng: ', v('01'), '). Trong đó: trên đại học ', v('07'),
            ' cán bộ; đại học ', v('22'), '; cao đẳng ', v('10'), '; trung cấp ', v('11'), '; lái xe ', v('01'), '.'),
        h(5, 'a) Tại trạm Y tế xã, thị trấn'),
        p('Hiện tại tổng số cán bộ biên chế là ', v('188'), ' cán bộ. Trong đó: Bác sỹ: ', v('39'), '; Y sỹ: ', v('103'),
            '; Nữ hộ sinh: ', v('15'), '; Điều dưỡng: ', v('31'), '.'),
        h(6, 'Ghi chú về số liệu nhân lực'),
        p(i('Số liệu tính đến ngày 31/3/2024, không kể cán bộ hợp đồng vụ việc.')),
        h(2, 'II. KẾT QUẢ THỰC HIỆN CÔNG TÁC Y TẾ 03 THÁNG ĐẦU NĂM 2024'),
        h(3, '1. Công tác phòng chống dịch, bệnh'),
        p('Trong 3 tháng đầu năm một số bệnh truyền nhiễm nhóm B xuất hiện có khả năng gây thành dịch như: sốt xuất huyết ', v('01'),
            ' bệnh nhân so với cùng kỳ là ', v('02'), ' bệnh nhân; bệnh cúm thường là ', v('889'), ' bệnh nhân so với cùng kỳ là ', v('1.075'),
            ' bệnh nhân; số ca mắc tiêu chảy là ', v('469'), ' bệnh nhân so với cùng kỳ là ', v('174'), ' bệnh nhân.'),
        p(b('Tiêm vắc xin phòng Covid-19: '), 'trong 3 tháng đầu năm không có mũi tiêm mới. Tính đến ngày 31/3/2024 tổng số mũi tiêm trong huyện là ',
            v('509.549'), ' liều.'),
        h(3, '2. Kết quả thực hiện các chỉ tiêu chuyên môn'),
        p('Kết quả thực hiện các chỉ tiêu chuyên môn 03 tháng đầu năm 2024 so với kế hoạch năm và cùng kỳ năm 2023 như sau:'),
        table([
            ['STT', 'Chỉ tiêu', 'ĐVT', 'Cùng kỳ 2023', 'Kế hoạch 2024', 'Thực hiện 3 tháng', '% kế hoạch', '% cùng kỳ'],
            ...INDICATORS.map((row, n) => [String(n + 1), ...row]),
        ], { numericColumns: [false, false, false, true, true, true, true, true] }),
        h(1, 'Phần thứ hai\nphương hướng nhiệm vụ 09 tháng cuối năm 2024'),
        h(2, 'I. GIẢI PHÁP THỰC HIỆN'),
        p('Tăng cường sự lãnh đạo của cấp uỷ Chi bộ, phát huy vai trò tiên phong gương mẫu của mỗi cán bộ đảng viên. ',
            'Kết hợp chặt chẽ vai trò của đoàn thể quần chúng. Thực hiện tốt quy chế dân chủ ở cơ sở, động viên mỗi cá nhân phấn đấu hoàn thành tốt nhiệm vụ.'),
        h(2, 'II. KIẾN NGHỊ'),
        li('Đề nghị các cấp, các ngành có liên quan hằng năm hỗ trợ kinh phí để tu sửa, cải tạo các trạm Y tế đã xuống cấp và mua bổ sung các vật tư trang thiết bị phục vụ cho các hoạt động của đơn vị.'),
        li('Đề nghị Sở Y tế tham mưu cho UBND tỉnh bố trí phân bổ thêm nguồn ngân sách hỗ trợ để có kinh phí đầu tư hạ tầng thiết bị công nghệ thông tin phục vụ Đề án 06./.'),
    ],
    appendices: [],
    closing: {
        copies: ['Văn phòng Sở Y tế (B/c);', '- VP Huyện uỷ, UBND huyện (B/c);', 'Các khoa, phòng và trạm Y tế (Th/h);', 'Lưu: VT, HCTH.'],
        signerTitles: ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'],
        signerName: REPORT_SIGNER,
    },
    problems: [],
};

export const REPORT_INDICATOR_ROWS = INDICATORS.length + 1;

// ---------------------------------------------------------------- công văn, one recipient (seed 000)

export const letter: PrintedDocument = {
    kind: 'letter',
    header: header({
        governingBody: 'SỞ Y TẾ THANH HOÁ',
        issuingBody: 'TRUNG TÂM Y TẾ THIỆU HOÁ',
        numberLine: 'Số: /CV-TTYT',
        subjectLine: 'V/v báo cáo công tác y tế năm 2023, xây dựng kế hoạch mục tiêu, nhiệm vụ năm 2024, tổng kết công tác y tế năm 2023',
        placeDateLine: 'Thiệu Hóa, ngày      tháng 12 năm 2023',
        recipients: ['Các khoa, phòng, trạm y tế xã, thị trấn'],
    }),
    body: [
        p('Căn cứ công văn số 5709/SYT-VP ngày 06 tháng 12 năm 2023 của Sở Y tế Thanh Hóa về việc báo cáo công tác y tế năm 2023; xây dựng mục tiêu nhiệm vụ năm 2024; tổng kết công tác y tế tại đơn vị.'),
        p('Căn cứ vào kế hoạch số 03/KH-TTYT ngày 10 tháng 01 năm 2023 của Trung tâm Y tế; kế hoạch số 08/KH-TTYT ngày 17/01/2023 về thực hiện Quyết định số 169/QĐ-UBND ngày 12/01/2023 của UBND tỉnh Thanh Hóa. ',
            'Năm 2023 đã đạt được một số kết quả tích cực như chất lượng khám, chữa bệnh, chăm sóc sức khỏe Nhân dân đã được nâng cao; công tác phòng, chống dịch bệnh theo mùa, dịch bệnh mới nổi được kiểm soát.'),
        p('Giám đốc Trung tâm Y tế đề nghị các khoa, phòng, trạm y tế các xã, thị trấn khẩn trương thực hiện một số nội dung sau đây:'),
        p('1. Triển khai đồng bộ, có hiệu quả phương án phòng chống dịch bệnh mùa Đông Xuân, dịch bệnh truyền nhiễm, nâng cao chất lượng khám bệnh, chữa bệnh, thực hiện tốt công tác tiêm chủng mở rộng và các hoạt động dự phòng khác.'),
        p('2. Các khoa, phòng, trạm y tế các xã, thị trấn xây dựng báo cáo tóm tắt công tác y tế năm 2023; mục tiêu, nhiệm vụ giải pháp chủ yếu năm 2024 của đơn vị mình, gửi về phòng hành chính tổng hợp chậm nhất vào ngày ',
            b('18/12/2023'), '.'),
        p('3. Tổ chức họp tổng kết tại các khoa, phòng, trạm y tế các xã, thị trấn hoàn thành trước ngày ', b('20/12/2023'), '.'),
        p(b('Lưu ý: '), 'Đối với các khoa, phòng tổ chức họp phải mời lãnh đạo phụ trách khối tham dự và chỉ đạo. Đối với trạm y tế các xã, thị trấn phải báo cáo Đảng ủy, UBND xã đến dự và chỉ đạo.'),
        p('Nhận được công văn này, Giám đốc Trung tâm Y tế huyện Thiệu Hóa yêu cầu các khoa, phòng, trạm y tế các xã, thị trấn nghiêm túc triển khai thực hiện./.'),
    ],
    appendices: [],
    closing: { copies: ['Như trên;', 'Lưu: VT, HCTH.'], signerTitles: ['GIÁM ĐỐC'], signerName: 'Lê Lương Khang' },
    problems: [],
};

// ---------------------------------------------------------------- công văn, several recipients (seed 004)

export const letterMany: PrintedDocument = {
    kind: 'letter',
    header: header({
        governingBody: 'UBND TỈNH KON TUM',
        issuingBody: 'SỞ Y TẾ',
        numberLine: 'Số: /SYT-KHTC',
        subjectLine: 'V/v tổng kết, đánh giá tình hình thực hiện công tác y tế năm 2023; xây dựng phương hướng, nhiệm vụ, chỉ tiêu kế hoạch năm 2024',
        placeDateLine: 'Kon Tum, ngày      tháng 11 năm 2023',
        recipients: ['Các đơn vị trực thuộc Sở Y tế', '- Các phòng thuộc Sở', 'Trung tâm Kiểm soát bệnh tật tỉnh;'],
    }),
    body: [
        p('Căn cứ Quyết định số 1543/QĐ-SYT ngày 26 tháng 12 năm 2022 của Giám đốc Sở Y tế về việc giao chỉ tiêu kế hoạch y tế, dân số năm 2023 và Kế hoạch hành động số 318/KH-SYT ngày 07 tháng 02 năm 2023 của Sở Y tế.'),
        p('Để chuẩn bị cho việc tổng kết, đánh giá tình hình thực hiện nhiệm vụ kế hoạch năm 2023; Sở Y tế yêu cầu các đơn vị trực thuộc Sở Y tế triển khai thực hiện một số nội dung sau:'),
        h(3, '1. Thời gian gửi báo cáo'),
        p('a) ', i('Trung tâm Y tế các huyện, thành phố'), ': ', b('trước ngày 05/12/2023'), '.'),
        p('b) ', i('Các đơn vị tuyến tỉnh'), ': ', b('trước ngày 10/12/2023'), './.'),
    ],
    appendices: [],
    closing: { copies: ['Như trên;', 'Giám đốc Sở (b/c);', 'Lưu: VT, KHTC.'], signerTitles: ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'], signerName: 'Nguyễn Văn A' },
    problems: [],
};

// ---------------------------------------------------------------- kế hoạch with a landscape appendix (seed 002)

export const COMMUNES = [
    'Xã Thiệu Toán', 'Xã Thiệu Chính', 'Xã Minh Tâm', 'Xã Thiệu Lý', 'Xã Thiệu Vận', 'Xã Tân Châu', 'Xã Thiệu Giao',
    'Xã Thiệu Ngọc', 'Xã Thiệu Thành', 'Xã Thiệu Công', 'Xã Thiệu Long', 'Xã Thiệu Quang', 'Xã Thiệu Nguyên',
] as const;

export const plan: PrintedDocument = {
    kind: 'plan',
    header: header({
        governingBody: 'SỞ Y TẾ THANH HOÁ',
        issuingBody: 'TRUNG TÂM Y TẾ THIỆU HOÁ',
        numberLine: 'Số: /KH-TTYT',
        placeDateLine: 'Thiệu Hóa, ngày      tháng 01 năm 2024',
        typeTitle: 'Kế hoạch hành động',
        titleLines: ['Thực hiện Kế hoạch số 01/KH-SYT ngày 01/01/2024', 'của Sở Y tế tỉnh Thanh Hóa'],
    }),
    body: [
        p('Thực hiện Kế hoạch hành động số 01/KH-SYT ngày 01 tháng 01 năm 2024 của Sở Y tế Thanh Hóa về thực hiện Quyết định số 5050/QĐ-UBND ngày 28/12/2023 của UBND tỉnh Thanh Hóa về việc ban hành Kế hoạch hành động thực hiện Nghị quyết của Chính phủ về nhiệm vụ phát triển kinh tế - xã hội năm 2024.'),
        h(2, 'A. CHỦ ĐỀ CÔNG TÁC CỦA NĂM 2024'),
        p(i('Kỷ cương - Trách nhiệm - Hành động - Sáng tạo - Phát triển')),
        h(2, 'B. MỤC TIÊU VÀ CÁC CHỈ TIÊU CHỦ YẾU NĂM 2024'),
        h(3, '1. Các chỉ tiêu chủ yếu'),
        li('Dân số trung bình ', v('167.769'), ' người.'),
        li('Tốc độ tăng dân số dưới ', v('0,6'), ' %.'),
        li('Tỷ suất sinh ', v('11,41'), ' ‰.'),
        li('Tỷ số giới tính khi sinh ', v('113'), ' nam/100 nữ.'),
        li('Số xã đạt chuẩn bộ tiêu chí quốc gia về y tế (theo chuẩn mới): ', v('13'), ' xã (', i('chi tiết tại Phụ lục 01 kèm theo'), ').'),
        li('Tỷ lệ trẻ em dưới 01 tuổi tiêm chủng đầy đủ các loại vắc xin > ', v('95'), '%.'),
        h(2, 'C. TỔ CHỨC THỰC HIỆN'),
        p('Ban Giám đốc Trung tâm Y tế lãnh đạo, chỉ đạo theo từng lĩnh vực phụ trách để hoàn thành các mục tiêu, chỉ tiêu, nhiệm vụ năm 2024./.'),
    ],
    appendices: [{
        label: 'Phụ lục 01',
        title: 'GIAO CHỈ TIÊU XÃ ĐẠT TIÊU CHÍ QUỐC GIA VỀ Y TẾ NĂM 2024',
        landscape: true,
        blocks: [
            p('(Kèm theo Kế hoạch hành động số      /KH-TTYT ngày      /01/2024 của Trung tâm Y tế Thiệu Hóa)'),
            table([
                ['STT', 'Tên xã, thị trấn', 'Chỉ tiêu năm 2024', 'Ghi chú'],
                ...COMMUNES.map((name, n) => [String(n + 1), name, 'Đạt chuẩn', '']),
            ], { widths: [0.08, 0.42, 0.25, 0.25] }),
        ],
    }],
    closing: {
        copies: ['Sở Y tế (B/c);', 'Ban Giám đốc (B/c);', 'Các khoa, phòng (T/h);', 'Trạm Y tế xã, thị trấn (T/h);', 'Lưu: VT, HCTH.'],
        signerTitles: ['GIÁM ĐỐC'],
        signerName: 'Lê Lương Khang',
    },
    problems: [],
};

// ---------------------------------------------------------------- article (seed 003)

export const ARTICLE_TITLE = 'Hội nghị tổng kết công tác y tế năm 2023; phương hướng, nhiệm vụ, giải pháp trọng tâm năm 2024';

export const article: PrintedDocument = {
    kind: 'article',
    header: header({ titleLines: [ARTICLE_TITLE], placeDateLine: 'Đắk Song, ngày 03 tháng 01 năm 2024' }),
    body: [
        p('Chiều ngày 3/1/2024, Trung tâm y tế huyện Đắk Song đã tổ chức Hội nghị tổng kết công tác năm 2023; triển khai phương hướng, nhiệm vụ, giải pháp trọng tâm năm 2024.'),
        p('Trong năm 2023 đơn vị được phê duyệt ', v('2.939/4.431'), ' kỹ thuật, đạt ', v('66,7%'), ' danh mục kỹ thuật đúng tuyến và ', v('260'), ' kỹ thuật vượt tuyến.'),
        p('Thực hiện ', v('75.135'), ' lượt khám chữa bệnh, đạt ', v('94%'), ' so với chỉ tiêu đề ra. Trong năm 2023 đã thành lập ', v('33'),
            ' đoàn kiểm tra liên ngành tiến hành kiểm tra ', v('604'), ' cơ sở; ', v('500/604'), ' cơ sở đạt điều kiện an toàn vệ sinh thực phẩm (đạt ', v('82,8%'), ').'),
    ],
    appendices: [],
    closing: { copies: [], signerTitles: [], signerName: 'Kim Ngân' },
    problems: [],
};

export const FIXTURES = { 'bao-cao': report, 'cong-van': letter, 'cong-van-nhieu-noi': letterMany, 'ke-hoach': plan, 'bai-viet': article } as const;
