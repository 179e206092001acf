// Legal-document citations: symbol parsing ("1300/QĐ-BYT", "106/2020/NĐ-CP", "17-CT/TW",
// "5709/SYT-VP", "/BC-TTYT"), consistency checks, raw-citation finding in prose, formatting.
// Pure: no Langium, no I/O. Offsets are UTF-16 offsets into the string given; text fields
// returned are NFC. Code tables live in legal-codes.ts.
//
// Decisions:
// - Shape is syntactic: "n-T/I" party; "n/yyyy/…" normative; "n/T-I[-unit]" administrative when T is
//   a type code; otherwise "n/I[-unit]" is a công văn ('letter'). "/CV-TTYT" is a letter too: ND30
//   gives công văn no code, but "CV" is accepted because units write it (seed 000).
// - An unknown type code is an error, not a warning, when it can be told from an issuer: a near
//   code ("QD", "qđ" -> "QĐ") or a known issuer after it ("1300/XY-BYT"). "45/ABC-XYZ" with nothing
//   known is read as a letter of org ABC (org codes are open-ended; pass them in ParseOptions).
// - A party issuer (TW, TU, HU, ĐU, ĐH) in state form ("17/CT-TW") and a state issuer in party form
//   ("17-CT/BYT") are errors with the other form as suggestion.
// - Dates are written as Nghị định 30 writes them: a day < 10 and the months 1 and 2 get a leading zero.
import {
    docTypeByCode, docTypeByName, issuerByCode, issuerMatches, nearTypeCode, phraseAt, toNfc, wordKey,
    CITATION_TYPE_PHRASES, ISSUER_PHRASES, ISSUER_STOP_PHRASES, PLACE_LEVEL_PHRASES, TITLE_PHRASES,
    UNCODED_NORMATIVE_TYPES, type DocTypeInfo,
} from './legal-codes.js';
import { memoByObject } from './object-memo.js';
import { firstNotBefore } from './sorted.js';
import { formatDateLongVi, formatDateVi as formatShortDate } from './periods.js';

export {
    docTypeByCode, docTypeByName, issuerByCode, issuerByName, issuerMatches, typeCodeForName, typeNameForCode,
} from './legal-codes.js';

export type SymbolShape = 'administrative' | 'normative' | 'party' | 'letter';
export type Span = readonly [start: number, end: number];

export interface LegalSymbol {
    shape: SymbolShape;
    /** Digits as written ("01"); undefined in an unnumbered own number ("/BC-TTYT"). */
    number?: string; year?: number;
    typeCode?: string; typeName?: string;
    issuerCode: string; unitCode?: string;
    /** Offsets of each part inside the string given to parseLegalSymbol. */
    spans: { number?: Span; year?: Span; type?: Span; issuer: Span; unit?: Span; all: Span };
}

export type CitationProblemCode =
    | 'legal-number-format' | 'legal-type-mismatch' | 'legal-year-mismatch' | 'legal-issuer-mismatch' | 'doc-number-format';

export interface CitationProblem {
    code: CitationProblemCode; severity: 'error' | 'warning'; messageVi: string; messageEn: string;
    /** Range inside the symbol string. */
    start?: number; end?: number;
    /** Corrected symbol, when one is evident (quick fix). */
    suggestion?: string;
}

export type SymbolParse = { ok: true; symbol: LegalSymbol } | { ok: false; error: CitationProblem };
export interface ParseOptions { /** Extra issuer codes (the workspace's org codes) that may start a công văn symbol; read once per collection, so never changed after. */ issuerCodes?: Iterable<string> }

const nfc = (s: string) => s.normalize('NFC');
const CODE = /^[\p{L}\p{N}]+$/u;
const DASHES = /[\u2010-\u2015\u2212]/g;

function fail(start: number, end: number, messageVi: string, messageEn: string, suggestion?: string): SymbolParse {
    return { ok: false, error: { code: 'legal-number-format', severity: 'error', messageVi, messageEn, start, end, ...(suggestion ? { suggestion } : {}) } };
}

// A workspace's org codes are given as one collection for all its citations: normalised once.
const normalizedCodes = memoByObject((codes: Iterable<string>): ReadonlySet<string> => new Set([...codes].map(nfc)));
const NO_CODES: ReadonlySet<string> = new Set();

