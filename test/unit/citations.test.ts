import { describe, expect, it } from 'vitest';
import {
    checkDocNumber, checkIssuer, checkTypeMatchesSymbol, checkYearMatchesDate, docTypeByCode, docTypeByName,
    findRawCitations, formatCitationVi, formatDateVi, issuerByCode, issuerByName, issuerMatches, parseLegalSymbol,
    typeCodeForName, typeNameForCode, type LegalSymbol, type RawCitation,
} from '../../language-server/src/semantics/citations.js';
import { DOC_TYPES, ISSUERS } from '../../language-server/src/semantics/legal-codes.js';

const nfd = (s: string) => s.normalize('NFD');

function sym(s: string): LegalSymbol {
    const r = parseLegalSymbol(s);
    if (!r.ok) throw new Error(`${s}: ${r.error.messageVi}`);
    return r.symbol;
}

// ---- 1. type codes -------------------------------------------------------------------------------

describe('document type codes (Nghị định 30/2020/NĐ-CP, Phụ lục III)', () => {
    const ND30: [string, string][] = [
        ['Nghị quyết', 'NQ'], ['Quyết định', 'QĐ'], ['Chỉ thị', 'CT'], ['Quy chế', 'QC'], ['Quy định', 'QyĐ'],
        ['Thông cáo', 'TC'], ['Thông báo', 'TB'], ['Hướng dẫn', 'HD'], ['Chương trình', 'CTr'], ['Kế hoạch', 'KH'],
        ['Phương án', 'PA'], ['Đề án', 'ĐA'], ['Dự án', 'DA'], ['Báo cáo', 'BC'], ['Biên bản', 'BB'], ['Tờ trình', 'TTr'],
        ['Hợp đồng', 'HĐ'], ['Công điện', 'CĐ'], ['Bản ghi nhớ', 'BGN'], ['Bản thỏa thuận', 'BTT'], ['Giấy ủy quyền', 'GUQ'],
        ['Giấy mời', 'GM'], ['Giấy giới thiệu', 'GGT'], ['Giấy nghỉ phép', 'GNP'], ['Phiếu gửi', 'PG'], ['Phiếu chuyển', 'PC'],
        ['Phiếu báo', 'PB'], ['Nghị định', 'NĐ'], ['Thông tư', 'TT'],
    ];
    it.each(ND30)('%s <-> %s', (name, code) => {
        expect(typeCodeForName(name)).toBe(code);
        expect(typeNameForCode(code)).toBe(name);
        expect(typeCodeForName(nfd(name))).toBe(code);
        expect(typeCodeForName(name.toUpperCase())).toBe(code);
        expect(typeNameForCode(nfd(code))).toBe(name);
    });
    it('has all 27 codes of Phụ lục III', () => {
        expect(DOC_TYPES.filter(d => d.source === 'nd30')).toHaveLength(27);
    });
    it.each([
        ['quyết định', 'QĐ'], ['Quyết Định', 'QĐ'], ['QUYẾT ĐỊNH', 'QĐ'], ['kế hoạch hành động', 'KH'],
        ['Bản thoả thuận', 'BTT'], ['Giấy uỷ quyền', 'GUQ'], ['Thông tư liên tịch', 'TTLT'], ['thông tư', 'TT'],
    ])('tolerant name lookup %j -> %s', (name, code) => expect(typeCodeForName(name)).toBe(code));
    it.each(['Luật', 'Công văn', 'Pháp lệnh'])('%s has no type code to propose', name => {
        expect(docTypeByName(name)?.name).toBe(name);
        expect(typeCodeForName(name)).toBeUndefined();
    });
    it('accepts the non-standard "CV" as công văn and the party "QĐi" as quy định', () => {
        expect(docTypeByCode('CV')?.name).toBe('Công văn');
        expect(docTypeByCode('QĐi')?.name).toBe('Quy định');
    });
    it.each(['Văn bản', 'Tài liệu', '', 'QĐ'])('unknown name %j', name => expect(docTypeByName(name)).toBeUndefined());
    it.each(['qđ', 'QD', 'Kh', 'XY', ''])('codes are exact: %j is not a code', code => expect(docTypeByCode(code)).toBeUndefined());
    it('type codes and issuer codes never collide', () => {
        const types = new Set(DOC_TYPES.flatMap(d => [...d.codes, ...d.extraCodes ?? []]));
        expect(ISSUERS.filter(i => types.has(i.code))).toEqual([]);
    });
});

// ---- 2. issuers ----------------------------------------------------------------------------------

describe('issuer codes', () => {
    it.each([
        ['UBND', 'Sở Y tế', 'mismatch'], // seed 004: Kế hoạch số 2785/KH-UBND … của Sở Y tế
        ['UBND', 'UBND tỉnh Thanh Hóa', 'match'],
        ['UBND', 'Ủy ban nhân dân tỉnh', 'match'],
        ['UBND', nfd('Uỷ ban nhân dân tỉnh Kon Tum'), 'match'],
        ['UBND', 'Chủ tịch UBND tỉnh', 'match'],
        ['UBND', 'UBND huyện Thiệu Hóa', 'match'],
        ['BYT', 'Bộ Y tế', 'match'],
        ['BYT', 'Bộ trưởng Bộ Y tế', 'match'],
        ['BYT', 'Sở Y tế', 'mismatch'],
        ['TW', 'Ban Bí thư', 'match'],
        ['TW', 'Ban Chấp hành Trung ương', 'match'],
        ['TW', 'Bộ Chính trị', 'match'],
        ['TU', 'BCH Đảng bộ tỉnh', 'match'],
        ['TU', 'Ban Chấp hành Đảng bộ tỉnh Kon Tum', 'match'],
        ['TU', 'Tỉnh ủy', 'match'],
        ['TU', 'Ban Bí thư', 'mismatch'],
        ['HU', 'Huyện ủy', 'match'],
        ['ĐH', 'Đại hội đại biểu Đảng bộ tỉnh Kon Tum', 'match'],
        ['SNV', 'Sở Nội vụ Thanh Hóa', 'match'],
        ['SYT', 'Sở Y tế Thanh Hóa', 'match'],
        ['SYT', 'Giám đốc Sở Y tế', 'match'],
        ['SYT', 'UBND tỉnh', 'mismatch'],
        ['CP', 'Chính phủ', 'match'],
        ['TTg', 'Thủ tướng Chính phủ', 'match'],
        ['CP', 'Thủ tướng Chính phủ', 'mismatch'],
        ['HĐND', 'Hội đồng nhân dân tỉnh Kon Tum', 'match'],
        ['TTYT', 'Trung tâm Y tế', 'match'],
        ['CDC', 'Trung tâm Kiểm soát bệnh tật tỉnh', 'match'],
        ['BHXH', 'Bảo hiểm xã hội huyện', 'match'],
        ['QH15', 'Quốc hội', 'match'],
        ['UBND', 'Văn phòng Chính phủ', 'unknown'],
        ['UBND', 'Hội Chữ thập đỏ', 'unknown'],
        ['XYZ', 'Bộ Y tế', 'unknown'],
        ['UBND', '', 'unknown'],
    ] as const)('%s vs %j -> %s', (code, name, expected) => expect(issuerMatches(code, name)).toBe(expected));
    it('maps codes to kinds and names', () => {
        expect(issuerByCode('UBND')).toMatchObject({ kind: 'people-committee', name: 'Ủy ban nhân dân' });
        expect(issuerByCode('TW')).toMatchObject({ kind: 'party-central', party: true });
        expect(issuerByCode('Ttg')?.code).toBe('TTg');
        expect(issuerByCode('Ttg', false)).toBeUndefined();
        expect(issuerByName('Phó Chủ tịch UBND tỉnh')?.code).toBe('UBND');
        expect(issuerByName('Bộ tiêu chí quốc gia')).toBeUndefined();
    });
});

