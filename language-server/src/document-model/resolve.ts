import * as ast from '../generated/ast.js';
import { formatCitationVi } from '../semantics/citations.js';
import { formatDateLongVi, monthVi, parseDate, parsePeriodLiteral } from '../semantics/periods.js';
import { upperVi } from '../semantics/vietnamese.js';
import type { EvaluationSession } from '../evaluation/evaluator.js';
import { inlineValue, type InlineValue } from '../evaluation/inline-values.js';
import { unitName, type DocumentContext } from '../evaluation/world.js';
import { printProblemMessage, type MessageLanguage } from '../validation/diagnostic-codes.js';
import { EmphasisState, mergeRuns } from './inline.js';
import { indicatorTable } from './indicator-table.js';
import { INCOMPLETE_EXPRESSION } from './model.js';
import type {
    PrintedAppendix, PrintedBlock, PrintedDocument, PrintedHeader, PrintProblem, Run, TableBlock,
} from './model.js';

const NOWHERE = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

const TYPE_TITLES: Record<string, string | undefined> = { report: 'BÁO CÁO', plan: 'KẾ HOẠCH' };

/**
 * Turns a document into what it prints: header lines, body blocks with every value computed
 * by the engine and formatted in Vietnamese, citations written out (in full at the first
 * mention, short afterwards), appendices and the closing. Undefined when the file has no document.
 */
export function resolveDocument(model: ast.Model, session: EvaluationSession, language: MessageLanguage = 'vi'): PrintedDocument | undefined {
    const document = model.document;
    if (!document) return undefined;
    return new Resolver(document, session, language).resolve();
}

class Resolver {
    private readonly context: DocumentContext;
    private readonly cited = new Set<ast.LegalDoc>();
    private readonly problems: PrintProblem[] = [];

    constructor(private readonly document: ast.Document, private readonly session: EvaluationSession, private readonly language: MessageLanguage) {
        this.context = session.contextOf(document);
    }

    resolve(): PrintedDocument {
        const body: PrintedBlock[] = [];
        const appendices: Array<{ label: string; title?: string; landscape: boolean; blocks: PrintedBlock[] }> = [];
        let target = body;
        for (const block of this.groupBlocks()) {
            if ('appendix' in block) {
                const appendix = { label: block.appendix.label, title: block.appendix.title, landscape: !!block.appendix.landscape, blocks: [] };
                appendices.push(appendix);
                target = appendix.blocks;
            } else {
                target.push(block);
            }
        }
        const signer = this.document.signer;
        return {
            kind: this.document.kind as PrintedDocument['kind'],
            header: this.header(),
            body,
            appendices: appendices as PrintedAppendix[],
            closing: {
                copies: this.document.copies,
                signerTitles: signer.length > 1 ? signer.slice(0, -1) : [],
                signerName: signer.length ? signer[signer.length - 1] : undefined,
            },
            problems: this.problems,
        };
    }

    private header(): PrintedHeader {
        const d = this.document;
        const issuer = d.issuer?.ref;
        const parent = issuer?.parent?.ref;
        const governing = d.governing ?? issuer?.governing ?? (parent ? upperVi(parent.label) : undefined);
        const place = d.place ?? issuer?.place;
        return {
            governingBody: governing,
            issuingBody: issuer ? upperVi(issuer.label) : undefined,
            numberLine: d.number !== undefined ? `Số: ${d.number.startsWith('/') ? `      ${d.number}` : d.number}` : undefined,
            placeDateLine: place || d.date ? [place, dateWords(d.date)].filter(Boolean).join(', ') : undefined,
            typeTitle: d.heading ?? TYPE_TITLES[d.kind],
            titleLines: d.title ? d.title.split(/\\n|\n/) : [],
            subjectLine: d.subject ? `V/v ${d.subject}` : undefined,
            recipients: d.recipients,
        };
    }

    /** Body lines into blocks: paragraphs of consecutive lines, list items with their continuation lines, tables of `|` rows. */
    private *groupBlocks(): Generator<PrintedBlock | { appendix: ast.AppendixDirective }> {
        let open: { kind: 'paragraph' | 'list-item'; marker: string; line: number; runs: Run[] } | undefined;
        let table: { line: number; rows: Run[][][] } | undefined;
        const close = function* () {
            if (open) yield open.kind === 'paragraph'
                ? { kind: 'paragraph' as const, line: open.line, runs: mergeRuns(open.runs) }
                : { kind: 'list-item' as const, marker: open.marker, line: open.line, runs: mergeRuns(open.runs) };
            open = undefined;
            if (table) yield { kind: 'table' as const, line: table.line, rows: table.rows } satisfies TableBlock;
            table = undefined;
        };
        for (const block of this.document.body?.blocks ?? []) {
            const line = block.$cstNode?.range.start.line ?? 0;
            if (ast.isBlankLine(block)) {
                yield* close();
                continue;
            }
            const parts = block.parts ?? [];
            const directive = parts.find(p => ast.isAppendixDirective(p) || ast.isTableDirective(p));
            if (directive) {
                yield* close();
                if (ast.isAppendixDirective(directive)) yield { appendix: directive };
                else yield this.indicatorTable(directive as ast.TableDirective, line);
                continue;
            }
            if (ast.isHeading(block)) {
                yield* close();
                const level = block.marker.trim().length;
                yield { kind: 'heading', level, line, runs: mergeRuns(this.runs(parts)) };
                continue;
            }
            if (ast.isListItem(block)) {
                yield* close();
                open = { kind: 'list-item', marker: block.marker.trim(), line, runs: this.runs(parts) };
                continue;
            }
            const runs = this.runs(parts);
            const text = runs.map(r => r.text).join('').trim();
            if (text.startsWith('|') && text.endsWith('|') && text.length > 1) {
                if (open) yield* close();
                if (/^\|[\s:|-]+\|$/.test(text)) continue; // a Markdown separator row
                table ??= { line, rows: [] };
                table.rows.push(splitCells(runs));
                continue;
            }
            if (table) yield* close();
            if (open) {
                open.runs.push({ text: ' ' }, ...runs);
            } else {
                open = { kind: 'paragraph', marker: '', line, runs };
            }
        }
        yield* close();
    }