/** Parses a document number and symbol (số, ký hiệu); errors are 'legal-number-format' with a range in `raw`. */
export function parseLegalSymbol(raw: string, options: ParseOptions = {}): SymbolParse {
    const extra = options.issuerCodes ? normalizedCodes(options.issuerCodes) : NO_CODES;
    const knownIssuer = (c: string) => extra.has(nfc(c)) || issuerByCode(c, false) !== undefined;
    const partyIssuer = (c: string) => issuerByCode(c, false)?.party === true;
    const lead = raw.length - raw.trimStart().length;
    const s = raw.trim();
    const end = lead + s.length;
    const reparses = (x: string) => parseLegalSymbol(x, options).ok;
    if (!s) return fail(0, raw.length, 'Số, ký hiệu văn bản bị trống', 'The document number is empty');
    const dash = s.search(DASHES);
    if (dash >= 0) return fail(lead + dash, lead + dash + 1, `Dùng dấu gạch nối "-" thay cho "${s[dash]}" trong ký hiệu văn bản`,
        `Use a hyphen "-" instead of "${s[dash]}" in the symbol`, s.replace(DASHES, '-'));
    const space = s.search(/\s/);
    if (space >= 0) return fail(lead + space, lead + space + 1, 'Số, ký hiệu văn bản không được chứa dấu cách',
        'A document number must not contain spaces', s.replace(/\s+/g, ''));
    if (!s.includes('/')) {
        const m = /^(\d+)-?(\p{L}.*)$/u.exec(s);
        const sug = m && reparses(`${m[1]}/${m[2]}`) ? `${m[1]}/${m[2]}` : undefined;
        return fail(lead, end, 'Thiếu dấu "/" giữa số và ký hiệu văn bản', 'Missing "/" between the number and the symbol', sug);
    }
    const parts = s.split('/');
    const numberFail = (len: number) => fail(lead, lead + len, 'Số văn bản phải là chữ số (ví dụ "1300/QĐ-BYT")',
        'The document number must be digits (e.g. "1300/QĐ-BYT")');

    if (parts[0].includes('-')) { // party: 17-CT/TW
        const [num, type] = [parts[0].slice(0, parts[0].indexOf('-')), parts[0].slice(parts[0].indexOf('-') + 1)];
        if (!/^\d*$/.test(num)) return numberFail(num.length);
        const typeAt = lead + num.length + 1;
        if (parts.length !== 2 || !parts[1]) return fail(lead, end, 'Ký hiệu văn bản của Đảng có dạng "số-loại/cơ quan" (ví dụ "17-CT/TW")',
            'A party symbol reads "number-type/issuer" (e.g. "17-CT/TW")');
        if (!docTypeByCode(type)) return unknownType(type, typeAt, `${num}-${nearTypeCode(type)}/${parts[1]}`);
        const segs = parts[1].split('-');
        const issuerAt = typeAt + type.length + 1;
        if (segs.some(x => !CODE.test(x))) return fail(issuerAt, end, 'Ký hiệu cơ quan ban hành không hợp lệ', 'Invalid issuer code');
        if (knownIssuer(segs[0]) && !partyIssuer(segs[0])) return fail(lead, end,
            `"${segs[0]}" là cơ quan nhà nước: ký hiệu viết dạng "số/loại-cơ quan"`, `"${segs[0]}" is a state body: write "number/type-issuer"`,
            `${num}/${type}-${parts[1]}`);
        return ok('party', num, undefined, type, segs, lead, typeAt, issuerAt, end);
    }

    const num = parts[0];
    if (!/^\d*$/.test(num)) return numberFail(num.length);
    let year: number | undefined;
    let restAt = lead + num.length + 1;
    if (parts.length === 3 && /^\d+$/.test(parts[1])) {
        year = Number(parts[1]);
        if (parts[1].length !== 4 || year < 1945 || year > 2100) return fail(restAt, restAt + parts[1].length,
            `Năm trong số hiệu "${parts[1]}" không hợp lệ`, `Invalid year "${parts[1]}" in the symbol`);
        restAt += parts[1].length + 1;
    } else if (parts.length !== 2) {
        return fail(lead, end, 'Số, ký hiệu văn bản có dấu "/" không đúng chỗ', 'Misplaced "/" in the document number');
    }
    const rest = parts[parts.length - 1];
    const segs = rest.split('-');
    if (!rest || segs.some(x => !x)) return fail(restAt, end, 'Thiếu ký hiệu sau dấu "/" hoặc "-"', 'Missing code after "/" or "-"');
    if (segs.some(x => !CODE.test(x))) return fail(restAt, end, 'Ký hiệu văn bản chứa ký tự không hợp lệ', 'Invalid character in the symbol');
    const first = segs[0];
    const yearPart = year !== undefined ? `${parts[1]}/` : '';
    if (docTypeByCode(first)) {
        if (segs.length < 2) return fail(restAt, end, `Thiếu cơ quan ban hành sau "${first}" (ví dụ "${first}-BYT")`, `Missing issuer code after "${first}"`);
        if (partyIssuer(segs[1]) && year === undefined) return fail(lead, end,
            `Văn bản của Đảng viết ký hiệu dạng "số-loại/cơ quan": "${num}-${first}/${segs.slice(1).join('-')}"`,
            `A party document's symbol reads "number-type/issuer": "${num}-${first}/${segs.slice(1).join('-')}"`,
            `${num}-${first}/${segs.slice(1).join('-')}`);
        const shape = year !== undefined ? 'normative' : first === 'CV' ? 'letter' : 'administrative';
        return ok(shape, num, year, first, segs.slice(1), lead, restAt, restAt + first.length + 1, end);
    }
    if (!knownIssuer(first)) {
        const near = nearTypeCode(first);
        if (segs.length >= 2 && (near || knownIssuer(segs[1])))
            return unknownType(first, restAt, near ? `${num}/${yearPart}${near}-${segs.slice(1).join('-')}` : undefined);
        for (let k = 1; k < first.length; k++) {
            if (docTypeByCode(first.slice(0, k)) && knownIssuer(first.slice(k))) return fail(restAt, restAt + first.length,
                `Thiếu dấu "-" giữa loại văn bản "${first.slice(0, k)}" và cơ quan ban hành "${first.slice(k)}"`,
                `Missing "-" between the type code "${first.slice(0, k)}" and the issuer "${first.slice(k)}"`,
                `${num}/${yearPart}${first.slice(0, k)}-${[first.slice(k), ...segs.slice(1)].join('-')}`);
        }
    }
    return ok(year !== undefined ? 'normative' : 'letter', num, year, undefined, segs, lead, restAt, restAt, end);
}