// ---- 3. symbol parsing -----------------------------------------------------------------------------

describe('parseLegalSymbol: accepted shapes', () => {
    it.each([
        ['1300/QĐ-BYT', { shape: 'administrative', number: '1300', typeCode: 'QĐ', typeName: 'Quyết định', issuerCode: 'BYT' }],
        ['01/KH-SYT', { shape: 'administrative', number: '01', typeCode: 'KH', typeName: 'Kế hoạch', issuerCode: 'SYT' }],
        ['140/KH-UBND', { shape: 'administrative', number: '140', typeCode: 'KH', issuerCode: 'UBND' }],
        ['4939/CTr-SYT', { shape: 'administrative', number: '4939', typeCode: 'CTr', typeName: 'Chương trình', issuerCode: 'SYT' }],
        ['262/QĐ-SYT', { shape: 'administrative', number: '262', typeCode: 'QĐ', issuerCode: 'SYT' }],
        ['2259/QĐ-TTg', { shape: 'administrative', number: '2259', typeCode: 'QĐ', issuerCode: 'TTg' }],
        ['128/NQ-CP', { shape: 'administrative', number: '128', typeCode: 'NQ', typeName: 'Nghị quyết', issuerCode: 'CP' }],
        ['322/SNV-TCBC', { shape: 'letter', number: '322', typeName: 'Công văn', issuerCode: 'SNV', unitCode: 'TCBC' }],
        ['5709/SYT-VP', { shape: 'letter', number: '5709', typeName: 'Công văn', issuerCode: 'SYT', unitCode: 'VP' }],
        ['106/2020/NĐ-CP', { shape: 'normative', number: '106', year: 2020, typeCode: 'NĐ', typeName: 'Nghị định', issuerCode: 'CP' }],
        ['37/2019/TT-BYT', { shape: 'normative', number: '37', year: 2019, typeCode: 'TT', typeName: 'Thông tư', issuerCode: 'BYT' }],
        ['56/2020/NQ-HĐND', { shape: 'normative', number: '56', year: 2020, typeCode: 'NQ', issuerCode: 'HĐND' }],
        ['15/2023/QH15', { shape: 'normative', number: '15', year: 2023, issuerCode: 'QH15' }],
        ['17-CT/TW', { shape: 'party', number: '17', typeCode: 'CT', typeName: 'Chỉ thị', issuerCode: 'TW' }],
        ['54-CTr/TU', { shape: 'party', number: '54', typeCode: 'CTr', issuerCode: 'TU' }],
        ['06-NQ/ĐH', { shape: 'party', number: '06', typeCode: 'NQ', issuerCode: 'ĐH' }],
        ['21-NQ/TW', { shape: 'party', number: '21', typeCode: 'NQ', issuerCode: 'TW' }],
        ['/BC-TTYT', { shape: 'administrative', typeCode: 'BC', typeName: 'Báo cáo', issuerCode: 'TTYT' }],
        ['/KH-TTYT', { shape: 'administrative', typeCode: 'KH', issuerCode: 'TTYT' }],
        ['/CV-TTYT', { shape: 'letter', typeCode: 'CV', typeName: 'Công văn', issuerCode: 'TTYT' }],
        ['/SYT-KHTC', { shape: 'letter', typeName: 'Công văn', issuerCode: 'SYT', unitCode: 'KHTC' }],
        ['-BC/ĐU', { shape: 'party', typeCode: 'BC', issuerCode: 'ĐU' }],
        ['123/BC-UBND-VX', { shape: 'administrative', number: '123', typeCode: 'BC', issuerCode: 'UBND', unitCode: 'VX' }],
        ['45/TTKSBT-KHNV', { shape: 'letter', number: '45', issuerCode: 'TTKSBT', unitCode: 'KHNV' }], // unknown org code: a letter
        [nfd('1300/QĐ-BYT'), { shape: 'administrative', number: '1300', typeCode: 'QĐ', issuerCode: 'BYT' }],
    ] as const)('%s', (input, expected) => {
        const r = parseLegalSymbol(input);
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        expect(r.symbol).toMatchObject(expected);
        for (const k of ['number', 'year', 'typeCode', 'unitCode'] as const) {
            if (!(k in expected)) expect(r.symbol[k]).toBeUndefined();
        }
    });

    it('reports the span of each part', () => {
        const s = sym('106/2020/NĐ-CP-VP');
        const text = '106/2020/NĐ-CP-VP';
        const at = (span?: readonly [number, number]) => span && text.slice(span[0], span[1]);
        expect([at(s.spans.number), at(s.spans.year), at(s.spans.type), at(s.spans.issuer), at(s.spans.unit), at(s.spans.all)])
            .toEqual(['106', '2020', 'NĐ', 'CP', 'VP', text]);
        const p = sym('  17-CT/TW ');
        expect(p.spans).toMatchObject({ number: [2, 4], type: [5, 7], issuer: [8, 10], all: [2, 10] });
        expect(sym('/SYT-KHTC').spans).toMatchObject({ issuer: [1, 4], unit: [5, 9] });
    });

    it('accepts workspace org codes for letters', () => {
        expect(parseLegalSymbol('12/XY-BYT').ok).toBe(false);
        const r = parseLegalSymbol('12/TTYTHH-VP', { issuerCodes: ['TTYTHH'] });
        expect(r.ok && r.symbol).toMatchObject({ shape: 'letter', issuerCode: 'TTYTHH', unitCode: 'VP' });
    });
});

