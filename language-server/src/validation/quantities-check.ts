import type { ValidationAcceptor } from 'langium';
import * as ast from '../generated/ast.js';
import { describeType, isAssignable, unitType, type UnitInfo } from '../semantics/units.js';
import { sourceNumberOf, statedNumberOf, statementTarget, type World } from '../evaluation/world.js';
import { unitClashes, typeOf } from '../evaluation/typing.js';
import { sumParts } from '../evaluation/sums.js';
import { writtenMultiplier } from '../evaluation/inline-context.js';
import { detail, report } from './report.js';
import { inlineExpressions } from '../body.js';

/**
 * How numbers are written and what they count: `count-not-integer`, `number-format` for
 * numbers in source and in `{…}` statements, and `unit-mismatch` in formulas, data,
 * targets and statements.
 */
export class QuantitiesCheck {
    check(model: ast.Model, world: World, accept: ValidationAcceptor): void {
        for (const element of model.elements) {
            if (ast.isIndicator(element)) this.checkFormulas(element, world, accept);
            else if (ast.isDataBlock(element)) {
                for (const value of element.values) if (value.quantity?.value) this.checkSourceQuantity(value.quantity, value.indicator?.ref, world, accept, 'Số liệu', 'A value');
            } else if (ast.isTargetBlock(element)) {
                for (const target of element.targets) if (target.quantity?.value) this.checkSourceQuantity(target.quantity, target.indicator?.ref, world, accept, 'Chỉ tiêu', 'A target');
            } else if (ast.isRule(element)) {
                this.checkClashes(element.left, world, accept);
                this.checkClashes(element.right, world, accept);
            }
        }
        const body = model.document?.body;
        if (!body) return;
        const context = world.contextOf(model);
        for (const part of inlineExpressions(model)) {
            this.checkClashes(part.expression, world, accept);
            if (part.stated?.value) this.checkStated(part, statementTarget(part, context)?.indicator, world, accept);
        }
    }

    private checkFormulas(indicator: ast.Indicator, world: World, accept: ValidationAcceptor): void {
        const unit = world.unitOf(indicator.unit?.ref);
        for (const formula of indicator.formulas) {
            if (this.checkClashes(formula, world, accept)) continue;
            if (!unit) continue;
            const parts = sumParts(formula);
            if (parts.length > 1) {
                for (const part of parts) {
                    const type = typeOf(part, world);
                    if (!isAssignable(type, unit)) {
                        report(accept, 'unit-mismatch', detail(
                            `"${labelOf(part)}" tính bằng ${describeType(type)}, không cộng vào "${indicator.label ?? indicator.name}" tính bằng ${unit.name}`,
                            `"${labelOf(part)}" is counted in ${describeType(type)} and cannot add into "${indicator.label ?? indicator.name}" counted in ${unit.name}`,
                        ), { node: part });
                    }
                }
                continue;
            }
            const type = typeOf(formula, world);
            if (!isAssignable(type, unit)) {
                report(accept, 'unit-mismatch', detail(
                    `công thức cho kết quả tính bằng ${describeType(type)}, chỉ số "${indicator.label ?? indicator.name}" tính bằng ${unit.name}`,
                    `the formula yields ${describeType(type)}, the indicator "${indicator.label ?? indicator.name}" is in ${unit.name}`,
                ), { node: formula });
            }
        }
    }

    /** Reports each `a + b` whose units cannot be added; true when there was one. */
    private checkClashes(expression: ast.Expression | undefined, world: World, accept: ValidationAcceptor): boolean {
        const clashes = unitClashes(expression, world);
        for (const clash of clashes) {
            report(accept, 'unit-mismatch', detail(
                `không thể cộng/trừ ${describeType(clash.left)} với ${describeType(clash.right)}`,
                `cannot add or subtract ${describeType(clash.left)} and ${describeType(clash.right)}`,
            ), { node: clash.node });
        }
        return clashes.length > 0;
    }