function unknownType(code: string, at: number, suggestion: string | undefined): SymbolParse {
    const near = nearTypeCode(code);
    return fail(at, at + code.length,
        `Ký hiệu loại văn bản "${code}" không có trong Phụ lục III Nghị định 30/2020/NĐ-CP${near ? ` (có phải "${near}"?)` : ''}`,
        `Unknown document type code "${code}"${near ? ` (did you mean "${near}"?)` : ''}`, near ? suggestion : undefined);
}

function ok(shape: SymbolShape, num: string, year: number | undefined, typeCode: string | undefined, issuerSegs: string[],
    lead: number, typeAt: number, issuerAt: number, end: number): SymbolParse {
    const [issuerCode, ...unit] = issuerSegs;
    const typeName = typeCode ? docTypeByCode(typeCode)?.name : shape === 'letter' ? 'Công văn' : undefined;
    const symbol: LegalSymbol = { shape, issuerCode: nfc(issuerCode), spans: { issuer: [issuerAt, issuerAt + issuerCode.length], all: [lead, end] } };
    if (num) [symbol.number, symbol.spans.number] = [num, [lead, lead + num.length]];
    if (year !== undefined) [symbol.year, symbol.spans.year] = [year, [lead + num.length + 1, lead + num.length + 5]];
    if (typeCode) [symbol.typeCode, symbol.spans.type] = [nfc(typeCode), [typeAt, typeAt + typeCode.length]];
    if (typeName) symbol.typeName = typeName;
    if (unit.length) [symbol.unitCode, symbol.spans.unit] = [nfc(unit.join('-')), [issuerAt + issuerCode.length + 1, end]];
    return { ok: true, symbol };
}

