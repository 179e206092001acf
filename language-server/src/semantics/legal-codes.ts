// Code tables for legal-document citations, and tolerant lookups over them.
// Pure data + pure functions: no Langium, no I/O.
//
// Sources: Nghị định 30/2020/NĐ-CP, Phụ lục III "Chữ viết tắt tên loại văn bản" (the 27 codes
// marked 'nd30'), Luật Ban hành văn bản quy phạm pháp luật (NĐ, TT, TTLT, NQLT, Luật …), and the
// party conventions of Hướng dẫn 36-HD/VPTW (KL, QĐi, CV). Extend the arrays; nothing else
// needs to change.

export type DocTypeSource = 'nd30' | 'normative' | 'party' | 'other';

export interface DocTypeInfo {
    /** Canonical Vietnamese name, NFC, sentence case: "Quyết định". */
    name: string;
    /** Type codes written in a symbol; empty when the type has none (Luật, Công văn). The first is preferred. */
    codes: string[];
    /** Codes also accepted in symbols but never proposed ("CV" for công văn, party "QĐi"). */
    extraCodes?: string[];
    source: DocTypeSource;
}

const t = (name: string, codes: string[], source: DocTypeSource, extraCodes?: string[]): DocTypeInfo =>
    ({ name, codes, source, ...(extraCodes ? { extraCodes } : {}) });

export const DOC_TYPES: readonly DocTypeInfo[] = [
    t('Nghị quyết', ['NQ'], 'nd30'), t('Quyết định', ['QĐ'], 'nd30'), t('Chỉ thị', ['CT'], 'nd30'),
    t('Quy chế', ['QC'], 'nd30'), t('Quy định', ['QyĐ'], 'nd30', ['QĐi']), t('Thông cáo', ['TC'], 'nd30'),
    t('Thông báo', ['TB'], 'nd30'), t('Hướng dẫn', ['HD'], 'nd30'), t('Chương trình', ['CTr'], 'nd30'),
    t('Kế hoạch', ['KH'], 'nd30'), t('Phương án', ['PA'], 'nd30'), t('Đề án', ['ĐA'], 'nd30'),
    t('Dự án', ['DA'], 'nd30'), t('Báo cáo', ['BC'], 'nd30'), t('Biên bản', ['BB'], 'nd30'),
    t('Tờ trình', ['TTr'], 'nd30'), t('Hợp đồng', ['HĐ'], 'nd30'), t('Công điện', ['CĐ'], 'nd30'),
    t('Bản ghi nhớ', ['BGN'], 'nd30'), t('Bản thỏa thuận', ['BTT'], 'nd30'), t('Giấy ủy quyền', ['GUQ'], 'nd30'),
    t('Giấy mời', ['GM'], 'nd30'), t('Giấy giới thiệu', ['GGT'], 'nd30'), t('Giấy nghỉ phép', ['GNP'], 'nd30'),
    t('Phiếu gửi', ['PG'], 'nd30'), t('Phiếu chuyển', ['PC'], 'nd30'), t('Phiếu báo', ['PB'], 'nd30'),
    t('Nghị định', ['NĐ'], 'normative'), t('Thông tư', ['TT'], 'normative'),
    t('Thông tư liên tịch', ['TTLT'], 'normative'), t('Nghị quyết liên tịch', ['NQLT'], 'normative'),
    t('Luật', [], 'normative'), t('Bộ luật', [], 'normative'), t('Pháp lệnh', [], 'normative'),
    t('Lệnh', ['L'], 'normative'),
    t('Kết luận', ['KL'], 'party'),
    // ND30 gives công văn no type code ("5709/SYT-VP"); "CV" is accepted because units use it ("/CV-TTYT").
    t('Công văn', [], 'other', ['CV']),
];

/** Type names that a symbol without any type code may carry (normative "15/2023/QH15", letters). */
export const UNCODED_NORMATIVE_TYPES: readonly string[] = ['Luật', 'Bộ luật', 'Pháp lệnh', 'Nghị quyết'];

export type IssuerKind =
    | 'national-assembly' | 'government' | 'prime-minister' | 'ministry' | 'people-committee'
    | 'people-council' | 'department' | 'health-centre' | 'health-station' | 'hospital' | 'cdc'
    | 'social-insurance' | 'party-central' | 'party-province' | 'party-district' | 'party-committee'
    | 'party-congress';

