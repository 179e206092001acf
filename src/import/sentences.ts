/**
 * One sentence a line, so that a draft reviews well in git: a paragraph is cut after ".", "!",
 * "?" or "…" followed by a space and a capital, never inside `{…}`, `[…]`, parentheses or
 * quotes, after an abbreviation ("TP.", "ThS.", "KT.") or an initial. Pure.
 */
import { slice, trim, type Mapped } from './mapped.js';

const ABBREVIATIONS = new Set(['TP', 'Tp', 'TT', 'ThS', 'Ths', 'BS', 'CKI', 'CKII', 'KT', 'TM', 'TL', 'TUQ', 'TS', 'PGS', 'GS',
    'Th', 'St', 'Mr', 'Dr', 'No', 'ĐT', 'Tel', 'v.v', 'Đ/c', 'đ/c', 'Q', 'P']);

export function splitSentences(m: Mapped): Mapped[] {
    const text = m.text;
    const out: Mapped[] = [];
    let start = 0;
    let depth = 0;
    let quote = 0;
    for (let i = 0; i < text.length; i++) {
        const ch = text[i];
        if (ch === '\\') { i++; continue; }
        if (ch === '{' || ch === '[' || ch === '(') depth++;
        else if ((ch === '}' || ch === ']' || ch === ')') && depth > 0) depth--;
        else if (ch === '“') quote++;
        else if (ch === '”' && quote > 0) quote--;
        if (depth || quote || !/[.!?…]/u.test(ch)) continue;
        let end = i + 1;
        while (end < text.length && /[.!?…"”’)»*]/u.test(text[end]) && text[end] !== '(') end++;
        if (!/^\s+[\p{Lu}“"(]/u.test(text.slice(end))) continue;
        const word = /([\p{L}\p{N}./]+)$/u.exec(text.slice(start, i))?.[1] ?? '';
        if (ABBREVIATIONS.has(word) || /^\p{Lu}$/u.test(word)) continue;
        // the paragraph's own number: "1. Triển khai …", "6.1. Công tác …"
        if (/^[\s*#`]*(?:\d{1,3}(?:\.\d{1,3})*|[IVXLC]+|[A-Z])$/u.test(text.slice(start, i))) continue;
        out.push(trim(slice(m, start, end)));
        start = end;
        i = end - 1;
    }
    const last = trim(slice(m, start));
    if (last.text) out.push(last);
    return out.filter(s => s.text);
}