describe('parseLegalSymbol: malformed symbols give legal-number-format', () => {
    // [input, range [start,end), message fragment, suggestion]
    it.each([
        ['1300QĐ-BYT', [0, 10], 'Thiếu dấu "/"', '1300/QĐ-BYT'],
        ['1300/QĐBYT', [5, 10], 'Thiếu dấu "-"', '1300/QĐ-BYT'],
        ['1300/XY-BYT', [5, 7], 'Ký hiệu loại văn bản "XY"', undefined], // unknown type code: an error
        ['1300/QD-BYT', [5, 7], 'có phải "QĐ"', '1300/QĐ-BYT'],
        ['1300/qđ-BYT', [5, 7], 'có phải "QĐ"', '1300/QĐ-BYT'],
        ['abc/QĐ-BYT', [0, 3], 'chữ số', undefined],
        ['17/CT-TW', [0, 8], 'Văn bản của Đảng', '17-CT/TW'],
        ['17-CT/BYT', [0, 9], 'cơ quan nhà nước', '17/CT-BYT'],
        ['17-XX/TW', [3, 5], 'Ký hiệu loại văn bản "XX"', undefined],
        ['1300/QĐ–BYT', [7, 8], 'gạch nối', '1300/QĐ-BYT'],
        ['1300 /QĐ-BYT', [4, 5], 'dấu cách', '1300/QĐ-BYT'],
        ['1300/QĐ-', [5, 8], 'Thiếu ký hiệu', undefined],
        ['1300/QĐ', [5, 7], 'Thiếu cơ quan ban hành', undefined],
        ['106/20/NĐ-CP', [4, 6], 'Năm', undefined],
        ['106/2020/NĐ', [9, 11], 'Thiếu cơ quan ban hành', undefined],
        ['1/2/3/QĐ-BYT', [0, 12], 'dấu "/"', undefined],
        ['1300/QĐ-B.T', [5, 11], 'không hợp lệ', undefined],
        ['', [0, 0], 'trống', undefined],
    ] as const)('%j', (input, [start, end], fragment, suggestion) => {
        const r = parseLegalSymbol(input);
        expect(r.ok).toBe(false);
        if (r.ok) return;
        expect(r.error).toMatchObject({ code: 'legal-number-format', severity: 'error', start, end });
        expect(r.error.messageVi).toContain(fragment);
        expect(r.error.messageEn.length).toBeGreaterThan(10);
        expect(r.error.suggestion).toBe(suggestion);
        if (suggestion) expect(parseLegalSymbol(suggestion).ok).toBe(true);
    });
    it('never throws on junk', () => {
        for (const s of ['/', '-', '//', '-/', '/-', '1/', '/1', '\u0000', '😀/QĐ-BYT', '1300/QĐ-BYT/', 'số', '١٢/QĐ-BYT']) {
            expect(() => parseLegalSymbol(s)).not.toThrow();
        }
    });
});

// ---- 4. checks ------------------------------------------------------------------------------------

describe('checkTypeMatchesSymbol', () => {
    it.each([
        ['Quyết định', '1300/QĐ-BYT'], ['quyết định', '1300/QĐ-BYT'], ['Kế hoạch hành động', '01/KH-SYT'],
        ['Chương trình', '4939/CTr-SYT'], ['Chương trình', '54-CTr/TU'], ['Nghị định', '106/2020/NĐ-CP'],
        ['Thông tư', '37/2019/TT-BYT'], ['Nghị quyết', '56/2020/NQ-HĐND'], ['Chỉ thị', '17-CT/TW'],
        ['Công văn', '322/SNV-TCBC'], ['Công văn', '/CV-TTYT'], ['Luật', '15/2023/QH15'], ['Nghị quyết', '93/2023/QH15'],
        ['Văn bản', '1300/QĐ-BYT'], // unknown type name: nothing to compare
    ])('%s + %s: consistent', (type, s) => expect(checkTypeMatchesSymbol(type, sym(s))).toEqual([]));
    it.each([
        ['Kế hoạch', '1300/QĐ-BYT', [5, 7], '"QĐ" (Quyết định)'],
        ['Quyết định', '2785/KH-UBND', [5, 7], '"KH" (Kế hoạch)'],
        ['Thông tư', '106/2020/NĐ-CP', [9, 11], '"NĐ"'],
        ['Nghị quyết', '17-CT/TW', [3, 5], '"CT"'],
        ['Quyết định', '5709/SYT-VP', [0, 11], 'không có ký hiệu loại'],
        ['Công văn', '1300/QĐ-BYT', [5, 7], '"QĐ"'],
        ['Luật', '106/2020/NĐ-CP', [9, 11], '"NĐ"'],
    ] as const)('%s + %s: legal-type-mismatch', (type, s, [start, end], fragment) => {
        const [p, ...rest] = checkTypeMatchesSymbol(type, sym(s));
        expect(rest).toEqual([]);
        expect(p).toMatchObject({ code: 'legal-type-mismatch', severity: 'error', start, end });
        expect(p.messageVi).toContain(fragment);
        expect(p.messageEn).toContain('contradicts');
    });
});

describe('checkYearMatchesDate', () => {
    it.each([
        ['106/2020/NĐ-CP', 2020], ['37/2019/TT-BYT', 2019], ['56/2020/NQ-HĐND', 2020],
        ['1300/QĐ-BYT', 2023], ['1300/QĐ-BYT', 1999], ['17-CT/TW', 2022], ['106/2020/NĐ-CP', undefined],
    ])('%s dated %s: consistent', (s, y) => expect(checkYearMatchesDate(sym(s), y)).toEqual([]));
    it.each([['106/2020/NĐ-CP', 2021, [4, 8]], ['37/2019/TT-BYT', 2020, [3, 7]]] as const)('%s dated %s: mismatch', (s, y, [start, end]) => {
        expect(checkYearMatchesDate(sym(s), y)).toEqual([expect.objectContaining({
            code: 'legal-year-mismatch', start, end, messageVi: expect.stringContaining(String(y)),
        })]);
    });
});

