import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { dataSheets, planDataImport } from '../../src/server/data-import.js';
import type { DataImportParams, DataTextEdit } from '../../src/server/protocol.js';
import { dataWorkspace } from './helpers.js';
import { xlsxFromFods } from './libreoffice.js';

/**
 * What "BCYT: Import data…" asks of the server: the sheets of a workbook, then the new text of
 * the editor's document (saved or not) and the edits that make it, or the problems, in the
 * user's language. The workbook is one LibreOffice Calc wrote (test/fixtures/data).
 */
const SAVED = 'import "catalog/thanh-hoa"\n\n// Số liệu các trạm y tế xã\n';
/** what the editor holds: a value typed but not saved, an inline comment to keep */
const UNSAVED = `${SAVED}data TYT_ThieuToan Q1/2024 {
  tre_tiem_chung_day_du = 40   // số tạm, chờ biểu của trạm
}
`;

let workbook = '';
beforeAll(() => {
    workbook = xlsxFromFods(resolve(__dirname, '../fixtures/data/bieu-tiem-chung.fods'));
}, 180_000);

function editorCase(name: string): { dir: string; params: (over?: Partial<DataImportParams>) => DataImportParams } {
    const dir = dataWorkspace({ [name]: SAVED });
    copyFileSync(workbook, join(dir, 'bieu.xlsx'));
    return { dir, params: over => ({ into: join(dir, name), text: UNSAVED, input: join(dir, 'bieu.xlsx'), lang: 'vi', ...over }) };
}

/** The edits applied from the last to the first, as an editor applies one WorkspaceEdit. */
const applied = (text: string, edits: readonly DataTextEdit[]) =>
    [...edits].sort((a, b) => b.offset - a.offset).reduce((t, e) => t.slice(0, e.offset) + e.text + t.slice(e.end), text);

describe('the server side of "BCYT: Import data…"', () => {
    test('the sheets of a workbook Calc wrote, in order; none for a CSV', async () => {
        const { dir } = editorCase('so-lieu.bcyt');
        expect(await dataSheets({ input: join(dir, 'bieu.xlsx'), lang: 'vi' })).toEqual({ sheets: ['Quý I năm 2024', 'Quý I năm 2023', 'Ghi chú'] });
        writeFileSync(join(dir, 'bang.csv'), 'Chỉ số,Đơn vị,Kỳ,Giá trị\n');
        expect(await dataSheets({ input: join(dir, 'bang.csv'), lang: 'vi' })).toEqual({ sheets: [] });
        expect(await dataSheets({ input: join(dir, 'khong-co.xlsx'), lang: 'vi' })).toEqual({ error: 'khong-co.xlsx: không tìm thấy tệp' });
    });

    test('one sheet into the unsaved text: its value updated, its comment kept, new blocks; the file on disk untouched', async () => {
        const { dir, params } = editorCase('so-lieu.bcyt');
        const result = await planDataImport(params({ sheet: 'Quý I năm 2024' }));
        expect(result.status).toBe('changed');
        if (result.status !== 'changed') return;
        expect(result.summary).toBe('so-lieu.bcyt: thêm 7, sửa 1, giữ nguyên 0');
        expect(result.warnings).toEqual([]);
        expect(result.text).toBe(`${SAVED}data TYT_ThieuToan Q1/2024 {
  tre_tiem_chung_day_du = 45   // số tạm, chờ biểu của trạm
  tre_tiem_soi_2 = 41
  pnct_tiem_uv2 = 30
}

data TYT_ThieuChinh Q1/2024 {
  tre_tiem_chung_day_du = 38
  pnct_tiem_uv2 = 27
}

data TYT_MinhTam Q1/2024 {
  tre_tiem_chung_day_du = 52
  tre_tiem_soi_2 = 50
  pnct_tiem_uv2 = 33
}
`);
        // the edits touch only what changes, and make the same text
        expect(applied(UNSAVED, result.edits)).toBe(result.text);
        expect(result.edits.find(e => e.text === '45')).toMatchObject({ end: UNSAVED.indexOf('40') + 2 });
        expect(readFileSync(join(dir, 'so-lieu.bcyt'), 'utf8')).toBe(SAVED);
    });

    test('all sheets: each quarter from its sheet\'s name, the notes sheet skipped', async () => {
        const { params } = editorCase('so-lieu.bcyt');
        const result = await planDataImport(params());
        expect(result.status).toBe('changed');
        if (result.status !== 'changed') return;
        expect(result.summary).toBe('so-lieu.bcyt: thêm 16, sửa 1, giữ nguyên 0');
        expect(result.text).toContain('data TYT_ThieuChinh Q1/2023 {\n  tre_tiem_chung_day_du = 35\n  tre_tiem_soi_2 = 31\n');
    });

    test('the same figures again: nothing to change', async () => {
        const { params } = editorCase('so-lieu.bcyt');
        const first = await planDataImport(params({ sheet: 'Quý I năm 2023' }));
        if (first.status !== 'changed') throw new Error(first.status);
        expect(await planDataImport(params({ sheet: 'Quý I năm 2023', text: first.text }))).toEqual({
            status: 'unchanged', summary: 'so-lieu.bcyt: thêm 0, sửa 0, giữ nguyên 9', warnings: [],
        });
    });

    test.each([
        ['a label the editor\'s unsaved text gives a second indicator', { text: `${UNSAVED}indicator tcdd_xa "Số trẻ dưới 1 tuổi được tiêm chủng đầy đủ" unit trẻ\n`, sheet: 'Quý I năm 2024' }, 'vi',
            'bieu.xlsx, trang "Quý I năm 2024", ô D5: lỗi: "Số trẻ dưới 1 tuổi được tiêm chủng đầy đủ" là tên của nhiều chỉ số (tcdd_xa, tre_tiem_chung_day_du)'],
        ['the stations\' catalog not imported', { text: UNSAVED.replace('import "catalog/thanh-hoa"\n', ''), sheet: 'Quý I năm 2024' }, 'vi',
            'bieu.xlsx: không tìm thấy bảng số liệu'],
        ['a sheet that is not there', { sheet: 'Quý II năm 2024' }, 'vi',
            'bieu.xlsx: không có trang "Quý II năm 2024" (các trang: "Quý I năm 2024", "Quý I năm 2023", "Ghi chú")'],
        ['the same, in English', { sheet: 'Quý II năm 2024' }, 'en',
            'bieu.xlsx: no sheet "Quý II năm 2024" (sheets: "Quý I năm 2024", "Quý I năm 2023", "Ghi chú")'],
        ['a text with a syntax error', { text: `${UNSAVED}data {\n` }, 'vi', 'so-lieu.bcyt: có lỗi cú pháp (dòng 7); sửa trước khi nhập số liệu'],
    ] as const)('%s: failed, with the problem named, no text', async (_what, over, lang, problem) => {
        const { params } = editorCase('so-lieu.bcyt');
        const result = await planDataImport(params({ ...over, lang }));
        expect(result.status).toBe('failed');
        if (result.status !== 'failed') return;
        expect(result.problems.some(p => p.includes(problem)), result.problems.join('\n')).toBe(true);
    });
});
