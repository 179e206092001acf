import type { MessageLanguage } from '../../language-server/src/validation/diagnostic-codes.js';
import { bilingual, textTable as define } from '../../language-server/src/bilingual.js';


/** The usage lines of each command; `usage` lists them all, `bcyt diff` and `bcyt textconv` their own. */
const LINES = {
    vi: {
        main: `  bcyt check <tệp hoặc thư mục…> [--format text|json|sarif|github] [--lang vi|en] [--catalog <thư mục hoặc tệp>]
  bcyt build <tệp.bcyt> [-o out.docx] [--force] [--lang vi|en] [--timings]
  bcyt build <thư mục> --out-dir <thư mục> [--force] [--lang vi|en] [--timings]
  bcyt watch <tệp.bcyt | thư mục> [-o out.docx | --out-dir <thư mục>] [--force] [--lang vi|en]
  bcyt import <tệp.docx|tệp.txt|tệp.md> [-o tệp.bcyt] [--catalog <thư mục hoặc tệp>] [--force] [--lang vi|en]`,
        diff: `  bcyt diff [<phiên bản A> [<phiên bản B>]] [-- <tệp hoặc thư mục…>] [--format text|markdown|json] [--lang vi|en] [--fail-on-new-errors]
  bcyt diff <cũ.bcyt> <mới.bcyt>      (hai tệp hoặc hai thư mục)`,
        textconv: '  bcyt textconv <tệp.docx> [--lang vi|en]   (văn bản của DOCX cho git diff)',
        data: `  bcyt data import <tệp.csv|tệp.json|tệp.xlsx> --into <tệp.bcyt> [--map ánh-xạ.json] [--sheet TÊN] [--org ĐƠN_VỊ] [--period KỲ] [--dry-run] [--lang vi|en] [--timings]
  bcyt data export <tệp.bcyt|thư mục…> --format csv|xlsx|dhis2-json -o <tệp ra> [--map ánh-xạ.json] [--lang vi|en]`,
    },
    en: {
        main: `  bcyt check <files or folders…> [--format text|json|sarif|github] [--lang vi|en] [--catalog <folder or file>]
  bcyt build <file.bcyt> [-o out.docx] [--force] [--lang vi|en] [--timings]
  bcyt build <folder> --out-dir <folder> [--force] [--lang vi|en] [--timings]
  bcyt watch <file.bcyt | folder> [-o out.docx | --out-dir <folder>] [--force] [--lang vi|en]
  bcyt import <file.docx|file.txt|file.md> [-o file.bcyt] [--catalog <folder or file>] [--force] [--lang vi|en]`,
        diff: `  bcyt diff [<revision A> [<revision B>]] [-- <files or folders…>] [--format text|markdown|json] [--lang vi|en] [--fail-on-new-errors]
  bcyt diff <old.bcyt> <new.bcyt>      (two files or two folders)`,
        textconv: '  bcyt textconv <file.docx> [--lang vi|en]  (the DOCX as text for git diff)',
        data: `  bcyt data import <file.csv|file.json|file.xlsx> --into <file.bcyt> [--map map.json] [--sheet NAME] [--org ORG] [--period PERIOD] [--dry-run] [--lang vi|en] [--timings]
  bcyt data export <file.bcyt|folder…> --format csv|xlsx|dhis2-json -o <output> [--map map.json] [--lang vi|en]`,
    },
};
// the Vietnamese heading keeps "usage" so that a reader without Vietnamese finds `--lang en` in it
const HEADING = { vi: 'Cách dùng / usage:', en: 'Usage:' };

/**
 * What the command line says in its own words (errors on stderr, summaries on stdout), in
 * Vietnamese and English (`--lang`). Paths are relative to the working folder, as the user typed
 * them. Diagnostics have their table in language-server/src/validation/diagnostic-codes.ts, the
 * build's refusals and failures in src/build/build-text.ts.
 */
