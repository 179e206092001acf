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

/** The message variant named by `a.kind`; `fallback` when there is none (or no such variant). */
function pick(a: Args, variants: Record<string, () => string>, fallback?: () => string): string {
    const variant = a.kind !== undefined ? variants[String(a.kind)] : undefined;
    if (variant) return variant();
    return fallback ? fallback() : `${a.detail ?? ''}`;
}

/** ", declared at file:line" for a problem of a declaration reported where it is cited. */
function declaredAt(a: Args, lang: MessageLanguage): string {
    if (!a.declaredAt) return '';
    return lang === 'vi' ? ` (văn bản khai báo ở ${a.declaredAt})` : ` (declared at ${a.declaredAt})`;
}

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
        vi: a => pick(a, {
            negative: () => `${a.what} tính bằng "${a.unit}" không thể là số âm (${a.text})`,
        }, () => `${a.what} tính bằng "${a.unit}" phải là số nguyên, không phải ${a.text}${a.suggestion ? `; nếu dấu chấm là phân cách hàng nghìn, viết ${a.suggestion}` : ''}`),
        en: a => pick(a, {
            negative: () => `${a.whatEn} counted in "${a.unit}" cannot be below zero (${a.text})`,
        }, () => `${a.whatEn} counted in "${a.unit}" must be a whole number, not ${a.text}${a.suggestion ? `; if the dot separates thousands, write ${a.suggestion}` : ''}`),
    },
    'number-format': {
        severity: 'warning',
        vi: a => pick(a, {
            'en-decimal': () => `"${a.text}" dùng dấu chấm thập phân; tiếng Việt viết ${a.suggestion}${a.unit ? `, nhưng số ${a.unit} phải là số nguyên` : ''}`,
            'ambiguous-count': () => `"${a.text} ${a.unit}": số ${a.unit} là số nguyên, dấu phẩy trong tiếng Việt là dấu thập phân; hàng nghìn viết ${a.suggestion}`,
            'percent-sign': () => `${a.text} là tỷ lệ (${a.how}) nhưng thiếu dấu ${a.sign}; viết ${a.suggestion}`,
            'points-sign': () => `${a.text} là hiệu hai tỷ lệ (${a.how}) nhưng thiếu đơn vị; viết ${a.suggestion}`,
        }, () => `${a.detail}`),
        en: a => pick(a, {
            'en-decimal': () => `"${a.text}" uses a decimal point; Vietnamese writes ${a.suggestion}${a.unit ? `, but a count of ${a.unit} is a whole number` : ''}`,
            'ambiguous-count': () => `"${a.text} ${a.unit}": a count of ${a.unit} is a whole number and a Vietnamese comma is a decimal comma; thousands are written ${a.suggestion}`,
            'percent-sign': () => `${a.text} is a percentage (${a.howEn ?? a.how}) but lacks its ${a.sign} sign; write ${a.suggestion}`,
            'points-sign': () => `${a.text} is a difference of percentages (${a.howEn ?? a.how}) but lacks its unit; write ${a.suggestion}`,
        }, () => `${a.detailEn}`),
    },
    'unit-mismatch': {
        severity: 'error',
        vi: a => `Đơn vị không khớp: ${pick(a, {
            prose: () => `"${a.word}" sau số của "${a.label}", chỉ số tính bằng ${a.unit}`,
        }, () => `${a.detail}`)}`,
        en: a => `Unit mismatch: ${pick(a, {
            prose: () => `"${a.word}" after the value of "${a.label}", an indicator counted in ${a.unit}`,
        }, () => `${a.detailEn}`)}`,
    },
    'rate-as-count': {
        severity: 'warning',
        vi: a => pick(a, {
            rate: () => `"${a.label}" là tỷ lệ (${a.sign}) nhưng số nêu là ${a.stated} ${a.word}, một số đếm: ghi tỷ lệ (${a.stated}${a.sign}) hoặc nêu số đếm kèm mẫu số`,
            count: () => `"${a.label}" là một tỷ lệ nhưng chỉ nêu số đếm ${a.stated} ${a.word}: tỷ lệ cần số phần trăm hoặc mẫu số (${a.stated}/… ${a.word})`,
        }),
        en: a => pick(a, {
            rate: () => `"${a.label}" is a rate (${a.sign}) but the number stated is ${a.stated} ${a.word}, a count: state the rate (${a.stated}${a.sign}) or the count with its base`,
            count: () => `"${a.label}" is a rate but only the count ${a.stated} ${a.word} is given: a rate needs a percentage or a base (${a.stated}/… ${a.word})`,
        }),
    },
    'sum-mismatch': {
        severity: 'error',
        vi: a => pick(a, {
            part: () => `Số nêu ${a.stated} làm tổng các thành phần ${a.sum} (${a.parts}) khác tổng số ${a.total}; có lẽ là ${a.meant} — ${a.label}, ${a.org}, ${a.period}`,
            'data-part': () => `Số liệu ${a.stated} làm tổng các thành phần ${a.sum} (${a.parts}) khác tổng số ${a.total}; có lẽ là ${a.meant} — ${a.label}, ${a.org}, ${a.period}`,
        }, () => `Tổng số ${a.total} khác tổng các thành phần ${a.sum} (${a.parts}) — ${a.label}, ${a.org}, ${a.period}`),
        en: a => pick(a, {
            part: () => `Stated ${a.stated} makes the sum of the parts ${a.sum} (${a.parts}) differ from the total ${a.total}; perhaps ${a.meant} — ${a.label}, ${a.org}, ${a.period}`,
            'data-part': () => `The data value ${a.stated} makes the sum of the parts ${a.sum} (${a.parts}) differ from the total ${a.total}; perhaps ${a.meant} — ${a.label}, ${a.org}, ${a.period}`,
        }, () => `Total ${a.total} differs from the sum of its parts ${a.sum} (${a.parts}) — ${a.label}, ${a.org}, ${a.period}`),
    },
    'claim-mismatch': {
        severity: 'error',
        vi: a => `Số nêu ${a.stated} khác số tính được ${a.computed} (${a.how})`,
        en: a => `Stated ${a.stated} differs from the computed ${a.computed} (${a.howEn ?? a.how})`,
    },
    'implied-mismatch': {
        severity: 'error',
        vi: a => `Số nêu ${a.stated} kéo theo "${a.label}" (${a.org}, ${a.period}) là ${a.own}, nhưng câu ở ${a.where} kéo theo ${a.other} (số tính được ${a.computed})`,
        en: a => `The stated ${a.stated} implies "${a.label}" (${a.org}, ${a.period}) is ${a.own}, but the claim at ${a.where} implies ${a.other} (computed ${a.computed})`,
    },
    'percent-out-of-range': {
        severity: 'warning',
        vi: a => `Tỷ lệ ${a.value} nằm ngoài khoảng 0–100%${a.what ? ` (${a.what})` : ''}`,
        en: a => `Share ${a.value} is outside 0–100%${a.whatEn ?? a.what ? ` (${a.whatEn ?? a.what})` : ''}`,
    },
    // Default warning: the words around a number misread it (an index as a growth, percentage
    // points as percent). A verb the data contradict ("giảm" before an increase) is reported as an
    // error by the check (report's severity), as missing-data is information for a stated claim.
    'change-wording': {
        severity: 'warning',
        vi: a => pick(a, {
            index: () => `"${a.written}": ${a.number} là chỉ số so với ${a.against} (${a.how}), không phải mức ${a.change}; viết "${a.level}"${a.growth ? ` hoặc "${a.growth}"` : ''}`,
            points: () => `Hiệu hai tỷ lệ (${a.how}) tính bằng điểm phần trăm: viết "${a.right}", không phải "${a.written}"`,
            direction: () => `"${a.written}" nhưng tính ra là ${a.change} ${a.number} (${a.how}): viết "${a.right}"`,
            orientation: () => `"${a.written}" đúng với số liệu nhưng biểu thức tính ra ${a.computed} (${a.how}): đảo hai vế, {${a.swapped}}`,
        }),
        en: a => pick(a, {
            index: () => `"${a.written}": ${a.number} is an index against ${a.againstEn} (${a.howEn}), not ${a.changeEn}; write "${a.level}"${a.growth ? ` or "${a.growth}"` : ''}`,
            points: () => `A difference of two percentages (${a.howEn}) is in percentage points: write "${a.right}", not "${a.written}"`,
            direction: () => `"${a.written}" but it comes to ${a.changeEn} of ${a.number} (${a.howEn}): write "${a.right}"`,
            orientation: () => `"${a.written}" matches the data but the expression comes to ${a.computed} (${a.howEn}): turn it round, {${a.swapped}}`,
        }),
    },
    'target-rollup': {
        severity: 'warning',
        vi: a => pick(a, {
            children: () => `Chỉ tiêu "${a.label}" của ${a.org} (${a.period}) là ${a.total} nhưng chỉ tiêu các đơn vị trực thuộc cộng lại ${a.sum} (${a.parts})`,
            'children-exceed': () => `Chỉ tiêu đã giao cho các đơn vị trực thuộc cộng lại ${a.sum} (${a.parts}), vượt chỉ tiêu "${a.label}" của ${a.org} (${a.period}) là ${a.total}`,
            'detail-count': () => `Chỉ tiêu "${a.label}" ${a.operator} ${a.total} nhưng danh sách chi tiết có ${a.count} đơn vị`,
            'detail-duplicate': () => `${a.name} có hai lần trong danh sách chi tiết`,
            'detail-outside': () => `${a.name} không trực thuộc ${a.org}`,
        }),
        en: a => pick(a, {
            children: () => `The target "${a.label}" of ${a.org} (${a.period}) is ${a.total} but the targets of its units add up to ${a.sum} (${a.parts})`,
            'children-exceed': () => `The targets given to its units add up to ${a.sum} (${a.parts}), more than the target "${a.label}" of ${a.org} (${a.period}), ${a.total}`,
            'detail-count': () => `The target "${a.label}" ${a.operator} ${a.total} but its detail list names ${a.count} units`,
            'detail-duplicate': () => `${a.name} appears twice in the detail list`,
            'detail-outside': () => `${a.name} is not a unit of ${a.org}`,
        }),
    },
    'target-period': {
        severity: 'warning',
        vi: a => pick(a, {
            'parts-exceed': () => `Chỉ tiêu "${a.label}" của các kỳ ${a.parts} cộng lại ${a.sum}, vượt chỉ tiêu ${a.outerPeriod} (${a.outer})`,
            'parts-differ': () => `Chỉ tiêu "${a.label}" của các kỳ ${a.parts} cộng lại ${a.sum}, khác chỉ tiêu ${a.outerPeriod} (${a.outer})`,
            'inner-exceeds': () => `Chỉ tiêu "${a.label}" ${a.innerPeriod} (${a.inner}) lớn hơn chỉ tiêu ${a.outerPeriod} (${a.outer}) bao gồm kỳ đó`,
        }),
        en: a => pick(a, {
            'parts-exceed': () => `The targets "${a.label}" of ${a.parts} add up to ${a.sum}, more than the target for ${a.outerPeriod} (${a.outer})`,
            'parts-differ': () => `The targets "${a.label}" of ${a.parts} add up to ${a.sum}, not the target for ${a.outerPeriod} (${a.outer})`,
            'inner-exceeds': () => `The target "${a.label}" for ${a.innerPeriod} (${a.inner}) exceeds the target for ${a.outerPeriod} (${a.outer}), which contains it`,
        }),
    },
    'target-status': {
        severity: 'information',
        vi: a => a.met === 'unknown'
            ? `Chỉ tiêu "${a.label}": thực hiện ${a.actual}, kế hoạch ${a.operator} ${a.target}${a.percent ? `, bằng ${a.percent}% kế hoạch` : ''} (${a.org}, ${a.period})`
            : `${a.met === 'yes' ? 'Đạt' : 'Chưa đạt'} chỉ tiêu "${a.label}": thực hiện ${a.actual}, kế hoạch ${a.operator} ${a.target} (${a.org}, ${a.period})`,
        en: a => a.met === 'unknown'
            ? `Target "${a.label}": actual ${a.actual}, target ${a.operator} ${a.target}${a.percent ? `, ${a.percent}% of the target` : ''} (${a.org}, ${a.period})`
            : `Target "${a.label}" ${a.met === 'yes' ? 'met' : 'not met'}: actual ${a.actual}, target ${a.operator} ${a.target} (${a.org}, ${a.period})`,
    },
    // Default error: an expression without a stated number cannot be printed at all. A stated
    // claim that cannot be verified is reported as information by the check (report's severity).
    'missing-data': {
        severity: 'error',
        vi: a => a.stated !== undefined
            ? `Chưa kiểm tra được số nêu ${a.stated}: thiếu số liệu ${a.missing}${a.implied ? `; theo số nêu, số đó là ${a.implied}` : ''}`
            : `Không tính được {${a.expression}}: thiếu số liệu ${a.missing}`,
        en: a => a.stated !== undefined
            ? `The stated ${a.stated} cannot be checked: no data for ${a.missingEn}${a.implied ? `; by the stated number it is ${a.implied}` : ''}`
            : `{${a.expression}} cannot be computed: no data for ${a.missingEn}`,
    },
    'not-computable': {
        severity: 'error',
        vi: a => `Không tính được {${a.expression}}: ${pick(a, {
            zero: () => `chia cho 0 (${a.divisor} bằng 0)`,
            unreadable: () => `số liệu "${a.label}" không đọc được`,
            literal: () => `số "${a.text}" viết sai (trong biểu thức viết chữ số và dấu phẩy thập phân, ví dụ 1,5)`,
            bare: () => `"${a.text}" chỉ dùng sau of (x of ${a.text}) hoặc với chỉ số: ${a.text}(x)`,
        })}`,
        en: a => `{${a.expression}} cannot be computed: ${pick(a, {
            zero: () => `a division by 0 (${a.divisorEn ?? a.divisor} is 0)`,
            unreadable: () => `the value of "${a.label}" cannot be read`,
            literal: () => `the number "${a.text}" is malformed (write digits and a decimal comma, e.g. 1,5)`,
            bare: () => `"${a.text}" is used after of (x of ${a.text}) or with an indicator: ${a.text}(x)`,
        })}`,
    },
    'period-invalid': {
        severity: 'error',
        vi: a => pick(a, {
            date: () => `Ngày ${a.text} không tồn tại: ${a.month !== undefined ? `tháng ${a.month}${a.year ? ` năm ${a.year}` : ''} có ${a.days} ngày` : 'tháng phải từ 1 đến 12'}`,
        }, () => `${a.detail}`),
        en: a => pick(a, {
            date: () => `The date ${a.text} does not exist: ${a.month !== undefined ? `month ${a.month}${a.year ? ` of ${a.year}` : ''} has ${a.days} days` : 'months are 1 to 12'}`,
        }, () => `${a.detailEn}`),
    },
    'period-mention': {
        severity: 'warning',
        vi: a => pick(a, {
            period: () => `Câu nêu số liệu của ${a.expected} nhưng ghi "${a.written}"${a.named ? ` (${a.named})` : ''}: sửa kỳ trong câu, hoặc ghi kỳ của số liệu (x @ …)`,
            plan: () => `"${a.written}"${a.named ? ` (${a.named})` : ''} không phải kỳ kế hoạch của văn bản: ${a.expected}`,
            compare: () => `"${a.written}"${a.named ? ` (${a.named})` : ''} không phải cùng kỳ của văn bản: ${a.expected}`,
        }),
        en: a => pick(a, {
            period: () => `The sentence states a value for ${a.expected} but says "${a.written}"${a.named ? ` (${a.named})` : ''}: correct the period, or give the value's own period (x @ …)`,
            plan: () => `"${a.written}"${a.named ? ` (${a.named})` : ''} is not the document's plan period: ${a.expected}`,
            compare: () => `"${a.written}"${a.named ? ` (${a.named})` : ''} is not the document's same period last year: ${a.expected}`,
        }),
    },
    'date-before-period-end': {
        severity: 'warning',
        vi: a => `Ngày văn bản ${a.date} trước khi kỳ báo cáo (${a.period}) kết thúc ngày ${a.end}`,
        en: a => `The document is dated ${a.date}, before its period (${a.period}) ends on ${a.end}`,
    },
    'legal-number-format': { severity: 'error', vi: a => `${a.detail}${declaredAt(a, 'vi')}`, en: a => `${a.detailEn}${declaredAt(a, 'en')}` },
    'legal-type-mismatch': {
        severity: 'error',
        vi: a => pick(a, {
            prose: () => `Trích dẫn ghi "${a.written}" nhưng ${a.symbol} là ${a.declared}${declaredAt(a, 'vi')}`,
        }, () => `${a.detail}${declaredAt(a, 'vi')}`),
        en: a => pick(a, {
            prose: () => `The citation says "${a.written}" but ${a.symbol} is a ${a.declared}${declaredAt(a, 'en')}`,
        }, () => `${a.detailEn}${declaredAt(a, 'en')}`),
    },
    'legal-issuer-mismatch': {
        severity: 'warning',
        vi: a => pick(a, {
            'org-code': () => `Ký hiệu cơ quan "${a.code}" trong số ký hiệu khác mã của ${a.org} ("${a.orgCode}")${declaredAt(a, 'vi')}`,
        }, () => `${a.detail}${declaredAt(a, 'vi')}`),
        en: a => pick(a, {
            'org-code': () => `The issuer code "${a.code}" in the symbol differs from the code of ${a.org} ("${a.orgCode}")${declaredAt(a, 'en')}`,
        }, () => `${a.detailEn}${declaredAt(a, 'en')}`),
    },
    'legal-year-mismatch': { severity: 'error', vi: a => `${a.detail}${declaredAt(a, 'vi')}`, en: a => `${a.detailEn}${declaredAt(a, 'en')}` },
    'legal-date-after-document': {
        severity: 'error',
        vi: a => `${a.symbol} ban hành ngày ${a.cited}, sau ngày của văn bản này (${a.date})`,
        en: a => `${a.symbol} was issued on ${a.cited}, after this document's date (${a.date})`,
    },
    'legal-conflict': {
        severity: 'error',
        vi: a => pick(a, {
            prose: () => `Trích dẫn ghi ngày ${a.written} nhưng ${a.symbol} được khai báo ngày ${a.declared}${declaredAt(a, 'vi')}`,
        }, () => `Văn bản ${a.symbol} đã được khai báo ở ${a.other} với ${a.differences}`),
        en: a => pick(a, {
            prose: () => `The citation says ${a.written} but ${a.symbol} is declared with the date ${a.declared}${declaredAt(a, 'en')}`,
        }, () => `The document ${a.symbol} is already declared at ${a.other} with ${a.differencesEn}`),
    },
    'legal-undeclared': {
        severity: 'warning',
        vi: a => a.declared === 'yes'
            ? `Văn bản ${a.symbol} đã được khai báo: viết [${a.symbol}|symbol] để trích dẫn được kiểm tra`
            : `Văn bản "${a.text}" chưa được khai báo${a.near ? ` (có phải ${String(a.near).split('|').join(' hoặc ')}?)` : ''}: khai báo legal "${a.symbol}" để trích dẫn được kiểm tra`,
        en: a => a.declared === 'yes'
            ? `${a.symbol} is declared: write [${a.symbol}|symbol] so that the citation is checked`
            : `"${a.text}" is not declared${a.near ? ` (did you mean ${String(a.near).split('|').join(' or ')}?)` : ''}: declare legal "${a.symbol}" so that the citation is checked`,
    },
    'legal-period-mismatch': {
        severity: 'warning',
        vi: a => pick(a, {
            prose: () => `"${a.name}" (${a.symbol}) có giai đoạn ${a.declared}, không phải giai đoạn ${a.written}`,
            declared: () => `Giai đoạn ${a.from}-${a.to} không hợp lệ: viết năm bắt đầu rồi năm kết thúc, mỗi năm 4 chữ số (2022-2025)`,
        }),
        en: a => pick(a, {
            prose: () => `"${a.name}" (${a.symbol}) covers ${a.declared}, not ${a.written}`,
            declared: () => `The period ${a.from}-${a.to} is invalid: write the first year then the last, four digits each (2022-2025)`,
        }),
    },
    'doc-number-format': { severity: 'error', vi: a => `${a.detail}`, en: a => `${a.detailEn}` },
    'recipients-wording': {
        severity: 'warning',
        vi: a => `Nơi nhận "${a.written}" là cách viết của quyết định; ${a.docKind} này viết "Như trên" (hoặc "Như Kính gửi")`,
        en: a => `"${a.written}" in Nơi nhận is a decision's wording; this ${a.docKindEn} writes "Như trên" (or "Như Kính gửi")`,
    },
    'outline-missing-section': {
        severity: 'warning',
        vi: a => `Thiếu mục "${a.section}" của ${a.outline}${a.parent ? `, trong mục "${a.parent}"` : ''}`,
        en: a => `The section "${a.section}" of ${a.outline} is missing${a.parent ? `, in "${a.parent}"` : ''}`,
    },
    'heading-numbering': {
        severity: 'warning',
        vi: a => pick(a, {
            sequence: () => `Đánh số đề mục không liên tục: sau "${a.previous}" phải là "${a.expected}", không phải "${a.actual}"`,
            first: () => `Đề mục đầu tiên của cấp này đánh số "${a.expected}", không phải "${a.actual}"`,
            prefix: () => `Đề mục "${a.actual}" nằm trong mục "${a.parent}": đánh số "${a.expected}"`,
            style: () => `"${a.actual}" viết khác các đề mục cùng cấp (${a.siblings}): viết "${a.expected}"`,
        }),
        en: a => pick(a, {
            sequence: () => `Broken heading numbering: "${a.expected}" comes after "${a.previous}", not "${a.actual}"`,
            first: () => `The first heading of this level is numbered "${a.expected}", not "${a.actual}"`,
            prefix: () => `The heading "${a.actual}" is inside "${a.parent}": number it "${a.expected}"`,
            style: () => `"${a.actual}" is written unlike its sibling headings (${a.siblings}): write "${a.expected}"`,
        }),
    },
    'config-invalid': {
        severity: 'warning',
        vi: a => `Tệp cấu hình ${a.file}: ${a.key ? `"${a.key}": ` : ''}${a.reason === 'json' ? 'không phải JSON hợp lệ'
            : a.reason === 'unreadable' ? `không đọc được tệp: ${a.detail}, các mức trong đó không được áp dụng`
                : a.reason === 'code' ? 'không có mã chẩn đoán này' : a.reason === 'level' ? 'mức phải là error, warning, information, hint hoặc off'
                    : 'cần dạng {"severity": {"mã": "mức"}}'}`,
        en: a => `Configuration ${a.file}: ${a.key ? `"${a.key}": ` : ''}${a.reason === 'json' ? 'not valid JSON'
            : a.reason === 'unreadable' ? `cannot be read: ${a.detailEn}; its levels are not applied`
                : a.reason === 'code' ? 'no such diagnostic code' : a.reason === 'level' ? 'the level is one of error, warning, information, hint, off'
                    : 'expected {"severity": {"code": "level"}}'}`,
    },
    'character-invalid': {
        severity: 'warning',
        vi: a => pick(a, {
            xml: () => `Ký tự ${a.chars} không được phép trong tệp DOCX: bị bỏ khi dựng văn bản`,
            bidi: () => `Ký tự điều khiển hướng chữ ${a.chars} cạnh chữ số làm số hiển thị khác với số được kiểm tra: hãy xoá`,
        }),
        en: a => pick(a, {
            xml: () => `The character ${a.chars} is not allowed in a DOCX file: it is left out of the document`,
            bidi: () => `The text-direction control ${a.chars} next to a digit makes the number shown differ from the number checked: delete it`,
        }),
    },
    'internal-error': {
        severity: 'error',
        vi: a => `Lỗi nội bộ của bộ kiểm tra (${a.check}): ${a.detail}. Các kiểm tra khác vẫn chạy; xin báo lỗi này kèm tệp`,
        en: a => `Internal error of the checker (${a.check}): ${a.detail}. The other checks still ran; please report it with the file`,
    },
    'limit-exceeded': {
        severity: 'error',
        vi: a => pick(a, {
            parentheses: () => `Biểu thức lồng quá ${a.limit} cấp ngoặc: biểu thức này bị bỏ qua khi kiểm tra và dựng văn bản`,
            braces: () => `Khai báo lồng quá ${a.limit} cấp ngoặc nhọn: các mục sâu hơn bị bỏ qua`,
            operators: () => `Biểu thức có hơn ${a.limit} phép tính: biểu thức này bị bỏ qua khi kiểm tra và dựng văn bản; hãy tách thành các chỉ số trung gian`,
            inline: () => `Dòng này có hơn ${a.limit} biểu thức {…}: phần còn lại của dòng bị bỏ qua khi kiểm tra và dựng văn bản; hãy chia thành nhiều dòng hoặc một bảng`,
            size: () => `Văn bản lớn hơn ${a.limit} MB: không được kiểm tra`,
            errors: () => 'Khối này có quá nhiều lỗi cú pháp liên tiếp để đọc: bị bỏ qua khi kiểm tra và dựng văn bản; hãy sửa các lỗi đầu tiên',
        }),
        en: a => pick(a, {
            parentheses: () => `The expression nests more than ${a.limit} parentheses deep: it is left out of the checks and the document`,
            braces: () => `The declaration nests more than ${a.limit} braces deep: the deeper sections are left out`,
            operators: () => `The expression has more than ${a.limit} operators: it is left out of the checks and the document; split it with intermediate indicators`,
            inline: () => `This line has more than ${a.limit} {…} values: the rest of the line is left out of the checks and the document; split it into several lines or a table`,
            size: () => `The document is larger than ${a.limit} MB: it is not checked`,
            errors: () => 'This block has too many syntax errors in a row to be read: it is left out of the checks and the document; fix the first ones',
        }),
    },
    'rule-violated': {
        severity: 'error',
        vi: a => `Vi phạm quy tắc "${a.rule}": ${a.left} ${a.operator} ${a.right} không đúng (${a.org}, ${a.period}${a.source ? `, ${a.source}` : ''})`,
        en: a => `Rule "${a.rule}" violated: ${a.leftEn ?? a.left} ${a.operator} ${a.rightEn ?? a.right} is false (${a.org}, ${a.period}${a.sourceEn ? `, ${a.sourceEn}` : ''})`,
    },
});

