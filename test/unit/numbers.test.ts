import { Decimal } from '../../language-server/src/semantics/decimal.js';
import { describe, expect, it } from 'vitest';
import {
    findNumbersInText, formatPercentVi, formatVi, matchesAtPrecision, parseSourceNumber, parseStatedNumber, tolerance,
    type NumberToken,
} from '../../language-server/src/semantics/numbers.js';

const D = (v: string | number) => new Decimal(v);

describe('parseSourceNumber: accepted', () => {
    it.each([
        ['3515', '3515', 0],
        ['167769', '167769', 0],
        ['0,6', '0.6', 1],
        ['11,41', '11.41', 2],
        ['4,6', '4.6', 1],
        ['1,0', '1', 1],
        ['03', '3', 0],
        ['0', '0', 0],
        // below zero: a change, a rate of growth
        ['-5', '-5', 0],
        ['-0,3', '-0.3', 1],
    ])('%j = %s (%i decimals)', (text, value, decimals) => {
        const r = parseSourceNumber(text);
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        expect(r.value.toString()).toBe(value);
        expect(r.decimals).toBe(decimals);
    });
});

describe('parseSourceNumber: rejected', () => {
    it.each([
        ['167.769', 'thousands-dot', '167769'],
        ['1.234.567', 'thousands-dot', '1234567'],
        ['75.135', 'thousands-dot', '75135'],
        ['92.3', 'decimal-point', '92,3'],
        ['0.6', 'decimal-point', '0,6'],
        ['55.21', 'decimal-point', '55,21'],
        ['0.600', 'decimal-point', '0,600'], // leading zero: not a thousands group
        ['1234.567', 'decimal-point', '1234,567'], // first group too long for grouping
        ['1.234,5', 'mixed', '1234,5'],
        ['1,234.5', 'mixed', '1234,5'],
        ['1,2,3', 'malformed', undefined],
        ['', 'malformed', undefined],
        ['12a', 'malformed', undefined],
        ['-167.769', 'thousands-dot', '-167769'],
        ['-0.3', 'decimal-point', '-0,3'],
        ['--5', 'malformed', undefined],
        ['- 5', 'malformed', undefined],
        ['5-', 'malformed', undefined],
        [' 5', 'malformed', undefined],
        ['1.23.4', 'malformed', undefined],
        ['5,', 'malformed', undefined],
        [',5', 'malformed', undefined],
    ])('%j -> %s, suggestion %j', (text, reason, suggestion) => {
        const r = parseSourceNumber(text);
        expect(r.ok).toBe(false);
        if (r.ok) return;
        expect(r.reason).toBe(reason);
        expect(r.suggestion).toBe(suggestion);
        expect(r.message).toContain(`"${text}"`);
        expect(r.messageEn).toContain(`"${text}"`);
        if (suggestion !== undefined) expect(r.message).toContain(suggestion);
    });

    it('never reads "167.769" as 167.769', () => {
        const r = parseSourceNumber('167.769');
        expect(r).not.toHaveProperty('value');
    });
});

describe('parseStatedNumber', () => {
    it.each([
        // Vietnamese style, from the seeds.
        ['167.769', '167769', 0, 'vi'],
        ['1.196', '1196', 0, 'vi'],
        ['75.135', '75135', 0, 'vi'],
        ['98.510.000', '98510000', 0, 'vi'],
        ['509.549', '509549', 0, 'vi'],
        ['0,6', '0.6', 1, 'vi'],
        ['82,8', '82.8', 1, 'vi'],
        ['99,51', '99.51', 2, 'vi'],
        ['20', '20', 0, 'vi'],
        ['03', '3', 0, 'vi'],
        ['1.234,5', '1234.5', 1, 'vi'],
        ['0,500', '0.5', 3, 'vi'],
        ['-1.234', '-1234', 0, 'vi'],
        // English decimal point: accepted, flagged.
        ['92.3', '92.3', 1, 'en-decimal'],
        ['66.7', '66.7', 1, 'en-decimal'],
        ['55.21', '55.21', 2, 'en-decimal'],
        ['0.6', '0.6', 1, 'en-decimal'],
        ['1.2345', '1.2345', 4, 'en-decimal'],
        ['0.600', '0.6', 3, 'en-decimal'],
        // Comma followed by exactly three digits.
        ['1,234', '1.234', 3, 'ambiguous'],
    ])('%j = %s (%i decimals, %s)', (text, value, decimals, style) => {
        const r = parseStatedNumber(text);
        expect(r).toBeDefined();
        expect(r!.value.toString()).toBe(value);
        expect(r!.decimals).toBe(decimals);
        expect(r!.style).toBe(style);
    });

    it.each([
        ['55.21', '55,21'],
        ['92.3', '92,3'],
        ['0.600', '0,600'],
        ['1234.5', '1.234,5'],
    ])('en-decimal %j suggests %j', (text, suggestion) => {
        expect(parseStatedNumber(text)?.suggestion).toBe(suggestion);
    });

    it('gives the English reading of an ambiguous comma', () => {
        expect(parseStatedNumber('12,500')?.alternative?.toString()).toBe('12500');
        expect(parseStatedNumber('0,6')?.alternative).toBeUndefined();
    });

    it.each(['', '-', '1,2,3', '1.23.4', '12a', 'abc', '1..2', '.5', '5.', '1 000'])('%j is not a number', text => {
        expect(parseStatedNumber(text)).toBeUndefined();
    });
});

