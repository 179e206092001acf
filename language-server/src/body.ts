import * as ast from './generated/ast.js';

/** The parts of each non-blank line of a document's body, in order. */
export function* proseLines(model: ast.Model): Generator<readonly ast.Inline[]> {
    for (const block of model.document?.body?.blocks ?? []) {
        if (!ast.isBlankLine(block)) yield block.parts ?? [];
    }
}

/** Every `{…}` of a document's body, in order. */
export function* inlineExpressions(model: ast.Model): Generator<ast.InlineExpression> {
    for (const parts of proseLines(model)) {
        for (const part of parts) if (ast.isInlineExpression(part)) yield part;
    }
}