// ---- checks ---------------------------------------------------------------------------------

const problem = (code: CitationProblemCode, span: Span | undefined, messageVi: string, messageEn: string): CitationProblem =>
    ({ code, severity: 'error', messageVi, messageEn, ...(span ? { start: span[0], end: span[1] } : {}) });

function typeFits(type: DocTypeInfo, sym: LegalSymbol): boolean {
    if (sym.typeCode) return docTypeByCode(sym.typeCode) === type;
    if (sym.shape === 'normative') return UNCODED_NORMATIVE_TYPES.includes(type.name);
    return type.name === 'Công văn';
}

/** 'legal-type-mismatch' when the declared type contradicts the symbol's type code ("Kế hoạch" with "/QĐ-"). */
export function checkTypeMatchesSymbol(typeName: string, parsed: LegalSymbol): CitationProblem[] {
    const type = docTypeByName(typeName);
    if (!type || typeFits(type, parsed)) return [];
    const want = type.codes[0] ? ` ("${type.codes[0]}")` : '';
    if (!parsed.typeCode) return [problem('legal-type-mismatch', parsed.spans.all,
        `Số hiệu không có ký hiệu loại văn bản nhưng loại văn bản là "${type.name}"${want}`,
        `Document type "${type.name}"${want} contradicts the symbol, which has no type code (a letter's form)`)];
    const named = docTypeByCode(parsed.typeCode)?.name ?? '?';
    return [problem('legal-type-mismatch', parsed.spans.type,
        `Loại văn bản "${type.name}" không khớp với ký hiệu "${parsed.typeCode}" (${named}); ${type.name} dùng ký hiệu${want || ' không có mã loại'}`,
        `Document type "${type.name}" contradicts the type code "${parsed.typeCode}" (${named}) in the symbol`)];
}

/** 'legal-year-mismatch' when a symbol's year (106/2020/NĐ-CP) differs from the year of its date. */
export function checkYearMatchesDate(parsed: LegalSymbol, dateYear: number | undefined): CitationProblem[] {
    if (parsed.year === undefined || dateYear === undefined || parsed.year === dateYear) return [];
    return [problem('legal-year-mismatch', parsed.spans.year,
        `Năm trong số hiệu (${parsed.year}) khác năm ban hành (${dateYear})`,
        `The year in the symbol (${parsed.year}) differs from the year of issue (${dateYear})`)];
}

/** 'legal-issuer-mismatch' when the symbol's issuer code contradicts the issuing body ("/KH-UBND … của Sở Y tế"). */
export function checkIssuer(parsed: LegalSymbol, issuerName: string | undefined): CitationProblem[] {
    if (!issuerName || issuerMatches(parsed.issuerCode, issuerName) !== 'mismatch') return [];
    const body = issuerByCode(parsed.issuerCode)?.name ?? parsed.issuerCode;
    return [problem('legal-issuer-mismatch', parsed.spans.issuer,
        `Ký hiệu "${parsed.issuerCode}" (${body}) không khớp với cơ quan ban hành "${nfc(issuerName.trim())}"`,
        `The issuer code "${parsed.issuerCode}" (${body}) contradicts the issuing body "${nfc(issuerName.trim())}"`)];
}

export type DocKind = 'report' | 'plan' | 'letter';
const DOC_KIND: Record<DocKind, { vi: string; en: string; codes: (string | undefined)[] }> = {
    report: { vi: 'Báo cáo', en: 'report', codes: ['BC'] },
    plan: { vi: 'Kế hoạch', en: 'plan', codes: ['KH'] },
    letter: { vi: 'Công văn', en: 'letter', codes: [undefined, 'CV'] },
};

/**
 * 'doc-number-format' for the document's own number: malformed, wrong type code for the kind
 * (báo cáo BC, kế hoạch KH, công văn none or CV), or an issuer code other than the issuing org's.
 */