describe('checkIssuer', () => {
    it.each([
        ['2785/KH-UBND', 'Sở Y tế', [8, 12]],
        ['1300/QĐ-BYT', 'UBND tỉnh Thanh Hóa', [8, 11]],
        ['17-CT/TW', 'Tỉnh ủy', [6, 8]],
        ['5709/SYT-VP', 'Sở Nội vụ', [5, 8]],
    ] as const)('%s of %j: legal-issuer-mismatch', (s, issuer, [start, end]) => {
        const [p] = checkIssuer(sym(s), issuer);
        expect(p).toMatchObject({ code: 'legal-issuer-mismatch', start, end });
        expect(p.messageVi).toContain(issuer);
    });
    it.each([
        ['3554/KH-UBND', 'Ủy ban nhân dân tỉnh'], ['07/CT-UBND', 'Chủ tịch UBND tỉnh'], ['3452/QĐ-BYT', 'Bộ trưởng Bộ Y tế'],
        ['17-CT/TW', 'Ban Bí thư'], ['54-CTr/TU', 'BCH Đảng bộ tỉnh'], ['322/SNV-TCBC', 'Sở Nội vụ Thanh Hóa'],
        ['5709/SYT-VP', 'Sở Y tế Thanh Hóa'], ['1300/QĐ-BYT', 'Hội nghị'], ['1300/QĐ-BYT', undefined],
    ])('%s of %j: consistent or unknown', (s, issuer) => expect(checkIssuer(sym(s), issuer)).toEqual([]));
});

describe('checkDocNumber', () => {
    it.each([
        ['report', '/BC-TTYT', 'TTYT'], ['plan', '/KH-TTYT', 'TTYT'], ['letter', '/CV-TTYT', 'TTYT'],
        ['letter', '/SYT-KHTC', 'SYT'], ['letter', '5709/SYT-VP', 'SYT'], ['report', '12/BC-TTYT', undefined],
        ['plan', '01/KH-SYT', 'SYT'], ['report', '-BC/ĐU', 'ĐU'],
    ] as const)('%s %s (org %s): fine', (kind, s, org) => expect(checkDocNumber(kind, s, org)).toEqual([]));
    it.each([
        ['report', '/KH-TTYT', 'TTYT', [1, 3], '"BC"'],
        ['plan', '/BC-TTYT', 'TTYT', [1, 3], '"KH"'],
        ['report', '/SYT-KHTC', 'SYT', [0, 9], '"BC"'],
        ['letter', '/BC-TTYT', 'TTYT', [1, 3], 'Công văn không dùng'],
        ['report', '/BC-SYT', 'TTYT', [4, 7], '"TTYT"'],
        ['letter', '/SYT-KHTC', 'TTYT', [1, 4], 'khác mã'],
        ['report', '/BCTTYT', 'TTYT', [1, 7], 'Thiếu dấu "-"'],
    ] as const)('%s %s (org %s): doc-number-format', (kind, s, org, [start, end], fragment) => {
        const [p, ...rest] = checkDocNumber(kind, s, org);
        expect(rest).toEqual([]);
        expect(p).toMatchObject({ code: 'doc-number-format', start, end });
        expect(p.messageVi).toContain(fragment);
    });
    it('reports both a wrong type code and a wrong issuer', () => {
        expect(checkDocNumber('report', '/KH-SYT', 'TTYT').map(p => p.start)).toEqual([1, 4]);
    });
});

// ---- 5. raw citations ----------------------------------------------------------------------------

type Expect = Partial<Pick<RawCitation, 'typeName' | 'typeText' | 'symbol' | 'date' | 'issuer' | 'subject'>>;

function only(text: string): RawCitation {
    const found = findRawCitations(text);
    expect(found).toHaveLength(1);
    return found[0];
}

