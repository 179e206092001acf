import { AstUtils } from 'langium';
import * as ast from '../generated/ast.js';

/**
 * Calls `visit` for every indicator reference (`x`, `x @ org Q1/2024`) inside an expression,
 * the expression itself included, in the order written — what AstUtils.streamAllContents
 * finds, without a stream and a key scan per node (every `{…}` of a long report is walked
 * on every keystroke).
 */
export function forEachIndicatorRef(expression: ast.Expression | undefined, visit: (ref: ast.IndicatorRef) => void): void {
    if (!expression) return;
    switch (expression.$type) {
        case ast.IndicatorRef.$type: visit(expression as ast.IndicatorRef); return;
        case ast.NumberLiteral.$type: return;
        case ast.BinaryExpression.$type: {
            const binary = expression as ast.BinaryExpression;
            forEachIndicatorRef(binary.left, visit);
            forEachIndicatorRef(binary.right, visit);
            return;
        }
        case ast.PercentOf.$type: {
            const share = expression as ast.PercentOf;
            forEachIndicatorRef(share.part, visit);
            forEachIndicatorRef(share.whole, visit);
            return;
        }
        case ast.PlanOf.$type:
        case ast.PrevOf.$type:
            forEachIndicatorRef((expression as ast.PlanOf | ast.PrevOf).argument, visit);
            return;
        case ast.FunctionCall.$type:
            for (const arg of (expression as ast.FunctionCall).args) forEachIndicatorRef(arg, visit);
            return;
        default:
            // a kind of expression this walk does not know: the generic one
            for (const node of AstUtils.streamAst(expression)) if (ast.isIndicatorRef(node)) visit(node);
    }
}
