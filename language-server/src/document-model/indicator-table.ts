import type { Decimal } from 'decimal.js';
import * as ast from '../generated/ast.js';
import { formatVi } from '../semantics/numbers.js';
import type { EvaluationSession } from '../evaluation/evaluator.js';
import { unitName, type DocumentContext } from '../evaluation/world.js';
import type { Run, TableBlock } from './model.js';

const COLUMN_TITLES: Record<string, string> = {
    prev: 'Cùng kỳ', plan: 'Kế hoạch', actual: 'Thực hiện', pct_plan: '% kế hoạch', pct_prev: '% cùng kỳ', diff: 'Tăng, giảm',
};
const DEFAULT_COLUMNS = ['prev', 'plan', 'actual', 'pct_plan', 'pct_prev'];

/**
 * `{table a, b, c columns prev plan actual pct_plan pct_prev}`: STT, Chỉ tiêu, ĐVT and the
 * chosen columns, every number from the engine; a value nobody gave prints as "-".
 */
export function indicatorTable(directive: ast.TableDirective, line: number, session: EvaluationSession, context: DocumentContext): TableBlock {
    const columns = directive.columns.length ? directive.columns : DEFAULT_COLUMNS;
    const header: Run[][] = ['STT', 'Chỉ tiêu', 'ĐVT', ...columns.map(c => COLUMN_TITLES[c])].map(text => [{ text, bold: true }]);
    const rows: Run[][][] = [header];
    directive.rows.forEach((reference, index) => {
        const indicator = reference.ref;
        if (!indicator) return;
        const unit = indicator.unit?.ref;
        const get = (period: typeof context.period, source: 'actual' | 'target') => {
            if (!context.org || !period) return undefined;
            const result = session.value(indicator, context.org, period, source);
            return result.ok ? result.value : undefined;
        };
        const actual = get(context.period, 'actual');
        const prev = get(context.compare, 'actual');
        const plan = get(context.plan, 'target');
        const cells: Record<string, string> = {
            actual: show(actual), prev: show(prev), plan: show(plan),
            pct_plan: percent(actual, plan), pct_prev: percent(actual, prev),
            diff: actual && prev ? formatVi(actual.minus(prev)) : '-',
        };
        rows.push([
            [{ text: String(index + 1) }], [{ text: indicator.label }], [{ text: unit ? unitName(unit) : '' }],
            ...columns.map(c => [{ text: cells[c], computed: true }]),
        ]);
    });
    const numeric = [true, false, false, ...columns.map(() => true)];
    const widths = [0.06, 0.4, 0.09, ...columns.map(() => 0.45 / columns.length)];
    return { kind: 'table', line, rows, widths, numericColumns: numeric };
}

function show(value: Decimal | undefined): string {
    return value ? formatVi(value) : '-';
}

function percent(part: Decimal | undefined, whole: Decimal | undefined): string {
    return part && whole && !whole.isZero() ? `${formatVi(part.dividedBy(whole).times(100), 1)}%` : '-';
}