describe('findRawCitations: seed lines', () => {
    it.each<[string, Expect]>([
        ['theo Quyết định số 1300/QĐ-BYT ngày 09/3/2023 của Bộ Y tế.',
            { typeName: 'Quyết định', symbol: '1300/QĐ-BYT', date: { day: 9, month: 3, year: 2023 }, issuer: 'Bộ Y tế' }],
        ['- Kế hoạch số 23/KH-TTYT ngày 07/02/2024 về thực hiên xã đạt Bộ tiêu chí Quốc gia về y tế.',
            { typeName: 'Kế hoạch', symbol: '23/KH-TTYT', date: { day: 7, month: 2, year: 2024 }, subject: 'thực hiên xã đạt Bộ tiêu chí Quốc gia về y tế' }],
        ['Quyết định 1300/QĐ-BYT ngày 09/3/2023 của Bộ Y tế',
            { typeName: 'Quyết định', typeText: 'Quyết định', symbol: '1300/QĐ-BYT', issuer: 'Bộ Y tế' }],
        ['Căn cứ công văn số 5709/SYT-VP ngày 06 tháng 12 năm 2023 của Sở Y tế Thanh Hóa về việc báo cáo công tác y tế năm 2023; xây dựng',
            { typeName: 'Công văn', typeText: 'công văn', symbol: '5709/SYT-VP', date: { day: 6, month: 12, year: 2023 },
                issuer: 'Sở Y tế Thanh Hóa', subject: 'báo cáo công tác y tế năm 2023' }],
        ['theo Thông tư 37/2019/TT-BYT ngày 30/12/2019. Triển khai',
            { typeName: 'Thông tư', symbol: '37/2019/TT-BYT', date: { day: 30, month: 12, year: 2019 } }],
        ['Chỉ thị số 17-CT/TW ngày 21/10/2022 của Ban Bí thư về tăng cường bảo đảm an ninh, an toàn thực phẩm trong tình hình mới; Đẩy mạnh',
            { typeName: 'Chỉ thị', symbol: '17-CT/TW', date: { day: 21, month: 10, year: 2022 }, issuer: 'Ban Bí thư',
                subject: 'tăng cường bảo đảm an ninh, an toàn thực phẩm trong tình hình mới' }],
        ['10. Triển khai thực hiện chỉ thị 08/CT-BYT ngày 29/7/2019 của Bộ Y tế về giảm thiểu chất thải nhựa trong y tế.',
            { typeName: 'Chỉ thị', typeText: 'chỉ thị', symbol: '08/CT-BYT', issuer: 'Bộ Y tế', subject: 'giảm thiểu chất thải nhựa trong y tế' }],
        ['- Thực hiện Công văn số 322/SNV-TCBC ngày 20/02/2024 của Sở Nội vụ Thanh Hóa về đôn đốc xây dựng, trình phê duyệt Đề án vị trí việc làm.',
            { typeName: 'Công văn', symbol: '322/SNV-TCBC', date: { day: 20, month: 2, year: 2024 }, issuer: 'Sở Nội vụ Thanh Hóa',
                subject: 'đôn đốc xây dựng, trình phê duyệt Đề án vị trí việc làm' }],
        ['Nghị định số 106/2020/NĐ-CP ngày 10/9/2020 của Chính phủ quy định về vị trí việc làm',
            { typeName: 'Nghị định', symbol: '106/2020/NĐ-CP', date: { day: 10, month: 9, year: 2020 }, issuer: 'Chính phủ' }],
        ['1.3. Nghị quyết số 56/2020/NQ-HĐND ngày 08 tháng 12 năm 2020 của Hội đồng nhân dân tỉnh Kon Tum; Quyết',
            { typeName: 'Nghị quyết', symbol: '56/2020/NQ-HĐND', date: { day: 8, month: 12, year: 2020 }, issuer: 'Hội đồng nhân dân tỉnh Kon Tum' }],
        ['1.1. Nghị quyết số 06-NQ/ĐH ngày 30 tháng 9 năm 2020 Đại hội đại biểu Đảng bộ tỉnh Kon Tum lần thứ XVI, nhiệm kỳ 2020 – 2025',
            { typeName: 'Nghị quyết', symbol: '06-NQ/ĐH', date: { day: 30, month: 9, year: 2020 }, issuer: 'Đại hội đại biểu Đảng bộ tỉnh Kon Tum' }],
        ['1.2. Chương trình số 54-CTr/TU ngày 21/02/2018 của BCH Đảng bộ tỉnh khóa XV “về tăng cường công tác',
            { typeName: 'Chương trình', symbol: '54-CTr/TU', date: { day: 21, month: 2, year: 2018 }, issuer: 'BCH Đảng bộ tỉnh' }],
        ['1.5. Kế hoạch số 4710/KH-UBND ngày 23/12/2020 của Ủy ban nhân dân tỉnh Triển khai thực hiện Chiến lược Quốc gia',
            { typeName: 'Kế hoạch', symbol: '4710/KH-UBND', issuer: 'Ủy ban nhân dân tỉnh' }],
        ['1.6. Kế hoạch số 2785/KH-UBND ngày 09/8/2021 của Sở Y tế về điều trị thay thế nghiện các chất dạng thuốc phiện bằng thuốc Methadone giai đoạn 2021-2025 trên địa bàn tỉnh Kon Tum.',
            { typeName: 'Kế hoạch', symbol: '2785/KH-UBND', date: { day: 9, month: 8, year: 2021 }, issuer: 'Sở Y tế',
                subject: 'điều trị thay thế nghiện các chất dạng thuốc phiện bằng thuốc Methadone giai đoạn 2021-2025 trên địa bàn tỉnh Kon Tum' }],
        ['Chỉ thị số 07/CT-UBND ngày 27/4/2018 của Chủ tịch UBND tỉnh về việc tăng cường quản lý hoạt động hành nghề y, dược ngoài công lập trên địa bàn.',
            { typeName: 'Chỉ thị', symbol: '07/CT-UBND', issuer: 'Chủ tịch UBND tỉnh',
                subject: 'tăng cường quản lý hoạt động hành nghề y, dược ngoài công lập trên địa bàn' }],
        ['2.7. Kế hoạch số 2173/KH-UBND ngày 28/6/2021 của UBND tỉnh triển khai thực hiện',
            { symbol: '2173/KH-UBND', issuer: 'UBND tỉnh' }],
        ['Quyết định số 3452/QĐ-BYT ngày 06 tháng 9 năm 2023 của Bộ trưởng Bộ Y tế về việc ban hành hướng dẫn',
            { symbol: '3452/QĐ-BYT', date: { day: 6, month: 9, year: 2023 }, issuer: 'Bộ trưởng Bộ Y tế', subject: 'ban hành hướng dẫn' }],
        ['trình Sở Y tế phê duyệt tại Quyết định số 262/QĐ-SYT \n\nngày 26/03/2024. \n',
            { symbol: '262/QĐ-SYT', date: { day: 26, month: 3, year: 2024 } }],
        ['thực hiện tốt Kế hoạch số 236/KH-UBND ngày 09/11/2020 của UBND \n\ntỉnh về lập Hồ sơ sức khỏe điện tử toàn dân; đảm bảo',
            { symbol: '236/KH-UBND', issuer: 'UBND tỉnh', subject: 'lập Hồ sơ sức khỏe điện tử toàn dân' }],
    ])('%j', (text, expected) => {
        const c = only(text);
        expect(c).toMatchObject(expected);
        expect(c.parsed.ok).toBe(true);
        expect(text.slice(c.symbolStart, c.symbolEnd)).toBe(c.symbol);
        if (c.issuerStart !== undefined) expect(text.slice(c.issuerStart, c.issuerEnd).replace(/\s+/g, ' ')).toBe(c.issuer);
        if (c.subjectStart !== undefined) expect(text.slice(c.subjectStart, c.subjectEnd).replace(/\s+/g, ' ')).toBe(c.subject);
        if (!('issuer' in expected)) expect(c.issuer).toBeUndefined();
        if (!('subject' in expected)) expect(c.subject).toBeUndefined();
    });

    it('reads the whole citation range, without the subject', () => {
        const text = 'theo Quyết định số 1300/QĐ-BYT ngày 09/3/2023 của Bộ Y tế.';
        const c = only(text);
        expect(text.slice(c.start, c.end)).toBe('Quyết định số 1300/QĐ-BYT ngày 09/3/2023 của Bộ Y tế');
        expect(text.slice(c.dateStart, c.dateEnd)).toBe('ngày 09/3/2023');
        const t2 = 'Kế hoạch số 23/KH-TTYT ngày 07/02/2024 về thực hiện';
        expect(t2.slice(only(t2).start, only(t2).end)).toBe('Kế hoạch số 23/KH-TTYT ngày 07/02/2024');
    });

    it('handles several citations in one sentence (seed 003, "số1038" without a space)', () => {
        const text = 'theo Quyết định số 1300/QĐ-BYT ngày 09/3/2023 của Bộ Y tế và Quyết định số 1037/QĐ-UBND, Quyết định số1038/QĐ-UBND ngày 22/10/2022 của Ủy ban nhân dân tỉnh về ban hành các tiêu chí xây dựng nông thôn mới.';
        const found = findRawCitations(text);
        expect(found.map(c => [c.symbol, c.issuer, c.date?.day])).toEqual([
            ['1300/QĐ-BYT', 'Bộ Y tế', 9], ['1037/QĐ-UBND', undefined, undefined], ['1038/QĐ-UBND', 'Ủy ban nhân dân tỉnh', 22],
        ]);
        expect(text.slice(found[2].start, found[2].symbolEnd)).toBe('Quyết định số1038/QĐ-UBND');
        expect(found[2].subject).toBe('ban hành các tiêu chí xây dựng nông thôn mới');
    });

    it('reads the issuer before the date, and a qualified type ("kế hoạch hành động số")', () => {
        const text = '6. Thực hiện tốt các nhiệm vụ của Sở Y tế tại kế hoạch hành động số \n\n01/KH-SYT ngày 01/01/2024 của Sở Y tế Thanh Hóa về thực hiện Quyết định số \n\n5050/QĐ-UBND của UBND tỉnh Thanh Hóa ngày 28/12/2023 về việc ban hành \n\nkế hoạch hành động thực hiện Nghị Quyết của chính phủ, Nghị quyết của tỉnh ủy, \n\nHĐND tỉnh về nhiệm vụ phát triển KT-XH-QP-AN năm 2024. ';
        const [a, b] = findRawCitations(text);
        expect(a).toMatchObject({ typeName: 'Kế hoạch', typeText: 'kế hoạch hành động', symbol: '01/KH-SYT', issuer: 'Sở Y tế Thanh Hóa',
            date: { day: 1, month: 1, year: 2024 } });
        expect(a.subject).toMatch(/^thực hiện Quyết định số 5050\/QĐ-UBND của UBND tỉnh Thanh Hóa ngày 28\/12\/2023 về việc ban hành .* năm 2024$/);
        expect(b).toMatchObject({ typeName: 'Quyết định', symbol: '5050/QĐ-UBND', issuer: 'UBND tỉnh Thanh Hóa', date: { day: 28, month: 12, year: 2023 } });
        expect(b.subject).toMatch(/^ban hành kế hoạch hành động .* năm 2024$/);
        expect(findRawCitations(text)).toHaveLength(2);
    });

    it('ends a subject before "và <next citation>" and at a comma after a nested one', () => {
        const text = 'Căn cứ Quyết định số 1543/QĐ-SYT ngày 26 tháng 12 năm 2022 của Giám đốc Sở Y tế về việc giao chỉ tiêu kế hoạch y tế, dân số năm 2023 và Kế hoạch hành động số 318/KH-SYT ngày 07 tháng 02 năm 2023 của Sở Y tế thực hiện Kế hoạch phát triển.';
        const [a, b] = findRawCitations(text);
        expect(a.subject).toBe('giao chỉ tiêu kế hoạch y tế, dân số năm 2023');
        expect(b).toMatchObject({ symbol: '318/KH-SYT', issuer: 'Sở Y tế', date: { day: 7, month: 2, year: 2023 } });
        const t2 = 'kế hoạch số 08/KH-TTYT ngày 17/01/2023 về thực hiện Quyết định số 169/QĐ-UBND ngày 12/01/2023 của UBND tỉnh Thanh Hóa, được sự quan tâm chỉ đạo; sự đoàn kết';
        expect(findRawCitations(t2)[0].subject).toBe('thực hiện Quyết định số 169/QĐ-UBND ngày 12/01/2023 của UBND tỉnh Thanh Hóa');
    });

    it('keeps offsets in the original string for NFD input and returns NFC fields', () => {
        const text = nfd('Thực hiện Kế hoạch số 01/KH-SYT ngày 01 tháng 01 năm 2024 của Sở Y tế Thanh Hoá về việc triển khai.');
        const c = only(text);
        expect(c).toMatchObject({ typeName: 'Kế hoạch', symbol: '01/KH-SYT', issuer: 'Sở Y tế Thanh Hoá'.normalize('NFC') });
        expect(c.issuer).toBe(c.issuer!.normalize('NFC'));
        expect(text.slice(c.start, c.end).normalize('NFC')).toBe('Kế hoạch số 01/KH-SYT ngày 01 tháng 01 năm 2024 của Sở Y tế Thanh Hoá'.normalize('NFC'));
        expect(text.slice(c.subjectStart, c.subjectEnd).normalize('NFC')).toBe('triển khai');
    });

    it('finds unnumbered own-document numbers and bare symbols', () => {
        expect(only('(Kèm theo Kế hoạch hành động số /KH-TTYT ngày /01/2024')).toMatchObject({ typeName: 'Kế hoạch', symbol: '/KH-TTYT' });
        expect(only('(Kèm theo Kế hoạch hành động số /KH-TTYT ngày /01/2024').date).toBeUndefined();
        const h = only('Số: /BC-TTYT   Hoằng Hoá, ngày 14 tháng 4 năm 2024.');
        expect(h).toMatchObject({ typeName: 'Báo cáo', symbol: '/BC-TTYT' });
        expect(h.parsed.ok && h.parsed.symbol.number).toBeUndefined();
        const bare = only('(chi tiết tại 4939/CTr-SYT ngày 23/12/2020)');
        expect(bare).toMatchObject({ typeName: 'Chương trình', symbol: '4939/CTr-SYT', date: { day: 23, month: 12, year: 2020 } });
        expect(bare.typeText).toBeUndefined();
        expect(only('đề nghị thực hiện theo 5709/SYT-VP ngày 06/12/2023')).toMatchObject({ typeName: 'Công văn', symbol: '5709/SYT-VP' });
        expect(only('theo văn bản số 45/TTKSBT-KHNV')).toMatchObject({ typeText: 'văn bản', symbol: '45/TTKSBT-KHNV' });
        expect(only('theo văn bản số 45/TTKSBT-KHNV').typeName).toBeUndefined();
    });

    it('reports malformed symbols written after "<loại> số"', () => {
        for (const [text, symbol] of [['theo Quyết định số 1300QĐ-BYT ngày 09/3/2023.', '1300QĐ-BYT'],
            ['theo Quyết định số abc/QĐ-BYT của Bộ Y tế', 'abc/QĐ-BYT'], ['theo Quyết định số 1300/QĐBYT.', '1300/QĐBYT'],
            ['theo Chỉ thị số 17/CT-TW của Ban Bí thư', '17/CT-TW']]) {
            const c = only(text);
            expect(c.symbol).toBe(symbol);
            expect(c.parsed.ok).toBe(false);
            expect(text.slice(c.symbolStart, c.symbolEnd)).toBe(symbol);
        }
        expect(only('theo Quyết định số 1300QĐ-BYT ngày 09/3/2023.').date).toEqual({ day: 9, month: 3, year: 2023 });
    });

    it.each([
        'Tỷ số giới tính khi sinh 113 nam/100 nữ; 2939/4431 đạt 66.7%',
        'nhiệm vụ phát triển KT-XH-QP-AN năm 2024, giai đoạn 2021-2025',
        'V/v báo cáo công tác y tế; Đ/c Nguyễn Văn A; HIV/AIDS; COVID-19',
        'chậm nhất vào ngày 18/12/2023, trước ngày 20/12/2023',
        'thực hiện Nghị quyết của Chính phủ, Nghị quyết của Tỉnh ủy, Kế hoạch năm 2024',
        'Trạm Y tế xã/phường, tổng số 12/ABC xã, 3/TTYT', // a bare letter needs a known issuer and "số" or a unit
        '',
    ])('finds nothing in %j', text => expect(findRawCitations(text)).toEqual([]));

    it('reads a bare issuer only for party bodies after a date', () => {
        expect(only('Thực hiện Quyết định số 262/QĐ-SYT ngày 26/03/2024 Trung tâm Y tế đã triển khai').issuer).toBeUndefined();
        expect(only('theo Quyết định số 1300/QĐ-BYT Bộ Y tế').issuer).toBeUndefined();
        expect(only('Nghị quyết số 21-NQ/TW ngày 25/10/2017 Ban Chấp hành Trung ương khóa XII').issuer).toBe('Ban Chấp hành Trung ương');
        expect(only('Quyết định số 1300/QĐ-BYT ngày 09/3/2023 của Trung tâm Y tế, các khoa').issuer).toBe('Trung tâm Y tế');
        expect(only('Quyết định số 1300/QĐ-BYT của Văn phòng Chính phủ về việc x').issuer).toBe('Văn phòng Chính phủ');
        expect(only('Quyết định số 1300/QĐ-BYT của các đơn vị').issuer).toBeUndefined();
    });

    it.each([
        'Báo cáo tổng số 12 ca mắc; kế hoạch số 3 năm 2024',
        'Kế hoạch số lượng 5/12 xã',
    ])('no malformed-symbol citation for plain numbers: %j', text => expect(findRawCitations(text)).toEqual([]));

    it('never throws and stays fast on junk', () => {
        let seed = 7;
        const rnd = (n: number) => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
        const atoms = ['Quyết định', ' số', ' ', '/', '-', '1300', 'QĐ', 'BYT', 'ngày', '09/3/2023', 'của', 'Sở Y tế', 'về', ';', '.', '\n',
            nfd('Thanh Hoá'), 'Đ', '\u0301', ',', 'tháng', 'năm', '(', ')', 'UBND', 'tỉnh', 'TW', 'CT'];
        for (let n = 0; n < 300; n++) {
            const text = Array.from({ length: 40 }, () => atoms[rnd(atoms.length)]).join('');
            expect(() => findRawCitations(text)).not.toThrow();
        }
        const big = `${'Quyết định số 1300/QĐ-BYT ngày 09/3/2023 của Bộ Y tế về việc x; '.repeat(2000)}${' '.repeat(20000)}/${'A'.repeat(20000)}`;
        const t0 = performance.now();
        expect(findRawCitations(big)).toHaveLength(2000);
        expect(performance.now() - t0).toBeLessThan(2000);
    });

    it('ignores impossible dates but keeps the citation', () => {
        const c = only('Quyết định số 1300/QĐ-BYT ngày 31/02/2023 của Bộ Y tế');
        expect(c.date).toBeUndefined();
        expect(c.issuer).toBeUndefined(); // the unread date stands between symbol and issuer
    });
});

