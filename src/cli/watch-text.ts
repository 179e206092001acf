import { bilingual, type TextArgs as Args } from '../../language-server/src/bilingual.js';

/** What `bcyt watch` says in its own words, in Vietnamese and English (`--lang`). */
const WATCH_TEXT = {
    notFound: { vi: (a: Args) => `không tìm thấy ${a.file}`, en: (a: Args) => `not found: ${a.file}` },
    folderNeedsOutDir: { vi: () => 'theo dõi cả thư mục cần --out-dir <thư mục>', en: () => 'watching a folder needs --out-dir <folder>' },
    outputForOneFile: { vi: () => '-o chỉ dùng cho một tệp; với thư mục dùng --out-dir', en: () => '-o is for one file; use --out-dir for a folder' },
    watching: {
        vi: (a: Args) => `Đang theo dõi ${a.file}: mỗi lần lưu sẽ kiểm tra và dựng lại. Nhấn Ctrl-C để dừng.`,
        en: (a: Args) => `Watching ${a.file}: every save is checked and built again. Press Ctrl-C to stop.`,
    },
    unreadable: { vi: (a: Args) => `không đọc được ${a.file}: ${a.reason}`, en: (a: Args) => `cannot read ${a.file}: ${a.reason}` },
    stopped: { vi: () => 'Đã dừng theo dõi.', en: () => 'Stopped watching.' },
    cannotWatch: { vi: (a: Args) => `không theo dõi được thư mục ${a.folder}: ${a.reason}`, en: (a: Args) => `cannot watch the folder ${a.folder}: ${a.reason}` },
    deleted: { vi: (a: Args) => `${a.file} đã bị xoá; tệp DOCX của nó được giữ nguyên.`, en: (a: Args) => `${a.file} was deleted; its DOCX is kept.` },
    findings: { vi: (a: Args) => `${a.errors} lỗi, ${a.others} phát hiện khác`, en: (a: Args) => `${a.errors} error(s), ${a.others} other finding(s)` },
    refused: {
        vi: (a: Args) => `${a.file}: còn ${a.count} lỗi, không xuất DOCX; ${a.output} (nếu có) được giữ nguyên (${a.time} s)`,
        en: (a: Args) => `${a.file}: ${a.count} error(s) remain, no DOCX written; ${a.output} (if any) is kept (${a.time} s)`,
    },
    usage: {
        vi: () => 'Cách dùng / usage:\n  bcyt watch <tệp.bcyt | thư mục> [-o out.docx | --out-dir <thư mục>] [--force] [--lang vi|en]   (kiểm tra và dựng lại mỗi lần lưu)',
        en: () => 'Usage:\n  bcyt watch <file.bcyt | folder> [-o out.docx | --out-dir <folder>] [--force] [--lang vi|en]   (checks and builds again on every save)',
    },
};

export type WatchTextKey = keyof typeof WATCH_TEXT;

export const watchText = bilingual(WATCH_TEXT);
