/**
 * The header of a Nghị định 30 document, read from its first paragraphs: governing body and
 * issuer (capitals, left column), national motto (dropped: the DOCX prints it), "Số: …",
 * "<place>, ngày … tháng … năm …", the type ("BÁO CÁO", "KẾ HOẠCH HÀNH ĐỘNG") and its title
 * lines, "V/v …" (công văn), "Kính gửi: …". A PDF copy puts the two columns side by side on one
 * line ("SỞ Y TẾ THANH HOÁ      CỘNG HOÀ XÃ HỘI …"); Word puts them in a table. Pure.
 */
import { docTypeByName } from '../../language-server/src/semantics/citations.js';
import { comparisonKey } from '../../language-server/src/semantics/vietnamese.js';
import type { SourceParagraph } from './source.js';
import { isUpper, plain, squeeze, wordCount } from './text.js';

export interface Header {
    readonly governing?: string;
    readonly issuer?: string;
    /** "/BC-TTYT", "123/SYT-KHTC" */
    readonly number?: string;
    readonly place?: string;
    /** `14/4/2024`, or `T12/2023` when the day is left blank */
    readonly date?: string;
    /** "BÁO CÁO", "KẾ HOẠCH HÀNH ĐỘNG" */
    readonly typeLine?: string;
    readonly title: readonly string[];
    /** after "V/v" */
    readonly subject?: string;
    readonly recipients: readonly string[];
    /** index of the first paragraph after the header */
    readonly end: number;
    /** paragraphs before an article's title (a web page's leftovers): the body's first lines */
    readonly preamble?: number;
}

interface Line {
    readonly text: string;
    readonly paragraph: number;
    readonly gapBefore: boolean;
    /** DOCX: centred; text: unknown */
    readonly centered?: boolean;
}

/** The lines of a paragraph as the header reads them: table cells one by one, side-by-side columns apart. */
export function columnsOf(p: SourceParagraph): string[] {
    if (p.cellLines) return p.cellLines.flat().map(l => squeeze(plain(l))).filter(Boolean);
    // "Số:         /BC-TTYT" is one field, not two columns
    const text = p.text.replace(/(Số\s*[:.])\s+(?=[\d/])/giu, '$1 ');
    return text.split(/\s{3,}|\t+/).map(part => squeeze(plain(part))).filter(Boolean);
}

const MOTTO = [/^cộng hòa xã hội chủ nghĩa việt nam$/u, /^độc lập\s*[-–—]\s*tự do\s*[-–—]\s*hạnh phúc\.?$/u];
export const isMotto = (line: string) => MOTTO.some(re => re.test(comparisonKey(line)));

const NUMBER = /^số\s*[:.]\s*(.*)$/iu;
const PLACE_DATE = /^(?:(.*?),\s*)?ngày\s*(?:(\d{1,2})\s*)?(?:tháng\s*(\d{1,2})\s*năm\s*(\d{4})|[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4}))\s*\.?$/iu;

/** "Hoằng Hoá, ngày 14 tháng 4 năm 2024" → place and `14/4/2024`; a blank day gives `T4/2024`. */
export function readPlaceDate(line: string): { place?: string; date: string } | undefined {
    const m = PLACE_DATE.exec(squeeze(plain(line)));
    if (!m) return undefined;
    const month = Number(m[3] ?? m[5]);
    const year = Number(m[4] ?? m[6]);
    if (month < 1 || month > 12) return undefined;
    const date = m[2] ? `${Number(m[2])}/${month}/${year}` : `T${month}/${year}`;
    return { ...(m[1]?.trim() ? { place: m[1].trim() } : {}), date };
}

/** A line naming a document's type: "BÁO CÁO", "KẾ HOẠCH HÀNH ĐỘNG", "QUYẾT ĐỊNH". */
export function isTypeLine(line: string): boolean {
    if (!isUpper(line) || wordCount(line) > 8) return false;
    const words = line.split(' ');
    for (let n = Math.min(3, words.length); n >= 1; n--) {
        if (docTypeByName(words.slice(0, n).join(' '))) return true;
    }
    return false;
}

/** Numbered or a part: "PHẦN THỨ NHẤT", "I. …", "1. …": the body has begun. */
const BODY_NUMBER = /^(?:phần\s+\S+|[IVXLC]+\.|\d+(?:\.\d+)*\.)(?:\s|$)/iu;

