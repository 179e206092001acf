import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runBcyt } from '../files.js';
import { dataWorkspace, REPORT } from './helpers.js';

const LONG_CSV = `STT,Chỉ số,Đơn vị,Kỳ,Giá trị,ĐVT
1,tre_tiem_chung_day_du,TTYT_HoangHoa,Q1/2024,703,trẻ
2,Số trẻ sinh là trẻ trai,Trung tâm Y tế Hoằng Hóa,2024Q1,"1.234",
3,tre_sinh_nu,TTYT_HoangHoa,2024Q1,,
4,Dân số trung bình,Trung tâm Y tế Hoằng Hóa,2024,"167.769",người
5,tre_sinh_nu,TTYT_HoangHoa,202403,112,
`;

describe('bcyt data import: a long table', () => {
    test('updates a value, adds lines to the right block and new blocks; comments and layout kept', () => {
        const dir = dataWorkspace({ 'bc.bcyt': REPORT, 'so-lieu.csv': LONG_CSV });
        const result = runBcyt(['data', 'import', 'so-lieu.csv', '--into', 'bc.bcyt'], dir);
        expect(result.stderr).toBe('');
        expect(result.code).toBe(0);
        expect(result.stdout).toBe([
            '~ TTYT_HoangHoa Q1/2024 tre_tiem_chung_day_du: 700 → 703',
            '~ TTYT_HoangHoa Q1/2024 tre_sinh_nam: 820 → 1234',
            '+ TTYT_HoangHoa 2024 dan_so_tb = 167769',
            '+ TTYT_HoangHoa T3/2024 tre_sinh_nu = 112',
            'bc.bcyt: thêm 2, sửa 2, giữ nguyên 0', '',
        ].join('\n'));
        expect(readFileSync(join(dir, 'bc.bcyt'), 'utf8')).toBe(REPORT
            .replace('tre_tiem_chung_day_du = 700   // theo', 'tre_tiem_chung_day_du = 703   // theo')
            .replace('tre_sinh_nam = 820 trẻ', 'tre_sinh_nam = 1234 trẻ')
            .replace('  tre_tiem_chung_day_du = 645\n}\n', '  tre_tiem_chung_day_du = 645\n}\n\ndata TTYT_HoangHoa 2024 {\n  dan_so_tb = 167769\n}\n\ndata TTYT_HoangHoa T3/2024 {\n  tre_sinh_nu = 112\n}\n'));
        // the document now agrees with its data
        expect(runBcyt(['check', 'bc.bcyt'], dir)).toMatchObject({ code: 0, stdout: '' });
        // importing again changes nothing
        const again = runBcyt(['data', 'import', 'so-lieu.csv', '--into', 'bc.bcyt'], dir);
        expect(again.stdout).toBe('bc.bcyt: thêm 0, sửa 0, giữ nguyên 4\n');
    });

    test('--dry-run says how each name matched and writes nothing', () => {
        const dir = dataWorkspace({ 'bc.bcyt': REPORT, 'so-lieu.csv': LONG_CSV });
        const result = runBcyt(['data', 'import', 'so-lieu.csv', '--into', 'bc.bcyt', '--dry-run'], dir);
        expect(result.code).toBe(0);
        expect(result.stdout).toContain('chỉ số "Số trẻ sinh là trẻ trai" → tre_sinh_nam (theo nhãn tiếng Việt)\n');
        expect(result.stdout).toContain('đơn vị "TTYT_HoangHoa" → TTYT_HoangHoa (theo tên)\n');
        expect(result.stdout).toContain('đơn vị "Trung tâm Y tế Hoằng Hóa" → TTYT_HoangHoa (theo nhãn tiếng Việt)\n');
        expect(result.stdout).toContain('tệp so-lieu.csv: bảng dọc, 4 giá trị\n');
        expect(result.stdout).toContain('(chạy thử: không ghi gì)');
        expect(readFileSync(join(dir, 'bc.bcyt'), 'utf8')).toBe(REPORT);
    });

    test('a semicolon CSV with Vietnamese decimals (Excel in a Vietnamese locale)', () => {
        const csv = 'Chỉ số;Đơn vị;Kỳ;Giá trị\nty_suat_sinh;TTYT_HoangHoa;2024;11,41\ndan_so_tb;TTYT_HoangHoa;2024;167.769\n';
        const dir = dataWorkspace({ 'bc.bcyt': REPORT, 'a.csv': csv });
        const result = runBcyt(['data', 'import', 'a.csv', '--into', 'bc.bcyt'], dir);
        expect(result.code).toBe(0);
        expect(readFileSync(join(dir, 'bc.bcyt'), 'utf8')).toContain('data TTYT_HoangHoa 2024 {\n  ty_suat_sinh = 11,41\n  dan_so_tb = 167769\n}\n');
    });

    test('new blocks come in the order the table first names their org and period; a block\'s values in the table\'s order', () => {
        const csv = ['Chỉ số,Đơn vị,Kỳ,Giá trị', 'tre_sinh_nu,TYT_ThieuToan,T5/2024,4', 'tre_sinh_nu,TTYT_HoangHoa,T5/2024,30',
            'tre_sinh_nam,TYT_ThieuToan,T6/2024,6', 'tre_sinh_nam,TYT_ThieuToan,T5/2024,5', 'tre_sinh_nu,TTYT_HoangHoa,Q1/2024,90', ''].join('\n');
        const dir = dataWorkspace({ 'bc.bcyt': REPORT, 'a.csv': csv });
        expect(runBcyt(['data', 'import', 'a.csv', '--into', 'bc.bcyt'], dir)).toMatchObject({ code: 0, stderr: '' });
        const text = readFileSync(join(dir, 'bc.bcyt'), 'utf8');
        expect(text).toContain('  tre_sinh_nam = 820 trẻ\n  tre_sinh_nu = 90\n}\n');
        expect(text).toContain(['data TTYT_HoangHoa Q1/2023 {', '  tre_tiem_chung_day_du = 645', '}', '',
            'data TYT_ThieuToan T5/2024 {', '  tre_sinh_nu = 4', '  tre_sinh_nam = 5', '}', '',
            'data TTYT_HoangHoa T5/2024 {', '  tre_sinh_nu = 30', '}', '',
            'data TYT_ThieuToan T6/2024 {', '  tre_sinh_nam = 6', '}', ''].join('\n'));
    });

    test.each([
        ['no other cell of the file decides: refused', ['2024,1.234'], undefined],
        ['a Vietnamese decimal after it decides: thousands', ['2024,1.234', '2023,"0,6"'], '1234'],
        ['a plain decimal before it decides: decimals', ['2023,0.6', '2024,1.234'], '1,234'],
    ])('"1.234" for a rate: %s', (_name, rows, expected) => {
        const csv = `Chỉ số,Đơn vị,Kỳ,Giá trị\n${rows.map(r => `ty_suat_sinh,TTYT_HoangHoa,${r}`).join('\n')}\n`;
        const dir = dataWorkspace({ 'bc.bcyt': REPORT, 'a.csv': csv });
        const result = runBcyt(['data', 'import', 'a.csv', '--into', 'bc.bcyt'], dir);
        const text = readFileSync(join(dir, 'bc.bcyt'), 'utf8');
        if (expected === undefined) {
            expect(result.code).toBe(1);
            expect(result.stderr).toContain('"1.234" đọc được hai cách');
            expect(text).toBe(REPORT);
        } else {
            expect(result).toMatchObject({ code: 0, stderr: '' });
            expect(text).toContain(`data TTYT_HoangHoa 2024 {\n  ty_suat_sinh = ${expected}\n}\n`);
        }
    });

    test.each([['vi', 'đọc tệp số liệu'], ['en', 'read the figures']])(
        '--timings (%s): the steps on stderr; the table without quotes (split, not csv-parse) gives the same file', (lang, step) => {
            const quoted = dataWorkspace({ 'bc.bcyt': REPORT, 'so-lieu.csv': LONG_CSV });
            const plain = dataWorkspace({ 'bc.bcyt': REPORT, 'so-lieu.csv': LONG_CSV.replace(/"/g, '').replace(/\n/g, '\r\n') });
            const before = runBcyt(['data', 'import', 'so-lieu.csv', '--into', 'bc.bcyt', '--lang', lang], quoted);
            const timed = runBcyt(['data', 'import', 'so-lieu.csv', '--into', 'bc.bcyt', '--lang', lang, '--timings'], plain);
            expect(timed.code).toBe(0);
            expect(timed.stdout).toBe(before.stdout);
            expect(readFileSync(join(plain, 'bc.bcyt'), 'utf8')).toBe(readFileSync(join(quoted, 'bc.bcyt'), 'utf8'));
            const rows = [...timed.stderr.matchAll(/^ {2}(.+?) +(\d+[.,]\d)$/gm)].map(m => m[1]);
            expect(rows.filter(label => label.startsWith(step))).toHaveLength(1);
            expect(rows.length).toBeGreaterThanOrEqual(12);
        });
});

const UID = { tcdd: 'a1B2c3D4e5F', nam: 'Zx9Yw8Vu7Ts', hh: 'OU_HH00001a' };
const MAP = JSON.stringify({ indicators: { [UID.tcdd]: 'tre_tiem_chung_day_du', [UID.nam]: 'tre_sinh_nam' }, orgs: { [UID.hh]: 'TTYT_HoangHoa' } });

describe('bcyt data import: DHIS2 data value sets', () => {
    test.each([
        ['JSON', 'dvs.json', JSON.stringify({
            dataValues: [
                { dataElement: UID.tcdd, period: '2024Q1', orgUnit: UID.hh, categoryOptionCombo: 'HllvX50cXC0', value: '703' },
                { dataElement: UID.nam, period: '2024S1', orgUnit: UID.hh, categoryOptionCombo: 'HllvX50cXC0', value: '1650' },
                { dataElement: UID.tcdd, period: '202403', orgUnit: UID.hh, value: '240' },
                { dataElement: UID.nam, period: '202403', orgUnit: UID.hh, value: '' },
            ],
        })],
        ['CSV', 'dvs.csv', `dataelement,period,orgunit,categoryoptioncombo,attributeoptioncombo,value,storedby,lastupdated,comment,followup
${UID.tcdd},2024Q1,${UID.hh},HllvX50cXC0,HllvX50cXC0,703,admin,2024-04-02T10:00:00.000,,false
${UID.nam},2024S1,${UID.hh},HllvX50cXC0,HllvX50cXC0,1650,admin,2024-07-02T10:00:00.000,,false
${UID.tcdd},202403,${UID.hh},HllvX50cXC0,HllvX50cXC0,240,admin,2024-04-02T10:00:00.000,,false
`],
    ])('%s: UIDs through the map, periods 2024Q1, 2024S1, 202403', (_kind, name, content) => {
        const dir = dataWorkspace({ 'bc.bcyt': REPORT, [name]: content, 'map.json': MAP });
        const result = runBcyt(['data', 'import', name, '--into', 'bc.bcyt', '--map', 'map.json'], dir);
        expect(result.stderr).toBe('');
        expect(result.stdout).toBe([
            '~ TTYT_HoangHoa Q1/2024 tre_tiem_chung_day_du: 700 → 703',
            '+ TTYT_HoangHoa H1/2024 tre_sinh_nam = 1650',
            '+ TTYT_HoangHoa T3/2024 tre_tiem_chung_day_du = 240',
            'bc.bcyt: thêm 2, sửa 1, giữ nguyên 0', '',
        ].join('\n'));
        const text = readFileSync(join(dir, 'bc.bcyt'), 'utf8');
        expect(text).toContain('data TTYT_HoangHoa H1/2024 {\n  tre_sinh_nam = 1650\n}\n\ndata TTYT_HoangHoa T3/2024 {\n  tre_tiem_chung_day_du = 240\n}\n');
    });
});

describe('bcyt data import: bad inputs leave the .bcyt untouched', () => {
    test.each([
        ['an unknown indicator', 'Chỉ số,Đơn vị,Kỳ,Giá trị\nso_ca_sot_ret,TTYT_HoangHoa,Q1/2024,3\n',
            'so-lieu.csv, ô D2: lỗi: không biết chỉ số "so_ca_sot_ret"'],
        ['an unknown org', 'Chỉ số,Đơn vị,Kỳ,Giá trị\ntre_sinh_nu,Trạm Y tế xã Hoằng Xuân,Q1/2024,3\n',
            'so-lieu.csv, ô D2: lỗi: không biết đơn vị "Trạm Y tế xã Hoằng Xuân"'],
        ['a value in lượt for a count of trẻ', 'Chỉ số,Đơn vị,Kỳ,Giá trị,ĐVT\ntre_sinh_nu,TTYT_HoangHoa,Q1/2024,3,lượt\n',
            'so-lieu.csv, ô D2: lỗi: giá trị tính bằng "lượt" không phải đơn vị của tre_sinh_nu ("trẻ")'],
        ['a value in người for a count of lượt', 'Chỉ số,Đơn vị,Kỳ,Giá trị\nluot_tu_van_gdsk,TTYT_HoangHoa,Q1/2024,3 người\n',
            'so-lieu.csv, ô D2: lỗi: giá trị tính bằng "người" không phải đơn vị của luot_tu_van_gdsk ("lượt")'],
        ['text in a number cell', 'Chỉ số,Đơn vị,Kỳ,Giá trị\ntre_sinh_nu,TTYT_HoangHoa,Q1/2024,chưa báo cáo\n',
            'so-lieu.csv, ô D2: lỗi: "chưa báo cáo" không phải là số'],
        ['a fraction of a count', 'Chỉ số,Đơn vị,Kỳ,Giá trị\ntre_sinh_nu,TTYT_HoangHoa,Q1/2024,3.5\n',
            'so-lieu.csv, ô D2: lỗi: tre_sinh_nu đếm bằng "trẻ": giá trị phải là số nguyên, không phải 3,5'],
        ['a DHIS2 weekly period', 'Chỉ số,Đơn vị,Kỳ,Giá trị\ntre_sinh_nu,TTYT_HoangHoa,2024W10,3\n',
            'so-lieu.csv, ô D2: lỗi: kỳ "2024W10" không đọc được'],
        ['two different values of one fact', 'Chỉ số,Đơn vị,Kỳ,Giá trị\ntre_sinh_nu,TTYT_HoangHoa,Q1/2024,3\ntre_sinh_nu,TTYT_HoangHoa,2024Q1,4\n',
            'so-lieu.csv, ô D3: lỗi: tre_sinh_nu, TTYT_HoangHoa, Q1/2024 đã có ở D2: 3 khác 4'],
        ['a value without a period', 'Chỉ số,Đơn vị,Giá trị\ntre_sinh_nu,TTYT_HoangHoa,3\n',
            'so-lieu.csv, ô C2: lỗi: giá trị không có kỳ'],
    ])('%s', (_what, csv, message) => {
        const dir = dataWorkspace({ 'bc.bcyt': REPORT, 'so-lieu.csv': csv });
        const result = runBcyt(['data', 'import', 'so-lieu.csv', '--into', 'bc.bcyt'], dir);
        expect(result.code).toBe(1);
        expect(result.stderr).toContain(message);
        expect(result.stdout).toMatch(/lỗi, không ghi gì\n$/);
        expect(readFileSync(join(dir, 'bc.bcyt'), 'utf8')).toBe(REPORT);
    });

    test('the same value twice is a warning, and the import goes on', () => {
        const csv = 'Chỉ số,Đơn vị,Kỳ,Giá trị\ntre_sinh_nu,TTYT_HoangHoa,Q1/2024,3\ntre_sinh_nu,TTYT_HoangHoa,2024Q1,3\n';
        const dir = dataWorkspace({ 'bc.bcyt': REPORT, 'so-lieu.csv': csv });
        const result = runBcyt(['data', 'import', 'so-lieu.csv', '--into', 'bc.bcyt', '--lang', 'en'], dir);
        expect(result.code).toBe(0);
        expect(result.stderr).toBe('so-lieu.csv, cell D3: warning: tre_sinh_nu, TTYT_HoangHoa, Q1/2024 already given at D2 (same value)\n');
        expect(readFileSync(join(dir, 'bc.bcyt'), 'utf8')).toContain('  tre_sinh_nam = 820 trẻ\n  tre_sinh_nu = 3\n}');
    });

    test('a disaggregation the map does not name is refused', () => {
        const json = JSON.stringify({ dataValues: [{ dataElement: UID.tcdd, period: '2024Q1', orgUnit: UID.hh, categoryOptionCombo: 'Prlt0C1RF0s', value: '12' }] });
        const dir = dataWorkspace({ 'bc.bcyt': REPORT, 'dvs.json': json, 'map.json': MAP });
        const result = runBcyt(['data', 'import', 'dvs.json', '--into', 'bc.bcyt', '--map', 'map.json'], dir);
        expect(result.code).toBe(1);
        expect(result.stderr).toContain(`dvs.json, dataValues mục 1: lỗi: phân tổ "Prlt0C1RF0s" của "${UID.tcdd}" không có trong tệp ánh xạ`);
    });

    test.each([
        ['a missing input', 'khong-co.csv', null, 'khong-co.csv: không tìm thấy tệp'],
        ['an Excel 97–2003 file', 'cu.xlsx', Buffer.from('d0cf11e0a1b11ae1000000000000000000', 'hex'), 'cu.xlsx: là tệp Excel 97–2003 (.xls)'],
        ['a password-protected workbook', 'mat-khau.xlsx',
            Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(64), Buffer.from('EncryptedPackage', 'utf16le')]),
            'mat-khau.xlsx: bảng tính có mật khẩu'],
        ['a text file named .xlsx', 'gia.xlsx', Buffer.from('Chỉ số,Giá trị\n'), 'gia.xlsx: không phải tệp .xlsx'],
        ['a PDF', 'bao-cao.pdf', Buffer.from('%PDF-1.7'), 'bao-cao.pdf: chỉ đọc được tệp .xlsx, .csv hoặc .json'],
        ['JSON that is not a data value set', 'x.json', Buffer.from('{"rows": []}'), 'x.json: không phải bộ giá trị dữ liệu DHIS2'],
        ['a damaged workbook', 'hong.xlsx', Buffer.from('PK\u0003\u0004garbage'), 'hong.xlsx: tệp .xlsx bị hỏng'],
        ['a file over 20 MB', 'lon.csv', Buffer.alloc(21 * 1024 * 1024, 'a'), 'lon.csv: tệp 21 MB vượt giới hạn 20 MB'],
        ['a sheet without a table', 'trong.csv', Buffer.from('Báo cáo tháng\nKhông có số liệu\n'), 'trong.csv: không tìm thấy bảng số liệu'],
    ])('%s: exit 2, named', (_what, name, content, message) => {
        const dir = dataWorkspace({ 'bc.bcyt': REPORT, ...(content ? { [name]: content } : {}) });
        const result = runBcyt(['data', 'import', name, '--into', 'bc.bcyt'], dir);
        expect(result.code).toBe(2);
        expect(result.stderr).toContain(message);
        expect(readFileSync(join(dir, 'bc.bcyt'), 'utf8')).toBe(REPORT);
    });

    test('usage: exit 2', () => {
        const dir = dataWorkspace({ 'bc.bcyt': REPORT });
        expect(runBcyt(['data', 'import', 'a.csv'], dir).code).toBe(2);
        expect(runBcyt(['data', 'nhap'], dir).code).toBe(2);
    });
});
