import { AstUtils, type LangiumDocument, type ValidationAcceptor } from 'langium';
import * as ast from '../generated/ast.js';
import type { World } from '../evaluation/world.js';
import { memoByObject } from '../semantics/object-memo.js';
import { comparisonKey } from '../semantics/vietnamese.js';
import { proseLines } from '../body.js';
import { legalIndex, type LegalIndex } from './legal-support.js';
import { lineText, wholeAt, type LineText } from './prose-text.js';
import { report } from './report.js';

/** A declared programme or plan that prose names by a short name, with the years it covers. */
interface Named {
    readonly legal: ast.LegalDoc;
    readonly from: number;
    readonly to: number;
    /** each alias as a pattern over search keys ("đề án 06", also "đề án số 06") */
    readonly patterns: readonly RegExp[];
}

/**
 * "giai đoạn 2020-2025", "giai đoạn 2020 - 2025", "giai đoạn từ năm 2021 đến năm 2025",
 * "giai đoạn: 2022–2025", "giai đoạn đến năm 2030" (only the end is said).
 */
const SPAN = /giai đoạn\s*(?::\s*)?(?:(?:từ\s+)?(?:năm\s+)?(\d{4})(\s*(?:-|–|—|đến(?:\s+năm)?)\s*)(\d{4})|đến\s+năm\s+(\d{4}))(?![\p{L}\p{N}])/du;

/** Another document named between a short name and a "giai đoạn": the span may be that one's. */
const OTHER_DOCUMENT = /(?<![\p{L}\p{N}])(?:quyết định|nghị quyết|nghị định|thông tư|chỉ thị|kế hoạch|chương trình|đề án|dự án|công văn|luật|\d+\/[\p{L}\d-]*\p{L})(?![\p{L}\p{N}])/u;

/**
 * `legal-period-mismatch`: a programme or plan named in prose by its short name (`alias "Đề án
 * 06"`) or cited (`[06/QĐ-TTg]`), followed in the same clause by a "giai đoạn" that is not the
 * one its declaration gives (`period 2022-2025`): seed 001's "đề án 06 … giai đoạn 2020-2025".
 * The span read is the first "giai đoạn" after the name, before the clause ends (";" or a
 * sentence end) and before any other document is named. A declared span that ends before it
 * starts is reported at the declaration.
 */
export class LegalPeriodsCheck {
    /** The declaration itself: `period 2025-2022` (fast lane). */
    checkDeclarations(model: ast.Model, accept: ValidationAcceptor): void {
        for (const element of model.elements) {
            if (!ast.isLegalDoc(element) || !element.periodFrom || !element.periodTo) continue;
            const from = Number(element.periodFrom);
            const to = Number(element.periodTo);
            if (/^\d{4}$/.test(element.periodFrom) && /^\d{4}$/.test(element.periodTo) && from <= to) continue;
            report(accept, 'legal-period-mismatch', { kind: 'declared', from: element.periodFrom, to: element.periodTo },
                { node: element, property: 'periodFrom' });
        }
    }

    /** Prose naming a declared programme by its short name or citing it (slow lane). */
    check(model: ast.Model, world: World, accept: ValidationAcceptor): void {
        if (!model.document?.body) return;
        const named = namedDocuments(legalIndex(world));
        const spanned = named.length > 0 || [...legalIndex(world).legal.values()].some(ds => ds.some(d => d.periodFrom));
        if (!spanned) return;
        const document = AstUtils.getDocument(model);
        for (const parts of proseLines(model)) {
            const line = lineText(parts);
            for (const mention of mentions(line, named)) this.checkMention(line, mention, document, accept);
        }
    }