export function checkDocNumber(docKind: DocKind, symbol: string, issuerOrgCode?: string, options?: ParseOptions): CitationProblem[] {
    const parsed = parseLegalSymbol(symbol, options);
    if (!parsed.ok) return [{ ...parsed.error, code: 'doc-number-format' }];
    const sym = parsed.symbol, kind = DOC_KIND[docKind], out: CitationProblem[] = [];
    if (!kind.codes.includes(sym.typeCode)) {
        out.push(docKind === 'letter'
            ? problem('doc-number-format', sym.spans.type, `Công văn không dùng ký hiệu loại "${sym.typeCode}"; viết dạng "số/cơ quan-đơn vị" (ví dụ "/SYT-VP")`,
                `A letter's number carries no type code "${sym.typeCode}"; write "number/issuer-unit" (e.g. "/SYT-VP")`)
            : problem('doc-number-format', sym.spans.type ?? sym.spans.all,
                `Số của ${kind.vi.toLowerCase()} phải có ký hiệu "${kind.codes[0]}"${sym.typeCode ? `, không phải "${sym.typeCode}"` : ''} (ví dụ "/${kind.codes[0]}-${sym.issuerCode}")`,
                `A ${kind.en}'s number must carry the type code "${kind.codes[0]}"${sym.typeCode ? `, not "${sym.typeCode}"` : ''}`));
    }
    if (issuerOrgCode && nfc(issuerOrgCode.trim()) !== sym.issuerCode) {
        out.push(problem('doc-number-format', sym.spans.issuer,
            `Ký hiệu cơ quan "${sym.issuerCode}" khác mã của đơn vị ban hành "${nfc(issuerOrgCode.trim())}"`,
            `The issuer code "${sym.issuerCode}" differs from the issuing org's code "${nfc(issuerOrgCode.trim())}"`));
    }
    return out;
}

// ---- raw citations in prose -------------------------------------------------------------------

export interface CitationDate { day: number; month: number; year: number }

export interface RawCitation {
    /** From the type name (or the symbol when none) to the last of symbol, date and issuer. */
    start: number; end: number;
    /** Canonical type name ("Quyết định" for "quyết định"; "Kế hoạch" for "kế hoạch hành động"). */
    typeName?: string;
    /** The type words as written, NFC ("kế hoạch hành động"). */
    typeText?: string;
    symbol: string;
    symbolStart: number; symbolEnd: number;
    /** The symbol parsed; a failure here is a 'legal-number-format' diagnostic at symbolStart + error.start. */
    parsed: SymbolParse;
    date?: CitationDate; dateStart?: number; dateEnd?: number;
    /** Issuing body as written, title included ("Chủ tịch UBND tỉnh"); whitespace collapsed. */
    issuer?: string; issuerStart?: number; issuerEnd?: number;
    /** Best effort: text after "về"/"về việc" up to ";", the end of the sentence or the next "…, / và <citation>". */
    subject?: string; subjectStart?: number; subjectEnd?: number;
}

interface Tok { start: number; end: number; text: string; key: string }
const SO = wordKey('số');
const SYMBOL_RE = (() => {
    const c = '\\p{Lu}[\\p{L}\\p{N}]*', cs = `${c}(?:-${c})*`;
    // (?<!\d): a symbol's number starts where digits start; without it a run of n digits is tried
    // from each of its n digits, n² steps on a line of digits
    return new RegExp(`(?<!\\d)(\\d*)(?:-${c}\\/${cs}|\\/\\d{4}\\/${cs}|\\/${cs})(?![\\p{L}\\p{N}/])`, 'gu');
})();
const DATE_RES = [
    /\s*(?:,\s*)?ngày\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})(?!\d)/iuy,
    /\s*(?:,\s*)?ngày\s*(\d{1,2})\s+tháng\s+(\d{1,2})\s*(?:,\s*)?năm\s+(\d{4})(?!\d)/iuy,
];
const OF_RE = /\s+của\s+/iuy;
const SPACES_RE = /\s*/y;
/** A subject is read for at most this many characters: real ones are a line or two, and a paragraph without a full stop must not be read once per citation in it. */
const MAX_SUBJECT = 500;
/** From a citation's first type word to its symbol: a type phrase, three qualifiers, "số". */
const MAX_TYPE_REACH = 200;
const ABOUT_RE = /\s*(?:,\s*)?về(?:\s+việc)?\s+/iuy;
const isUpper = (ch: string) => ch !== ch.toLowerCase();