describe('seed citations run through every check', () => {
    const lines = [
        'Quyết định số 169/QĐ-UBND ngày 12/01/2023 của UBND tỉnh Thanh Hóa',
        'Nghị quyết số 06-NQ/ĐH ngày 30 tháng 9 năm 2020 Đại hội đại biểu Đảng bộ tỉnh Kon Tum lần thứ XVI',
        'Chương trình số 4939/CTr-SYT ngày 23/12/2020 và Kế hoạch số 4050/KH-SYT ngày 26/8/2021 của Sở Y tế',
        'Chương trình số 55-CTr/TU ngày 21/02/2018 của Ban Chấp hành Đảng bộ tỉnh Kon Tum khóa XV thực hiện Nghị quyết số 21-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương (khóa XII)',
        'Kế hoạch số 3819/KH-UBND ngày 23/10/2021 của UBND tỉnh triển khai thực hiện Nghị quyết số 128/NQ-CP ngày 11 tháng 10 năm 2021 của Chính phủ',
        'Kế hoạch số 2173/KH-UBND ngày 28/6/2021 của UBND tỉnh triển khai thực hiện Quyết định số 2259/QĐ-TTg ngày 30/12/2020 của Thủ tướng Chính phủ',
        'Nghị quyết số 56/2020/NQ-HĐND ngày 08 tháng 12 năm 2020 của Hội đồng nhân dân tỉnh Kon Tum',
        'Nghị định số 106/2020/NĐ-CP ngày 10/9/2020 của Chính phủ; Thông tư 37/2019/TT-BYT ngày 30/12/2019',
        'Chỉ thị số 07/CT-UBND ngày 27/4/2018 của Chủ tịch UBND tỉnh; Chỉ thị số 17-CT/TW ngày 21/10/2022 của Ban Bí thư',
        '1.6. Kế hoạch số 2785/KH-UBND ngày 09/8/2021 của Sở Y tế về điều trị thay thế nghiện',
    ];
    const problems = (c: RawCitation) => !c.parsed.ok ? [c.parsed.error.code] : [
        ...(c.typeName ? checkTypeMatchesSymbol(c.typeName, c.parsed.symbol) : []),
        ...checkYearMatchesDate(c.parsed.symbol, c.date?.year),
        ...checkIssuer(c.parsed.symbol, c.issuer),
    ].map(p => p.code);
    it('only the real slip in seed 004 is flagged', () => {
        const all = lines.flatMap(l => findRawCitations(l).map(c => [c.symbol, problems(c)] as const));
        expect(all).toHaveLength(16);
        expect(all.filter(([, p]) => p.length)).toEqual([['2785/KH-UBND', ['legal-issuer-mismatch']]]);
    });
    it('flags type and year slips', () => {
        const [a] = findRawCitations('Kế hoạch số 1300/QĐ-BYT ngày 09/3/2023 của Bộ Y tế');
        expect(problems(a)).toEqual(['legal-type-mismatch']);
        const [b] = findRawCitations('Nghị định số 106/2020/NĐ-CP ngày 10/9/2021 của Chính phủ');
        expect(problems(b)).toEqual(['legal-year-mismatch']);
    });
});

