import { memoByObject } from './object-memo.js';

/**
 * Units of measure (đơn vị tính). A count unit may be a kind of another ("trẻ" < "người"),
 * so that children add into people but never into visits ("lượt"). Ratio units carry the
 * factor by which a plain ratio is scaled for display: % = 100, ‰ = 1000, "nam/100 nữ" = 100.
 * Pure model: the language layer turns declarations into UnitInfo.
 */
export interface UnitInfo {
    readonly name: string;
    readonly kind: 'count' | 'measure' | 'ratio';
    /** For count units: the broader count this one adds into. */
    readonly base?: UnitInfo;
    /** For ratio units: 100 for %, 1000 for ‰. */
    readonly factor?: number;
    /**
     * For count units named with a multiplier ("triệu đồng", "nghìn người"): how many of what
     * they count one of them stands for; their numbers may have decimals ("17,5 triệu đồng").
     */
    readonly multiplier?: number;
    /** … and what it counts, as compared ("đồng" for "triệu đồng") */
    readonly counts?: string;
}

/** The static type of a quantity or an expression. */
export type UnitType =
    | { readonly kind: 'unit'; readonly unit: UnitInfo }
    /**
     * a plain ratio, such as count / count, not yet scaled to %, ‰ …; a quotient of different
     * units is also an average `per` unit of the numerator (ngày / lượt: days per stay)
     */
    | { readonly kind: 'dimensionless'; readonly per?: UnitInfo }
    /** a number literal without unit: takes the unit of what it meets */
    | { readonly kind: 'number' }
    | { readonly kind: 'unknown' };

export const DIMENSIONLESS: UnitType = { kind: 'dimensionless' };
export const PLAIN_NUMBER: UnitType = { kind: 'number' };
export const UNKNOWN_UNIT: UnitType = { kind: 'unknown' };

/** The type of a value in a unit: one object per unit, as every evaluated value carries one. */
export function unitType(unit: UnitInfo | undefined): UnitType {
    return unit ? typeOfUnit(unit) : UNKNOWN_UNIT;
}

const typeOfUnit = memoByObject((unit: UnitInfo): UnitType => ({ kind: 'unit', unit }));

/** The chain from a unit up to its root: trẻ → người. Once per unit (units do not change); shared: never mutate. */
export const ancestry: (unit: UnitInfo) => readonly UnitInfo[] = memoByObject((unit: UnitInfo) => {
    const chain: UnitInfo[] = [];
    const seen = new Set<UnitInfo>();
    for (let u: UnitInfo | undefined = unit; u && !seen.has(u); u = u.base) {
        seen.add(u);
        chain.push(u);
    }
    return chain;
});

/** Whether a value counted in `part` may be counted in `whole` (equal, or a kind of it). */
export function isKindOf(part: UnitInfo, whole: UnitInfo): boolean {
    return ancestry(part).some(u => sameUnit(u, whole));
}

export function sameUnit(a: UnitInfo, b: UnitInfo): boolean {
    return a === b || (a.name === b.name && a.kind === b.kind && a.factor === b.factor);
}

/** The narrowest unit that both add into, if any: trẻ + bệnh nhân → người; trẻ + lượt → none. */
export function commonUnit(a: UnitInfo, b: UnitInfo): UnitInfo | undefined {
    if (a === b) return a;
    if (a.kind !== b.kind) return undefined;
    if (a.kind === 'ratio') return a.factor === b.factor ? a : undefined;
    const ofB = ancestry(b);
    return ancestry(a).find(u => ofB.some(v => sameUnit(u, v)));
}

export interface UnitProblem {
    readonly left: UnitType;
    readonly right: UnitType;
}

/** Result type of `a + b` / `a - b`, or a problem when the units cannot be added. */
export function addTypes(a: UnitType, b: UnitType): UnitType | UnitProblem {
    if (a.kind === 'unknown' || b.kind === 'unknown') return UNKNOWN_UNIT;
    if (a.kind === 'number') return b;
    if (b.kind === 'number') return a;
    if (a.kind === 'dimensionless' && b.kind === 'dimensionless') return DIMENSIONLESS;
    if (a.kind === 'unit' && b.kind === 'unit') {
        const common = commonUnit(a.unit, b.unit);
        return common ? unitType(common) : { left: a, right: b };
    }
    return { left: a, right: b };
}

/** Result type of `a * b`: a count times a number stays a count. */
export function multiplyTypes(a: UnitType, b: UnitType): UnitType {
    if (a.kind === 'number') return b;
    if (b.kind === 'number') return a;
    if (a.kind === 'dimensionless') return b;
    if (b.kind === 'dimensionless') return a;
    return UNKNOWN_UNIT;
}

const averageOf = memoByObject((unit: UnitInfo): UnitType => ({ kind: 'dimensionless', per: unit }));

/** Result type of `a / b`: counts of one kind give a plain ratio; a count over a number stays a count. */
export function divideTypes(a: UnitType, b: UnitType): UnitType {
    if (b.kind === 'number') return a; // also number / number
    if (a.kind === 'unit' && b.kind === 'unit' && a.unit.kind !== 'ratio' && b.unit.kind !== 'ratio') {
        // "tổng ngày điều trị / số lượt", "chi / lượt": an average in the numerator's unit, or a rate
        return commonUnit(a.unit, b.unit) ? DIMENSIONLESS : averageOf(a.unit);
    }
    if (a.kind === 'unit' && b.kind === 'unit' && a.unit.kind === 'ratio' && b.unit.kind === 'ratio') {
        return a.unit.factor === b.unit.factor ? DIMENSIONLESS : UNKNOWN_UNIT;
    }
    return UNKNOWN_UNIT;
}

/**
 * Whether a value of type `value` may be assigned to (or compared with) a quantity in `target`.
 * A plain ratio fits any ratio unit (it is scaled by the unit's factor).
 */
export function isAssignable(value: UnitType, target: UnitInfo): boolean {
    switch (value.kind) {
        case 'unknown':
        case 'number':
            return true;
        case 'dimensionless':
            return target.kind === 'ratio' || (!!value.per && isKindOf(value.per, target));
        case 'unit':
            if (target.kind === 'ratio' || value.unit.kind === 'ratio') {
                return value.unit.kind === 'ratio' && target.kind === 'ratio' && value.unit.factor === target.factor;
            }
            return isKindOf(value.unit, target);
    }
}

/** Whether two quantities may be compared (`a >= b` in a rule): both fit one unit. */
export function areComparable(a: UnitType, b: UnitType): boolean {
    const sum = addTypes(a, b);
    return !('left' in sum);
}

export function describeType(type: UnitType): string {
    switch (type.kind) {
        case 'unit': return type.unit.name;
        case 'dimensionless': return 'tỷ số';
        case 'number': return 'số';
        case 'unknown': return '?';
    }
}
