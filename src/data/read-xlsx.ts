import ExcelJS from 'exceljs';
import { DataReadError } from './problems.js';
import type { CellValue, Sheet } from './table.js';

/**
 * An .xlsx workbook's sheets as rows of cells (exceljs). A password-protected workbook is an
 * OLE container holding an "EncryptedPackage", as is an Excel 97–2003 .xls without it: both
 * are named, never guessed at. Merged cells hold their value once, in the top-left cell.
 */
const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ENCRYPTED = Buffer.from('EncryptedPackage', 'utf16le');

/** The names of a workbook's sheets, in order (for choosing one). */
export async function xlsxSheetNames(bytes: Buffer, file: string): Promise<string[]> {
    return (await openWorkbook(bytes, file)).worksheets.map(ws => ws.name);
}

async function openWorkbook(bytes: Buffer, file: string): Promise<ExcelJS.Workbook> {
    if (bytes.subarray(0, 8).equals(OLE)) {
        throw new DataReadError(bytes.includes(ENCRYPTED)
            ? { vi: `${file}: bảng tính có mật khẩu; mở bằng Excel, bỏ mật khẩu rồi lưu lại`, en: `${file}: the workbook is password-protected; open it in Excel, remove the password and save it` }
            : { vi: `${file}: là tệp Excel 97–2003 (.xls); lưu lại thành .xlsx`, en: `${file}: an Excel 97–2003 (.xls) file; save it as .xlsx` });
    }
    if (bytes.subarray(0, 4).toString('latin1') !== 'PK\u0003\u0004') {
        throw new DataReadError({ vi: `${file}: không phải tệp .xlsx`, en: `${file}: not an .xlsx file` });
    }
    const workbook = new ExcelJS.Workbook();
    try {
        await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    } catch (error) {
        throw new DataReadError({
            vi: `${file}: tệp .xlsx bị hỏng hoặc không đọc được (${(error as Error).message})`,
            en: `${file}: a damaged or unreadable .xlsx file (${(error as Error).message})`,
        });
    }
    return workbook;
}

export async function readXlsx(bytes: Buffer, file: string, sheetName?: string): Promise<Sheet[]> {
    const workbook = await openWorkbook(bytes, file);
    const sheets = workbook.worksheets.filter(ws => sheetName === undefined || ws.name === sheetName);
    if (!sheets.length) {
        const names = workbook.worksheets.map(ws => `"${ws.name}"`).join(', ');
        throw new DataReadError({
            vi: `${file}: không có trang "${sheetName}" (các trang: ${names})`,
            en: `${file}: no sheet "${sheetName}" (sheets: ${names})`,
        });
    }
    return sheets.map(ws => {
        const rows: CellValue[][] = [];
        ws.eachRow({ includeEmpty: true }, (row, rowNumber) => {
            const cells: CellValue[] = [];
            row.eachCell({ includeEmpty: false }, (cell, col) => {
                cells[col - 1] = cell.type === ExcelJS.ValueType.Merge ? '' : plain(cell.value);
            });
            rows[rowNumber - 1] = Array.from(cells, c => c ?? '');
        });
        return { file, name: ws.name, rows: Array.from(rows, r => r ?? []) };
    });
}

/** A cell's value as text or number: a formula by its cached result, rich text as its text. */
function plain(value: ExcelJS.CellValue): CellValue {
    if (value === null || value === undefined) return '';
    if (typeof value === 'number' || typeof value === 'string') return value;
    if (typeof value === 'boolean') return String(value);
    if (value instanceof Date) return value.toISOString().slice(0, 10);
    if ('richText' in value) return value.richText.map(r => r.text).join('');
    if ('result' in value) return value.result === undefined ? '' : plain(value.result as ExcelJS.CellValue);
    if ('text' in value) return String(value.text);
    if ('error' in value) return String(value.error);
    return '';
}
