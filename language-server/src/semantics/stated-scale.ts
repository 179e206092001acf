/**
 * How Vietnamese authors write the scale of a rate around a number, outside the `{…}`:
 * - right after it: "82,8%", "14,7 ‰", "14,7%o", "14,7 %0", "14,7 phần nghìn", "138/100",
 *   "46/100.000", "8 trên 1 vạn dân", "1,5 điểm phần trăm";
 * - in the label before it: "Tỷ suất chết mẹ trên 100.000 trẻ đẻ sống: 46", "Số dược sỹ bình
 *   quân 1 vạn dân: 3", "Tỷ lệ (%): 95";
 * - or not at all, because the label says what kind of figure it is: "tỷ số giới tính khi sinh
 *   là 112" (boys per 100 girls), "hệ số", "chỉ số".
 * Pure functions over text; the evaluation reads them through the inline values service.
 */
import { Decimal } from './decimal.js';
import { comparisonKey } from './vietnamese.js';

/** A scale as written: the factor a plain ratio is multiplied by (100 for %, 1000 for ‰). */
export interface WrittenScale {
    readonly factor: number;
    /** the sign as printed after a number: '%' or '‰' for those two, undefined otherwise */
    readonly sign?: '%' | '‰';
}

const PERCENT: WrittenScale = { factor: 100, sign: '%' };
const PER_MILLE: WrittenScale = { factor: 1000, sign: '‰' };

const MULTIPLIERS: Record<string, number> = { trăm: 100, nghìn: 1000, ngàn: 1000, vạn: 10_000, triệu: 1_000_000 };

// the text is matched on its comparison key (NFC, lower case, canonical tones, single spaces)
// "%", "‰", "%o", "phần nghìn"; a difference of percentages in "điểm phần trăm" / "điểm %" (percentage points)
const SIGN_AFTER = /^\s*(?:(%[o0])(?![\p{L}\p{N}])|(‰)|(%)|phần (nghìn|ngàn|trăm)(?![\p{L}\p{N}])|điểm (?:phần trăm(?![\p{L}\p{N}])|%))/u;
// "/100.000 dân", "trên 1 vạn dân", and after the word of what is counted: "ca/100.000 dân", "trẻ trên 1.000 trẻ đẻ sống"
const PER_AFTER = /^\s*(?:\p{L}+(?: \p{L}+)?\s*)?(?:\/|trên )\s*(\d{1,3}(?:\.\d{3})*|\d+)(?:\s*(trăm|nghìn|ngàn|vạn|triệu)(?![\p{L}\p{N}]))?(?![\d,%‰])/u;

/** The scale written right after a number (the text after `}`), if any. */
export function scaleAfter(text: string): WrittenScale | undefined {
    const key = comparisonKey(text.slice(0, 40));
    // comparisonKey trims: the match must still start the text (a space before the sign is fine)
    const sign = SIGN_AFTER.exec(key);
    if (sign) {
        if (sign[1] || sign[2] || sign[4] === 'nghìn' || sign[4] === 'ngàn') return PER_MILLE;
        return PERCENT;
    }
    const per = PER_AFTER.exec(key);
    return per ? perScale(per[1], per[2]) : undefined;
}

