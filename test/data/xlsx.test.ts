import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { runBcyt } from '../files.js';
import { dataWorkspace, REPORT } from './helpers.js';
import { xlsxFromCsv } from './libreoffice.js';

/** A commune form: indicators in rows, the communes' stations across, a section row, column numbers. */
const COMMUNE_FORM = `BIỂU 01: KẾT QUẢ TIÊM CHỦNG MỞ RỘNG QUÝ I NĂM 2024,,,,,
STT,Chỉ tiêu,ĐVT,Trạm Y tế xã Thiệu Toán,Trạm Y tế xã Thiệu Chính,TYT_MinhTam
(1),(2),(3),(4),(5),(6)
I,TIÊM CHỦNG,,,,
1,Số trẻ dưới 1 tuổi được tiêm chủng đầy đủ,trẻ,45,38,52
2,Số trẻ được tiêm sởi mũi 2,trẻ,41,,50
3,Số phụ nữ có thai được tiêm UV2+,phụ nữ,30,27,33
`;

/** A district's figures over periods: the periods across, one org (--org). */
const PERIODS_ACROSS = `Chỉ tiêu,ĐVT,Q1/2023,Q1/2024
Số trẻ dưới 1 tuổi được tiêm chủng đầy đủ,trẻ,645,703
Số trẻ sinh là trẻ trai,trẻ,,1234
`;

const LONG = `Chỉ số,Đơn vị,Kỳ,Giá trị
tre_tiem_chung_day_du,TTYT_HoangHoa,Q1/2024,703
Số trẻ sinh là trẻ trai,Trung tâm Y tế Hoằng Hóa,2024Q1,1234
dan_so_tb,TTYT_HoangHoa,2024,167769
ty_suat_sinh,TTYT_HoangHoa,2024,11.41
`;

const CATALOG_ONLY = 'import "catalog/thanh-hoa"\n\n// Số liệu các trạm y tế xã\n';

let made = '';
beforeAll(() => {
    made = xlsxFromCsv({
        'bieu-01': COMMUNE_FORM,
        // a misspelt station between two known ones, and a total column
        'bieu-02': 'Chỉ tiêu,ĐVT,Trạm Y tế xã Thiệu Chính,Trạm Y tế xã Thiệu Toàn,TYT_MinhTam,Tổng cộng\nSố trẻ được tiêm sởi mũi 2,trẻ,41,12,50,103\n', 'theo-ky': PERIODS_ACROSS, 'bang-doc': LONG });
}, 180_000);

function withWorkbook(name: string, bcyt: string): string {
    const dir = dataWorkspace({ 'so-lieu.bcyt': bcyt });
    copyFileSync(join(made, `${name}.xlsx`), join(dir, `${name}.xlsx`));
    return dir;
}

describe('bcyt data import of workbooks written by LibreOffice', () => {
    test('a commune form: stations across, labels down, the period given', () => {
        const dir = withWorkbook('bieu-01', CATALOG_ONLY);
        const result = runBcyt(['data', 'import', 'bieu-01.xlsx', '--into', 'so-lieu.bcyt', '--period', 'Q1/2024'], dir);
        expect(result.stderr).toBe('');
        expect(result.code).toBe(0);
        expect(readFileSync(join(dir, 'so-lieu.bcyt'), 'utf8')).toBe(`${CATALOG_ONLY}\ndata TYT_ThieuToan Q1/2024 {
  tre_tiem_chung_day_du = 45
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
        expect(runBcyt(['check', 'so-lieu.bcyt'], dir)).toMatchObject({ code: 0, stdout: '' });
    });

    test('a station the catalog does not know: its column is named, nothing written', () => {
        const dir = withWorkbook('bieu-02', CATALOG_ONLY);
        const result = runBcyt(['data', 'import', 'bieu-02.xlsx', '--into', 'so-lieu.bcyt', '--period', 'Q1/2024'], dir);
        expect(result.code).toBe(1);
        expect(result.stderr).toBe('bieu-02.xlsx, trang "bieu-02", ô D1: lỗi: cột "Trạm Y tế xã Thiệu Toàn" không phải đơn vị hay kỳ nào (thêm vào tệp ánh xạ --map, mục "orgs")\n');
        expect(readFileSync(join(dir, 'so-lieu.bcyt'), 'utf8')).toBe(CATALOG_ONLY);
    });

    test('a commune form without its period: every value says so, nothing written', () => {
        const dir = withWorkbook('bieu-01', CATALOG_ONLY);
        const result = runBcyt(['data', 'import', 'bieu-01.xlsx', '--into', 'so-lieu.bcyt'], dir);
        expect(result.code).toBe(1);
        expect(result.stderr).toContain('bieu-01.xlsx, trang "bieu-01", ô D5: lỗi: kỳ "bieu-01" không đọc được');
        expect(readFileSync(join(dir, 'so-lieu.bcyt'), 'utf8')).toBe(CATALOG_ONLY);
    });

    test('periods across, the org given: the report\'s data updated and added', () => {
        const dir = withWorkbook('theo-ky', REPORT);
        const result = runBcyt(['data', 'import', 'theo-ky.xlsx', '--into', 'so-lieu.bcyt', '--org', 'TTYT_HoangHoa', '--dry-run'], dir);
        expect(result.stdout).toContain('trang theo-ky: biểu mẫu ngang, 3 giá trị\n');
        expect(result.stdout).toContain('chỉ số "Số trẻ sinh là trẻ trai" → tre_sinh_nam (theo nhãn tiếng Việt)\n');
        expect(result.stdout).toContain('= TTYT_HoangHoa Q1/2023 tre_tiem_chung_day_du = 645\n~ TTYT_HoangHoa Q1/2024 tre_tiem_chung_day_du: 700 → 703\n');
        const applied = runBcyt(['data', 'import', 'theo-ky.xlsx', '--into', 'so-lieu.bcyt', '--org', 'TTYT_HoangHoa'], dir);
        expect(applied.stdout).toMatch(/\nso-lieu.bcyt: thêm 0, sửa 2, giữ nguyên 1\n$/);
        expect(runBcyt(['check', 'so-lieu.bcyt'], dir)).toMatchObject({ code: 0 });
    });

    test('a long table, numbers typed as numbers by Calc', () => {
        const dir = withWorkbook('bang-doc', REPORT);
        const result = runBcyt(['data', 'import', 'bang-doc.xlsx', '--into', 'so-lieu.bcyt', '--sheet', 'bang-doc'], dir);
        expect(result.stderr).toBe('');
        expect(result.stdout).toContain('+ TTYT_HoangHoa 2024 dan_so_tb = 167769\n+ TTYT_HoangHoa 2024 ty_suat_sinh = 11,41\n');
        expect(readFileSync(join(dir, 'so-lieu.bcyt'), 'utf8')).toContain('data TTYT_HoangHoa 2024 {\n  dan_so_tb = 167769\n  ty_suat_sinh = 11,41\n}\n');
    });

    test('a sheet that is not there is named with the sheets there are', () => {
        const dir = withWorkbook('bang-doc', REPORT);
        const result = runBcyt(['data', 'import', 'bang-doc.xlsx', '--into', 'so-lieu.bcyt', '--sheet', 'Quý 1'], dir);
        expect(result.code).toBe(2);
        expect(result.stderr).toBe('bcyt: bang-doc.xlsx: không có trang "Quý 1" (các trang: "bang-doc")\n');
    });
});
