/**
 * Tables of the body and appendices: bordered, fixed layout with explicit column widths, the
 * first row bold, centred and repeated on every page, numeric columns right-aligned, 12 pt.
 */
import type { Run, TableBlock } from '../../language-server/src/document-model/model.js';
import { textRuns } from './inline.js';
import { textWidth } from './measure.js';
import { paragraph, table, tableCell, tableRow, type Xml } from './ooxml.js';
import { SIZE } from './styles.js';

const LINE = { style: 'single', size: 4, color: '000000' } as const;
const BORDERS = { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE };
const CELL_MARGINS = { top: 0, bottom: 0, left: 80, right: 80 };

const STT = /^(stt|tt|số tt|số thứ tự)\.?$/i;
const NUMERIC = /^[-+−–]?[<>≤≥=]?\s*[\d.,]+\s*(%|‰)?$/;

const plainText = (cell: readonly Run[]): string => cell.map(r => r.text).join('').trim();

/** Columns whose every non-empty body cell is a number (when the model does not say). */
function numericColumns(block: TableBlock, columns: number): boolean[] {
    if (block.numericColumns) return Array.from({ length: columns }, (_, c) => block.numericColumns![c] ?? false);
    return Array.from({ length: columns }, (_, c) => {
        const cells = block.rows.slice(1).map(row => plainText(row[c] ?? [])).filter(t => t !== '' && !/^[-–—]$/.test(t));
        return cells.length > 0 && cells.every(t => NUMERIC.test(t));
    });
}

/** widest unbreakable word of a cell (a number is one word), in twips */
function wordWidth(text: string, bold: boolean, numeric: boolean): number {
    const words = numeric ? [text] : text.split(/\s+/);
    return Math.max(0, ...words.map(w => textWidth(w, SIZE.table, bold)));
}

/**
 * Column widths in twips summing to `total`: the model's relative widths when given; otherwise
 * as a browser lays out an automatic table: each column gets at least its widest unbreakable
 * word (numbers never wrap), and the space left goes to the columns in proportion to how much
 * wider their longest body cell is than that minimum (headers may wrap). A short STT column
 * stays narrow.
 */
export function columnWidths(block: TableBlock, total: number): number[] {
    const columns = Math.max(0, ...block.rows.map(r => r.length));
    if (columns === 0) return [];
    const given = block.widths;
    if (given && given.length === columns && given.every(w => w > 0)) {
        const sum = given.reduce((a, b) => a + b, 0);
        return distribute(given.map(w => w / sum), total);
    }
    const numeric = numericColumns(block, columns);
    const padding = CELL_MARGINS.left + CELL_MARGINS.right + 60;
    const minimum: number[] = [];
    const desired: number[] = [];
    for (let c = 0; c < columns; c++) {
        let min = 0;
        let want = 0;
        block.rows.forEach((row, r) => {
            const text = plainText(row[c] ?? []);
            min = Math.max(min, wordWidth(text, r === 0, numeric[c] && r > 0));
            // a header may wrap: it only sets the minimum
            if (r > 0) want = Math.max(want, textWidth(text, SIZE.table));
        });
        minimum.push(min + padding);
        desired.push(Math.max(min, want) + padding);
    }
    const minSum = minimum.reduce((a, b) => a + b, 0);
    if (minSum >= total) return distribute(minimum.map(m => m / minSum), total);
    const slack = desired.map((d, c) => d - minimum[c]);
    const slackSum = slack.reduce((a, b) => a + b, 0);
    const rest = total - minSum;
    if (slackSum <= rest) {
        // everything fits on one line: share the extra space in proportion to the desired widths
        const desiredSum = desired.reduce((a, b) => a + b, 0);
        return distribute(desired.map(d => d / desiredSum), total);
    }
    return distribute(minimum.map((m, c) => (m + (rest * slack[c]) / slackSum) / total), total);
}

/** Fractions to integer twips summing exactly to `total`. */
function distribute(fractions: readonly number[], total: number): number[] {
    const widths = fractions.map(f => Math.floor(f * total));
    const missing = total - widths.reduce((a, b) => a + b, 0);
    if (widths.length > 0) widths[widths.length - 1] += missing;
    return widths;
}

export function renderTable(block: TableBlock, textWidth: number): Xml {
    const widths = columnWidths(block, textWidth);
    const numeric = numericColumns(block, widths.length);
    const sttColumn = plainText(block.rows[0]?.[0] ?? []).match(STT) !== null;
    const rows = block.rows.map((row, r) => {
        const header = r === 0;
        const cells = widths.map((width, c) => {
            const alignment = header || (c === 0 && sttColumn) ? 'center'
                : numeric[c] ? 'right'
                : 'left';
            return tableCell({
                width,
                verticalAlign: 'center',
                children: [paragraph({
                    alignment,
                    spacing: { before: 40, after: 40, line: 240, lineRule: 'auto' },
                    children: textRuns(row[c] ?? [], { sizePt: SIZE.table, bold: header ? true : undefined }),
                })],
            });
        });
        return tableRow({ children: cells, tableHeader: header, cantSplit: true });
    });
    return table({
        rows,
        width: textWidth,
        columnWidths: widths,
        layout: 'fixed',
        borders: BORDERS,
        margins: CELL_MARGINS,
    });
}