export type DiagnosticCode = keyof typeof DIAGNOSTIC_CODES;

/** A code's message in a language (report() makes both; the document validator keeps the user's). */
export function message(code: DiagnosticCode, args: Args, lang: MessageLanguage): string {
    return DIAGNOSTIC_CODES[code][lang](args);
}

export function defaultSeverity(code: DiagnosticCode): Severity {
    return DIAGNOSTIC_CODES[code].severity;
}

/** The levels a configuration may give a code; `off` drops its diagnostics. */
export type ConfiguredSeverity = Severity | 'off';

export function isDiagnosticCode(code: string): code is DiagnosticCode {
    return Object.prototype.hasOwnProperty.call(DIAGNOSTIC_CODES, code);
}

/** One value a claim or an expression needs and nobody gave, for `missing-data`. */
export interface MissingValue {
    readonly label: string;
    readonly org?: string;
    readonly period?: string;
    readonly target: boolean;
}

/**
 * "kế hoạch "Số trẻ …" của Trung tâm Y tế Hoằng Hóa, năm 2024; …" in either language; the org
 * named once when every value is of the same one ("của Trung tâm Y tế Hoằng Hóa: "A", quý I
 * năm 2024; kế hoạch "A", năm 2024").
 */
export function missingPhrase(values: readonly MissingValue[], lang: MessageLanguage): string {
    const orgs = new Set(values.map(v => v.org));
    const oneOrg = values.length > 1 && orgs.size === 1 ? values[0].org : undefined;
    const phrase = (v: MissingValue) => {
        const where = [oneOrg ? undefined : v.org, v.period].filter(Boolean).join(', ');
        if (lang === 'vi') return `${v.target ? 'kế hoạch ' : ''}"${v.label}"${where ? (oneOrg ? `, ${where}` : ` của ${where}`) : ''}`;
        return `${v.target ? 'the target of ' : ''}"${v.label}"${where ? (oneOrg ? `, ${where}` : ` for ${where}`) : ''}`;
    };
    const list = values.map(phrase).join('; ');
    if (!oneOrg) return list;
    return lang === 'vi' ? `của ${oneOrg}: ${list}` : `${oneOrg}: ${list}`;
}

