import { comparisonKey } from '../../language-server/src/semantics/vietnamese.js';
import { importsKind } from './kinds.js';
import type { Matcher } from './match.js';
import { readPeriod } from './periods.js';
import { cellRef, type Finding } from './problems.js';
import { isEmptyCell, type CellValue, type RawValue, type Sheet } from './table.js';

/**
 * A sheet's values, read as one of two shapes:
 * - a long table, one value a row, its columns named in the header (Vietnamese, English or
 *   DHIS2's: `dataElement, period, orgUnit, categoryOptionCombo, value`);
 * - a wide form, indicators in rows and orgs or periods in the header's columns, as the commune
 *   forms are (STT | Chỉ tiêu | ĐVT | Xã A | Xã B …).
 * What a sheet does not say (the org of a form, the period) comes from `--org`/`--period`,
 * else from the sheet's name.
 */
type Column = 'indicator' | 'org' | 'period' | 'value' | 'unit' | 'combo' | 'kind' | 'ignored';

const HEADERS: Record<string, Column> = Object.fromEntries(([
    ['indicator', ['chỉ số', 'mã chỉ số', 'chỉ tiêu', 'mã chỉ tiêu', 'indicator', 'dataelement', 'data element', 'de']],
    ['org', ['đơn vị', 'mã đơn vị', 'cơ sở', 'org', 'orgunit', 'org unit', 'ou']],
    ['period', ['kỳ', 'kỳ báo cáo', 'thời gian', 'period', 'pe']],
    ['value', ['giá trị', 'số liệu', 'kết quả', 'value']],
    ['unit', ['đvt', 'đơn vị tính', 'unit']],
    ['combo', ['categoryoptioncombo', 'category option combo', 'coc']],
    ['kind', ['loại', 'kind']],
    ['ignored', ['stt', 'tt', 'tên chỉ số', 'tên đơn vị', 'ghi chú', 'attributeoptioncombo', 'storedby', 'created', 'lastupdated',
        'comment', 'followup', 'so sánh', 'tổng', 'tổng cộng', 'cộng', 'tổng số', 'total', 'dataelementname', 'orgunitname', 'categoryoptioncomboname', 'periodname']],
] as const).flatMap(([column, names]) => names.map(n => [n, column as Column])));

const headerOf = (cell: CellValue | undefined): Column | undefined =>
    typeof cell === 'string' ? HEADERS[comparisonKey(cell).replace(/[.:]$/, '')] : undefined;


export interface SheetContext {
    readonly org?: string;
    readonly period?: string;
}

export interface SheetReading {
    readonly values: RawValue[];
    readonly findings: Finding[];
    /** the shape the sheet was read as, or undefined when it holds no table */
    readonly shape?: 'long' | 'wide';
}

const HEADER_ROWS = 30;

export function readSheet(sheet: Sheet, matcher: Matcher, context: SheetContext): SheetReading {
    for (let r = 0; r < Math.min(sheet.rows.length, HEADER_ROWS); r++) {
        const columns = sheet.rows[r].map(headerOf);
        if (columns.includes('indicator') && columns.includes('value')) return readLong(sheet, r, columns, context);
    }
    if (isHeaderlessDhis2(sheet)) return readLong(sheet, -1, DHIS2_COLUMNS, context);
    for (let r = 0; r < Math.min(sheet.rows.length, HEADER_ROWS); r++) {
        const wide = readWide(sheet, r, matcher, context);
        if (wide) return wide;
    }
    return { values: [], findings: [] };
}

/**
 * The columns of a header row that name an org or a period. A header of two rows has a group
 * merged above the names ("Trạm Y tế xã" over "Thiệu Toán", "Năm 2024" over "Quý I"), its text
 * in its first cell, standing for the cells it spans: a name is read alone, then with its group.
 */
function acrossOf(sheet: Sheet, header: number, matcher: Matcher): Map<number, { org?: string; period?: string }> {
    const row = sheet.rows[header];
    const group = header > 0 ? carriedAcross(sheet.rows[header - 1]) : [];
    const across = new Map<number, { org?: string; period?: string }>();
    for (let c = 1; c < row.length; c++) {
        const cell = text(row[c]);
        if (!cell || headerOf(cell)) continue;
        const above = group[c];
        const names = above && !headerOf(above) ? [cell, `${above} ${cell}`, `${cell} ${above}`] : [cell];
        const org = names.find(name => matcher.peek('org', name));
        if (org) {
            across.set(c, { org });
            continue;
        }
        const period = names.find(name => /\d{4}/.test(name) && readPeriod(name).ok);
        if (period) across.set(c, { period });
    }
    return across;
}

/** The row below names orgs or periods with this row's texts, in words (a row of figures does not). */
function isGroupRow(sheet: Sheet, header: number, matcher: Matcher): boolean {
    if (header + 1 >= sheet.rows.length) return false;
    const below = acrossOf(sheet, header + 1, matcher);
    return below.size > 0 && [...below.keys()].every(c => typeof sheet.rows[header + 1][c] === 'string' && /\p{L}/u.test(text(sheet.rows[header + 1][c])));
}

/** A DHIS2 data value set's CSV as DHIS2 writes it without its header row: dataElement, period, orgUnit, categoryOptionCombo, value. */
const DHIS2_COLUMNS: readonly Column[] = ['indicator', 'period', 'org', 'combo', 'value'];
const DHIS2_PERIOD = /^\d{4}(?:Q[1-4]|S[12]|0[1-9]|1[0-2])?$/;

