import type { Decimal } from 'decimal.js';
import ExcelJS from 'exceljs';
import { AstUtils } from 'langium';
import { readFileSync } from 'node:fs';
import { columnPeriod, indicatorTableValues, isPercentColumn, type TableColumn } from '../../language-server/src/document-model/indicator-table.js';
import type { EvaluationSession } from '../../language-server/src/evaluation/evaluator.js';
import * as ast from '../../language-server/src/generated/ast.js';
import { readPeriodLiteral } from '../../language-server/src/evaluation/world.js';
import { formatPeriodLiteral } from '../../language-server/src/semantics/periods.js';
import { dataBlocksOf, loadBcyt, targetBlocksOf } from './catalog.js';
import { kindLabel, type RowKind } from './kinds.js';
import type { MapFile } from './match.js';
import { fromSourceNumber } from './numbers.js';
import { dhis2Period } from './periods.js';
import { DataReadError, type Text } from './problems.js';

/**
 * The data and targets of .bcyt files, and the figures of their documents' indicator tables
 * (`{table …}`, as the DOCX prints them: the engine's values, from data, statements or
 * formulas), as a long table (CSV), a workbook with one sheet per org (XLSX: Vietnamese
 * headers, numbers as numbers) or a DHIS2 data value set (the data alone, in periods DHIS2 has;
 * with --map, the UIDs the map gives). What `bcyt data import` reads back (the data: tables'
 * figures and targets are skipped, so an export imported back leaves the data blocks as they were).
 */
export type ExportFormat = 'csv' | 'xlsx' | 'dhis2-json';

export interface ExportRow {
    readonly kind: RowKind;
    /** the column of an indicator table a `table` row is */
    readonly column?: TableColumn;
    readonly org: string;
    readonly orgLabel: string;
    readonly period: string;
    readonly indicator: string;
    readonly indicatorLabel: string;
    readonly operator: string;
    readonly value: Decimal;
    readonly unit: string;
}

export const HEADER = ['Đơn vị', 'Tên đơn vị', 'Kỳ', 'Chỉ số', 'Tên chỉ số', 'Loại', 'So sánh', 'Giá trị', 'ĐVT'];

export async function exportData(paths: string[], format: ExportFormat, mapPath?: string): Promise<{ bytes: Buffer; rows: number; notes: Text[] }> {
    const loaded = await loadBcyt(paths);
    const missing = loaded.unreadable[0];
    if (missing) throw new DataReadError({ vi: `${missing.path}: ${missing.reason.vi}`, en: `${missing.path}: ${missing.reason.en}` });
    const rows = loaded.documents.flatMap(d => {
        const model = d.parseResult.value as ast.Model;
        return rowsOf(model, loaded.services.evaluation.Evaluator.session(model));
    });
    const notes: Text[] = [];
    if (format === 'csv') return { bytes: Buffer.from(toCsv(rows), 'utf8'), rows: rows.length, notes };
    if (format === 'xlsx') return { bytes: await toXlsx(rows), rows: rows.length, notes };
    const map: MapFile = mapPath ? JSON.parse(readFileSync(mapPath, 'utf8')) as MapFile : {};
    const set = toDhis2(rows, map, notes);
    return { bytes: Buffer.from(`${JSON.stringify(set, null, 2)}\n`, 'utf8'), rows: set.dataValues.length, notes };
}

export function rowsOf(model: ast.Model, session: EvaluationSession): ExportRow[] {
    const rows: ExportRow[] = [];
    const add = (kind: ExportRow['kind'], block: ast.DataBlock | ast.TargetBlock, entry: ast.DataValue | ast.TargetValue, operator: string) => {
        const indicator = entry.indicator?.ref;
        const org = block.org?.ref;
        const period = block.period?.value ? readPeriodLiteral(block.period.value) : undefined;
        const number = entry.quantity?.value;
        if (!indicator || !org || !period?.ok || !number || !/^\d+(,\d+)?$/.test(number)) return;
        rows.push({
            kind, org: org.name, orgLabel: org.label, period: block.period.value, indicator: indicator.name, indicatorLabel: indicator.label,
            operator, value: fromSourceNumber(number), unit: indicator.unit?.ref?.name.replace(/^"|"$/g, '') ?? '',
        });
    };
    for (const block of dataBlocksOf(model)) for (const v of block.values) add('data', block, v, '=');
    for (const block of targetBlocksOf(model)) for (const t of block.targets) add('target', block, t, t.operator);
    return [...rows, ...tableRowsOf(model, session)];
}

