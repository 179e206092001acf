import { AstUtils, GrammarUtils, type AstNode, type LangiumDocument, type ValidationAcceptor } from 'langium';
import type { Range } from 'vscode-languageserver';
import * as ast from '../generated/ast.js';
import {
    checkIssuer, checkTypeMatchesSymbol, checkYearMatchesDate, docTypeByName, findRawCitations,
    type RawCitation,
} from '../semantics/citations.js';
import { compareDates, formatDateVi, parseDate, type SimpleDate } from '../semantics/periods.js';
import { nameKey } from '../references/names.js';
import type { World } from '../evaluation/world.js';
import { documentDate } from './periods-check.js';
import {
    declarationProblems, findIssuerOrg, legalIndex, locationOf, nearSymbols, problemArgs, quoted, sameDate,
    type LegalIndex,
} from './legal-support.js';
import { rangeInChunk, report, type FixEdit } from './report.js';
import { proseLines } from '../body.js';

/** How much prose around a `[symbol]` is read: the type words before it, date and issuer after. */
const PROSE_BEFORE = 60;
const PROSE_AFTER = 160;

interface Context {
    readonly document: LangiumDocument;
    readonly model: ast.Model;
    readonly index: LegalIndex;
    /** the citing document's date; a month without a day counts as the month's last day */
    readonly date?: SimpleDate;
    /** the key of the document's own number, which its appendix may cite ("Kèm theo Kế hoạch số /KH-TTYT") */
    readonly own?: string;
    readonly accept: ValidationAcceptor;
}

/**
 * Citations where they are made, in the checked document's prose:
 * - at `[symbol]`: the declaration's own problems when it is declared in another file (the
 *   author of this document may never open the catalog); `legal-date-after-document`; and what
 *   the prose around a `[symbol|symbol]` restates — the type before it ("Kế hoạch số
 *   [1300/QĐ-BYT|symbol]"), the date and issuer after it — against the declaration;
 * - in plain text: citations typed without `[…]` (`legal-undeclared`, with a quick fix that
 *   declares the document from what the text says and cites it), and the same symbol, type,
 *   year, issuer and date checks on what the text says.
 */
export class CitationsCheck {
    check(model: ast.Model, world: World, accept: ValidationAcceptor): void {
        const body = model.document?.body;
        if (!body) return;
        const context: Context = {
            document: AstUtils.getDocument(model), model, index: legalIndex(world), date: documentDate(model.document?.date),
            own: model.document?.number ? nameKey(model.document.number) : undefined, accept,
        };
        for (const parts of proseLines(model)) {
            parts.forEach((part, i) => {
                if (ast.isCitation(part)) this.checkCitation(part, textChunk(parts[i - 1]), textChunk(parts[i + 1]), context);
                else if (ast.isTextChunk(part) && textChunk(part)) this.checkRawText(part, context);
            });
        }
    }

    private checkCitation(citation: ast.Citation, before: ast.TextChunk | undefined, after: ast.TextChunk | undefined, c: Context): void {
        const legal = citation.legal?.ref;
        const symbolCst = GrammarUtils.findNodeForProperty(citation.$cstNode, 'legal');
        if (!legal || !symbolCst) return;
        const symbolRange = symbolCst.range;
        const reported = new Set<string>();
        const { parsed, problems } = declarationProblems(legal, c.index);
        // the prose around the citation, read as if the symbol were typed in it: the type words
        // just before it, the date and issuer just after (a window keeps long paragraphs cheap)
        const whole = before?.text ?? '';
        const prev = whole.slice(-PROSE_BEFORE);
        const skipped = whole.length - prev.length;
        const written = citation.legal.$refText;
        const synthetic = prev + written + (after?.text ?? '').slice(0, PROSE_AFTER);
        const raw = findRawCitations(synthetic, c.index.options).find(r => r.symbolStart === prev.length);
        const at = (from: number, to: number): Range => ({
            start: c.document.textDocument.positionAt(offsetOf(from, prev.length, written.length, before, symbolCst.offset, after, skipped)),
            end: c.document.textDocument.positionAt(offsetOf(to, prev.length, written.length, before, symbolCst.offset, after, skipped)),
        });
        if (raw && legal.type && raw.typeText && (citation.style ?? 'default') === 'symbol'
            && docTypeByName(raw.typeText) && docTypeByName(raw.typeText) !== docTypeByName(legal.type)) {
            const typeEnd = raw.start + synthetic.slice(raw.start, raw.symbolStart).replace(/\s+số\s*(?::\s*)?$/iu, '').trimEnd().length;
            report(c.accept, 'legal-type-mismatch', { kind: 'prose', written: raw.typeText, symbol: legal.name, declared: legal.type },
                { node: citation, range: at(raw.start, typeEnd) });
            reported.add('legal-type-mismatch');
        }
        const declaredDate = legal.date ? parseDate(legal.date) : undefined;
        if (raw) this.checkWrittenDate(raw, legal, citation, at, c);
        if (raw?.issuer && raw.issuerStart !== undefined && parsed) {
            for (const problem of checkIssuer(parsed, raw.issuer)) {
                report(c.accept, 'legal-issuer-mismatch', { detail: problem.messageVi, detailEn: problem.messageEn },
                    { node: citation, range: at(raw.issuerStart, raw.issuerEnd!) });
                reported.add('legal-issuer-mismatch');
            }
        }
        if (AstUtils.getDocument(legal) !== c.document) {
            for (const problem of problems) {
                if (reported.has(problem.code)) continue;
                report(c.accept, problem.code as 'legal-number-format', { ...problemArgs(problem, legal), declaredAt: locationOf(legal) },
                    { node: citation, range: symbolRange });
            }
        }
        if (declaredDate && c.date && compareDates(declaredDate, c.date) > 0) {
            report(c.accept, 'legal-date-after-document', { symbol: legal.name, cited: formatDateVi(declaredDate), date: formatDateVi(c.date) },
                { node: citation, range: symbolRange });
        }
    }