/** Every filled row has five cells, a DHIS2 period second and a number or nothing last. */
function isHeaderlessDhis2(sheet: Sheet): boolean {
    const rows = sheet.rows.filter(row => row.some(cell => !isEmptyCell(cell)));
    return rows.length > 0 && rows.every(row => row.length === 5 && DHIS2_PERIOD.test(text(row[1]))
        && (isEmptyCell(row[4]) || typeof row[4] === 'number' || /^-?[\d.,]+$/.test(text(row[4]))));
}

function where(sheet: Sheet, row: number, column: number) {
    return sheet.name === undefined ? { file: sheet.file, cell: cellRef(row, column) } : { file: sheet.file, sheet: sheet.name, cell: cellRef(row, column) };
}

const text = (cell: CellValue | undefined) => (cell === undefined ? '' : String(cell).trim());

function readLong(sheet: Sheet, header: number, columns: readonly (Column | undefined)[], context: SheetContext): SheetReading {
    const at = (c: Column) => columns.indexOf(c);
    const [ci, co, cp, cv, cu, cc, ck] = (['indicator', 'org', 'period', 'value', 'unit', 'combo', 'kind'] as const).map(at);
    const values: RawValue[] = [];
    for (let r = header + 1; r < sheet.rows.length; r++) {
        const row = sheet.rows[r];
        if (isEmptyCell(row[cv]) || (ck >= 0 && !importsKind(text(row[ck])))) continue;
        const unit = cu >= 0 ? text(row[cu]) : '';
        const combo = cc >= 0 ? text(row[cc]) : '';
        values.push({
            indicator: text(row[ci]),
            org: co >= 0 && text(row[co]) ? text(row[co]) : context.org ?? sheet.name,
            period: cp >= 0 && text(row[cp]) ? text(row[cp]) : context.period ?? sheet.name,
            value: row[cv],
            ...(unit ? { unit } : {}),
            ...(combo ? { combo } : {}),
            where: where(sheet, r, cv),
        });
    }
    return { values, findings: [], shape: 'long' };
}

/** The row is the header of a wide form when some of its cells name orgs or periods. */
function readWide(sheet: Sheet, header: number, matcher: Matcher, context: SheetContext): SheetReading | undefined {
    const row = sheet.rows[header];
    const across = acrossOf(sheet, header, matcher);
    // a group row above names ("Năm 2024" over "Quý I"): the row below is the header
    if (!across.size || isGroupRow(sheet, header, matcher)) return undefined;
    const first = Math.min(...across.keys());
    // the indicator column: left of the first value column, the one whose cells name most indicators
    let labels = -1;
    let best = 0;
    for (let c = 0; c < first; c++) {
        let hits = 0;
        for (let r = header + 1; r < sheet.rows.length && r < header + 200; r++) if (matcher.peek('indicator', text(sheet.rows[r][c]))) hits++;
        if (hits > best) [labels, best] = [c, hits];
    }
    if (labels < 0) return undefined;
    // "ĐVT" in the header row, or merged down from the group row above it
    const unitColumn = [row, header > 0 ? sheet.rows[header - 1] : []]
        .map(cells => cells.findIndex((cell, c) => c < first && headerOf(cell) === 'unit')).find(c => c >= 0) ?? -1;
    const values: RawValue[] = [];
    const findings: Finding[] = [];
    // a column right of the first org or period whose header names neither ("Thiệu Toàn" for
    // "Thiệu Toán"): its figures would be lost without a word
    for (let c = first + 1; c < row.length; c++) {
        const head = text(row[c]);
        if (!head || across.has(c) || headerOf(head)) continue;
        if (sheet.rows.slice(header + 1).some(cells => !isEmptyCell(cells[c]))) {
            findings.push({
                severity: 'error', where: where(sheet, header, c), text: {
                    vi: `cột "${head}" không phải đơn vị hay kỳ nào (thêm vào tệp ánh xạ --map, mục "orgs")`,
                    en: `the column "${head}" names no org and no period (add it to a map file, --map, under "orgs")`,
                },
            });
        }
    }
    for (let r = header + 1; r < sheet.rows.length; r++) {
        const cells = sheet.rows[r];
        const indicator = text(cells[labels]);
        const filled = [...across.keys()].filter(c => !isEmptyCell(cells[c]));
        // a section title ("I. Tiêm chủng") or a blank row holds no values
        // the columns' numbers "(1) (2) …" (which Calc reads as -1, -2 …) name no indicator
        if (!filled.length || typeof cells[labels] === 'number' || /^\(?-?\d+\)?$/.test(indicator)) continue;
        const unit = unitColumn >= 0 ? text(cells[unitColumn]) : '';
        for (const c of filled) {
            const head = across.get(c)!;
            values.push({
                indicator,
                org: head.org ?? context.org ?? sheet.name,
                period: head.period ?? context.period ?? sheet.name,
                value: cells[c],
                ...(unit ? { unit } : {}),
                where: where(sheet, r, c),
            });
        }
    }
    return { values, findings, shape: 'wide' };
}

/**
 * A row's texts, each empty cell taking the text on its left (a merged cell's text is in its
 * first cell alone); not the first column's, which is a title's as often as a group's.
 */
function carriedAcross(row: readonly CellValue[]): string[] {
    const out: string[] = [text(row[0])];
    let last = '';
    for (let c = 1; c < row.length; c++) out.push(last = text(row[c]) || last);
    return out;
}