// ---- 6. formatting --------------------------------------------------------------------------------

describe('formatting (Nghị định 30: day < 10 and months 1–2 get a leading zero)', () => {
    it.each([
        [{ day: 9, month: 3, year: 2023 }, '09/3/2023', '09 tháng 3 năm 2023'],
        [{ day: 7, month: 2, year: 2024 }, '07/02/2024', '07 tháng 02 năm 2024'],
        [{ day: 12, month: 1, year: 2023 }, '12/01/2023', '12 tháng 01 năm 2023'],
        [{ day: 26, month: 12, year: 2023 }, '26/12/2023', '26 tháng 12 năm 2023'],
        [{ day: 26, month: 3, year: 2024 }, '26/3/2024', '26 tháng 3 năm 2024'],
    ])('%j', (d, numeric, long) => {
        expect(formatDateVi(d)).toBe(numeric);
        expect(formatDateVi(d, 'long')).toBe(long);
    });
    const c = { typeName: 'Quyết định', symbol: '1300/QĐ-BYT', date: { day: 9, month: 3, year: 2023 }, issuerName: 'Bộ Y tế' };
    it('full and short', () => {
        expect(formatCitationVi(c, 'full')).toBe('Quyết định số 1300/QĐ-BYT ngày 09/3/2023 của Bộ Y tế');
        expect(formatCitationVi(c, 'short')).toBe('Quyết định số 1300/QĐ-BYT');
        expect(formatCitationVi({ ...c, subject: 'ban hành Bộ tiêu chí quốc gia về y tế xã' }))
            .toBe('Quyết định số 1300/QĐ-BYT ngày 09/3/2023 của Bộ Y tế ban hành Bộ tiêu chí quốc gia về y tế xã');
        expect(formatCitationVi({ ...c, subject: 'về việc giao chỉ tiêu' })).toBe('Quyết định số 1300/QĐ-BYT ngày 09/3/2023 của Bộ Y tế về việc giao chỉ tiêu');
        expect(formatCitationVi({ typeName: 'Thông tư', symbol: '37/2019/TT-BYT' })).toBe('Thông tư số 37/2019/TT-BYT');
        expect(formatCitationVi({ ...c, typeName: nfd('Quyết định') })).toBe(formatCitationVi(c));
    });
    it('round-trips through findRawCitations', () => {
        const text = formatCitationVi({ ...c, subject: 'về việc ban hành Bộ tiêu chí' });
        expect(only(text)).toMatchObject({ typeName: 'Quyết định', symbol: c.symbol, date: c.date, issuer: c.issuerName, subject: 'ban hành Bộ tiêu chí' }); // the subject is read after "về việc"
    });
});

