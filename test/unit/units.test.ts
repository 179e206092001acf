import { describe, expect, test } from 'vitest';
import {
    addTypes, areComparable, commonUnit, divideTypes, isAssignable, isKindOf, multiplyTypes,
    DIMENSIONLESS, PLAIN_NUMBER, UNKNOWN_UNIT, type UnitInfo, type UnitType,
} from '../../language-server/src/semantics/units.js';

const nguoi: UnitInfo = { name: 'người', kind: 'count' };
const tre: UnitInfo = { name: 'trẻ', kind: 'count', base: nguoi };
const benhNhan: UnitInfo = { name: 'bệnh nhân', kind: 'count', base: nguoi };
const luot: UnitInfo = { name: 'lượt', kind: 'count' };
const lan: UnitInfo = { name: 'lần', kind: 'measure' };
const percent: UnitInfo = { name: '%', kind: 'ratio', factor: 100 };
const perMille: UnitInfo = { name: '‰', kind: 'ratio', factor: 1000 };
const u = (unit: UnitInfo): UnitType => ({ kind: 'unit', unit });

describe('count kinds', () => {
    test.each([
        [tre, nguoi, true], [nguoi, tre, false], [tre, tre, true], [tre, luot, false], [benhNhan, nguoi, true], [tre, benhNhan, false],
    ])('%o is a kind of %o: %s', (part, whole, expected) => {
        expect(isKindOf(part, whole)).toBe(expected);
    });

    test('the common unit of two kinds of people is people; of people and visits none', () => {
        expect(commonUnit(tre, benhNhan)).toBe(nguoi);
        expect(commonUnit(tre, nguoi)).toBe(nguoi);
        expect(commonUnit(tre, luot)).toBeUndefined();
        expect(commonUnit(percent, perMille)).toBeUndefined();
        expect(commonUnit(percent, percent)).toBe(percent);
    });

    test('a cycle in declared bases does not loop', () => {
        const a: { name: string; kind: 'count'; base?: UnitInfo } = { name: 'a', kind: 'count' };
        const b: UnitInfo = { name: 'b', kind: 'count', base: a };
        a.base = b;
        expect(isKindOf(a, luot)).toBe(false);
    });
});

describe('arithmetic on units', () => {
    test('addition: trẻ + người → người; trẻ + lượt → a problem; a number takes the other unit', () => {
        expect(addTypes(u(tre), u(nguoi))).toEqual(u(nguoi));
        expect('left' in addTypes(u(tre), u(luot))).toBe(true);
        expect(addTypes(PLAIN_NUMBER, u(luot))).toEqual(u(luot));
        expect(addTypes(UNKNOWN_UNIT, u(luot))).toEqual(UNKNOWN_UNIT);
        expect('left' in addTypes(u(percent), u(tre))).toBe(true);
    });

    test('division of counts gives a plain ratio; of different units also an average; of a count by a number, the count', () => {
        expect(divideTypes(u(tre), u(nguoi))).toEqual(DIMENSIONLESS);
        expect(divideTypes(u(tre), PLAIN_NUMBER)).toEqual(u(tre));
        expect(divideTypes(u(percent), u(percent))).toEqual(DIMENSIONLESS);
        // an average: bed-days per stay (ngày điều trị trung bình), đồng per visit
        const ngay: UnitInfo = { name: 'ngày', kind: 'measure' };
        expect(divideTypes(u(ngay), u(luot))).toEqual({ kind: 'dimensionless', per: ngay });
        expect(isAssignable(divideTypes(u(ngay), u(luot)), ngay)).toBe(true);
        expect(isAssignable(divideTypes(u(ngay), u(luot)), percent)).toBe(true);
        expect(isAssignable(divideTypes(u(ngay), u(luot)), luot)).toBe(false);
        expect(isAssignable(divideTypes(u(tre), u(nguoi)), tre)).toBe(false);
        expect(multiplyTypes(PLAIN_NUMBER, u(tre))).toEqual(u(tre));
        expect(multiplyTypes(u(lan), u(tre))).toEqual(UNKNOWN_UNIT);
    });
});

describe('assignment and comparison', () => {
    test.each([
        [u(tre), nguoi, true], [u(nguoi), tre, false], [u(luot), nguoi, false],
        [DIMENSIONLESS, percent, true], [DIMENSIONLESS, tre, false],
        [u(percent), percent, true], [u(perMille), percent, false], [u(tre), percent, false],
        [PLAIN_NUMBER, tre, true], [UNKNOWN_UNIT, luot, true],
    ])('%o into %o: %s', (value, target, expected) => {
        expect(isAssignable(value, target)).toBe(expected);
    });

    test('rule sides are comparable when they fit one unit', () => {
        expect(areComparable(u(tre), u(nguoi))).toBe(true);
        expect(areComparable(u(tre), u(luot))).toBe(false);
    });
});