export const CLI_TEXT = define({
    usage: {
        vi: () => [HEADING.vi, LINES.vi.main, LINES.vi.diff, LINES.vi.textconv, LINES.vi.data].join('\n'),
        en: () => [HEADING.en, LINES.en.main, LINES.en.diff, LINES.en.textconv, LINES.en.data].join('\n'),
    },
    diffUsage: { vi: () => `${HEADING.vi}\n${LINES.vi.diff}`, en: () => `${HEADING.en}\n${LINES.en.diff}` },
    textconvUsage: { vi: () => `${HEADING.vi}\n${LINES.vi.textconv}`, en: () => `${HEADING.en}\n${LINES.en.textconv}` },
    dataUsage: { vi: () => `${HEADING.vi}\n${LINES.vi.data}`, en: () => `${HEADING.en}\n${LINES.en.data}` },
    notFound: { vi: a => `không tìm thấy ${a.file}`, en: a => `${a.file} not found` },
    unreadable: { vi: a => `không đọc được ${a.file}: ${a.reason}`, en: a => `cannot read ${a.file}: ${a.reason}` },
    folderNeedsOutDir: { vi: () => 'dựng cả thư mục cần --out-dir <thư mục>', en: () => 'building a whole folder needs --out-dir <folder>' },
    outputClash: {
        vi: a => `${a.file}: không dựng vì sẽ ghi đè ${a.output} vừa dựng từ ${a.other}`,
        en: a => `${a.file}: not built, as it would overwrite ${a.output} just built from ${a.other}`,
    },
    declarationsOnly: { vi: a => `${a.file} không có văn bản nào (chỉ có khai báo)`, en: a => `${a.file} holds no document (declarations only)` },
    buildRefused: {
        vi: a => `${a.file}: còn ${a.count} lỗi, không xuất DOCX (dùng --force để vẫn xuất)`,
        en: a => `${a.file}: ${a.count} ${a.count === 1 ? 'error remains' : 'errors remain'}, no DOCX written (--force writes it anyway)`,
    },
    outputFolder: { vi: a => `không tạo được thư mục xuất "${a.folder}": ${a.reason}`, en: a => `cannot create the output folder "${a.folder}": ${a.reason}` },
    fileInTheWay: { vi: () => 'một tệp có tên này đã có ở đó', en: () => 'a file of that name is already there' },
    noPermission: { vi: () => 'không có quyền ghi', en: () => 'no permission to write' },
    systemError: { vi: a => `lỗi hệ thống ${a.code ?? ''}`.trim(), en: a => `system error ${a.code ?? ''}`.trim() },
    draftExists: {
        vi: a => `${a.file} đã có; chọn tên khác bằng -o, hoặc dùng --force để ghi đè`,
        en: a => `${a.file} exists; choose another name with -o, or --force to replace it`,
    },
    imported: {
        vi: a => `${a.source} → ${a.draft}: ${a.claims} số liệu thành mệnh đề kiểm tra được, ${a.citations} trích dẫn (khai báo ${a.legal} văn bản), ${a.indicators} chỉ số mới`,
        en: a => `${a.source} → ${a.draft}: ${a.claims} figures checked as claims, ${a.citations} citations (${a.legal} documents declared), ${a.indicators} new indicators`,
    },
    gitFailed: { vi: a => `git báo lỗi: ${a.detail}`, en: a => `git failed: ${a.detail}` },
    cannotRead: { vi: a => `không đọc được ${a.file} (${a.detail})`, en: a => `cannot read ${a.file} (${a.detail})` },
    notDocx: { vi: a => `${a.file} không phải tệp DOCX đọc được (${a.detail})`, en: a => `${a.file} is not a readable DOCX file (${a.detail})` },
});

export type CliTextKey = keyof typeof CLI_TEXT;

/** A text of the command line in a language. */
export const cliText = bilingual(CLI_TEXT);

/**
 * The language a command asked for (`--lang en`, `--lang=en`), read before its arguments are
 * parsed, so that even a usage error is said in it. Vietnamese unless English was asked for.
 */
export function askedLanguage(args: readonly string[]): MessageLanguage {
    const at = args.indexOf('--lang');
    return (at >= 0 && args[at + 1] === 'en') || args.includes('--lang=en') ? 'en' : 'vi';
}