describe('tolerance', () => {
    it.each([[0, '0.5'], [1, '0.05'], [2, '0.005'], [3, '0.0005']])('%i decimals -> %s', (decimals, expected) => {
        expect(tolerance(decimals).equals(D(expected))).toBe(true);
    });
});

describe('matchesAtPrecision', () => {
    it.each([
        ['20', 0, '19.97', true],
        ['82.8', 1, '82.78', true],
        ['66.7', 1, '66.33', false], // seed 003: 2939/4431 = 66,33 %, stated "66.7%"
        ['82.8', 1, '82.78145695', true], // seed 003: 500/604
        ['94', 0, '93.5', true], // boundary included
        ['94', 0, '94.5', true],
        ['94', 0, '93.49', false],
        ['82.8', 1, '82.85', true], // exact half: both neighbours accepted
        ['82.9', 1, '82.85', true],
        ['82.8', 1, '82.851', false],
        ['99.51', 2, '99.514', true],
        ['99.51', 2, '99.516', false],
        ['703', 0, '703', true],
        ['703', 0, '704', false],
        ['0', 0, '-0.4', true],
    ])('stated %s (%i decimals) vs computed %s -> %s', (stated, decimals, computed, expected) => {
        expect(matchesAtPrecision(D(stated), decimals, D(computed))).toBe(expected);
    });

    it('works on a percentage computed by division', () => {
        // seed 001: "703 trẻ đạt 20% kế hoạch" with a plan of 3515.
        expect(matchesAtPrecision(D(20), 0, D(703).div(3515).times(100))).toBe(true);
        expect(matchesAtPrecision(D(21), 0, D(703).div(3515).times(100))).toBe(false);
    });
});

describe('formatVi', () => {
    it.each<[Decimal | number, number | undefined, string]>([
        [167769, undefined, '167.769'],
        [0.6, undefined, '0,6'],
        [82.8, 1, '82,8'],
        [1234.5, undefined, '1.234,5'],
        [-1234, undefined, '-1.234'],
        [98510000, undefined, '98.510.000'],
        [999, undefined, '999'],
        [1000, undefined, '1.000'],
        [0, undefined, '0'],
        [82.8, 2, '82,80'],
        [82.75, 1, '82,8'], // half up
        [82.85, 1, '82,9'],
        [-82.85, 1, '-82,9'], // half away from zero
        [19.97, 0, '20'],
        [1234.5678, 0, '1.235'],
        [-0.04, 1, '0,0'], // no negative zero
        [D('11.41'), undefined, '11,41'],
        [D('2').div(3), undefined, '0,6667'], // at most 4 decimals when free
        [D('1.50000'), undefined, '1,5'], // no trailing zeros when free
        [0.1 + 0.2, undefined, '0,3'],
        [D('123456789.123'), 2, '123.456.789,12'],
    ])('formatVi(%s, %s) = %j', (value, decimals, expected) => {
        expect(formatVi(value, decimals)).toBe(expected);
    });
});

describe('formatPercentVi', () => {
    it.each<[Decimal | number, number | undefined, string]>([
        [82.8, 1, '82,8%'],
        [D(500).div(604).times(100), 1, '82,8%'],
        [D(2939).div(4431).times(100), 1, '66,3%'],
        [100, 0, '100%'],
        [99.51, 2, '99,51%'],
        [0.6, undefined, '0,6%'],
    ])('formatPercentVi(%s, %s) = %j', (value, decimals, expected) => {
        expect(formatPercentVi(value, decimals)).toBe(expected);
    });
});

