import * as ast from './generated/ast.js';
import { memoByObject } from './semantics/object-memo.js';

interface BodyParts {
    readonly lines: readonly (readonly ast.Inline[])[];
    readonly expressions: readonly ast.InlineExpression[];
    readonly empties: readonly ast.EmptyInline[];
}

const EMPTY: BodyParts = { lines: [], expressions: [], empties: [] };

function partsOf(model: ast.Model): BodyParts {
    const body = model.document?.body;
    return body?.blocks ? walk(body.blocks) : EMPTY;
}

// What a body contains is read once per version of its blocks, not once per check: eight walkers
// share one pass. Keyed by the blocks array: an incremental re-parse keeps the Body node and
// gives it a new array (parser/fast/incremental-body.ts).
const walk = memoByObject((blocks: readonly ast.Block[]): BodyParts => {
    const lines: (readonly ast.Inline[])[] = [];
    const expressions: ast.InlineExpression[] = [];
    const empties: ast.EmptyInline[] = [];
    for (const block of blocks) {
        if (ast.isBlankLine(block)) continue;
        const parts = block.parts ?? [];
        lines.push(parts);
        // the kinds of Inline have no subtypes: their $type says what they are (cheaper than isInstance)
        for (const part of parts) {
            if (part.$type === ast.InlineExpression.$type) expressions.push(part as ast.InlineExpression);
            else if (part.$type === ast.EmptyInline.$type) empties.push(part as ast.EmptyInline);
        }
    }
    return { lines, expressions, empties };
});

/** The parts of each non-blank line of a document's body, in order. */
export function proseLines(model: ast.Model): readonly (readonly ast.Inline[])[] {
    return partsOf(model).lines;
}

/** Every `{…}` of a document's body, in order. */
export function inlineExpressions(model: ast.Model): readonly ast.InlineExpression[] {
    return partsOf(model).expressions;
}

/** Every `{` or `{}` without an expression in a document's body, in order. */
export function emptyInlines(model: ast.Model): readonly ast.EmptyInline[] {
    return partsOf(model).empties;
}