// "trên 100.000 trẻ đẻ sống", "bình quân 1 vạn dân", "/1000 dân", "mỗi 10.000 người"
const PER_IN_LABEL = /(?:^|[\s(])(?:trên|\/|mỗi|bình quân|trung bình)\s*(\d{1,3}(?:\.\d{3})*|\d+)(?:\s*(trăm|nghìn|ngàn|vạn|triệu)(?![\p{L}\p{N}]))?(?=\s*\p{L})/gu;
// "Tỷ lệ (%)", "tính bằng ‰", "Tỷ lệ %:", and in a table row a unit column holding the sign: "| ‰ |"
const SIGN_IN_LABEL = /\(\s*(%|‰|%o|%0|phần trăm|phần nghìn|phần ngàn)\s*\)|tính bằng (%|‰)|(?:^|\s)(%|‰)\s*(?::\s*)?$|\|\s*(%|‰|%o|%0)\s*(?=\|)|t[ỷỉ] lệ\s*(%|‰)(?![\p{L}\p{N}])/u;
// figures that are not percentages, written bare: "tỷ số giới tính khi sinh là 112"
const BARE_RATIO_WORDS = /(?:^|[^\p{L}])(?:tỷ số|tỉ số|hệ số|chỉ số|bình quân|trung bình)(?![\p{L}])/u;

/**
 * The scale named in the text before a number (its label, from the start of the clause): a
 * "per N" phrase ("trên 100.000 trẻ đẻ sống", "bình quân 1 vạn dân": a power of ten from 100)
 * or a sign in parentheses ("Tỷ lệ (%)"). The last one written wins.
 */
export function scaleInLabel(text: string): WrittenScale | undefined {
    const key = comparisonKey(text);
    let found: WrittenScale | undefined;
    for (const m of key.matchAll(PER_IN_LABEL)) {
        const scale = perScale(m[1], m[2]);
        if (scale) found = scale;
    }
    if (found) return found;
    const sign = SIGN_IN_LABEL.exec(key);
    if (!sign) return undefined;
    const written = sign[1] ?? sign[2] ?? sign[3] ?? sign[4] ?? sign[5];
    return written === '%' || written === 'phần trăm' ? PERCENT : PER_MILLE;
}

/** Whether the label calls its figure a ratio or an index written without a sign ("tỷ số giới tính … là 112"). */
export function labelNamesBareRatio(text: string): boolean {
    return BARE_RATIO_WORDS.test(comparisonKey(text));
}

/** "100.000" or "1" + "vạn" → 100 000 / 10 000; only powers of ten from 100 are rates' bases. */
function perScale(digits: string, word: string | undefined): WrittenScale | undefined {
    const value = Number(digits.replace(/\./g, '')) * (word ? MULTIPLIERS[word] : 1);
    if (!Number.isFinite(value) || value < 100 || !/^10+$/.test(String(value))) return undefined;
    if (value === 100) return PERCENT;
    if (value === 1000) return PER_MILLE;
    return { factor: value };
}

/**
 * What the words right before a number say of it: "trên 85%", "hơn 200" (above), "dưới 5%",
 * "không quá 30" (below), "gần 80 nghìn" (near, below it), "khoảng 3.000", "xấp xỉ", "ước" (about).
 */
export type BoundWord = 'above' | 'below' | 'near' | 'about';

const BOUND_WORDS: Array<[RegExp, BoundWord]> = [
    [/(?:^|\s)(?:gần|gần như|suýt soát)$/u, 'near'],
    [/(?:^|\s)(?:khoảng|khoảng chừng|xấp xỉ|ước|ước tính|ước khoảng|ước đạt|chừng|tầm|độ)$/u, 'about'],
    [/(?:^|\s)(?:trên|hơn|cao hơn|nhiều hơn|vượt|ngoài)$/u, 'above'],
    [/(?:^|\s)(?:dưới|thấp hơn|ít hơn|chưa tới|chưa đến|chưa đầy|không quá|không vượt quá|tối đa)$/u, 'below'],
];

/**
 * Whether the words before a number compare ("vượt", "hơn", "nhiều hơn", "cao hơn", "thấp hơn",
 * "ít hơn"): before a stated change they say by how much ("vượt 4.620 lượt so với kế hoạch"),
 * not a bound.
 */
export function comparativeBefore(text: string): boolean {
    return /(?:^|\s)(?:vượt|hơn|cao hơn|nhiều hơn|thấp hơn|ít hơn)$/u.test(lastWordsKey(text));
}

/** The last words before a number, as compared: its comparison key, without the spaces and marks right before it. */
function lastWordsKey(text: string): string {
    return comparisonKey(text.slice(-40)).replace(/[\s:,(]+$/u, '');
}

/** The bound or approximation the text before a number says, if any (its last words). */
export function boundWordBefore(text: string, valueBefore = false): BoundWord | undefined {
    const key = lastWordsKey(text);
    const word = BOUND_WORDS.find(([pattern]) => pattern.test(key))?.[1];
    return word === 'above' && outOf(key, valueBefore) ? undefined : word;
}

// "đạt trên 95%", "chiếm trên 80%", "có trên 500 ca": after a verb of reaching, "trên" is a bound
const REACHING_BEFORE = /(?:^|\s)(?:đạt|chiếm|là|có|còn|được|ở mức|lên|tăng|giảm|tới|đến|bằng|khoảng)$/u;
// a number of the clause, not a year ("năm 2024 có …", "2023-2025")
const COUNT_WORD = /^\d[\d.,]*$/u;
const YEAR_WORD = /^(?:19|20)\d\d$/u;

/**
 * "{dat = 500} trên {kt = 604} cơ sở", "42 trẻ tử vong trên 8.315 trẻ đẻ sống": "trên" a few
 * words after a number of its clause says "out of", not "above". `valueBefore`: a `{…}` ends the
 * text before (the clause continues across it).
 */
function outOf(key: string, valueBefore: boolean): boolean {
    if (!key.endsWith('trên')) return false;
    const head = key.slice(0, -'trên'.length).trimEnd();
    if (REACHING_BEFORE.test(head)) return false;
    const words = head.split(' ').filter(Boolean);
    if (valueBefore && words.length <= 4) return true;
    return words.slice(-5).some(word => COUNT_WORD.test(word) && !YEAR_WORD.test(word));
}

const COUNT_MULTIPLIERS: Record<string, number> = { nghìn: 1000, ngàn: 1000, vạn: 10_000, triệu: 1_000_000, tỷ: 1_000_000_000, tỉ: 1_000_000_000 };
/** the words of COUNT_MULTIPLIERS as a regular expression's alternatives */
const MULTIPLIER_WORDS = Object.keys(COUNT_MULTIPLIERS).join('|');
const COUNT_MULTIPLIER = new RegExp(`^\\s*(${MULTIPLIER_WORDS})(?![\\p{L}\\p{N}])`, 'u');

/** "75 nghìn lượt", "1,2 triệu đồng": the multiplier written after a count, 1 when there is none. */
export function multiplierAfter(text: string): number {
    const word = COUNT_MULTIPLIER.exec(comparisonKey(text.slice(0, 12)))?.[1];
    return word ? COUNT_MULTIPLIERS[word] : 1;
}

// "triệu đồng", "nghìn người": a unit named with its multiplier
const MULTIPLIER_IN_NAME = new RegExp(`^(${MULTIPLIER_WORDS})\\s+(\\p{L}.*)$`, 'u');

/**
 * A count unit named with a multiplier: "triệu đồng" is 1.000.000 of "đồng" (`counts`, as
 * compared); undefined for any other name.
 */
export function multipliedUnit(name: string): { readonly multiplier: number; readonly counts: string } | undefined {
    const found = MULTIPLIER_IN_NAME.exec(comparisonKey(name));
    return found ? { multiplier: COUNT_MULTIPLIERS[found[1]], counts: found[2] } : undefined;
}

/** Whether a text starts with a word, as compared ("đồng." starts with "đồng", "đồng chí" too: the caller knows the word is a unit). */
export function startsWithWord(text: string, word: string): boolean {
    const key = comparisonKey(text.slice(0, word.length + 8)).trimStart();
    return key.startsWith(word) && !/^[\p{L}\p{N}]/u.test(key.slice(word.length));
}

// "(triệu đồng)", "ĐVT: nghìn người", "đơn vị tính: tỷ đồng": a multiplier named as the unit
const MULTIPLIER_IN_LABEL = new RegExp(`(?:\\(|(?:đvt|đơn vị tính|đơn vị)\\s*:)\\s*(${MULTIPLIER_WORDS})\\s+\\p{L}`, 'u');

/** The multiplier a label or a table column's header names as its unit ("Thực hiện (triệu đồng)"), 1 when none. */
export function multiplierInLabel(text: string): number {
    const word = MULTIPLIER_IN_LABEL.exec(comparisonKey(text))?.[1];
    return word ? COUNT_MULTIPLIERS[word] : 1;
}

/**
 * How far an approximate number reaches: "khoảng 3.000" means within half its last written
 * non-zero place (± 500) and at least 5 %; "gần 80.000" is below it, within a tenth or that place.
 */
export function approximateRange(value: Decimal, written: string, word: 'near' | 'about'): { lo: Decimal; hi: Decimal } {
    const digits = written.replace(/[.\s]/g, '').split(',')[0];
    const zeros = /0*$/.exec(digits.replace(/^-/, ''))![0].length;
    const decimals = written.includes(',') ? written.split(',')[1].length : 0;
    const place = decimals ? new Decimal(10).pow(-decimals) : new Decimal(10).pow(Math.min(zeros, digits.length - 1));
    const size = value.abs();
    if (word === 'near') return { lo: value.minus(Decimal.max(size.times(0.1), place)), hi: value };
    const reach = Decimal.max(size.times(0.05), place.dividedBy(2));
    return { lo: value.minus(reach), hi: value.plus(reach) };
}