    private checkRawText(chunk: ast.TextChunk, c: Context): void {
        // a symbol has a slash before letters ("/QĐ-BYT", "/2020/NĐ-CP"); a malformed one after
        // "số" has digits run into letters ("1300QĐ-BYT"): dates and ratios alone are skipped
        if (!/\/(?:\d{4}\/)?\p{L}|\d\p{L}/u.test(chunk.text)) return;
        for (const raw of findRawCitations(chunk.text, c.index.options)) {
            const at = (from: number, to: number): Range => rangeInChunk(c.document, chunk, from, to - from);
            const symbolRange = at(raw.symbolStart, raw.symbolEnd);
            if (!raw.parsed.ok) {
                const error = raw.parsed.error;
                report(c.accept, 'legal-number-format', { detail: error.messageVi, detailEn: error.messageEn },
                    { node: chunk, range: at(raw.symbolStart + (error.start ?? 0), raw.symbolStart + (error.end ?? raw.symbol.length)) },
                    error.suggestion ? { replacement: error.suggestion, edits: [{ range: symbolRange, newText: error.suggestion }] } : undefined);
                continue;
            }
            const symbol = raw.parsed.symbol;
            // an unnumbered symbol is the document itself ("Kèm theo Kế hoạch số /KH-TTYT")
            if (!symbol.number || nameKey(raw.symbol) === c.own) continue;
            const inSymbol = (p: { start?: number; end?: number }) => at(raw.symbolStart + (p.start ?? 0), raw.symbolStart + (p.end ?? raw.symbol.length));
            const declared = c.index.legal.get(nameKey(raw.symbol));
            // written out in full, a declared document is still held to its declaration's date;
            // a date that contradicts it is one slip, not also a year or a date after this document's
            const dated = declared?.find(legal => legal.date);
            const conflicting = dated ? this.checkWrittenDate(raw, dated, chunk, at, c) : false;
            const problems = [
                ...(raw.typeText && docTypeByName(raw.typeText) ? checkTypeMatchesSymbol(raw.typeText, symbol) : []),
                ...(conflicting ? [] : checkYearMatchesDate(symbol, raw.date?.year)),
                ...(raw.issuer ? checkIssuer(symbol, raw.issuer) : []),
            ];
            for (const problem of problems) {
                report(c.accept, problem.code as 'legal-type-mismatch', { detail: problem.messageVi, detailEn: problem.messageEn },
                    { node: chunk, range: inSymbol(problem) });
            }
            if (!conflicting && raw.date && raw.dateStart !== undefined && c.date && compareDates(raw.date, c.date) > 0) {
                report(c.accept, 'legal-date-after-document', { symbol: raw.symbol, cited: formatDateVi(raw.date), date: formatDateVi(c.date) },
                    { node: chunk, range: at(raw.dateStart, raw.dateEnd!) });
            }
            const cite: FixEdit = { range: symbolRange, newText: `[${raw.symbol}|symbol]` };
            if (declared) {
                report(c.accept, 'legal-undeclared', { declared: 'yes', symbol: raw.symbol },
                    { node: chunk, range: at(raw.start, raw.end) }, { fix: 'cite-declared', symbol: raw.symbol, edits: [cite] }, 'information');
                continue;
            }
            const declaration = this.declaration(raw, chunk.text, c);
            report(c.accept, 'legal-undeclared', {
                symbol: raw.symbol, text: chunk.text.slice(raw.start, raw.end).replace(/\s+/g, ' '),
                near: nearSymbols(raw.symbol, c.index, around(chunk.text, raw)).join('|') || undefined,
            }, { node: chunk, range: at(raw.start, raw.end) }, {
                fix: 'declare-legal', symbol: raw.symbol, edits: declaration ? [declaration, cite] : [cite],
            });
        }
    }