    private runs(parts: readonly ast.Inline[]): Run[] {
        const emphasis = new EmphasisState();
        const runs: Run[] = [];
        for (const part of parts) {
            if (ast.isTextChunk(part)) {
                const text = part.text.startsWith('\\') && part.text.length === 2 ? part.text[1] : part.text;
                runs.push(...(part.text.startsWith('\\') ? [emphasis.run(text)] : emphasis.split(text)));
            } else if (ast.isInlineExpression(part)) {
                runs.push(emphasis.run(this.value(part), { computed: true }));
            } else if (ast.isCitation(part)) {
                runs.push(emphasis.run(this.citation(part)));
            }
        }
        return runs;
    }

    /**
     * The printed value of `{…}`, as the inline values service decides it: the engine's number,
     * or the author's where it agrees or cannot be verified. A value that cannot be computed is
     * never printed: the build refuses it, and the checker reports it at the expression.
     */
    private value(expression: ast.InlineExpression): string {
        const value = inlineValue(expression, this.session);
        if (value.printed !== undefined) return value.printed;
        const range = expression.$cstNode?.range ?? NOWHERE;
        this.problems.push({
            line: range.start.line, range,
            code: problemCode(value),
            message: printProblemMessage('value', { expression: expression.expression?.$cstNode?.text ?? '' }, this.language),
        });
        return '…';
    }

    private citation(citation: ast.Citation): string {
        const legal = citation.legal?.ref;
        if (!legal) {
            const range = citation.$cstNode?.range ?? NOWHERE;
            this.problems.push({
                line: range.start.line, range, code: 'unresolved-reference',
                message: printProblemMessage('citation', { symbol: citation.legal?.$refText }, this.language),
            });
            return citation.legal?.$refText ?? '';
        }
        const style = citation.style ?? (this.cited.has(legal) ? 'short' : 'full');
        this.cited.add(legal);
        if (style === 'symbol') return legal.name;
        const date = legal.date ? parseDate(legal.date) : undefined;
        return formatCitationVi({
            typeName: legal.type ?? 'Văn bản', symbol: legal.name, date,
            issuerName: legal.issuer?.ref?.label, subject: legal.subject,
        }, style === 'short' ? 'short' : 'full');
    }

    private indicatorTable(directive: ast.TableDirective, line: number): TableBlock {
        return indicatorTable(directive, line, this.session, this.context);
    }
}


/**
 * The code the checker reports a value that cannot be printed with: `missing-data`,
 * `number-format` for a stated number that cannot be read, `not-computable`; an incomplete
 * expression is a syntax or linking error inside it (INCOMPLETE_EXPRESSION).
 */
function problemCode(value: InlineValue): string {
    if (value.verdict === 'missing') return 'missing-data';
    if (value.statedUnreadable) return 'number-format';
    return value.failure?.invalid?.kind === 'incomplete' ? INCOMPLETE_EXPRESSION : 'not-computable';
}

/** "Hoằng Hoá, ngày 14 tháng 4 năm 2024"; a month alone leaves the day blank to be filled at signing. */
function dateWords(date: string | undefined): string | undefined {
    if (!date) return undefined;
    const day = parseDate(date);
    if (day) return formatDateLongVi(day);
    const period = parsePeriodLiteral(date);
    if (period.ok && period.period.kind === 'month') {
        return `ngày      tháng ${monthVi(period.period.fromMonth)} năm ${period.period.year}`;
    }
    return undefined;
}



function splitCells(runs: Run[]): Run[][] {
    const cells: Run[][] = [[]];
    for (const run of runs) {
        const pieces = run.text.split('|');
        pieces.forEach((piece, index) => {
            if (index > 0) cells.push([]);
            if (piece) cells[cells.length - 1].push({ ...run, text: piece });
        });
    }
    // drop the empty cells outside the first and last bars, and trim each cell
    return cells.slice(1, -1).map(cell => trimRuns(cell));
}

function trimRuns(runs: Run[]): Run[] {
    const out = runs.map(r => ({ ...r }));
    if (out.length) {
        out[0] = { ...out[0], text: out[0].text.trimStart() };
        out[out.length - 1] = { ...out[out.length - 1], text: out[out.length - 1].text.trimEnd() };
    }
    return mergeRuns(out.filter(r => r.text));
}

export { unitName };
