import ExcelJS from 'exceljs';
import { copyFileSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runBcyt } from '../files.js';
import { dataWorkspace, REPORT } from './helpers.js';

const CATALOG_ONLY = 'import "catalog/thanh-hoa"\n';
const PLAN = resolve(__dirname, '../../examples/002-ke-hoach-hanh-dong-thieu-hoa-2024.bcyt');

describe('bcyt data export', () => {
    test('CSV: data and targets, numbers in plain notation, headers bcyt data import reads', () => {
        const dir = dataWorkspace({ 'bc.bcyt': REPORT });
        const result = runBcyt(['data', 'export', 'bc.bcyt', '--format', 'csv', '-o', 'so-lieu.csv'], dir);
        expect(result).toMatchObject({ code: 0, stdout: 'so-lieu.csv: 3 giá trị\n' });
        expect(readFileSync(join(dir, 'so-lieu.csv'), 'utf8')).toBe([
            '\uFEFFĐơn vị,Tên đơn vị,Kỳ,Chỉ số,Tên chỉ số,Loại,So sánh,Giá trị,ĐVT',
            'TTYT_HoangHoa,Trung tâm Y tế Hoằng Hóa,Q1/2024,tre_tiem_chung_day_du,Số trẻ dưới 1 tuổi được tiêm chủng đầy đủ,thực hiện,=,700,trẻ',
            'TTYT_HoangHoa,Trung tâm Y tế Hoằng Hóa,Q1/2024,tre_sinh_nam,Số trẻ sinh là trẻ trai,thực hiện,=,820,trẻ',
            'TTYT_HoangHoa,Trung tâm Y tế Hoằng Hóa,Q1/2023,tre_tiem_chung_day_du,Số trẻ dưới 1 tuổi được tiêm chủng đầy đủ,thực hiện,=,645,trẻ',
            '',
        ].join('\r\n'));
    });

    test('XLSX: a sheet per org, Vietnamese headers, numbers as numbers (targets of seed 002)', async () => {
        const dir = dataWorkspace({});
        copyFileSync(PLAN, join(dir, 'ke-hoach.bcyt'));
        const result = runBcyt(['data', 'export', 'ke-hoach.bcyt', '--format', 'xlsx', '-o', 'phu-luc.xlsx'], dir);
        expect(result.code).toBe(0);
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.readFile(join(dir, 'phu-luc.xlsx'));
        expect(workbook.worksheets.map(ws => ws.name)).toEqual(['TTYT_ThieuHoa']);
        const sheet = workbook.worksheets[0];
        expect(sheet.getRow(1).values).toEqual([undefined, 'Kỳ', 'Chỉ số', 'Tên chỉ số', 'Loại', 'So sánh', 'Giá trị', 'ĐVT']);
        expect(sheet.getRow(2).values).toEqual([undefined, '2024', 'dan_so_tb', 'Dân số trung bình', 'kế hoạch', '=', 167769, 'người']);
        const suatSinh = sheet.getRows(2, sheet.rowCount - 1)!.find(r => r.getCell(2).value === 'ty_suat_sinh')!;
        expect(suatSinh.getCell(6).value).toBe(11.41);
    });

    test('DHIS2 JSON: data only, DHIS2 periods, UIDs from the map', () => {
        const map = JSON.stringify({ indicators: { a1B2c3D4e5F: 'tre_tiem_chung_day_du' }, orgs: { OU_HH00001a: 'TTYT_HoangHoa' } });
        const dir = dataWorkspace({ 'bc.bcyt': REPORT, 'map.json': map });
        const result = runBcyt(['data', 'export', 'bc.bcyt', '--format', 'dhis2-json', '--map', 'map.json', '-o', 'dvs.json'], dir);
        expect(result.code).toBe(0);
        expect(JSON.parse(readFileSync(join(dir, 'dvs.json'), 'utf8'))).toEqual({
            dataValues: [
                { dataElement: 'a1B2c3D4e5F', period: '2024Q1', orgUnit: 'OU_HH00001a', value: '700' },
                { dataElement: 'tre_sinh_nam', period: '2024Q1', orgUnit: 'OU_HH00001a', value: '820' },
                { dataElement: 'a1B2c3D4e5F', period: '2023Q1', orgUnit: 'OU_HH00001a', value: '645' },
            ],
        });
    });

    test('usage and unreadable inputs: exit 2', () => {
        const dir = dataWorkspace({ 'bc.bcyt': REPORT });
        expect(runBcyt(['data', 'export', 'bc.bcyt', '--format', 'ods', '-o', 'x.ods'], dir).code).toBe(2);
        expect(runBcyt(['data', 'export', 'bc.bcyt', '--format', 'csv'], dir).code).toBe(2);
        expect(runBcyt(['data', 'export', 'bc.bcyt', '--format', 'csv', '-o', 'bc.bcyt'], dir)).toMatchObject({
            code: 2, stderr: 'bcyt: bc.bcyt: không xuất số liệu đè lên tệp .bcyt\n',
        });
        expect(readFileSync(join(dir, 'bc.bcyt'), 'utf8')).toBe(REPORT);
        const missing = runBcyt(['data', 'export', 'khong-co.bcyt', '--format', 'csv', '-o', 'x.csv'], dir);
        expect(missing).toMatchObject({ code: 2, stderr: 'bcyt: khong-co.bcyt: không tìm thấy\n' });
    });
});

describe('export → import round-trips exactly', () => {
    // values of every shape: whole counts, decimals, a 20-digit count, several orgs and periods
    const SOURCE = `import "catalog/thanh-hoa"

data TTYT_ThieuHoa 2024 {
  dan_so_tb = 167769
  ty_suat_sinh = 11,41
  ty_so_gioi_tinh_khi_sinh = 113,05
}

data TYT_ThieuToan Q1/2024 {
  tre_tiem_chung_day_du = 45
  tre_sinh_nam = 12345678901234567890
}

data TYT_ThieuChinh T3/2024 {
  tre_tiem_chung_day_du = 38
}

data TYT_ThieuChinh H1/2024 {
  pnct_tiem_uv2 = 0
}
`;
    test.each([['csv', 'so-lieu.csv'], ['xlsx', 'so-lieu.xlsx'], ['dhis2-json', 'so-lieu.json']])('%s', (format, file) => {
        const dir = dataWorkspace({ 'goc.bcyt': SOURCE, 'moi.bcyt': CATALOG_ONLY });
        expect(runBcyt(['data', 'export', 'goc.bcyt', '--format', format, '-o', file], dir).code).toBe(0);
        // back into the file it came from: nothing to change
        const same = runBcyt(['data', 'import', file, '--into', 'goc.bcyt'], dir);
        expect(same.stderr).toBe('');
        expect(same.stdout).toBe('goc.bcyt: thêm 0, sửa 0, giữ nguyên 7\n');
        // into a file without data: the same blocks, the same numbers
        const fresh = runBcyt(['data', 'import', file, '--into', 'moi.bcyt'], dir);
        expect(fresh.code).toBe(0);
        expect(readFileSync(join(dir, 'moi.bcyt'), 'utf8')).toBe(SOURCE);
    });
});