/** Each figure of the document's indicator tables once (two tables may show one indicator). */
function tableRowsOf(model: ast.Model, session: EvaluationSession): ExportRow[] {
    const document = model.document;
    if (!document?.body) return [];
    const context = session.contextOf(document);
    const org = context.org;
    if (!org) return [];
    const rows = new Map<string, ExportRow>();
    for (const directive of AstUtils.streamAst(document.body).filter(ast.isTableDirective)) {
        const table = indicatorTableValues(directive, session, context);
        for (const { indicator, cells } of table.rows) {
            for (const column of table.columns) {
                const value = cells[column];
                const period = columnPeriod(column, context);
                if (!value || !period) continue;
                const literal = formatPeriodLiteral(period);
                rows.set(`${column} ${indicator.name} ${literal}`, {
                    kind: 'table', column, org: org.name, orgLabel: org.label, period: literal, indicator: indicator.name, indicatorLabel: indicator.label,
                    operator: '=', value, unit: isPercentColumn(column) ? '%' : indicator.unit?.ref?.name.replace(/^"|"$/g, '') ?? '',
                });
            }
        }
    }
    return [...rows.values()];
}

const cells = (r: ExportRow): (string | Decimal)[] => [r.org, r.orgLabel, r.period, r.indicator, r.indicatorLabel, kindLabel(r.kind, r.column), r.operator, r.value, r.unit];

function toCsv(rows: readonly ExportRow[]): string {
    const quote = (s: string) => (/[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
    const line = (values: (string | Decimal)[]) => values.map(v => (typeof v === 'string' ? quote(v) : v.toFixed())).join(',');
    return `\uFEFF${[HEADER, ...rows.map(cells)].map(line).join('\r\n')}\r\n`;
}

/** A number cell when a double holds the value exactly, else its text in plain notation. */
function numberCell(value: Decimal): number | string {
    const n = value.toNumber();
    return String(n) === value.toFixed() ? n : value.toFixed();
}

async function toXlsx(rows: readonly ExportRow[]): Promise<Buffer> {
    const workbook = new ExcelJS.Workbook();
    const byOrg = new Map<string, ExportRow[]>();
    for (const r of rows) byOrg.set(r.org, [...byOrg.get(r.org) ?? [], r]);
    for (const [org, list] of byOrg) {
        // a sheet per org, named by the org (Excel: 31 characters at most)
        const sheet = workbook.addWorksheet(org.slice(0, 31));
        const header = HEADER.filter(h => h !== 'Đơn vị' && h !== 'Tên đơn vị');
        sheet.addRow(header).font = { bold: true };
        for (const r of list) sheet.addRow([r.period, r.indicator, r.indicatorLabel, kindLabel(r.kind, r.column), r.operator, numberCell(r.value), r.unit]);
        sheet.columns.forEach((column, i) => { column.width = [10, 28, 60, 18, 9, 14, 12][i]; });
        sheet.views = [{ state: 'frozen', ySplit: 1 }];
    }
    if (!byOrg.size) workbook.addWorksheet('Số liệu').addRow(HEADER).font = { bold: true };
    return Buffer.from(await workbook.xlsx.writeBuffer());
}

function toDhis2(rows: readonly ExportRow[], map: MapFile, notes: Text[]) {
    const inverse = (entries: Readonly<Record<string, string>> | undefined) => {
        const out = new Map<string, string>();
        for (const [from, to] of Object.entries(entries ?? {})) if (!out.has(to) && !from.includes('.')) out.set(to, from);
        return out;
    };
    const elements = inverse(map.indicators);
    const units = inverse(map.orgs);
    const dataValues: { dataElement: string; period: string; orgUnit: string; value: string }[] = [];
    let skipped = 0;
    for (const r of rows) {
        if (r.kind !== 'data') continue;
        const parsed = readPeriodLiteral(r.period);
        const period = parsed.ok ? dhis2Period(parsed.period) : undefined;
        if (!period) {
            skipped++;
            continue;
        }
        dataValues.push({ dataElement: elements.get(r.indicator) ?? r.indicator, period, orgUnit: units.get(r.org) ?? r.org, value: r.value.toFixed() });
    }
    const tables = rows.filter(r => r.kind === 'table').length;
    if (tables) {
        notes.push({
            vi: `${tables} số của bảng chỉ tiêu không xuất ra DHIS2 (chỉ xuất số liệu; xem chúng trong tệp --format csv hoặc xlsx)`,
            en: `${tables} figures of indicator tables are not exported to DHIS2 (data only; see them with --format csv or xlsx)`,
        });
    }
    if (skipped) {
        notes.push({
            vi: `${skipped} giá trị có kỳ mà DHIS2 không có (như 9T/2024, ..30/11/2023) không được xuất`,
            en: `${skipped} values of periods DHIS2 has no notation for (such as 9T/2024, ..30/11/2023) were left out`,
        });
    }
    return { dataValues };
}