    /** The date written after a symbol ("… ngày 15/01/2024") against the date its declaration gives; whether they differ. */
    private checkWrittenDate(raw: RawCitation, legal: ast.LegalDoc, node: AstNode, at: (from: number, to: number) => Range, c: Context): boolean {
        const declaredDate = legal.date ? parseDate(legal.date) : undefined;
        if (!raw.date || raw.dateStart === undefined || !declaredDate || sameDate(raw.date, declaredDate)) return false;
        report(c.accept, 'legal-conflict', {
            kind: 'prose', written: formatDateVi(raw.date), symbol: legal.name, declared: formatDateVi(declaredDate),
            declaredAt: AstUtils.getDocument(legal) !== c.document ? locationOf(legal) : undefined,
        }, { node, range: at(raw.dateStart, raw.dateEnd!) });
        return true;
    }

    /** `legal "…" type "…" date … issuer … subject "…"` from what the text says, inserted before the document. */
    private declaration(raw: RawCitation, text: string, c: Context): FixEdit | undefined {
        const header = c.model.document?.$cstNode;
        if (!header) return undefined;
        const symbol = raw.parsed.ok ? raw.parsed.symbol : undefined;
        const typeWords = raw.typeText && docTypeByName(raw.typeText) ? capitalise(raw.typeText) : undefined;
        const type = typeWords ?? raw.typeName ?? symbol?.typeName;
        const issuer = raw.issuer ? findIssuerOrg(raw.issuer, c.index) : undefined;
        let line = `legal ${quoted(raw.symbol)}`;
        if (type) line += ` type ${quoted(type)}`;
        if (raw.date) line += ` date ${formatDateVi(raw.date)}`;
        if (issuer) line += ` issuer ${issuer.name}`;
        else if (raw.issuer) line += ` // ${raw.issuer}`;
        let subject = '';
        if (raw.subjectEnd !== undefined) {
            subject = text.slice(raw.end, raw.subjectEnd).replace(/^[\s,]+/u, '').replace(/\s+/g, ' ').trim();
        }
        const lines = subject ? `${line}\n    subject ${quoted(subject)}\n` : `${line}\n`;
        const start = c.document.textDocument.positionAt(header.offset);
        return { range: { start: { line: start.line, character: 0 }, end: { line: start.line, character: 0 } }, newText: lines };
    }
}

function textChunk(part: ast.Inline | undefined): ast.TextChunk | undefined {
    return ast.isTextChunk(part) && part.text && !part.text.startsWith('\\') ? part : undefined;
}

/** The words around a citation that tell which of several near symbols was meant: its sentence or so, not the whole line (read once per citation). */
function around(text: string, raw: RawCitation): string {
    return text.slice(Math.max(0, raw.start - PROSE_AFTER), raw.subjectEnd ?? raw.end + PROSE_AFTER);
}

function capitalise(text: string): string {
    return text.charAt(0).toUpperCase() + text.slice(1);
}


/** A document offset for an offset in "text before + symbol + text after". */
function offsetOf(offset: number, prevLength: number, symbolLength: number, before: ast.TextChunk | undefined,
    symbolOffset: number, after: ast.TextChunk | undefined, skipped: number): number {
    if (offset < prevLength && before?.$cstNode) return before.$cstNode.offset + skipped + offset;
    if (offset >= prevLength + symbolLength && after?.$cstNode) return after.$cstNode.offset + offset - prevLength - symbolLength;
    return symbolOffset + Math.min(Math.max(offset - prevLength, 0), symbolLength);
}
