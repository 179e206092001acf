import type { Decimal } from 'decimal.js';
import * as ast from '../generated/ast.js';
import { formatVi, roundAsPrinted } from '../semantics/numbers.js';
import type { Period } from '../semantics/periods.js';
import type { EvaluationSession } from '../evaluation/evaluator.js';
import { unitName, type DocumentContext } from '../evaluation/world.js';
import type { Run, TableBlock } from './model.js';

export type TableColumn = 'prev' | 'plan' | 'actual' | 'pct_plan' | 'pct_prev' | 'diff';

export const COLUMN_TITLES: Readonly<Record<TableColumn, string>> = {
    prev: 'Cùng kỳ', plan: 'Kế hoạch', actual: 'Thực hiện', pct_plan: '% kế hoạch', pct_prev: '% cùng kỳ', diff: 'Tăng, giảm',
};
const DEFAULT_COLUMNS: readonly TableColumn[] = ['prev', 'plan', 'actual', 'pct_plan', 'pct_prev'];
/** a percentage column prints one decimal */
const PERCENT_DECIMALS = 1;

export const isPercentColumn = (column: TableColumn): boolean => column === 'pct_plan' || column === 'pct_prev';

/** The period a column's figure is of: the compared period for "Cùng kỳ", the plan's for "Kế hoạch", else the document's. */
export function columnPeriod(column: TableColumn, context: DocumentContext): Period | undefined {
    return column === 'prev' ? context.compare : column === 'plan' ? context.plan : context.period;
}

export interface IndicatorTableRow {
    readonly indicator: ast.Indicator;
    /** each column's figure rounded as the table prints it; undefined prints as "-" */
    readonly cells: Readonly<Record<TableColumn, Decimal | undefined>>;
}

/**
 * The figures of `{table a, b, c columns …}`, every one from the engine: what the DOCX prints
 * and `bcyt data export` writes out, worked out here alone.
 */
export function indicatorTableValues(directive: ast.TableDirective, session: EvaluationSession, context: DocumentContext): { columns: TableColumn[]; rows: IndicatorTableRow[] } {
    const columns = (directive.columns.length ? directive.columns : DEFAULT_COLUMNS) as TableColumn[];
    const rows: IndicatorTableRow[] = [];
    for (const reference of directive.rows) {
        const indicator = reference.ref;
        if (!indicator) continue;
        const get = (period: Period | undefined, source: 'actual' | 'target') => {
            if (!context.org || !period) return undefined;
            const result = session.value(indicator, context.org, period, source);
            return result.ok ? result.value : undefined;
        };
        const actual = get(context.period, 'actual');
        const prev = get(context.compare, 'actual');
        const plan = get(context.plan, 'target');
        const printed = (value: Decimal | undefined, decimals?: number) => value && roundAsPrinted(value, decimals);
        rows.push({
            indicator,
            cells: {
                actual: printed(actual), prev: printed(prev), plan: printed(plan),
                pct_plan: printed(ratio(actual, plan), PERCENT_DECIMALS), pct_prev: printed(ratio(actual, prev), PERCENT_DECIMALS),
                diff: printed(actual && prev ? actual.minus(prev) : undefined),
            },
        });
    }
    return { columns, rows };
}

/** `{table …}` printed: STT, Chỉ tiêu, ĐVT and the chosen columns; a value nobody gave prints as "-". */
export function indicatorTable(directive: ast.TableDirective, line: number, session: EvaluationSession, context: DocumentContext): TableBlock {
    const { columns, rows: values } = indicatorTableValues(directive, session, context);
    const header: Run[][] = ['STT', 'Chỉ tiêu', 'ĐVT', ...columns.map(c => COLUMN_TITLES[c])].map(text => [{ text, bold: true }]);
    const rows: Run[][][] = [header];
    values.forEach(({ indicator, cells }, index) => {
        const unit = indicator.unit?.ref;
        rows.push([
            [{ text: String(index + 1) }], [{ text: indicator.label }], [{ text: unit ? unitName(unit) : '' }],
            ...columns.map(c => [{ text: show(cells[c], c), computed: true }]),
        ]);
    });
    const numeric = [true, false, false, ...columns.map(() => true)];
    const widths = [0.06, 0.4, 0.09, ...columns.map(() => 0.45 / columns.length)];
    return { kind: 'table', line, rows, widths, numericColumns: numeric };
}

function show(value: Decimal | undefined, column: TableColumn): string {
    if (!value) return '-';
    return isPercentColumn(column) ? `${formatVi(value, PERCENT_DECIMALS)}%` : formatVi(value);
}

/** `part` as a percentage of `whole` */
function ratio(part: Decimal | undefined, whole: Decimal | undefined): Decimal | undefined {
    return part && whole && !whole.isZero() ? part.dividedBy(whole).times(100) : undefined;
}
