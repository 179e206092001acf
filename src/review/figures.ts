import * as ast from '../../language-server/src/generated/ast.js';
import type { PrintedBlock, PrintedDocument, Run } from '../../language-server/src/document-model/model.js';
import type { Figure } from './model.js';
import { expressionKey } from './words.js';

/**
 * The figures a document prints, each tied to the `{…}` it comes from. The printed document
 * says which runs the engine computed and which source line each block starts at; the body's
 * `{…}` are taken in the same order, so the n-th computed run of a block is the n-th `{…}` of
 * its lines. A block where the two counts differ (two `{…}` printed as one run) is left out
 * rather than guessed. Cells of an indicator table are figures of their row and column.
 */
export function printedFigures(document: ast.Document, printed: PrintedDocument): Figure[] {
    const lineParts = new Map<number, readonly ast.Inline[]>();
    for (const block of document.body?.blocks ?? []) {
        if (!ast.isBlankLine(block)) lineParts.set(block.$cstNode?.range.start.line ?? -1, block.parts ?? []);
    }
    const blocks = [...printed.body, ...printed.appendices.flatMap(a => a.blocks)];
    const occurrences = new Map<string, number>();
    const keyOf = (base: string) => {
        const n = (occurrences.get(base) ?? 0) + 1;
        occurrences.set(base, n);
        return `${base}#${n}`;
    };
    const figures: Figure[] = [];
    blocks.forEach((block, index) => {
        const end = blocks[index + 1]?.line ?? Infinity;
        const expressions: ast.InlineExpression[] = [];
        let directive: ast.TableDirective | undefined;
        for (let line = block.line; line < end && lineParts.has(line); line++) {
            for (const part of lineParts.get(line)!) {
                if (ast.isInlineExpression(part)) expressions.push(part);
                else if (ast.isTableDirective(part)) directive = part;
            }
        }
        if (directive && block.kind === 'table') {
            figures.push(...tableFigures(block.rows, directive, block.line, keyOf));
            return;
        }
        const located = computedRuns(block);
        if (located.length !== expressions.length) {
            // keep the occurrence counts in step with the claims, which count every `{…}`
            for (const expression of expressions) keyOf(expressionKey(expression));
            return;
        }
        located.forEach(({ run, text, at }, i) => {
            const expression = expressions[i];
            figures.push({
                key: keyOf(expressionKey(expression)), source: expression.$cstNode?.text ?? '', value: run.text,
                line: (expression.$cstNode?.range.start.line ?? block.line) + 1,
                context: () => {
                    const sentence = sentenceAround(text(), at);
                    return { sentence: sentence.text, at: at - sentence.start };
                },
            });
        });
    });
    return figures;
}

interface LocatedRun {
    readonly run: Run;
    /** the printed text the run is in (a paragraph, a row of a table), and the run's offset in it */
    readonly text: () => string;
    readonly at: number;
}

/** The computed runs of a block, each with where it stands in its printed text (a table row counts as one). */
function computedRuns(block: PrintedBlock): LocatedRun[] {
    const lines: Run[][] = block.kind === 'table'
        ? block.rows.map(row => row.flatMap((cell, i) => [...(i ? [{ text: ' | ' }] : []), ...cell]))
        : [[...block.runs]];
    const located: LocatedRun[] = [];
    for (const runs of lines) {
        const text = () => runs.map(r => r.text).join('');
        let offset = 0;
        for (const run of runs) {
            if (run.computed) located.push({ run, text, at: offset });
            offset += run.text.length;
        }
    }
    return located;
}

const SENTENCE_END = /[.!?…;](?=\s)/gu;

/** The sentence of a printed text that holds the offset: from the end of the previous one to the next end. */
function sentenceAround(text: string, offset: number): { text: string; start: number } {
    let start = 0;
    let end = text.length;
    for (const match of text.matchAll(SENTENCE_END)) {
        const after = match.index + 1;
        if (after <= offset) start = after;
        else {
            end = after;
            break;
        }
    }
    const lead = text.slice(start).match(/^\s*/u)![0].length;
    return { text: text.slice(start + lead, end), start: start + lead };
}

function tableFigures(
    rows: ReadonlyArray<ReadonlyArray<readonly Run[]>>, directive: ast.TableDirective, line: number, keyOf: (base: string) => string,
): Figure[] {
    const header = rows[0]?.map(cell => cell.map(r => r.text).join('')) ?? [];
    const base = keyOf(`table ${(directive.$cstNode?.text ?? '').replace(/\s+/gu, ' ')}`);
    const figures: Figure[] = [];
    for (const row of rows.slice(1)) {
        const label = row[1]?.map(r => r.text).join('') ?? '';
        row.forEach((cell, column) => {
            if (!cell.some(r => r.computed)) return;
            const value = cell.map(r => r.text).join('');
            const sentence = `${label} — ${header[column] ?? ''}`;
            figures.push({ key: `${base}|${label}|${header[column]}`, source: sentence, value, line: line + 1, context: () => ({ sentence, at: -1 }) });
        });
    }
    return figures;
}