export interface IssuerInfo {
    /** Code as written in symbols ("UBND", "TTg"). */
    code: string;
    kind: IssuerKind;
    /** Canonical name of the body. */
    name: string;
    /** Names as written in citations (matched as a word prefix, case/tone/NFD-insensitive). */
    aliases: string[];
    /** Party bodies use the "17-CT/TW" form. */
    party?: boolean;
}

const i = (code: string, kind: IssuerKind, name: string, aliases: string[] = [], party = false): IssuerInfo =>
    ({ code, kind, name, aliases: [name, ...aliases], ...(party ? { party } : {}) });

export const ISSUERS: readonly IssuerInfo[] = [
    i('QH', 'national-assembly', 'Quốc hội'),
    i('UBTVQH', 'national-assembly', 'Ủy ban Thường vụ Quốc hội'),
    i('CP', 'government', 'Chính phủ'),
    i('TTg', 'prime-minister', 'Thủ tướng Chính phủ', ['Thủ tướng']),
    i('BYT', 'ministry', 'Bộ Y tế'),
    i('BNV', 'ministry', 'Bộ Nội vụ'),
    i('BTC', 'ministry', 'Bộ Tài chính'),
    i('BKHĐT', 'ministry', 'Bộ Kế hoạch và Đầu tư'),
    i('BLĐTBXH', 'ministry', 'Bộ Lao động - Thương binh và Xã hội'),
    i('BGDĐT', 'ministry', 'Bộ Giáo dục và Đào tạo'),
    i('BTTTT', 'ministry', 'Bộ Thông tin và Truyền thông'),
    i('BTP', 'ministry', 'Bộ Tư pháp'),
    i('BCA', 'ministry', 'Bộ Công an'),
    i('BQP', 'ministry', 'Bộ Quốc phòng'),
    i('UBND', 'people-committee', 'Ủy ban nhân dân', ['UBND']),
    i('HĐND', 'people-council', 'Hội đồng nhân dân', ['HĐND']),
    i('SYT', 'department', 'Sở Y tế'),
    i('SNV', 'department', 'Sở Nội vụ'),
    i('STC', 'department', 'Sở Tài chính'),
    i('SKHĐT', 'department', 'Sở Kế hoạch và Đầu tư'),
    i('SLĐTBXH', 'department', 'Sở Lao động - Thương binh và Xã hội'),
    i('SGDĐT', 'department', 'Sở Giáo dục và Đào tạo'),
    i('PYT', 'department', 'Phòng Y tế'),
    i('TTYT', 'health-centre', 'Trung tâm Y tế', ['TTYT']),
    i('TYT', 'health-station', 'Trạm Y tế', ['TYT']),
    i('BV', 'hospital', 'Bệnh viện'),
    i('CDC', 'cdc', 'Trung tâm Kiểm soát bệnh tật', ['CDC', 'TTKSBT']),
    i('BHXH', 'social-insurance', 'Bảo hiểm xã hội', ['BHXH']),
    i('TW', 'party-central', 'Ban Chấp hành Trung ương', ['BCH Trung ương', 'BCH TW', 'BCHTW', 'Ban Bí thư',
        'Bộ Chính trị', 'Trung ương Đảng', 'Trung ương'], true),
    i('TU', 'party-province', 'Tỉnh ủy', ['Ban Chấp hành Đảng bộ tỉnh', 'BCH Đảng bộ tỉnh', 'Ban Thường vụ Tỉnh ủy',
        'Thành ủy', 'Ban Chấp hành Đảng bộ thành phố', 'BCH Đảng bộ thành phố'], true),
    i('HU', 'party-district', 'Huyện ủy', ['Ban Chấp hành Đảng bộ huyện', 'BCH Đảng bộ huyện', 'Ban Thường vụ Huyện ủy'], true),
    i('ĐU', 'party-committee', 'Đảng ủy', ['Ban Chấp hành Đảng bộ', 'BCH Đảng bộ'], true),
    i('ĐH', 'party-congress', 'Đại hội Đảng bộ', ['Đại hội đại biểu Đảng bộ', 'Đại hội đại biểu', 'Đại hội'], true),
];

