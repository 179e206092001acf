import type { MessageLanguage } from '../validation/diagnostic-codes.js';

import { bilingual, textTable as define } from '../bilingual.js';


/**
 * What the editor features say in their own words — hover, inlay hints, completion details,
 * the outline — in Vietnamese and English (`bcyt.language`). Diagnostics have their table in
 * validation/diagnostic-codes.ts; what a document prints is Vietnamese and is not here.
 */
export const LSP_TEXT = define({
    unit: { vi: a => `Đơn vị tính: ${a.unit}`, en: a => `Unit: ${a.unit}` },
    lowerIsBetter: { vi: () => 'càng thấp càng tốt', en: () => 'lower is better' },
    higherIsBetter: { vi: () => 'càng cao càng tốt', en: () => 'higher is better' },
    formula: { vi: a => `Công thức: ${a.formula}`, en: a => `Formula: ${a.formula}` },
    unitPlain: { vi: a => `Đơn vị tính **${a.name}**`, en: a => `Unit **${a.name}**` },
    unitRatio: { vi: a => `Đơn vị tính **${a.name}**: tỷ lệ, một tỷ số được nhân ${a.factor} khi hiển thị`, en: a => `Unit **${a.name}**: a rate, a ratio shown × ${a.factor}` },
    unitMeasure: { vi: a => `Đơn vị tính **${a.name}**: đại lượng đo, được phép có số lẻ`, en: a => `Unit **${a.name}**: a measure, fractions allowed` },
    unitCount: {
        vi: a => `Đơn vị tính **${a.name}**: đơn vị đếm (số nguyên)${a.bases ? `, là một loại của ${a.bases}` : ''}`,
        en: a => `Unit **${a.name}**: a count (whole numbers)${a.bases ? `, a kind of ${a.bases}` : ''}`,
    },
    kindReport: { vi: () => 'Báo cáo', en: () => 'Report' },
    kindPlan: { vi: () => 'Kế hoạch', en: () => 'Plan' },
    kindLetter: { vi: () => 'Công văn', en: () => 'Official letter' },
    kindArticle: { vi: () => 'Bài viết', en: () => 'Article' },
    documentOrg: { vi: a => `Đơn vị: ${a.org}`, en: a => `Organisation: ${a.org}` },
    documentPeriod: { vi: a => `Kỳ: ${a.period}`, en: a => `Period: ${a.period}` },
    samePeriod: { vi: a => `Cùng kỳ: ${a.period}`, en: a => `Same period last year: ${a.period}` },
    planPeriod: { vi: a => `Kế hoạch: ${a.period}`, en: a => `Plan: ${a.period}` },
    givesValue: { vi: a => `Câu này khai báo giá trị: **${a.value}**`, en: a => `This states the value: **${a.value}**` },
    computed: { vi: a => `Giá trị tính được: ${a.value}`, en: a => `Computed value: ${a.value}` },
    computedFrom: { vi: a => `Tính từ: ${a.how}`, en: a => `Computed from: ${a.how}` },
    stated: { vi: a => `Số ghi trong văn bản: ${a.stated}${a.verdict ? ` — ${a.verdict}` : ''}`, en: a => `Number in the text: ${a.stated}${a.verdict ? ` — ${a.verdict}` : ''}` },
    claimedAbout: { vi: a => `Số ghi là số gần đúng: khớp khi số tính được trong khoảng ${a.range}`, en: a => `The number is approximate: it agrees when the computed value lies within ${a.range}` },
    claimedAbove: { vi: a => `Số ghi là cận dưới: khớp khi số tính được ${a.strict ? 'lớn hơn' : 'không nhỏ hơn'} ${a.bound}`, en: a => `The number is a lower bound: it agrees when the computed value is ${a.strict ? 'above' : 'at least'} ${a.bound}` },
    claimedBelow: { vi: a => `Số ghi là cận trên: khớp khi số tính được ${a.strict ? 'nhỏ hơn' : 'không lớn hơn'} ${a.bound}`, en: a => `The number is an upper bound: it agrees when the computed value is ${a.strict ? 'below' : 'at most'} ${a.bound}` },
    prints: { vi: a => `In ra: ${a.text}`, en: a => `Prints: ${a.text}` },
    agrees: { vi: () => 'khớp', en: () => 'agrees' },
    differs: { vi: () => 'khác số tính được', en: () => 'differs from the computed value' },
    unverifiable: { vi: () => 'chưa kiểm tra được', en: () => 'cannot be checked yet' },
    invalid: { vi: () => 'không tính được', en: () => 'cannot be computed' },
    notComputable: { vi: () => '_không tính được_', en: () => '_cannot be computed_' },
    noData: { vi: a => `_chưa có số liệu_${a.missing ? ` (thiếu ${a.missing})` : ''}`, en: a => `_no data yet_${a.missing ? ` (missing ${a.missing})` : ''}` },
    noTarget: { vi: a => `_chưa có chỉ tiêu_${a.missing ? ` (thiếu ${a.missing})` : ''}`, en: a => `_no target yet_${a.missing ? ` (missing ${a.missing})` : ''}` },
    targetOf: { vi: a => `kế hoạch của ${a.what}`, en: a => `the target of ${a.what}` },
    actual: { vi: a => `Thực hiện: ${a.value}`, en: a => `Actual: ${a.value}` },
    target: { vi: a => `Kế hoạch (${a.period}): ${a.value}`, en: a => `Target (${a.period}): ${a.value}` },
    ofTarget: { vi: a => `Đạt ${a.percent} kế hoạch`, en: a => `${a.percent} of the target` },
    previous: { vi: a => `Cùng kỳ (${a.period}): ${a.value}`, en: a => `Same period (${a.period}): ${a.value}` },
    ofPrevious: { vi: a => `Đạt ${a.percent} so với cùng kỳ`, en: a => `${a.percent} of the same period` },
    orgCode: { vi: a => `Mã: ${a.code}`, en: a => `Code: ${a.code}` },
    orgPlace: { vi: a => `Địa danh: ${a.place}`, en: a => `Place: ${a.place}` },
    legalAliases: { vi: a => `Tên gọi tắt: ${a.aliases}`, en: a => `Also called: ${a.aliases}` },
    legalPeriod: { vi: a => `Giai đoạn: ${a.from}-${a.to}`, en: a => `Period: ${a.from}-${a.to}` },
    replaces: { vi: a => `Thay thế ${a.orgs} từ ${a.since}`, en: a => `Replaces ${a.orgs} from ${a.since}` },
    hintComputed: { vi: () => 'Giá trị do trình kiểm tra tính', en: () => 'Value computed by the checker' },
    hintNotComputable: { vi: () => 'Không tính được (số không đọc được hoặc chia cho 0)', en: () => 'Cannot be computed (a number that cannot be read, or a division by 0)' },
    hintMissing: { vi: a => `Chưa tính được: thiếu ${a.missing}`, en: a => `Not computed yet: missing ${a.missing}` },
    hintNotYet: { vi: () => 'Chưa tính được', en: () => 'Not computed yet' },
    hintImplies: { vi: a => `Theo số nêu: ${a.what} = ${a.value} (các số sau được kiểm tra theo đó)`, en: a => `By the stated number: ${a.what} = ${a.value} (later claims are checked against it)` },
    derivedFrom: { vi: a => `Dùng giá trị suy ra từ ${a.where}: ${a.what} = ${a.value}`, en: a => `Uses the value implied at ${a.where}: ${a.what} = ${a.value}` },
    implies: { vi: a => `Câu này cho biết ${a.what} = ${a.value}`, en: a => `This implies ${a.what} = ${a.value}` },
    hintFormula: { vi: a => `Theo công thức, cho ${a.org}, ${a.period}`, en: a => `By the formula, for ${a.org}, ${a.period}` },
    completeEquals: { vi: () => 'số nêu, kiểm tra theo độ chính xác đã viết', en: () => 'the stated number, checked at the precision written' },
    completeAbout: { vi: () => 'số gần đúng: "khoảng", "gần", "xấp xỉ"', en: () => 'an approximate number: "khoảng", "gần", "xấp xỉ"' },
    completeAbove: { vi: () => 'cận dưới: "trên", "hơn", "ít nhất"', en: () => 'a lower bound: "trên", "hơn", "ít nhất"' },
    completeBelow: { vi: () => 'cận trên: "dưới", "không quá"', en: () => 'an upper bound: "dưới", "không quá"' },
    completeOfPlan: { vi: () => '% kế hoạch', en: () => '% of the target' },
    completeOfPrev: { vi: () => '% so với cùng kỳ', en: () => '% of the same period' },
    completePlan: { vi: () => 'kế hoạch (chỉ tiêu) của kỳ kế hoạch', en: () => 'the target of the plan period' },
    completePrev: { vi: () => 'giá trị cùng kỳ', en: () => 'the value of the same period' },
    completeRound: { vi: () => 'làm tròn đến số chữ số thập phân đã chọn', en: () => 'rounded to the decimals chosen' },
    completeRatioUnit: { vi: a => `tỷ lệ ×${a.factor}`, en: a => `rate ×${a.factor}` },
    completeMeasureUnit: { vi: () => 'đại lượng đo', en: () => 'measure' },
    completeCountUnit: { vi: () => 'đơn vị đếm', en: () => 'count' },
});

/** A text of the editor features in a language. */
export const lspText = bilingual(LSP_TEXT);

/** The kind of a document as a reader names it: "Báo cáo", "Report". */
export function documentKindText(kind: string, lang: MessageLanguage): string {
    const key = ({ report: 'kindReport', plan: 'kindPlan', letter: 'kindLetter', article: 'kindArticle' } as const)[kind as 'report'];
    return key ? lspText(key, lang) : kind;
}
