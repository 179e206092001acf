import * as ast from '../generated/ast.js';
import { memoByObject } from '../semantics/object-memo.js';
import { boundWordBefore, multiplierAfter, multiplierInLabel, startsWithWord, type BoundWord } from '../semantics/stated-scale.js';
import { verbBefore, type ChangeDirection } from '../semantics/change-words.js';
import { lineParts } from './unit-words.js';
import type { UnitInfo } from '../semantics/units.js';

/** What is written around a `{…}` on its line, as the reader sees it. */
export interface InlineSurroundings {
    /** the label before it: its clause (since the previous `{…}`, ";" or ". "), or in a table row everything before it */
    readonly before: string;
    /** outside tables: the clause goes on before its label, across an earlier `{…}` ("{dat = 500} trên {kt}") */
    readonly valueBefore: boolean;
    /** the text right after it, up to the next `{…}` or citation */
    readonly after: string;
    /** alone in a cell of a `| … |` row (its unit is the column's, written elsewhere) */
    readonly tableCell: boolean;
    /** in a table row: the header of its column ("Thực hiện (triệu đồng)"), from the table's first row */
    readonly columnHeader?: string;
}

/** What a row says around each of its `{…}`, and the column each stands in (-1 outside a table). */
interface RowReading {
    readonly around: InlineSurroundings;
    readonly column: number;
    /** `around` with the column's header, for the header row it was made with */
    withHeader?: { readonly header: readonly string[]; readonly around: InlineSurroundings };
}

// Per line, memoised with the line's parts; the column's header is looked up on every call, as
// another line holds it (an edit of the header row keeps the other rows' parts).
const surroundingsOf = memoByObject((line: readonly ast.Inline[]): Map<ast.Inline, RowReading> => {
    const found = new Map<ast.Inline, RowReading>();
    const texts = line.map(part => (ast.isTextChunk(part) ? unescaped(part.text) : undefined));
    const tableRow = (texts[0] ?? '').trimStart().startsWith('|');
    line.forEach((part, index) => {
        if (!ast.isInlineExpression(part)) return;
        let before = '';
        let valueBefore = false;
        for (let i = index - 1; i >= 0; i--) {
            const text = texts[i];
            if (text === undefined) {
                if (tableRow) continue;
                valueBefore = true;
                break;
            }
            before = text + before;
        }
        const after = texts[index + 1] ?? '';
        if (!tableRow) {
            const clause = lastClause(before);
            valueBefore &&= clause === before;
            before = clause;
        }
        const cellBefore = before.slice(before.lastIndexOf('|') + 1);
        const cellAfter = after.split('|')[0];
        found.set(part, {
            around: { before, after, valueBefore, tableCell: tableRow && !cellBefore.trim() && !cellAfter.trim() && after.includes('|') },
            // the cells before it: the pipes of the row so far, less the one that opens it
            column: tableRow ? (before.match(/\|/g)?.length ?? 0) - 1 : -1,
        });
    });
    return found;
});

/** The header cells of the table a row belongs to: its first row, when it is not this one. */
function headerOf(line: readonly ast.Inline[]): readonly string[] | undefined {
    const row = line[0]?.$container;
    const body = row?.$container;
    if (!ast.isTextLine(row) || !ast.isBody(body)) return undefined;
    return tableHeaders(body.blocks).get(row);
}

/**
 * For each table row of a body, the cells of its table's first row, per version of the body's
 * blocks; a unit line right above the table ("Đơn vị tính: triệu đồng") heads every column.
 */
const tableHeaders = memoByObject((blocks: readonly ast.Block[]): Map<ast.Block, readonly string[]> => {
    const headers = new Map<ast.Block, readonly string[]>();
    let header: readonly string[] | undefined;
    let caption = '';
    for (const block of blocks) {
        if (ast.isBlankLine(block)) {
            // a blank line ends a table; between a unit line and its table it changes nothing
            if (header) caption = '';
            header = undefined;
            continue;
        }
        const text = ast.isTextLine(block) ? block.parts.map(part => (ast.isTextChunk(part) ? unescaped(part.text) : '{}')).join('') : '';
        if (!text.trimStart().startsWith('|')) {
            header = undefined;
            caption = UNIT_LINE.test(text) ? text.trim() : '';
            continue;
        }
        if (header) headers.set(block, header);
        else header = text.trim().replace(/^\|/, '').replace(/\|$/, '').split('|').map(cell => `${caption ? `(${caption}) ` : ''}${cell.trim()}`);
    }
    return headers;
});

const UNIT_LINE = /^\s*\(?\s*(?:ĐVT|Đvt|đvt|Đơn vị tính|đơn vị tính|Đơn vị|đơn vị)\s*:/u;

/**
 * What a number written with a count is multiplied by to be in the count's unit: "75 nghìn lượt"
 * after it, or its table column's "(triệu đồng)"; 1 when neither says. A unit named with its
 * multiplier ("triệu đồng") is the scale written: "{x = 17,5} triệu đồng" is 17,5 of it,
 * "{x = 0,0175} tỷ đồng" 17,5 too, "{x = 17.500.000} đồng" as well.
 */
export function writtenMultiplier(expression: ast.InlineExpression, unit: UnitInfo | undefined): number {
    const around = surroundings(expression);
    const after = multiplierAfter(around.after);
    const written = after !== 1 || !around.columnHeader ? after : multiplierInLabel(around.columnHeader);
    if (!unit?.multiplier) return written;
    if (written === 1) return unit.counts && startsWithWord(around.after, unit.counts) ? 1 / unit.multiplier : 1;
    return written / unit.multiplier;
}

/** The prose around an inline expression. */
export function surroundings(expression: ast.InlineExpression): InlineSurroundings {
    const line = lineParts(expression);
    const reading = surroundingsOf(line).get(expression);
    if (!reading) return NOTHING_AROUND;
    if (reading.column < 0) return reading.around;
    // the same object while the header row stays (the checks ask several times per `{…}`)
    const header = headerOf(line);
    if (!header) return reading.around;
    if (reading.withHeader?.header !== header) reading.withHeader = { header, around: { ...reading.around, columnHeader: header[reading.column] } };
    return reading.withHeader.around;
}

const NOTHING_AROUND: InlineSurroundings = { before: '', after: '', valueBefore: false, tableCell: false };

/** The way the verb right before a `{…}` says a value went ("tăng", "giảm"; "bằng", "đạt": level). */
export function changeSaidBefore(expression: ast.InlineExpression): ChangeDirection | undefined {
    return verbBefore(surroundings(expression).before)?.direction;
}

/** The bound or approximation the words before a `{…}` say of it ("trên {x = 95%}", "khoảng {x}"). */
export function boundSaidBefore(expression: ast.InlineExpression): BoundWord | undefined {
    const around = surroundings(expression);
    return boundWordBefore(around.before, around.valueBefore);
}

/** The last clause of a text: after its last ";" or sentence end. */
function lastClause(text: string): string {
    const cut = Math.max(text.lastIndexOf(';'), text.search(/[.!?]\s+(?=[^.!?]*$)/u));
    return cut >= 0 ? text.slice(cut + 1) : text;
}

function unescaped(text: string): string {
    return text.startsWith('\\') && text.length === 2 ? text[1] : text;
}