    private checkSourceQuantity(quantity: ast.Quantity, indicator: ast.Indicator | undefined, world: World,
        accept: ValidationAcceptor, what: string, whatEn: string): void {
        const unit = world.unitOf(indicator?.unit?.ref);
        // a sign without its number ("x = -") is the syntax error reported where it is
        if (quantity.value === '-') return;
        const number = sourceNumberOf(quantity.value);
        if (!number.ok) {
            if (number.reason === 'thousands-dot' && unit?.kind === 'count') {
                report(accept, 'count-not-integer', {
                    what, whatEn, unit: unit.name, text: quantity.value, suggestion: number.suggestion,
                }, { node: quantity, property: 'value' }, { replacement: number.suggestion });
            } else {
                report(accept, 'number-format', detail(number.message, number.messageEn),
                    { node: quantity, property: 'value' }, { replacement: number.suggestion });
            }
        } else if (unit?.kind === 'count' && !number.value.times(unit.multiplier ?? 1).isInteger()) {
            report(accept, 'count-not-integer', { what, whatEn, unit: unit.name, text: quantity.value },
                { node: quantity, property: 'value' });
        } else if (unit?.kind === 'count' && number.value.lt(0)) {
            report(accept, 'count-not-integer', { kind: 'negative', what, whatEn, unit: unit.name, text: quantity.value }, { node: quantity, property: 'value' });
        }
        this.checkGivenUnit(quantity, unit, world, accept);
    }

    private checkStated(expression: ast.InlineExpression, indicator: ast.Indicator | undefined, world: World, accept: ValidationAcceptor): void {
        const quantity = expression.stated!;
        const stated = statedNumberOf(quantity);
        if (!stated) {
            // a sign without its number ("{x = -}") is the syntax error reported where it is
            if (quantity.value === '-') return;
            // an error: nothing can be printed in its place
            report(accept, 'number-format', detail(
                `"${quantity.value}" không phải là một số viết theo kiểu Việt Nam (ví dụ 167.769 hoặc 82,8)`,
                `"${quantity.value}" is not a number in Vietnamese notation (e.g. 167.769 or 82,8)`,
            ), { node: quantity, property: 'value' }, undefined, 'error');
            return;
        }
        const unit = indicator ? world.unitOf(indicator.unit?.ref) : undefined;
        if (stated.style === 'en-decimal') {
            // one slip, one finding: "55.21 lượt" is a malformed number, whatever it counts
            const count = unit?.kind === 'count' && !unit.multiplier;
            report(accept, 'number-format', { kind: 'en-decimal', text: quantity.value, suggestion: stated.suggestion, unit: count ? unit.name : undefined },
                { node: quantity, property: 'value' }, count ? undefined : { replacement: stated.suggestion });
            return;
        }
        // "48,65 tỷ đồng", "75,5 nghìn lượt", "17,5" of a count in "triệu đồng": a count written in thousands or millions may have decimals
        // (the multiplier is a whole number: a whole count needs no look at the words after it)
        if (unit?.kind === 'count' && !stated.value.isInteger() && !stated.value.times(writtenMultiplier(expression, unit)).times(unit.multiplier ?? 1).isInteger()) {
            report(accept, 'count-not-integer', { what: 'Số nêu', whatEn: 'A stated value', unit: unit.name, text: quantity.value },
                { node: quantity, property: 'value' });
        } else if (unit?.kind === 'count' && stated.value.lt(0)) {
            // a statement gives the count itself (`indicator` is only known for one): a change of it may be below zero
            report(accept, 'count-not-integer', { kind: 'negative', what: 'Số nêu', whatEn: 'A stated value', unit: unit.name, text: quantity.value },
                { node: quantity, property: 'value' });
        }
        this.checkGivenUnit(quantity, unit, world, accept);
    }

    /** `13 xã` given for an indicator counted in "xã"; `95 %` for a percentage. */
    private checkGivenUnit(quantity: ast.Quantity, expected: UnitInfo | undefined, world: World, accept: ValidationAcceptor): void {
        const given = world.unitOf(quantity.unit?.ref);
        if (!given || !expected) return;
        if (!isAssignable(unitType(given), expected)) {
            report(accept, 'unit-mismatch', detail(
                `số tính bằng ${given.name} nhưng chỉ số tính bằng ${expected.name}`,
                `the value is in ${given.name} but the indicator is in ${expected.name}`,
            ), { node: quantity, property: 'unit' });
        }
    }
}

/** A term by its label when it is an indicator ("Số trẻ sinh là trẻ trai"), else as written. */
function labelOf(expression: ast.Expression): string {
    return (ast.isIndicatorRef(expression) ? expression.indicator?.ref?.label : undefined) ?? expression.$cstNode?.text ?? '';
}
