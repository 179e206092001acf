import { DataReadError } from './problems.js';
import { isEmptyCell, type CellValue, type RawValue } from './table.js';

/**
 * A DHIS2 data value set in JSON: `{"dataValues": [{dataElement, period, orgUnit,
 * categoryOptionCombo, value}]}`; period and orgUnit may be given once for the whole set.
 */
export function readDhis2Json(bytes: Buffer, file: string): RawValue[] {
    let json: unknown;
    try {
        json = JSON.parse(bytes.toString('utf8').replace(/^\uFEFF/, ''));
    } catch (error) {
        throw new DataReadError({ vi: `${file}: JSON không hợp lệ (${(error as Error).message})`, en: `${file}: invalid JSON (${(error as Error).message})` });
    }
    const set = json as { dataValues?: unknown; period?: unknown; orgUnit?: unknown };
    if (!set || typeof set !== 'object' || !Array.isArray(set.dataValues)) {
        throw new DataReadError({
            vi: `${file}: không phải bộ giá trị dữ liệu DHIS2 (thiếu mảng "dataValues")`,
            en: `${file}: not a DHIS2 data value set (no "dataValues" array)`,
        });
    }
    const text = (v: unknown) => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined);
    // an empty value (DHIS2 writes one for a deleted value) is skipped, as an empty cell is
    return set.dataValues.flatMap((item: Record<string, unknown>, index: number): RawValue[] => {
        const value: CellValue = typeof item?.value === 'number' ? item.value : text(item?.value) ?? '';
        if (isEmptyCell(value)) return [];
        return [{
            indicator: text(item?.dataElement) ?? '',
            org: text(item?.orgUnit) ?? text(set.orgUnit),
            period: text(item?.period) ?? text(set.period),
            value,
            combo: text(item?.categoryOptionCombo),
            where: { file, item: index + 1 },
        }];
    });
}
