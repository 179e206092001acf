import { bilingual, type TextArgs as Args } from '../../language-server/src/bilingual.js';

/**
 * What `bcyt data import` and `bcyt data export` say in their own words, in Vietnamese and
 * English (`--lang`); the findings on the figures have theirs in problems.ts.
 */
const DATA_TEXT = {
    exportOverSource: { vi: (a: Args) => `${a.file}: không xuất số liệu đè lên tệp .bcyt`, en: (a: Args) => `${a.file}: an export is never written over a .bcyt file` },
    exported: { vi: (a: Args) => `${a.file}: ${a.rows} giá trị`, en: (a: Args) => `${a.file}: ${a.rows} values` },
    imported: {
        vi: (a: Args) => `${a.file}: thêm ${a.added}, sửa ${a.updated}, giữ nguyên ${a.unchanged}`,
        en: (a: Args) => `${a.file}: ${a.added} added, ${a.updated} updated, ${a.unchanged} unchanged`,
    },
    dryRun: { vi: (a: Args) => `${a.summary} (chạy thử: không ghi gì)`, en: (a: Args) => `${a.summary} (dry run: nothing written)` },
    importRefused: { vi: (a: Args) => `${a.file}: ${a.count} lỗi, không ghi gì`, en: (a: Args) => `${a.file}: ${a.count} errors, nothing written` },
    sheet: {
        vi: (a: Args) => `${a.file ? 'tệp' : 'trang'} ${a.name}: ${a.shape === 'long' ? `bảng dọc, ${a.values} giá trị` : a.shape ? `biểu mẫu ngang, ${a.values} giá trị` : 'không có bảng, bỏ qua'}`,
        en: (a: Args) => `${a.file ? 'file' : 'sheet'} ${a.name}: ${a.shape ? `${a.shape} table, ${a.values} values` : 'no table, skipped'}`,
    },
    matched: {
        vi: (a: Args) => `${a.kind === 'indicator' ? 'chỉ số' : 'đơn vị'} "${a.source}" → ${a.target} (${a.how === 'map' ? 'theo tệp ánh xạ' : a.how === 'name' ? 'theo tên' : 'theo nhãn tiếng Việt'})`,
        en: (a: Args) => `${a.kind === 'indicator' ? 'indicator' : 'org'} "${a.source}" → ${a.target} (${a.how === 'map' ? 'by the map file' : a.how === 'name' ? 'by name' : 'by Vietnamese label'})`,
    },
    unmatched: {
        vi: (a: Args) => `${a.kind === 'indicator' ? 'chỉ số' : 'đơn vị'} "${a.source}" → ? (${a.reason})`,
        en: (a: Args) => `${a.kind === 'indicator' ? 'indicator' : 'org'} "${a.source}" → ? (${a.reason})`,
    },
};

export const dataText = bilingual(DATA_TEXT);