/** Finds citations written as plain text ("Quyết định số 1300/QĐ-BYT ngày 09/3/2023 của Bộ Y tế"). */
export function findRawCitations(text: string, options?: ParseOptions): RawCitation[] {
    // a symbol has a slash; a malformed one after "số" a digit or a slash: most prose has neither
    if (!/[\d/]/.test(text)) return [];
    const { s, back } = toNfc(text);
    const toks: Tok[] = [...s.matchAll(/[\p{L}\p{M}]+/gu)].map(m => ({ start: m.index, end: m.index + m[0].length, text: m[0], key: wordKey(m[0]) }));
    const keys = toks.map(t => t.key);
    const ws = (a: number, b: number) => a < b && /^\s+$/.test(s.slice(a, b));
    const wordSep = (a: number, b: number) => ws(a, b) || /^\s*-\s*$/.test(s.slice(a, b)) && a < b;
    const tokIndexAt = (pos: number) => firstNotBefore(toks.length, m => toks[m].start < pos);
    const fwd = (j: number, phrase: string[]) => phraseAt(keys, j, phrase) > 0 && phrase.every((_, q) => q === 0 || wordSep(toks[j + q - 1].end, toks[j + q].start));
    const stopAt = (j: number) => ISSUER_STOP_PHRASES.some(p => fwd(j, p));

    /** Type phrase ending at token `j` (or up to 3 lowercase qualifier words earlier, when "số" follows). */
    function typeBefore(j: number, qualifiers: number): { start: number; end: number; name?: string } | undefined {
        for (let q = 0; q <= qualifiers; q++) {
            const e = j - q;
            if (e < 0 || (q > 0 && (isUpper(toks[e + 1].text[0]) || !ws(toks[e].end, toks[e + 1].start)))) break;
            for (const p of CITATION_TYPE_PHRASES) {
                const b = e - p.keys.length + 1;
                if (b >= 0 && fwd(b, p.keys)) return { start: toks[b].start, end: toks[j].end, name: p.name };
            }
        }
        return undefined;
    }

    /** Issuer at token j: after "của" any capitalised name; without it (after a date) only a party body ("… Đại hội đại biểu Đảng bộ tỉnh"). */
    function readIssuer(j: number, afterOf: boolean): { start: number; end: number } | undefined {
        if (j >= toks.length) return undefined;
        let k = j;
        for (let again = true; again;) { again = false; for (const t of TITLE_PHRASES) if (fwd(k, t)) { k += t.length; again = true; break; } }
        if (k > j && (k >= toks.length || !ws(toks[k - 1].end, toks[k].start))) return undefined;
        const alias = ISSUER_PHRASES.find(p => fwd(k, p.keys) && (afterOf || p.issuer.party));
        if (alias) {
            k += alias.keys.length;
            const level = PLACE_LEVEL_PHRASES.find(l => k < toks.length && ws(toks[k - 1].end, toks[k].start) && fwd(k, l));
            if (level) k += level.length;
            for (let n = 0; n < 5 && k < toks.length && ws(toks[k - 1].end, toks[k].start) && isUpper(toks[k].text[0]) && !stopAt(k); n++) k++;
        } else {
            if (!afterOf || !isUpper(toks[k].text[0]) || stopAt(k)) return undefined;
            for (let n = 0; n < 8 && k < toks.length && (n === 0 || ws(toks[k - 1].end, toks[k].start)) && !stopAt(k); n++) k++;
        }
        return { start: toks[j].start, end: toks[k - 1].end };
    }

    const out: RawCitation[] = [];
    const add = (symStart: number, symEnd: number, bareOk: boolean) => {
        const t = tokIndexAt(symStart) - 1; // token before the symbol
        let j = t, hasSo = false;
        if (j >= 0 && keys[j] === SO && /^\s*(?::\s*)?$/.test(s.slice(toks[j].end, symStart))) { hasSo = true; j--; }
        const type = j >= 0 && ws(toks[j].end, hasSo ? toks[j + 1].start : symStart) ? typeBefore(j, hasSo ? 3 : 0) : undefined;
        const symbol = s.slice(symStart, symEnd);
        const parsed = parseLegalSymbol(symbol, options);
        const bare = parsed.ok && (parsed.symbol.number || hasSo) && (parsed.symbol.shape !== 'letter' ||
            (issuerByCode(parsed.symbol.issuerCode, false) && (hasSo || parsed.symbol.unitCode)));
        if (!type && !(bareOk && bare)) return;
        const c: RawCitation = { start: type?.start ?? symStart, end: symEnd, symbol, symbolStart: symStart, symbolEnd: symEnd, parsed };
        if (type) { c.typeText = s.slice(type.start, type.end).replace(/\s+/g, ' '); if (type.name) c.typeName = type.name; }
        else if (parsed.ok && parsed.symbol.typeName) c.typeName = parsed.symbol.typeName;
        let pos = symEnd;
        for (let round = 0; round < 2; round++) {
            for (const re of DATE_RES) {
                re.lastIndex = pos;
                const m = c.date ? null : re.exec(s);
                const [d, mo, y] = m ? [Number(m[1]), Number(m[2]), Number(m[3])] : [0, 0, 0];
                if (m && mo >= 1 && mo <= 12 && d >= 1 && d <= new Date(Date.UTC(y, mo, 0)).getUTCDate()) {
                    Object.assign(c, { date: { day: d, month: mo, year: y }, dateStart: m.index + m[0].search(/ngày/iu), dateEnd: re.lastIndex });
                    pos = re.lastIndex;
                }
            }
            if (c.issuer) continue;
            OF_RE.lastIndex = pos;
            const of = OF_RE.exec(s);
            SPACES_RE.lastIndex = pos;
            SPACES_RE.exec(s);
            const at = of ? OF_RE.lastIndex : SPACES_RE.lastIndex;
            const iss = of || (c.date && ws(pos, at)) ? readIssuer(tokIndexAt(at), !!of) : undefined;
            if (iss && toks[tokIndexAt(at)]?.start === at) {
                Object.assign(c, { issuer: s.slice(iss.start, iss.end).replace(/\s+/g, ' '), issuerStart: iss.start, issuerEnd: iss.end });
                pos = iss.end;
            }
        }
        c.end = pos;
        ABOUT_RE.lastIndex = pos;
        if (ABOUT_RE.exec(s)) {
            const from = ABOUT_RE.lastIndex;
            let p = from, depth = 0;
            const last = Math.min(s.length, from + MAX_SUBJECT);
            for (; p < last; p++) {
                const ch = s[p];
                if (ch === '(') depth++;
                else if (ch === ')') { if (depth-- === 0) break; }
                else if (depth === 0 && (ch === ';' || (ch === '.' && (p + 1 === s.length || /\s/.test(s[p + 1]))))) break;
            }
            const sub = s.slice(from, p).trimEnd();
            if (sub) Object.assign(c, { subject: sub.replace(/\s+/g, ' '), subjectStart: from, subjectEnd: from + sub.length });
        }
        out.push(c);
    };

    const seen = new Set<number>();
    for (const m of s.matchAll(SYMBOL_RE)) {
        const st = m.index, prev = s[st - 1] ?? ' ';
        const glued = /[\p{L}\p{M}]/u.test(prev) && m[1] !== '' && keys[tokIndexAt(st) - 1] === SO && toks[tokIndexAt(st) - 1].end === st;
        if (/[\p{L}\p{M}\p{N}/-]/u.test(prev) && !glued) continue;
        if (m[1] === '' && !/số\s*:?\s+$/iu.test(s.slice(Math.max(0, st - 8), st))) continue;
        seen.add(st);
        add(st, st + m[0].length, true);
    }
    // the symbols found so far, in order: the malformed ones below are looked up among them
    const found = out.map(c => [c.symbolStart, c.symbolEnd] as const);
    const within = (spans: ReadonlyArray<readonly [number, number]>, at: number) => {
        const after = firstNotBefore(spans.length, m => spans[m][0] <= at);
        return after > 0 && at < spans[after - 1][1];
    };
    const malformed: Array<readonly [number, number]> = [];
    // Malformed symbols right after "<Loại> số": "Quyết định số 1300QĐ-BYT", "Quyết định số abc/QĐ-BYT".
    toks.forEach((tk, j) => {
        if (tk.key !== SO) return;
        // `\s*(?::\s*)?`, not `\s*:?\s*`: two runs of spaces side by side split a long run n² ways when what follows fails
        const m = /\s*(?::\s*)?([^\s,;()“”"]+)/uy;
        m.lastIndex = tk.end;
        const r = m.exec(s);
        if (!r || !/[\d/]/.test(r[1]) || !/\p{L}/u.test(r[1])) return;
        const raw = r[1].replace(/\.$/, ''), st = m.lastIndex - r[1].length;
        if (seen.has(st) || j === 0 || !ws(toks[j - 1].end, tk.start) || !typeBefore(j - 1, 3)) return;
        if (within(found, st) || within(malformed, st)) return;
        const before = out.length;
        add(st, st + raw.length, false);
        if (out.length > before) malformed.push([st, st + raw.length]);
    });
    out.sort((a, b) => a.symbolStart - b.symbolStart);
    // A subject ends where "…, / và <next citation>" begins, or at a comma right after a citation inside it.
    out.forEach((c, i) => {
        if (c.subjectStart === undefined) return;
        // citations are in order and a type phrase is short: those starting inside the subject are the next few
        const inner: RawCitation[] = [];
        for (let k = i + 1; k < out.length && out[k].symbolStart < c.subjectEnd! + MAX_TYPE_REACH; k++) {
            if (out[k].start > c.subjectStart! && out[k].start < c.subjectEnd!) inner.push(out[k]);
        }
        let e: number | undefined;
        for (const o of inner) {
            const cut = /(?:,|\svà)\s*$/u.exec(s.slice(c.subjectStart, o.start));
            if (cut) { e = c.subjectStart + cut.index; break; }
            if (o.subject === undefined && /^\s*,/.test(s.slice(o.end))) { e = o.end; break; }
        }
        if (e !== undefined) Object.assign(c, { subject: s.slice(c.subjectStart, e).replace(/\s+/g, ' ').trim(), subjectEnd: e });
    });
    return s === text ? out : out.map(c => remap(c, back));
}

const OFFSETS = ['start', 'end', 'symbolStart', 'symbolEnd', 'dateStart', 'dateEnd', 'issuerStart', 'issuerEnd', 'subjectStart', 'subjectEnd'] as const;
function remap(c: RawCitation, back: (i: number) => number): RawCitation {
    const r: RawCitation = { ...c };
    for (const k of OFFSETS) if (r[k] !== undefined) r[k] = back(r[k]!);
    return r;
}

// ---- formatting -------------------------------------------------------------------------------

/**
 * Date as Nghị định 30/2020/NĐ-CP writes it: a day below 10 and the months 1 and 2 get a leading
 * zero, other months do not ("09/3/2023", "07/02/2024", "26/12/2023").
 */
export function formatDateVi(d: CitationDate, style: 'numeric' | 'long' = 'numeric'): string {
    return style === 'numeric' ? formatShortDate(d) : formatDateLongVi(d).replace(/^ngày /, '');
}

export interface CitationFields { typeName: string; symbol: string; date?: CitationDate; issuerName?: string; subject?: string }

/**
 * "Quyết định số 1300/QĐ-BYT ngày 09/3/2023 của Bộ Y tế[ <subject>]" (full) or
 * "Quyết định số 1300/QĐ-BYT" (short). The subject is printed as declared ("về …", "ban hành …",
 * "phê duyệt …"): declarations phrase it the way it reads after the issuer.
 */
export function formatCitationVi(c: CitationFields, style: 'full' | 'short' = 'full'): string {
    let out = `${nfc(c.typeName.trim())} số ${nfc(c.symbol.trim())}`;
    if (style === 'short') return out;
    if (c.date) out += ` ngày ${formatDateVi(c.date)}`;
    if (c.issuerName?.trim()) out += ` của ${nfc(c.issuerName.trim())}`;
    const subject = c.subject ? nfc(c.subject.trim()) : '';
    if (subject) out += ` ${subject}`;
    return out;
}
