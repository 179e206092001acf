import * as ast from '../generated/ast.js';
import {
    addTypes, divideTypes, multiplyTypes, unitType, DIMENSIONLESS, PLAIN_NUMBER, UNKNOWN_UNIT, type UnitType,
} from '../semantics/units.js';
import { memoByObject } from '../semantics/object-memo.js';
import type { Declarations, World } from './world.js';

/** A place where two quantities of incompatible units meet. */
export interface UnitClash {
    readonly node: ast.BinaryExpression;
    readonly left: UnitType;
    readonly right: UnitType;
}

/** The unit of an expression, without evaluating it. */
export function typeOf(expression: ast.Expression | undefined, world: World): UnitType {
    return inferType(expression, world, []);
}

/**
 * The `+`/`-` in an expression whose operands cannot be added (trẻ + lượt). Once per expression
 * and declarations (the units and what the references name): the keystroke's checks ask again
 * for every `{…}` of the document, and an edit of the body changes neither. Shared: never mutate.
 */
export function unitClashes(expression: ast.Expression | undefined, world: World): readonly UnitClash[] {
    if (!expression) return [];
    const known = clashesIn(world.declarations);
    let clashes = known.get(expression);
    if (!clashes) {
        const found: UnitClash[] = [];
        inferType(expression, world, found);
        known.set(expression, clashes = found);
    }
    return clashes;
}

const clashesIn = memoByObject((_declarations: Declarations) => new WeakMap<ast.Expression, readonly UnitClash[]>());

function inferType(expression: ast.Expression | undefined, world: World, clashes: UnitClash[]): UnitType {
    if (!expression) return UNKNOWN_UNIT;
    if (ast.isNumberLiteral(expression)) {
        const unit = world.unitOf(expression.unit?.ref);
        return unit ? unitType(unit) : PLAIN_NUMBER;
    }
    if (ast.isIndicatorRef(expression)) {
        return unitType(world.unitOf(expression.indicator?.ref?.unit?.ref));
    }
    if (ast.isBinaryExpression(expression)) {
        const left = inferType(expression.left, world, clashes);
        const right = inferType(expression.right, world, clashes);
        switch (expression.operator) {
            case '+':
            case '-': {
                const sum = addTypes(left, right);
                if ('left' in sum) {
                    clashes.push({ node: expression, left, right });
                    return UNKNOWN_UNIT;
                }
                return sum;
            }
            case '*': return multiplyTypes(left, right);
            case '/': return divideTypes(left, right);
        }
    }
    if (ast.isPercentOf(expression)) {
        inferType(expression.part, world, clashes);
        inferType(expression.whole, world, clashes);
        return DIMENSIONLESS;
    }
    if (ast.isPlanOf(expression) || ast.isPrevOf(expression)) {
        return expression.argument ? inferType(expression.argument, world, clashes) : UNKNOWN_UNIT;
    }
    if (ast.isFunctionCall(expression)) {
        const types = expression.args.map(arg => inferType(arg, world, clashes));
        return expression.function === 'round' || expression.function === 'abs' ? types[0] ?? UNKNOWN_UNIT : types.reduce((a, b) => {
            const sum = addTypes(a, b);
            return 'left' in sum ? UNKNOWN_UNIT : sum;
        });
    }
    return UNKNOWN_UNIT;
}
