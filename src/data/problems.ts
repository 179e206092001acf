/**
 * What goes wrong while moving figures in or out, said in both languages and naming where:
 * the file, the sheet, the cell (or the item of a DHIS2 data value set).
 */

/** A place in an input: `bang.xlsx, trang "Xã", ô C5` / `bang.xlsx, sheet "Xã", cell C5`. */
export interface Where {
    readonly file: string;
    readonly sheet?: string;
    /** A1-style cell reference (CSV too: column letters and row number, as a spreadsheet shows it) */
    readonly cell?: string;
    /** 1-based item of a JSON `dataValues` array */
    readonly item?: number;
}

export interface Text {
    readonly vi: string;
    readonly en: string;
}

export function whereText(where: Where, en: boolean): string {
    const parts = [where.file];
    if (where.sheet !== undefined) parts.push(en ? `sheet "${where.sheet}"` : `trang "${where.sheet}"`);
    if (where.cell !== undefined) parts.push(en ? `cell ${where.cell}` : `ô ${where.cell}`);
    if (where.item !== undefined) parts.push(en ? `dataValues item ${where.item}` : `dataValues mục ${where.item}`);
    return parts.join(', ');
}

/** A finding about one value or cell; an error stops the write, a warning does not. */
export interface Finding {
    readonly severity: 'error' | 'warning';
    readonly where: Where;
    readonly text: Text;
}

export function findingText(f: Finding, en: boolean): string {
    const label = en ? (f.severity === 'error' ? 'error' : 'warning') : (f.severity === 'error' ? 'lỗi' : 'cảnh báo');
    return `${whereText(f.where, en)}: ${label}: ${en ? f.text.en : f.text.vi}`;
}

/** An input that cannot be read at all (exit 2): not a spreadsheet, password-protected, too large. */
export class DataReadError extends Error {
    override readonly name = 'DataReadError';
    constructor(readonly text: Text) {
        super(text.vi);
    }
}

/** `0` → A, `27` → AB. */
export function columnLetters(index: number): string {
    let s = '';
    for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    return s;
}

export const cellRef = (row: number, column: number): string => `${columnLetters(column)}${row + 1}`;