/** Titles that may precede an issuing body ("Chủ tịch UBND tỉnh", "Bộ trưởng Bộ Y tế"). */
export const ISSUER_TITLES: readonly string[] = [
    'Phó Chủ tịch', 'Chủ tịch', 'Phó Giám đốc', 'Giám đốc', 'Bộ trưởng', 'Thứ trưởng', 'Thường trực',
];

// ---- prose vocabulary for finding citations --------------------------------------------------

/** Words that stand for a document of any type ("văn bản số 123/SYT-VP"). */
export const GENERIC_TYPE_WORDS: readonly string[] = ['văn bản'];
/** Administrative levels that may follow an issuer ("UBND tỉnh Thanh Hóa"). */
export const PLACE_LEVELS: readonly string[] = ['thành phố', 'thị xã', 'thị trấn', 'tỉnh', 'huyện', 'xã', 'phường', 'quận'];
/** Words that end an issuer's name in prose ("của UBND tỉnh Triển khai thực hiện …"). */
export const ISSUER_STOP_WORDS: readonly string[] = ['về', 'thực hiện', 'triển khai', 'ban hành', 'phê duyệt', 'hướng dẫn',
    'quy định', 'giao', 'và', 'ngày', 'khóa', 'lần thứ', 'nhiệm kỳ', 'tại', 'theo', 'trên', 'đối với', 'nhằm', 'số', 'đề nghị',
    'yêu cầu', 'gửi', 'đã', 'được', 'với', 'cho'];

// ---- tolerant text keys -------------------------------------------------------------------

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;

/**
 * Comparison key of one word: NFC/NFD-, case- and tone-placement-insensitive
 * ("Hoá" = "Hóa", "Uỷ" = "Ủy"); the tone is kept, only moved to the end of the word.
 */
export function wordKey(word: string): string {
    // prose repeats its words: the checker scans every line, so keys are remembered (bounded)
    const known = WORD_KEYS.get(word);
    if (known !== undefined) return known;
    const d = word.normalize('NFD').toLowerCase();
    const tones = d.match(TONE_MARKS);
    const key = d.replace(TONE_MARKS, '') + (tones ? tones.join('') : '');
    if (WORD_KEYS.size >= 20_000) WORD_KEYS.clear();
    WORD_KEYS.set(word, key);
    return key;
}

const WORD_KEYS = new Map<string, string>();

/** Word keys of a phrase; punctuation and spaces separate words. */
export function phraseKeys(text: string): string[] {
    return (text.normalize('NFC').match(/[\p{L}\p{M}]+/gu) ?? []).map(wordKey);
}

const nfc = (s: string) => s.normalize('NFC');

/** NFC text and a map from its offsets back to the original's (identity when already NFC). */
export function toNfc(text: string): { s: string; back: (i: number) => number } {
    if (text.normalize('NFC') === text) return { s: text, back: i => i };
    const offs: number[] = [];
    let s = '';
    for (const m of text.matchAll(/[^\p{M}][\p{M}]*|\p{M}+/gsu)) {
        const n = m[0].normalize('NFC');
        for (let k = 0; k < n.length; k++) offs.push(m.index);
        s += n;
    }
    offs.push(text.length);
    return { s, back: i => offs[i] };
}

// ---- document types -----------------------------------------------------------------------

const TYPE_BY_CODE = new Map<string, DocTypeInfo>();
for (const d of DOC_TYPES) for (const c of [...d.codes, ...d.extraCodes ?? []]) TYPE_BY_CODE.set(nfc(c), d);

/** Type phrases (word keys), longest first, for prefix matching. */
export const TYPE_PHRASES: ReadonlyArray<{ keys: string[]; type: DocTypeInfo }> =
    DOC_TYPES.map(type => ({ keys: phraseKeys(type.name), type })).sort((a, b) => b.keys.length - a.keys.length);

/** Exact (case-sensitive, NFC) type-code lookup: "QĐ" -> Quyết định. */
export function docTypeByCode(code: string): DocTypeInfo | undefined {
    return TYPE_BY_CODE.get(nfc(code));
}

/** Type by its Vietnamese name; "quyết định", "Quyết Định", NFD and "Kế hoạch hành động" (prefix) all resolve. */
export function docTypeByName(name: string): DocTypeInfo | undefined {
    const keys = phraseKeys(name);
    return TYPE_PHRASES.find(p => p.keys.every((k, j) => keys[j] === k))?.type;
}

