/**
 * The end of a document: "Nơi nhận:" and its "- …" lines, the signature block (authority lines
 * in capitals, then the signer's name), and the appendices after it ("PHỤ LỤC …", or a
 * title in capitals: "GIAO CHỈ TIÊU …", "ĐỀ CƯƠNG BÁO CÁO"). In a PDF copy "Nơi nhận" and the
 * signature share lines ("- Lưu: VT, HCTH.        PHÓ GIÁM ĐỐC"); Word puts them in a table. Pure.
 */
import type { SourceParagraph } from './source.js';
import { columnsOf } from './header.js';
import { isPersonName, isUpper, plain, squeeze, wordCount } from './text.js';

export interface Closing {
    /** first paragraph of the closing */
    readonly start: number;
    /** first paragraph after the signature */
    readonly end: number;
    readonly copies: readonly string[];
    /** authority lines, then the name */
    readonly signer: readonly string[];
}

export interface Appendix {
    readonly label: string;
    readonly title?: string;
    /** first paragraph of its content */
    readonly start: number;
    /** first paragraph after it */
    readonly end: number;
}

const TO = /^nơi nhận\s*:?$/iu;
const COPY = /^[-+•–]\s*/u;
const IGNORED = /^\((?:đã ký|ký|ký tên|ký, ghi rõ họ tên|ký, đóng dấu)[^)]*\)$/iu;

const isAuthority = (line: string) => isUpper(line) && wordCount(line) <= 8;

/** The closing, searched from the end of the body (a "Nơi nhận:" inside the text has words after it). */
export function readClosing(paragraphs: readonly SourceParagraph[], from: number): Closing | undefined {
    for (let i = paragraphs.length - 1; i >= from; i--) {
        const first = columnsOf(paragraphs[i])[0];
        if (first && TO.test(first)) return gather(paragraphs, i);
    }
    return trailingSignature(paragraphs, from);
}

function gather(paragraphs: readonly SourceParagraph[], start: number): Closing {
    const copies: string[] = [];
    const signer: string[] = [];
    let named = false;
    let end = start + 1;
    const take = (line: string, left: boolean): boolean => {
        if (TO.test(line)) return true;
        if (IGNORED.test(line)) return true;
        if (left && COPY.test(line) && !named) { copies.push(line.replace(COPY, '')); return true; }
        if (!named && isPersonName(line)) { signer.push(line); named = true; return true; }
        if (!named && isAuthority(line)) { signer.push(line); return true; }
        return false;
    };
    for (let i = start; i < paragraphs.length; i++) {
        const p = paragraphs[i];
        if (named && !p.cellLines) break;
        if (p.cellLines) {
            // a table: "Nơi nhận" and its lines on the left, the signature on the right
            let any = false;
            p.cellLines.forEach((cell, c) => {
                for (const l of cell.map(x => squeeze(plain(x))).filter(Boolean)) any = take(l, c === 0) || any;
            });
            if (!any) break;
            end = i + 1;
            continue;
        }
        const columns = columnsOf(p);
        if (!columns.length) continue;
        const all = columns.every((line, k) => take(line, k === 0));
        if (!all) break;
        end = i + 1;
    }
    return { start, end, copies, signer };
}

/** No "Nơi nhận": a name alone at the end (an article's author), with authority lines above it. */
function trailingSignature(paragraphs: readonly SourceParagraph[], from: number): Closing | undefined {
    const last = paragraphs.length - 1;
    if (last < from || paragraphs[last].cells || !isPersonName(paragraphs[last].text)) return undefined;
    let start = last;
    while (start - 1 >= from && start > last - 3 && !paragraphs[start - 1].cells && isAuthority(squeeze(plain(paragraphs[start - 1].text)))) start--;
    const signer = paragraphs.slice(start, last + 1).map(p => squeeze(plain(p.text)));
    return { start, end: last + 1, copies: [], signer };
}

const APPENDIX = /^phụ lục\b/iu;
const isWholeBold = (text: string) => /^\*{2,3}[^*]+\*{2,3}$/u.test(text.trim());
const NUMBERED = /^(?:[IVXLC]+\.|\d+(?:\.\d+)*\.|[a-zđ]\))\s/iu;

/** Appendices after the signature: each starts with "PHỤ LỤC …" or, the first, with a title in capitals or bold. */
export function readAppendices(paragraphs: readonly SourceParagraph[], from: number): Appendix[] {
    const out: Appendix[] = [];
    let i = from;
    while (i < paragraphs.length) {
        const titleLines: string[] = [];
        while (i < paragraphs.length && titleLines.length < 4) {
            const p = paragraphs[i];
            const text = squeeze(plain(p.text));
            const titled = !p.cells && !NUMBERED.test(text) && (isUpper(text) || isWholeBold(p.text) || APPENDIX.test(text))
                && wordCount(text) <= 30 && (titleLines.length === 0 || !APPENDIX.test(text));
            if (!titled) break;
            titleLines.push(text);
            i++;
        }
        if (!titleLines.length) {
            // content with no title of its own: an appendix all the same, so that nothing is lost
            titleLines.push('Phụ lục');
        }
        const start = i;
        while (i < paragraphs.length && !(i > start && APPENDIX.test(squeeze(plain(paragraphs[i].text))) && !paragraphs[i].cells)) i++;
        const [label, ...rest] = titleLines;
        out.push({ label, ...(rest.length ? { title: rest.join(' ') } : {}), start, end: i });
    }
    return out;
}
