import { readFileSync, statSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { MAX_SOURCE_BYTES } from '../../language-server/src/limits.js';
import { parseCsv } from './csv.js';
import { DataReadError } from './problems.js';
import { readDhis2Json } from './read-dhis2-json.js';
import type { RawValue, Sheet } from './table.js';

/** What an input file holds: sheets to read as tables, or values already one a record (DHIS2 JSON). */
export type Input = { kind: 'sheets'; sheets: Sheet[] } | { kind: 'values'; values: RawValue[] };

/** Reads a .csv, .json or .xlsx file; DataReadError (exit 2) when it cannot be read at all. */
export async function readInput(path: string, sheetName?: string): Promise<Input> {
    const file = basename(path);
    const bytes = readBytes(path);
    const ext = extname(path).toLowerCase();
    // the workbook library (exceljs) is loaded for a workbook alone: a CSV or JSON import does without it
    if (ext === '.xlsx') return { kind: 'sheets', sheets: await (await import('./read-xlsx.js')).readXlsx(bytes, file, sheetName) };
    if (ext === '.json') return { kind: 'values', values: readDhis2Json(bytes, file) };
    if (ext === '.csv' || ext === '.txt' || ext === '.tsv') return { kind: 'sheets', sheets: [readCsv(bytes, file)] };
    throw new DataReadError({
        vi: `${file}: chỉ đọc được tệp .xlsx, .csv hoặc .json (DHIS2); tệp .xls hay .ods: lưu lại thành .xlsx`,
        en: `${file}: only .xlsx, .csv or .json (DHIS2) files can be read; save an .xls or .ods file as .xlsx`,
    });
}

/** The sheets of a workbook, by name; none for a CSV or JSON file (one table). */
export async function sheetNames(path: string): Promise<string[]> {
    return extname(path).toLowerCase() === '.xlsx' ? (await import('./read-xlsx.js')).xlsxSheetNames(readBytes(path), basename(path)) : [];
}

function readBytes(path: string): Buffer {
    const file = basename(path);
    let size: number;
    try {
        const stat = statSync(path);
        if (!stat.isFile()) throw Object.assign(new Error('not a file'), { code: 'EISDIR' });
        size = stat.size;
    } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        throw new DataReadError(code === 'ENOENT'
            ? { vi: `${file}: không tìm thấy tệp`, en: `${file}: file not found` }
            : { vi: `${file}: không phải một tệp đọc được`, en: `${file}: not a readable file` });
    }
    if (size > MAX_SOURCE_BYTES) {
        const mb = (n: number) => `${Math.round(n / 1048576)} MB`;
        throw new DataReadError({
            vi: `${file}: tệp ${mb(size)} vượt giới hạn ${mb(MAX_SOURCE_BYTES)}; tách thành nhiều tệp nhỏ hơn`,
            en: `${file}: the file of ${mb(size)} is over the limit of ${mb(MAX_SOURCE_BYTES)}; split it into smaller files`,
        });
    }
    return readFileSync(path);
}

export function readCsv(bytes: Buffer, file: string): Sheet {
    if (bytes.subarray(0, 4).toString('latin1') === 'PK\u0003\u0004') {
        throw new DataReadError({ vi: `${file}: là tệp nén (.xlsx?), không phải CSV`, en: `${file}: a zip file (.xlsx?), not a CSV` });
    }
    const text = bytes.toString('utf8');
    if (text.includes('\u0000') || text.includes('\uFFFD')) {
        throw new DataReadError({
            vi: `${file}: không phải văn bản UTF-8 (lưu lại CSV với bảng mã UTF-8)`,
            en: `${file}: not UTF-8 text (save the CSV as UTF-8)`,
        });
    }
    try {
        return { file, rows: parseCsv(text) };
    } catch (error) {
        throw new DataReadError({
            vi: `${file}: CSV không hợp lệ (${(error as Error).message})`,
            en: `${file}: invalid CSV (${(error as Error).message})`,
        });
    }
}