describe('findNumbersInText', () => {
    const summary = (tokens: NumberToken[]) =>
        tokens.map(t => [t.kind, t.text, t.parsed?.style ?? null, t.percent ?? null]);

    it('reads a seed sentence with counts, an English decimal and a money amount', () => {
        const line = 'lượt so với cùng kỳ là 55.21 lượt; Tổng số bệnh nhân chuyển tuyến là 269 lượt. Tổng số kinh phí thu được: 98.510.000đ.';
        const tokens = findNumbersInText(line);
        expect(summary(tokens)).toEqual([
            ['number', '55.21', 'en-decimal', null],
            ['number', '269', 'vi', null],
            ['number', '98.510.000', 'vi', null],
        ]);
        for (const t of tokens) expect(line.slice(t.offset, t.offset + t.length)).toBe(t.text);
        expect(tokens[2].parsed!.value.toString()).toBe('98510000');
    });

    it('finds percentages, with or without a space before %', () => {
        const tokens = findNumbersInText('nhà tiêu hợp vệ sinh đạt 92.3% so với cùng kỳ là 85,6 %. Tỷ suất sinh 11,41 ‰.');
        expect(summary(tokens)).toEqual([
            ['number', '92.3', 'en-decimal', '%'],
            ['number', '85,6', 'vi', '%'],
            ['number', '11,41', 'vi', '‰'],
        ]);
    });

    it('keeps dates, legal symbols and codes whole', () => {
        const line = 'theo Quyết định số 1300/QĐ-BYT ngày 09/3/2023 của Bộ Y tế, Nghị định 106/2020/NĐ-CP, Chỉ thị số 17-CT/TW, tiêm UV2+, Covid-19, giai đoạn 2021-2025, Quyết định số1038/QĐ-UBND';
        const tokens = findNumbersInText(line);
        expect(tokens.map(t => [t.kind, t.text])).toEqual([
            ['other', '1300/QĐ-BYT'],
            ['date', '09/3/2023'],
            ['other', '106/2020/NĐ-CP'],
            ['other', '17-CT/TW'],
            ['other', 'UV2+'],
            ['other', 'Covid-19'],
            ['other', '2021-2025'],
            ['other', 'số1038/QĐ-UBND'],
        ]);
        for (const t of tokens) expect(line.slice(t.offset, t.offset + t.length)).toBe(t.text);
    });

    it('reads ratios and month/year', () => {
        const tokens = findNumbersInText('đơn vị được phê duyệt 2939/4431 đạt 66.7% DMKT; 500/604 cơ sở (đạt 82,8%) trong tháng 3/2024.');
        expect(tokens.map(t => [t.kind, t.text])).toEqual([
            ['ratio', '2939/4431'],
            ['number', '66.7'],
            ['ratio', '500/604'],
            ['number', '82,8'],
            ['date', '3/2024'],
        ]);
        expect(tokens[0].parts!.map(p => p!.value.toNumber())).toEqual([2939, 4431]);
    });

    it('does not take a sentence-final dot or comma into the number', () => {
        const tokens = findNumbersInText('Năm 2024. Dân số trung bình 167.769 người, đạt 96,6; còn 4,6 %.');
        expect(tokens.map(t => t.parsed?.value.toString())).toEqual(['2024', '167769', '96.6', '4.6']);
    });

    it('treats section numbers at the start of a line as other, not decimals', () => {
        const text = '6.1. Công tác tiêm chủng mở rộng.\n 6.14  Công tác xét nghiệm:\n1.10. Kế hoạch số 1249/KH-UBND\n- 6.9. Công tác phòng chống';
        expect(findNumbersInText(text).map(t => [t.kind, t.text])).toEqual([
            ['other', '6.1'],
            ['other', '6.14'],
            ['other', '1.10'],
            ['other', '1249/KH-UBND'],
            ['other', '6.9'],
        ]);
    });

    it('still reads a hard-wrapped line that starts with a number', () => {
        const text = 'Mũi nhắc lại lần 1: \n103.236; Mũi nhắc lại lần 2: 38.275 liều\n92.3% so với';
        expect(summary(findNumbersInText(text))).toEqual([
            ['number', '1', 'vi', null],
            ['number', '103.236', 'vi', null],
            ['number', '2', 'vi', null],
            ['number', '38.275', 'vi', null],
            ['number', '92.3', 'en-decimal', '%'],
        ]);
    });

    it('reports malformed numbers with parsed undefined', () => {
        const tokens = findNumbersInText('các mục 1,2,3 và 1.23.4');
        expect(tokens.map(t => [t.kind, t.text, t.parsed])).toEqual([
            ['number', '1,2,3', undefined],
            ['number', '1.23.4', undefined],
        ]);
    });

    it('finds nothing in text without digits', () => {
        expect(findNumbersInText('Phòng chống HIV/AIDS, AFB (+), VssID, VneID...')).toEqual([]);
        expect(findNumbersInText('')).toEqual([]);
    });

    it('handles NFD text around numbers', () => {
        const text = 'Số bệnh nhân tâm thần được quản lý là 1.196 bệnh nhân.'.normalize('NFD');
        const tokens = findNumbersInText(text);
        expect(tokens).toHaveLength(1);
        expect(text.slice(tokens[0].offset, tokens[0].offset + tokens[0].length)).toBe('1.196');
        expect(tokens[0].parsed!.value.toNumber()).toBe(1196);
    });
});