/** One field on which two declarations of a symbol disagree, for `legal-conflict`. */
export function differencePhrase(field: 'type' | 'date' | 'issuer' | 'subject', theirs: string, ours: string, lang: MessageLanguage): string {
    const words = lang === 'vi'
        ? { type: `loại "${theirs}" ≠ "${ours}"`, date: `ngày ${theirs} ≠ ${ours}`, issuer: `cơ quan ban hành ${theirs} ≠ ${ours}`, subject: 'trích yếu khác' }
        : { type: `type "${theirs}" ≠ "${ours}"`, date: `date ${theirs} ≠ ${ours}`, issuer: `issuer ${theirs} ≠ ${ours}`, subject: 'a different subject' };
    return words[field];
}

const FIX_TITLES: Record<string, { vi: (a: Args) => string; en: (a: Args) => string }> = {
    replace: { vi: a => `Sửa thành "${a.text}"`, en: a => `Change to "${a.text}"` },
    'rename-legal': { vi: a => `Sửa số ký hiệu thành "${a.text}" (cả các trích dẫn)`, en: a => `Change the symbol to "${a.text}" (and its citations)` },
    'declare-legal': { vi: a => `Khai báo văn bản ${a.symbol} và trích dẫn [${a.symbol}|symbol]`, en: a => `Declare ${a.symbol} and cite it as [${a.symbol}|symbol]` },
    'delete-character': { vi: a => `Xoá ký tự ${a.chars}`, en: a => `Delete the character ${a.chars}` },
    'cite-declared': { vi: a => `Trích dẫn [${a.symbol}|symbol]`, en: a => `Cite as [${a.symbol}|symbol]` },
    'insert-section': { vi: a => `Thêm mục "${a.section}"`, en: a => `Insert the section "${a.section}"` },
};

/** The title of a quick fix, in the message language. */
export function fixTitle(kind: string, args: Args, lang: MessageLanguage): string {
    return (FIX_TITLES[kind] ?? FIX_TITLES.replace)[lang](args);
}

const PRINT_PROBLEMS: Record<'value' | 'citation', { vi: (a: Args) => string; en: (a: Args) => string }> = {
    value: { vi: a => `không in được giá trị của {${a.expression}}`, en: a => `cannot print the value of {${a.expression}}` },
    citation: { vi: a => `văn bản "${a.symbol}" chưa được khai báo`, en: a => `"${a.symbol}" is not declared` },
};

/** Why the printed document cannot show something, in the message language. */
export function printProblemMessage(kind: keyof typeof PRINT_PROBLEMS, args: Args, lang: MessageLanguage): string {
    return PRINT_PROBLEMS[kind][lang](args);
}
