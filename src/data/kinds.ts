import { COLUMN_TITLES, type TableColumn } from '../../language-server/src/document-model/indicator-table.js';
import { comparisonKey } from '../../language-server/src/semantics/vietnamese.js';

/**
 * The "Loại" column of an export says what a row is: data ("thực hiện"), a target ("kế hoạch")
 * or a figure of an indicator table as the document prints it ("bảng: % kế hoạch"). An import
 * takes data alone: targets and tables' figures (worked out from the data) are skipped, so an
 * export imported back leaves the data blocks as they were.
 */
export type RowKind = 'data' | 'target' | 'table';

const DATA_LABEL = 'thực hiện';
const TARGET_LABEL = 'kế hoạch';
const TABLE_PREFIX = 'bảng: ';

export function kindLabel(kind: RowKind, column?: TableColumn): string {
    if (kind === 'table') return `${TABLE_PREFIX}${COLUMN_TITLES[column!]}`;
    return kind === 'data' ? DATA_LABEL : TARGET_LABEL;
}

const SKIPPED = new Set([TARGET_LABEL, 'chỉ tiêu', 'target']);

/** Whether a row whose "Loại" says `text` holds data to import. */
export function importsKind(text: string): boolean {
    const key = comparisonKey(text);
    return !SKIPPED.has(key) && !key.startsWith(comparisonKey(TABLE_PREFIX));
}