export const typeNameForCode = (code: string): string | undefined => docTypeByCode(code)?.name;
export const typeCodeForName = (name: string): string | undefined => docTypeByName(name)?.codes[0];

/** Type code differing only by case or "D" for "Đ" ("QD" -> "QĐ", "kh" -> "KH"), for suggestions. */
export function nearTypeCode(code: string): string | undefined {
    const up = (s: string) => nfc(s).toUpperCase(), fold = (s: string) => up(s).replace(/Đ/g, 'D');
    const codes = [...TYPE_BY_CODE.keys()];
    return codes.find(c => up(c) === up(code)) ?? codes.find(c => fold(c) === fold(code));
}

// ---- issuers ------------------------------------------------------------------------------

const ISSUER_BY_CODE = new Map<string, IssuerInfo>();
for (const it of ISSUERS) ISSUER_BY_CODE.set(nfc(it.code), it);

/** Issuer by symbol code; "QH15" -> QH (term number dropped); case-insensitive fallback ("Ttg") unless disabled. */
export function issuerByCode(code: string, caseInsensitive = true): IssuerInfo | undefined {
    const c = nfc(code);
    const exact = ISSUER_BY_CODE.get(c) ?? ISSUER_BY_CODE.get(withoutTrailingDigits(c));
    if (exact || !caseInsensitive) return exact;
    const up = withoutTrailingDigits(c.toUpperCase());
    return ISSUERS.find(it => nfc(it.code).toUpperCase() === up);
}

/** "QH15" → "QH"; a loop, since /\d+$/ backtracks quadratically over a long run of digits (found by npm run fuzz). */
function withoutTrailingDigits(text: string): string {
    let end = text.length;
    while (end > 0 && text.charCodeAt(end - 1) >= 48 && text.charCodeAt(end - 1) <= 57) end--;
    return text.slice(0, end);
}

/** Alias phrases (word keys), longest first. */
export const ISSUER_PHRASES: ReadonlyArray<{ keys: string[]; issuer: IssuerInfo }> = ISSUERS
    .flatMap(issuer => issuer.aliases.map(a => ({ keys: phraseKeys(a), issuer })))
    .sort((a, b) => b.keys.length - a.keys.length);

export const TITLE_PHRASES: readonly string[][] =
    ISSUER_TITLES.map(phraseKeys).sort((a, b) => b.length - a.length);

const keysOf = (words: readonly string[]) => words.map(phraseKeys);
export const PLACE_LEVEL_PHRASES: readonly string[][] = keysOf(PLACE_LEVELS);
export const ISSUER_STOP_PHRASES: readonly string[][] = keysOf(ISSUER_STOP_WORDS);
/** Type phrases plus generic ones (no name), for finding citations in prose. */
export const CITATION_TYPE_PHRASES: ReadonlyArray<{ keys: string[]; name?: string }> =
    [...TYPE_PHRASES.map(x => ({ keys: x.keys, name: x.type.name })), ...keysOf(GENERIC_TYPE_WORDS).map(keys => ({ keys }))];

/** Length of `phrase` when `keys` holds it at `at`, else 0. */
export function phraseAt(keys: readonly string[], at: number, phrase: readonly string[]): number {
    return phrase.length > 0 && phrase.every((k, j) => keys[at + j] === k) ? phrase.length : 0;
}

/** The issuing body named at the start of `name`, after any title ("Chủ tịch UBND tỉnh" -> UBND). */
export function issuerByName(name: string): IssuerInfo | undefined {
    const keys = phraseKeys(name);
    let at = 0;
    for (let again = true; again;) {
        again = false;
        for (const title of TITLE_PHRASES) {
            const n = phraseAt(keys, at, title);
            if (n) { at += n; again = true; break; }
        }
    }
    return ISSUER_PHRASES.find(p => phraseAt(keys, at, p.keys))?.issuer;
}

/**
 * Whether a symbol's issuer code fits the issuing body named in a citation.
 * 'unknown' when the code or the name is not in the tables (no claim either way).
 */
export function issuerMatches(symbolIssuerCode: string, issuerName: string): 'match' | 'mismatch' | 'unknown' {
    const byCode = issuerByCode(symbolIssuerCode);
    const byName = issuerByName(issuerName);
    if (!byCode || !byName) return 'unknown';
    return byCode === byName ? 'match' : 'mismatch';
}
