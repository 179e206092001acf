import { bilingual } from '../../language-server/src/bilingual.js';

/** The steps of one command, in the order they come; a step met again (a folder's documents) adds up. */
const STEP_TEXT = {
    node: { vi: () => 'Node khởi động', en: () => 'Node starts' },
    bundle: { vi: () => 'đọc và biên dịch gói CLI (bộ nhớ mã V8)', en: () => 'read and compile the CLI bundle (V8 code cache)' },
    modules: { vi: () => 'chạy các mô-đun', en: () => 'run the modules' },
    services: { vi: () => 'tạo dịch vụ, bộ tách từ và bộ phân tích', en: () => 'create the services, lexer and parser' },
    starter: { vi: () => 'phân tích danh mục khởi đầu', en: () => 'parse the starter catalog' },
    parse: { vi: () => 'phân tích các tệp và tệp được nhập', en: () => 'parse the files and their imports' },
    link: { vi: () => 'lập chỉ mục và liên kết', en: () => 'index and link' },
    validate: { vi: () => 'kiểm tra (cả các phép tính)', en: () => 'checks (the evaluated ones too)' },
    resolve: { vi: () => 'tính các giá trị được in', en: () => 'the printed values (evaluation)' },
    render: { vi: () => 'dựng DOCX', en: () => 'render the DOCX' },
    input: { vi: () => 'đọc tệp số liệu (CSV, JSON, XLSX)', en: () => 'read the figures (CSV, JSON, XLSX)' },
    match: { vi: () => 'khớp chỉ số, đơn vị, kỳ; đọc số; kiểm tra đơn vị tính', en: () => 'match indicators, orgs, periods; read numbers; check units' },
    edit: { vi: () => 'sửa văn bản .bcyt', en: () => 'edit the .bcyt text' },
    verify: { vi: () => 'phân tích lại để kiểm tra', en: () => 'parse again to verify' },
    write: { vi: () => 'ghi tệp', en: () => 'write the file' },
    threads: { vi: () => 'các luồng dựng song song (mỗi luồng: dịch vụ, danh mục, tệp, DOCX)', en: () => 'the build threads (each: services, catalogs, files, DOCX)' },
    rest: { vi: () => 'phần còn lại (in kết quả, giữa các tệp)', en: () => 'the rest (printing, between documents)' },
    total: { vi: () => 'tổng (đến lúc in bảng này)', en: () => 'total (until this table)' },
    heading: { vi: () => 'thời gian (ms):', en: () => 'timings (ms):' },
};

export type StepTextKey = keyof typeof STEP_TEXT;

/** What `bcyt build --timings` and `bcyt data import --timings` call each step, in Vietnamese and English (`--lang`). */
export const stepText = bilingual(STEP_TEXT);