    private checkMention(line: LineText, mention: Mention, document: LangiumDocument, accept: ValidationAcceptor): void {
        const { legal, end } = mention;
        const from = Number(legal.periodFrom);
        const to = Number(legal.periodTo);
        const clause = clauseAfter(line.key, end);
        const rest = line.key.slice(end, clause);
        const span = SPAN.exec(rest);
        if (!span) return;
        const other = OTHER_DOCUMENT.exec(rest);
        if (other && other.index < span.index) return;
        // a citation in between names another document
        if (line.placeholders.some(p => p.kind === 'citation' && p.keyIndex >= end && p.keyIndex < end + span.index)) return;
        const at = (group: number) => end + span.indices![group]![0];
        let start: number;
        let stop: number;
        let replacement: string;
        let written: string;
        if (span[4] !== undefined) {
            // "giai đoạn đến năm 2030": only the end is said
            if (Number(span[4]) === to) return;
            [start, stop, replacement, written] = [at(4), at(4) + 4, String(to), `đến năm ${span[4]}`];
        } else {
            const wrongFrom = Number(span[1]) !== from;
            const wrongTo = Number(span[3]) !== to;
            if (!wrongFrom && !wrongTo) return;
            start = wrongFrom ? at(1) : at(3);
            stop = wrongTo ? at(3) + 4 : at(1) + 4;
            replacement = wrongFrom && wrongTo ? `${from}${span[2]}${to}` : String(wrongFrom ? from : to);
            written = `${span[1]}${span[2]}${span[3]}`.replace(/\s+/gu, ' ');
        }
        const range = {
            start: document.textDocument.positionAt(line.documentOffset(line.textIndex(start))),
            end: document.textDocument.positionAt(line.documentOffset(line.textIndex(stop))),
        };
        const node = line.node;
        report(accept, 'legal-period-mismatch', {
            kind: 'prose', name: mention.name, symbol: legal.name, written, declared: `${from}-${to}`,
        }, { node, range }, { replacement });
    }
}

interface Mention {
    readonly legal: ast.LegalDoc;
    /** what the prose calls it: the short name as written, or the symbol */
    readonly name: string;
    /** the key index right after the name */
    readonly end: number;
}

/** Short names and citations of declared documents with a span, in a line. */
function mentions(line: LineText, named: readonly Named[]): Mention[] {
    const found: Mention[] = [];
    for (const n of named) {
        for (const pattern of n.patterns) {
            for (const m of line.key.matchAll(pattern)) {
                if (!wholeAt(line.key, m.index, m.index + m[0].length)) continue;
                const name = line.text.slice(line.textIndex(m.index), line.textIndex(m.index + m[0].length));
                found.push({ legal: n.legal, name, end: m.index + m[0].length });
            }
        }
    }
    for (const p of line.placeholders) {
        const legal = p.kind === 'citation' ? p.part.legal?.ref : undefined;
        if (legal?.periodFrom && legal.periodTo) found.push({ legal, name: legal.name, end: p.keyIndex + 1 });
    }
    return found;
}

/** Where the clause that starts at `from` ends: at ";", a sentence end or the end of the line. */
function clauseAfter(key: string, from: number): number {
    const rest = key.slice(from);
    const stop = rest.search(/;|[.!?…](?=\s|$)/u);
    return stop >= 0 ? from + stop : key.length;
}

const namedDocuments = memoByObject((index: LegalIndex): Named[] => {
    const named: Named[] = [];
    for (const declarations of index.legal.values()) {
        for (const legal of declarations) {
            if (!legal.aliases.length || !legal.periodFrom || !legal.periodTo) continue;
            named.push({ legal, from: Number(legal.periodFrom), to: Number(legal.periodTo), patterns: legal.aliases.map(aliasPattern) });
        }
    }
    return named;
});

/** "Đề án 06" → /đề\s+án\s+(?:số\s+)?06/g over search keys. */
function aliasPattern(alias: string): RegExp {
    const words = comparisonKey(alias).split(' ').filter(Boolean);
    const source = words.map(w => (/^\d/.test(w) ? '(?:số\\s+)?' : '') + w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('\\s+');
    return new RegExp(source, 'gu');
}
