/**
 * Every diagnostic the checker reports: its stable code, default severity, and its message
 * in Vietnamese and English. Codes are a contract (shown in VS Code, `--format json`, and
 * the severity overrides of the configuration); messages are written here and nowhere else.
 */
export type Severity = 'error' | 'warning' | 'information' | 'hint';
export type MessageLanguage = 'vi' | 'en';

type Args = Record<string, string | number | undefined>;
interface CodeDefinition {
    readonly severity: Severity;
    readonly vi: (a: Args) => string;
    readonly en: (a: Args) => string;
}

const define = <T extends Record<string, CodeDefinition>>(codes: T): T => codes;

export const DIAGNOSTIC_CODES = define({
    'syntax-error': {
        severity: 'error',
        vi: a => `Lỗi cú pháp: ${a.detail}`,
        en: a => `Syntax error: ${a.detail}`,
    },
    'unresolved-reference': {
        severity: 'error',
        vi: a => `Không tìm thấy ${a.kind} "${a.name}"${a.hint ? ` (${a.hint})` : ''}`,
        en: a => `Cannot resolve ${a.kindEn} "${a.name}"${a.hintEn ? ` (${a.hintEn})` : ''}`,
    },
    'duplicate-name': {
        severity: 'error',
        vi: a => `Tên "${a.name}" đã được khai báo ở ${a.other}`,
        en: a => `The name "${a.name}" is already declared at ${a.other}`,
    },
    'count-not-integer': {
        severity: 'error',
        vi: a => `${a.what} tính bằng "${a.unit}" phải là số nguyên, không phải ${a.text}${a.suggestion ? `; nếu dấu chấm là phân cách hàng nghìn, viết ${a.suggestion}` : ''}`,
        en: a => `${a.whatEn} counted in "${a.unit}" must be a whole number, not ${a.text}${a.suggestion ? `; if the dot separates thousands, write ${a.suggestion}` : ''}`,
    },
    'number-format': {
        severity: 'warning',
        vi: a => `${a.detail}`,
        en: a => `${a.detailEn}`,
    },
    'unit-mismatch': {
        severity: 'error',
        vi: a => `Đơn vị không khớp: ${a.detail}`,
        en: a => `Unit mismatch: ${a.detailEn}`,
    },
    'sum-mismatch': {
        severity: 'error',
        vi: a => `Tổng số ${a.total} khác tổng các thành phần ${a.sum} (${a.parts}) — ${a.label}, ${a.org}, ${a.period}`,
        en: a => `Total ${a.total} differs from the sum of its parts ${a.sum} (${a.parts}) — ${a.label}, ${a.org}, ${a.period}`,
    },
    'claim-mismatch': {
        severity: 'error',
        vi: a => `Số nêu ${a.stated} khác số tính được ${a.computed} (${a.how})`,
        en: a => `Stated ${a.stated} differs from the computed ${a.computed} (${a.how})`,
    },
    'percent-out-of-range': {
        severity: 'warning',
        vi: a => `Tỷ lệ ${a.value} nằm ngoài khoảng 0–100%`,
        en: a => `Share ${a.value} is outside 0–100%`,
    },
    'target-rollup': {
        severity: 'warning',
        vi: a => `${a.detail}`,
        en: a => `${a.detailEn}`,
    },
    'target-period': {
        severity: 'warning',
        vi: a => `${a.detail}`,
        en: a => `${a.detailEn}`,
    },
    'target-status': {
        severity: 'information',
        vi: a => `${a.detail}`,
        en: a => `${a.detailEn}`,
    },
    'missing-data': {
        severity: 'warning',
        vi: a => `Thiếu số liệu để tính: ${a.detail}`,
        en: a => `Missing data to compute this: ${a.detailEn}`,
    },
    'period-invalid': {
        severity: 'error',
        vi: a => `${a.detail}`,
        en: a => `${a.detailEn}`,
    },
    'date-before-period-end': {
        severity: 'warning',
        vi: a => `Ngày văn bản ${a.date} trước khi kỳ báo cáo kết thúc (${a.end})`,
        en: a => `The document is dated ${a.date}, before its period ends (${a.end})`,
    },
    'legal-number-format': { severity: 'error', vi: a => `${a.detail}`, en: a => `${a.detailEn}` },
    'legal-type-mismatch': { severity: 'error', vi: a => `${a.detail}`, en: a => `${a.detailEn}` },
    'legal-issuer-mismatch': { severity: 'warning', vi: a => `${a.detail}`, en: a => `${a.detailEn}` },
    'legal-year-mismatch': { severity: 'error', vi: a => `${a.detail}`, en: a => `${a.detailEn}` },
    'legal-date-after-document': { severity: 'error', vi: a => `${a.detail}`, en: a => `${a.detailEn}` },
    'legal-conflict': { severity: 'error', vi: a => `${a.detail}`, en: a => `${a.detailEn}` },
    'legal-undeclared': { severity: 'warning', vi: a => `${a.detail}`, en: a => `${a.detailEn}` },
    'doc-number-format': { severity: 'error', vi: a => `${a.detail}`, en: a => `${a.detailEn}` },
    'outline-missing-section': { severity: 'warning', vi: a => `${a.detail}`, en: a => `${a.detailEn}` },
    'heading-numbering': { severity: 'warning', vi: a => `${a.detail}`, en: a => `${a.detailEn}` },
    'rule-violated': {
        severity: 'error',
        vi: a => `Vi phạm quy tắc "${a.rule}": ${a.left} ${a.operator} ${a.right} không đúng (${a.org}, ${a.period}${a.source ? `, ${a.source}` : ''})`,
        en: a => `Rule "${a.rule}" violated: ${a.left} ${a.operator} ${a.right} is false (${a.org}, ${a.period}${a.sourceEn ? `, ${a.sourceEn}` : ''})`,
    },
});

export type DiagnosticCode = keyof typeof DIAGNOSTIC_CODES;

let language: MessageLanguage = 'vi';

/** The language of diagnostic messages for this process (the CLI's --lang, the editor setting). */
export function setMessageLanguage(lang: MessageLanguage): void {
    language = lang;
}

export function messageLanguage(): MessageLanguage {
    return language;
}

export function message(code: DiagnosticCode, args: Args, lang: MessageLanguage = language): string {
    return DIAGNOSTIC_CODES[code][lang](args);
}

export function defaultSeverity(code: DiagnosticCode): Severity {
    return DIAGNOSTIC_CODES[code].severity;
}