// ---- long lines: the scan is linear in the line (quadratic ones took minutes on these) -------------

describe('findRawCitations on very long lines', () => {
    it('a line of a million digits', () => {
        expect(findRawCitations(`Số ${'1'.repeat(1_000_000)}a`)).toEqual([]);
        const [only] = findRawCitations(`${'1'.repeat(1_000_000)}/QĐ-BYT`);
        expect(only?.symbol.length).toBe(1_000_007);
    });

    it('"Quyết định số …" twenty thousand times, each read with its date, issuer and subject', () => {
        const text = 'Quyết định số 1300/QĐ-BYT ngày 09/3/2023 của Bộ Y tế về việc ban hành Bộ tiêu chí, '.repeat(20_000);
        const found = findRawCitations(text);
        expect(found).toHaveLength(20_000);
        // (the last one's subject runs to the end of the line, its comma included)
        expect(new Set(found.slice(0, -1).map(c => `${c.typeName}|${c.symbol}|${c.date?.day}/${c.date?.month}|${c.issuer}|${c.subject}`)))
            .toEqual(new Set(['Quyết định|1300/QĐ-BYT|9/3|Bộ Y tế|ban hành Bộ tiêu chí']));
    });

    it('a paragraph without a full stop: a subject is read for at most 500 characters', () => {
        const [first] = findRawCitations(`Quyết định số 1300/QĐ-BYT về ${'các nội dung '.repeat(10_000)}`);
        expect(first.subject!.length).toBeLessThanOrEqual(500);
    });

    it('"số" before a hundred thousand spaces (a blanked region of a line): no symbol, read in one pass', () => {
        expect(findRawCitations(`Quyết định số${' '.repeat(100_000)}x`)).toEqual([]);
        expect(findRawCitations(`Quyết định số${' '.repeat(100_000)},1300/QĐ-BYT`).map(c => c.symbol)).toEqual(['1300/QĐ-BYT']);
    });

    it('malformed symbols after "số" twenty thousand times', () => {
        const found = findRawCitations('Quyết định số 1300QĐ-BYT và '.repeat(20_000));
        expect(found).toHaveLength(20_000);
        expect(found.every(c => !c.parsed.ok)).toBe(true);
    });
});
