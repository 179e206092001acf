import type { Decimal } from 'decimal.js';

/** Whether `left operator right` holds, for the comparison operators of targets and rules. */
export function holds(left: Decimal, operator: string, right: Decimal): boolean {
    switch (operator) {
        case '=': return left.equals(right);
        case '>=': case '≥': return left.gte(right);
        case '<=': case '≤': return left.lte(right);
        case '>': return left.gt(right);
        case '<': return left.lt(right);
        default: return true;
    }
}