/** Reads the header from the top of the document; `end` is 0 when there is none. */
export function readHeader(paragraphs: readonly SourceParagraph[]): Header {
    let number: string | undefined;
    let place: string | undefined, date: string | undefined, typeLine: string | undefined, subject: string | undefined;
    const orgLines: string[] = [];
    const title: string[] = [];
    const recipients: string[] = [];
    let seen = false;
    let mode: 'top' | 'subject' | 'recipients' | 'title' = 'top';
    let end = 0;
    let pendingPlace: string | undefined;

    const lines: Line[] = [];
    // centring tells titles from text only where the document centres anything (a text file opened in Word does not)
    const centring = paragraphs.slice(0, 40).some(p => p.centered);
    for (let i = 0; i < paragraphs.length && i < 40; i++) {
        const p = paragraphs[i];
        columnsOf(p).forEach((text, k) => lines.push({
            text, paragraph: i, gapBefore: k === 0 && p.gapBefore, ...(centring && !p.cellLines ? { centered: !!p.centered } : {}),
        }));
    }

    let stopAt: number | undefined;
    for (const line of lines) {
        if (stopAt !== undefined && line.paragraph >= stopAt) break;
        const text = line.text;
        if (pendingPlace !== undefined) {
            const read = readPlaceDate(`${pendingPlace} ${text}`);
            pendingPlace = undefined;
            if (read) {
                place = read.place ?? place;
                date = read.date;
                end = line.paragraph + 1;
                continue;
            }
        }
        if (isMotto(text)) { seen = true; end = line.paragraph + 1; continue; }
        const num = NUMBER.exec(text);
        if (num && mode !== 'title') {
            number = num[1].replace(/\s+/g, '') || undefined;
            seen = true; mode = 'top'; end = line.paragraph + 1;
            continue;
        }
        const placeDate = readPlaceDate(text);
        if (placeDate && mode !== 'title') {
            place = placeDate.place ?? place; date = placeDate.date;
            seen = true; mode = 'top'; end = line.paragraph + 1;
            continue;
        }
        if (/,\s*ngày$/iu.test(text) && mode !== 'title') { pendingPlace = text; continue; }
        const vv = /^V\/v\b\.?\s*(.*)$/iu.exec(text);
        if (vv) {
            subject = vv[1]; seen = true; mode = 'subject'; end = line.paragraph + 1;
            continue;
        }
        const to = /^Kính gửi\s*:?\s*(.*)$/iu.exec(text);
        if (to) {
            if (to[1]) recipients.push(to[1].replace(/^[-+]\s*/, ''));
            seen = true; mode = 'recipients'; end = line.paragraph + 1;
            continue;
        }
        if (mode === 'recipients' && /^[-+•]\s*/.test(text)) {
            recipients.push(text.replace(/^[-+•]\s*/, ''));
            end = line.paragraph + 1;
            continue;
        }
        if (mode === 'subject' && !line.gapBefore && !isTypeLine(text)) {
            subject = `${subject} ${text}`.trim();
            end = line.paragraph + 1;
            continue;
        }
        if (!typeLine && isTypeLine(text) && (seen || orgLines.length)) {
            typeLine = text; seen = true; mode = 'title'; end = line.paragraph + 1;
            continue;
        }
        const titleLike = isUpper(text) || (!line.gapBefore && wordCount(text) <= 40 && !/[.;:]$/.test(text));
        if (mode === 'title' && titleLike && line.centered !== false && !BODY_NUMBER.test(text)) {
            title.push(text);
            end = line.paragraph + 1;
            continue;
        }
        if (mode === 'top' && !typeLine && !number && !date && isUpper(text) && wordCount(text) <= 10 && orgLines.length < 4) {
            orgLines.push(text);
            continue;
        }
        // the body begins: nothing before it is header unless something was recognised
        stopAt = line.paragraph;
    }
    if (!seen) return articleTitle(paragraphs);
    const [governing, issuer] = splitOrgLines(orgLines);
    return {
        ...(governing ? { governing } : {}), ...(issuer ? { issuer } : {}), ...(number ? { number } : {}),
        ...(place ? { place } : {}), ...(date ? { date } : {}), ...(typeLine ? { typeLine } : {}),
        ...(subject ? { subject: subject.trim() } : {}),
        title, recipients, end: Math.max(end, stopAt ?? 0),
    };
}

/** Mostly words: not "A- A A+ | Tăng tương phản" (a web page's buttons). */
function wordy(text: string): boolean {
    const tokens = text.split(/\s+/u).filter(Boolean);
    return tokens.filter(t => /[\p{L}\p{N}]{2}/u.test(t)).length >= 0.8 * tokens.length;
}

/** No header: an article whose first line (after any leftovers of its web page) is its title, maybe its place and date under it. */
function articleTitle(paragraphs: readonly SourceParagraph[]): Header {
    const none: Header = { title: [], recipients: [], end: 0 };
    for (let i = 0; i < Math.min(3, paragraphs.length - 1); i++) {
        const p = paragraphs[i];
        const text = squeeze(plain(p.text));
        if (p.cells || !wordy(text)) continue;
        const words = wordCount(text);
        const next = paragraphs[i + 1];
        const set = next.gapBefore || p.centered || /^\*\*[^*]+\*\*$/u.test(p.text.trim());
        if (words < 3 || words > 40 || /[.;:,]$/u.test(text) || !set || BODY_NUMBER.test(text)) return none;
        const dated = readPlaceDate(next.text);
        return {
            title: [text], recipients: [], end: i + (dated ? 2 : 1), ...(i > 0 ? { preamble: i } : {}),
            ...(dated?.place ? { place: dated.place } : {}), ...(dated ? { date: dated.date } : {}),
        };
    }
    return none;
}

const ORG_START = /^(?:sở|trung tâm|bệnh viện|trạm|phòng|chi cục|ban|ủy ban|uỷ ban|ubnd|cục|viện|văn phòng|trường|bộ|tổng cục|hội đồng|đảng ủy|đảng uỷ|công ty|khoa)(?![\p{L}])/u;

/** "SỞ Y TẾ THANH HOÁ" over "TRUNG TÂM Y TẾ HOẰNG HOÁ": governing body and issuer; a name on two lines stays one. */
function splitOrgLines(lines: readonly string[]): [string | undefined, string | undefined] {
    if (!lines.length) return [undefined, undefined];
    if (lines.length === 1) return [undefined, lines[0]];
    const starts = lines.map((l, i) => i === 0 || ORG_START.test(comparisonKey(l)));
    const cut = starts.lastIndexOf(true);
    if (cut === 0) return [undefined, lines.join(' ')];
    return [lines.slice(0, cut).join(' '), lines.slice(cut).join(' ')];
}
