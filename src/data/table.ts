import type { Where } from './problems.js';

/** A value as a sheet holds it: text, or a number when the spreadsheet typed it as one. */
export type CellValue = string | number;

/** One sheet (or a CSV file) as rows of cells; `rows[r][c]`, empty cells as ''. */
export interface Sheet {
    readonly file: string;
    /** absent for a CSV file */
    readonly name?: string;
    readonly rows: readonly (readonly CellValue[])[];
}

export const isEmptyCell = (v: CellValue | undefined): boolean => v === undefined || (typeof v === 'string' && v.trim() === '');

/** One value read from an input, before it is matched to the document. */
export interface RawValue {
    readonly indicator: string;
    readonly org: string | undefined;
    readonly period: string | undefined;
    readonly value: CellValue;
    readonly unit?: string;
    /** DHIS2 categoryOptionCombo, when not the default one */
    readonly combo?: string;
    readonly where: Where;
}
