/** Usage lines of the commands loaded on demand (main.ts lists them without loading them). */
export const DIFF_USAGE = `  bcyt diff [<phiên bản A> [<phiên bản B>]] [-- <tệp hoặc thư mục…>] [--format text|markdown|json] [--lang vi|en] [--fail-on-new-errors]
  bcyt diff <cũ.bcyt> <mới.bcyt>      (hai tệp hoặc hai thư mục)`;

export const TEXTCONV_USAGE = '  bcyt textconv <tệp.docx>           (văn bản của DOCX cho git diff)';

export const WATCH_USAGE = '  bcyt watch <tệp.bcyt | thư mục> [-o out.docx | --out-dir <thư mục>] [--force] [--lang vi|en]   (kiểm tra và dựng lại mỗi lần lưu)';
