import { parse } from 'csv-parse/sync';
import { describe, expect, test } from 'vitest';
import { parseCsv, splitPlain } from '../../src/data/csv.js';

/**
 * parseCsv splits a quote-free text itself and leaves the rest to csv-parse: both must give the
 * rows csv-parse gives, for the shapes figures come in (the lines of test/data's long tables,
 * commune forms, DHIS2 data value sets, Excel's `;` and tab files) in every spelling of their
 * line breaks and ends.
 */
const csvParse = (text: string, delimiter: string) =>
    parse(text, { bom: true, delimiter, relax_column_count: true, skip_empty_lines: false }) as string[][];

const TABLES: [string, string, string][] = [
    ['a long table, labels and DHIS2 months', ',', `Chỉ số,Đơn vị,Kỳ,Giá trị,ĐVT
Số người được phục vụ 001,Trạm Y tế xã 001,202401,13,người
Số trẻ sinh là trẻ trai,Trung tâm Y tế Hoằng Hóa,2024Q1,1234,
dan_so_tb,TTYT_HoangHoa,2024,167769
`],
    ['a commune form with a title row and column numbers', ',', `BIỂU 01: KẾT QUẢ TIÊM CHỦNG MỞ RỘNG QUÝ I NĂM 2024,,,,,
STT,Chỉ tiêu,ĐVT,Trạm Y tế xã Thiệu Toán,Trạm Y tế xã Thiệu Chính,TYT_MinhTam
(1),(2),(3),(4),(5),(6)
I,TIÊM CHỦNG,,,,
2,Số trẻ được tiêm sởi mũi 2,trẻ,41,,50
`],
    ['a DHIS2 data value set', ',', `dataelement,period,orgunit,categoryoptioncombo,attributeoptioncombo,value,storedby,lastupdated,comment,followup
a1B2c3D4e5F,2024Q1,OU_HH00001a,HllvX50cXC0,HllvX50cXC0,703,admin,2024-04-02T10:00:00.000,,false
`],
    ['Excel in Vietnamese: `;` and decimal commas', ';', 'Chỉ số;Đơn vị;Kỳ;Giá trị\nty_suat_sinh;TTYT_HoangHoa;2024;11,41\ndan_so_tb;TTYT_HoangHoa;2024;167.769\n'],
    ['tab-separated', '\t', 'Chỉ tiêu\tĐVT\tQ1/2023\tQ1/2024\nSố trẻ sinh là trẻ trai\ttrẻ\t\t1234\n'],
    ['one cell', ',', 'Chỉ số\n'],
    ['nothing', ',', ''],
];

/** The same table as other programs save it. */
const SPELLINGS: [string, (text: string) => string][] = [
    ['as written', t => t],
    ['CRLF', t => t.replace(/\n/g, '\r\n')],
    ['a BOM', t => `\uFEFF${t}`],
    ['a BOM and CRLF', t => `\uFEFF${t.replace(/\n/g, '\r\n')}`],
    ['no final line break', t => t.replace(/\n$/, '')],
    ['blank lines at the end', t => `${t}\n\n`],
    ['a blank line and a line of spaces inside', t => t.replace('\n', '\n\n  \n')],
    ['cells with spaces around them', t => t.replace(/([,;\t])/g, ' $1 ')],
];

describe('a text without quotes: split directly, as csv-parse reads it', () => {
    test.each(TABLES.flatMap(([table, delimiter, text]) => SPELLINGS.map(([how, spell]) => [`${table}, ${how}`, delimiter, spell(text)] as const)))(
        '%s', (_name, delimiter, text) => {
            const expected = csvParse(text, delimiter);
            expect(splitPlain(text.replace(/^\uFEFF/, ''), delimiter)).toEqual(expected);
            expect(parseCsv(text)).toEqual(expected);
        });
});

describe('other texts: csv-parse reads them', () => {
    test.each([
        ['a quoted label holding the separator', ',', 'Chỉ số,Giá trị\n"Số trẻ, dưới 1 tuổi",703\n'],
        ['a quote inside a quoted cell', ',', 'Chỉ số,Giá trị\n"Số ""trẻ""",703\n'],
        ['a line break inside a quoted cell', ';', 'Chỉ số;Giá trị\n"Số trẻ\ndưới 1 tuổi";703\n'],
        ['old Mac line breaks (CR alone)', ',', 'Chỉ số,Giá trị\rdan_so_tb,167769\r'],
        ['LF then CRLF: csv-parse keeps LF, the CR stays in the cell', ',', 'Chỉ số,Giá trị\ndan_so_tb,167769\r\nty_suat_sinh,11.41\n'],
        ['CRLF then a lone LF', ',', 'Chỉ số,Giá trị\r\ndan_so_tb,167769\nty_suat_sinh,11.41\r\n'],
    ])('%s', (_name, delimiter, text) => {
        expect(splitPlain(text, delimiter)).toBeUndefined();
        expect(parseCsv(text)).toEqual(csvParse(text, delimiter));
    });

    test('a stray quote is an error of csv-parse, as before', () => {
        const text = 'Chỉ số,Giá trị\ndan_so_tb,"167769"x\n';
        expect(() => csvParse(text, ',')).toThrow();
        expect(() => parseCsv(text)).toThrow();
    });
});
