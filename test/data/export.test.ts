import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
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

describe('the figures of indicator tables, as the DOCX prints them', () => {
    // data for two quarters, a target, a statement in prose, a formula (births per 1000 people)
    const TABLES = `import "catalog/thanh-hoa"

data TTYT_HoangHoa Q1/2024 {
  tre_tiem_chung_day_du = 700
  tre_de_song = 1500
  dan_so_tb = 520000
}

data TTYT_HoangHoa Q1/2023 {
  tre_tiem_chung_day_du = 645
  tre_de_song = 1480
  dan_so_tb = 516000
}

target TTYT_HoangHoa 2024 {
  tre_tiem_chung_day_du = 2800
}

report BC_HoangHoa_Q1_2024
  number "/BC-TTYT"
  issuer TTYT_HoangHoa
  date 14/4/2024
  period Q1/2024
---
Số trẻ sinh là trẻ trai là {tre_sinh_nam = 780} trẻ.

{table tre_tiem_chung_day_du, tre_sinh_nam, ty_suat_sinh columns prev plan actual pct_plan pct_prev diff}

## Phụ lục: the same indicator again, one figure written once
{table tre_tiem_chung_day_du columns actual}
`;
    const HOANG_HOA = 'TTYT_HoangHoa,Trung tâm Y tế Hoằng Hóa';
    const TCDD = 'tre_tiem_chung_day_du,Số trẻ dưới 1 tuổi được tiêm chủng đầy đủ';

    test('CSV: each figure of the table with its column, its period and its unit; a percentage rounded as printed', () => {
        const dir = dataWorkspace({ 'bc.bcyt': TABLES });
        const result = runBcyt(['data', 'export', 'bc.bcyt', '--format', 'csv', '-o', 'so-lieu.csv'], dir);
        expect(result).toMatchObject({ code: 0, stdout: 'so-lieu.csv: 18 giá trị\n' });
        const lines = readFileSync(join(dir, 'so-lieu.csv'), 'utf8').split('\r\n');
        expect(lines.filter(l => l.includes(',bảng: ') || l.includes(',"bảng: '))).toEqual([
            `${HOANG_HOA},Q1/2023,${TCDD},bảng: Cùng kỳ,=,645,trẻ`,
            `${HOANG_HOA},2024,${TCDD},bảng: Kế hoạch,=,2800,trẻ`,
            `${HOANG_HOA},Q1/2024,${TCDD},bảng: Thực hiện,=,700,trẻ`,
            `${HOANG_HOA},Q1/2024,${TCDD},bảng: % kế hoạch,=,25,%`,
            `${HOANG_HOA},Q1/2024,${TCDD},bảng: % cùng kỳ,=,108.5,%`,          // 700 / 645 = 108,527…%
            `${HOANG_HOA},Q1/2024,${TCDD},"bảng: Tăng, giảm",=,55,trẻ`,
            `${HOANG_HOA},Q1/2024,tre_sinh_nam,Số trẻ sinh là trẻ trai,bảng: Thực hiện,=,780,trẻ`,   // the statement's
            `${HOANG_HOA},Q1/2023,ty_suat_sinh,Tỷ suất sinh thô,bảng: Cùng kỳ,=,2.8682,‰`,          // 1480 / 516000 × 1000
            `${HOANG_HOA},Q1/2024,ty_suat_sinh,Tỷ suất sinh thô,bảng: Thực hiện,=,2.8846,‰`,        // 1500 / 520000 × 1000
            `${HOANG_HOA},Q1/2024,ty_suat_sinh,Tỷ suất sinh thô,bảng: % cùng kỳ,=,100.6,%`,
            `${HOANG_HOA},Q1/2024,ty_suat_sinh,Tỷ suất sinh thô,"bảng: Tăng, giảm",=,0.0164,‰`,
        ]);
    });

    test('the DOCX prints the same figures', () => {
        const dir = dataWorkspace({ 'bc.bcyt': TABLES });
        expect(runBcyt(['build', 'bc.bcyt', '-o', 'bc.docx'], dir).code).toBe(0);
        const words = [...strFromU8(unzipSync(readFileSync(join(dir, 'bc.docx')))['word/document.xml']).matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map(m => m[1]);
        const row = (label: string) => words.slice(words.indexOf(label) + 2, words.indexOf(label) + 8);
        expect(row('Số trẻ dưới 1 tuổi được tiêm chủng đầy đủ')).toEqual(['645', '2.800', '700', '25,0%', '108,5%', '55']);
        expect(row('Tỷ suất sinh thô')).toEqual(['2,8682', '-', '2,8846', '-', '100,6%', '0,0164']);
    });

    test.each([['csv', 'so-lieu.csv'], ['xlsx', 'so-lieu.xlsx'], ['dhis2-json', 'so-lieu.json']])('%s imported back: the data blocks unchanged (tables\' figures and targets skipped)', (format, file) => {
        const dir = dataWorkspace({ 'bc.bcyt': TABLES, 'moi.bcyt': CATALOG_ONLY });
        const exported = runBcyt(['data', 'export', 'bc.bcyt', '--format', format, '-o', file], dir);
        expect(exported.code).toBe(0);
        if (format === 'dhis2-json') expect(exported.stderr).toBe('bcyt: 11 số của bảng chỉ tiêu không xuất ra DHIS2 (chỉ xuất số liệu; xem chúng trong tệp --format csv hoặc xlsx)\n');
        expect(runBcyt(['data', 'import', file, '--into', 'bc.bcyt'], dir)).toMatchObject({ code: 0, stderr: '', stdout: 'bc.bcyt: thêm 0, sửa 0, giữ nguyên 6\n' });
        expect(readFileSync(join(dir, 'bc.bcyt'), 'utf8')).toBe(TABLES);
        expect(runBcyt(['data', 'import', file, '--into', 'moi.bcyt'], dir).code).toBe(0);
        expect(readFileSync(join(dir, 'moi.bcyt'), 'utf8')).toBe(`${CATALOG_ONLY}\n${TABLES.slice(TABLES.indexOf('data'), TABLES.indexOf('\ntarget'))}`);
    });
});
