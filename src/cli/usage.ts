/** Usage lines of the commands loaded on demand (main.ts lists them without loading them). */
export const DIFF_USAGE = `  bcyt diff [<phiên bản A> [<phiên bản B>]] [-- <tệp hoặc thư mục…>] [--format text|markdown|json] [--lang vi|en] [--fail-on-new-errors]
  bcyt diff <cũ.bcyt> <mới.bcyt>      (hai tệp hoặc hai thư mục)`;

export const TEXTCONV_USAGE = '  bcyt textconv <tệp.docx>           (văn bản của DOCX cho git diff)';

export const DATA_USAGE = `  bcyt data import <tệp.csv|tệp.json|tệp.xlsx> --into <tệp.bcyt> [--map ánh-xạ.json] [--sheet TÊN] [--org ĐƠN_VỊ] [--period KỲ] [--dry-run] [--lang vi|en]
  bcyt data export <tệp.bcyt|thư mục…> --format csv|xlsx|dhis2-json -o <tệp ra> [--map ánh-xạ.json]`;
