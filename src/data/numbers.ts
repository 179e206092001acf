import { Decimal } from 'decimal.js';
import { MAX_NUMBER_DIGITS } from '../../language-server/src/limits.js';
import { formatSourceNumber } from '../../language-server/src/semantics/numbers.js';
import type { Text } from './problems.js';
import type { CellValue } from './table.js';

/**
 * Numbers as spreadsheets and people write them: typed numbers, Vietnamese notation (1.234,5;
 * 0,6), plain notation (1234.5; 1,234.5), with a unit after them ("703 trẻ", "95%"). "1.234"
 * and "1,234" read both ways: the file's other numbers decide (a file that writes 0,6 writes
 * 1.234 for a thousand), else a count is whole (1234), else the cell is refused as ambiguous.
 */
export type Notation = 'vi' | 'plain';

export interface CellNumber {
    readonly value: Decimal;
    /** the value in .bcyt source notation (formatSourceNumber) */
    readonly source: string;
    /** the unit word written after the number, if any */
    readonly unit?: string;
}

export type CellReading = { ok: true; number: CellNumber } | { ok: false; text: Text };

const INT = /^\d+$/;
const VI_DECIMAL = /^\d+,\d+$/;
const VI_GROUPED = /^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/;
const PLAIN_DECIMAL = /^\d+\.\d+$/;
const PLAIN_GROUPED = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
/** "1.234" / "1,234": one separator followed by three digits, nothing else */
const AMBIGUOUS = /^\d{1,3}[.,]\d{3}$/;

/** Splits "703 trẻ", "95%", "11,41 ‰" into the number and its unit word. */
function split(text: string): { digits: string; unit?: string } {
    // a unit word after a space ("703 trẻ"); a sign may follow at once ("95%", "14,7%o")
    const m = /^(-?[\d.,]+)(?:\s+(\S.*)|\s*([%‰].*))?$/u.exec(text.trim());
    if (!m) return { digits: text.trim() };
    const unit = (m[2] ?? m[3] ?? '').trim();
    return unit ? { digits: m[1], unit } : { digits: m[1] };
}

/** The notation a cell's text shows without doubt, if any. */
export function notationOf(cell: CellValue): Notation | undefined {
    if (typeof cell === 'number') return undefined;
    const { digits } = split(cell);
    if (AMBIGUOUS.test(digits)) return undefined;
    if (VI_DECIMAL.test(digits) || VI_GROUPED.test(digits)) return 'vi';
    if (PLAIN_DECIMAL.test(digits) || PLAIN_GROUPED.test(digits)) return 'plain';
    return undefined;
}

/**
 * Reads a cell; `count`: the indicator counts (so "1.234" can only be a thousand and more).
 * `notation` may be asked for only when a cell needs it: the file's other cells decide it.
 */
export function readCellNumber(cell: CellValue, notation: Notation | undefined | (() => Notation | undefined), count: boolean): CellReading {
    if (typeof cell === 'number') {
        if (!Number.isFinite(cell)) return refuse(String(cell));
        // a spreadsheet's double: its shortest decimal spelling is what the author typed
        return checked(new Decimal(String(cell)), undefined, String(cell));
    }
    const { digits, unit } = split(cell);
    const withUnit = (value: Decimal): CellReading => checked(value, unit, cell);
    if (digits.startsWith('-')) {
        return { ok: false, text: { vi: `"${cell}" là số âm: số liệu không âm`, en: `"${cell}" is negative: figures are not` } };
    }
    if (INT.test(digits)) return withUnit(new Decimal(digits));
    if (AMBIGUOUS.test(digits)) {
        const reading = (typeof notation === 'function' ? notation() : notation) ?? (count ? 'whole' : undefined);
        if (!reading) {
            return {
                ok: false, text: {
                    vi: `"${cell}" đọc được hai cách (nghìn hay thập phân); viết ${digits.replace(/[.,]/, '')} hoặc ${digits.replace('.', ',')}`,
                    en: `"${cell}" reads two ways (thousands or decimals); write ${digits.replace(/[.,]/, '')} or ${digits.replace(',', '.')}`,
                },
            };
        }
        const thousands = reading === 'whole' || (reading === 'vi') === digits.includes('.');
        return withUnit(new Decimal(thousands ? digits.replace(/[.,]/, '') : digits.replace(',', '.')));
    }
    if (VI_DECIMAL.test(digits) || VI_GROUPED.test(digits)) return withUnit(new Decimal(digits.replace(/\./g, '').replace(',', '.')));
    if (PLAIN_DECIMAL.test(digits) || PLAIN_GROUPED.test(digits)) return withUnit(new Decimal(digits.replace(/,/g, '')));
    return refuse(cell);
}

function refuse(cell: string): CellReading {
    return { ok: false, text: { vi: `"${cell}" không phải là số`, en: `"${cell}" is not a number` } };
}

function checked(value: Decimal, unit: string | undefined, cell: string): CellReading {
    if (value.isNegative()) {
        return { ok: false, text: { vi: `"${cell}" là số âm: số liệu không âm`, en: `"${cell}" is negative: figures are not` } };
    }
    const source = formatSourceNumber(value);
    if (source.length - (source.includes(',') ? 1 : 0) > MAX_NUMBER_DIGITS) {
        return { ok: false, text: { vi: `"${cell}" có quá ${MAX_NUMBER_DIGITS} chữ số`, en: `"${cell}" has more than ${MAX_NUMBER_DIGITS} digits` } };
    }
    return { ok: true, number: unit ? { value, source, unit } : { value, source } };
}

/** A source number (`1234,5`) as a Decimal. */
export function fromSourceNumber(text: string): Decimal {
    return new Decimal(text.replace(',', '.'));
}
