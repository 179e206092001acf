import { copyFileSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { runBcyt } from '../files.js';
import { dataWorkspace } from './helpers.js';
import { xlsxFromFods } from './libreoffice.js';

/**
 * Two more shapes figures come in: a form whose header is two rows (a group merged above the
 * orgs' or periods' names, in a workbook LibreOffice wrote), and a DHIS2 data value set's CSV
 * without its header row.
 */
const CATALOG_ONLY = 'import "catalog/thanh-hoa"\n';

let workbook = '';
beforeAll(() => {
    workbook = xlsxFromFods(resolve(__dirname, '../fixtures/data/bieu-hai-dong.fods'));
}, 180_000);

describe('a header of two rows, a group merged above the names', () => {
    test('"Trạm Y tế xã" over the communes\' names: each station by its label', () => {
        const dir = dataWorkspace({ 'so-lieu.bcyt': CATALOG_ONLY });
        copyFileSync(workbook, join(dir, 'bieu.xlsx'));
        const result = runBcyt(['data', 'import', 'bieu.xlsx', '--into', 'so-lieu.bcyt', '--sheet', 'Quý I năm 2024'], dir);
        expect(result).toMatchObject({ code: 0, stderr: '' });
        expect(readFileSync(join(dir, 'so-lieu.bcyt'), 'utf8')).toBe(`${CATALOG_ONLY}
data TYT_ThieuToan Q1/2024 {
  tre_tiem_chung_day_du = 45
  pnct_tiem_uv2 = 30
}

data TYT_ThieuChinh Q1/2024 {
  tre_tiem_chung_day_du = 38
  pnct_tiem_uv2 = 27
}

data TYT_MinhTam Q1/2024 {
  tre_tiem_chung_day_du = 52
  pnct_tiem_uv2 = 33
}
`);
    });

    test('"Năm 2024" and "Năm 2023" over "Quý I", "Quý II": four quarters, the org from the sheet\'s name', () => {
        const dir = dataWorkspace({ 'so-lieu.bcyt': CATALOG_ONLY });
        copyFileSync(workbook, join(dir, 'bieu.xlsx'));
        const result = runBcyt(['data', 'import', 'bieu.xlsx', '--into', 'so-lieu.bcyt', '--sheet', 'Trung tâm Y tế Hoằng Hóa'], dir);
        expect(result).toMatchObject({ code: 0, stderr: '' });
        expect(readFileSync(join(dir, 'so-lieu.bcyt'), 'utf8')).toBe(`${CATALOG_ONLY}
data TTYT_HoangHoa Q1/2024 {
  tre_tiem_chung_day_du = 703
}

data TTYT_HoangHoa Q2/2024 {
  tre_tiem_chung_day_du = 712
}

data TTYT_HoangHoa Q1/2023 {
  tre_tiem_chung_day_du = 645
}

data TTYT_HoangHoa Q2/2023 {
  tre_tiem_chung_day_du = 650
}
`);
    });
});

describe('a DHIS2 CSV without its header row', () => {
    const MAP = JSON.stringify({ indicators: { a1B2c3D4e5F: 'tre_tiem_chung_day_du' }, orgs: { OU_HH00001a: 'TTYT_HoangHoa' } });

    test.each([
        ['UIDs of the map, the default combo, a deleted value skipped',
            'a1B2c3D4e5F,2024Q1,OU_HH00001a,HllvX50cXC0,703\na1B2c3D4e5F,2023Q1,OU_HH00001a,HllvX50cXC0,645\na1B2c3D4e5F,2022Q1,OU_HH00001a,HllvX50cXC0,\n'],
        ['names and an empty combo, quoted as DHIS2 quotes', '"tre_tiem_chung_day_du","2024Q1","TTYT_HoangHoa","","703"\n"tre_tiem_chung_day_du","2023Q1","TTYT_HoangHoa","","645"\n'],
    ])('%s', (_what, csv) => {
        const dir = dataWorkspace({ 'so-lieu.bcyt': CATALOG_ONLY, 'map.json': MAP, 'dvs.csv': csv });
        const result = runBcyt(['data', 'import', 'dvs.csv', '--into', 'so-lieu.bcyt', '--map', 'map.json'], dir);
        expect(result).toMatchObject({
            code: 0, stderr: '',
            stdout: '+ TTYT_HoangHoa Q1/2024 tre_tiem_chung_day_du = 703\n+ TTYT_HoangHoa Q1/2023 tre_tiem_chung_day_du = 645\nso-lieu.bcyt: thêm 2, sửa 0, giữ nguyên 0\n',
        });
        expect(readFileSync(join(dir, 'so-lieu.bcyt'), 'utf8')).toBe(`${CATALOG_ONLY}
data TTYT_HoangHoa Q1/2024 {
  tre_tiem_chung_day_du = 703
}

data TTYT_HoangHoa Q1/2023 {
  tre_tiem_chung_day_du = 645
}
`);
    });

    test('a disaggregation the map does not name: refused, its cell named', () => {
        const dir = dataWorkspace({ 'so-lieu.bcyt': CATALOG_ONLY, 'map.json': MAP, 'dvs.csv': 'a1B2c3D4e5F,2024Q1,OU_HH00001a,Prlt0C1RF0s,350\n' });
        const result = runBcyt(['data', 'import', 'dvs.csv', '--into', 'so-lieu.bcyt', '--map', 'map.json'], dir);
        expect(result.code).toBe(1);
        expect(result.stderr).toMatch(/^dvs\.csv, ô E1: lỗi: phân tổ "Prlt0C1RF0s" của "a1B2c3D4e5F" không có trong tệp ánh xạ/);
        expect(readFileSync(join(dir, 'so-lieu.bcyt'), 'utf8')).toBe(CATALOG_ONLY);
    });

    test('five columns that are not DHIS2\'s (no period second): no table, as before', () => {
        const dir = dataWorkspace({ 'so-lieu.bcyt': CATALOG_ONLY, 'x.csv': 'a,b,c,d,e\n1,2,3,4,5\n' });
        const result = runBcyt(['data', 'import', 'x.csv', '--into', 'so-lieu.bcyt'], dir);
        expect(result.code).toBe(2);
        expect(result.stderr).toContain('không tìm thấy bảng số liệu');
    });
});
