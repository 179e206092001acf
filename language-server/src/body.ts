import * as ast from './generated/ast.js';
import { memoByNode } from './evaluation/node-memo.js';

interface BodyParts {
    readonly lines: readonly (readonly ast.Inline[])[];
    readonly expressions: readonly ast.InlineExpression[];
}

const EMPTY: BodyParts = { lines: [], expressions: [] };

function partsOf(model: ast.Model): BodyParts {
    const body = model.document?.body;
    return body?.blocks ? walk(body.blocks) : EMPTY;
}

// What a body contains is read once per version of its blocks, not once per check: eight walkers
// share one pass. Keyed by the blocks array: an incremental re-parse keeps the Body node and
// gives it a new array (parser/incremental-body.ts).
const walk = memoByNode((blocks: readonly ast.Block[]): BodyParts => {
    const lines: (readonly ast.Inline[])[] = [];
    const expressions: ast.InlineExpression[] = [];
    for (const block of blocks) {
        if (ast.isBlankLine(block)) continue;
        const parts = block.parts ?? [];
        lines.push(parts);
        for (const part of parts) if (ast.isInlineExpression(part)) expressions.push(part);
    }
    return { lines, expressions };
});

/** The parts of each non-blank line of a document's body, in order. */
export function proseLines(model: ast.Model): readonly (readonly ast.Inline[])[] {
    return partsOf(model).lines;
}

/** Every `{…}` of a document's body, in order. */
export function inlineExpressions(model: ast.Model): readonly ast.InlineExpression[] {
    return partsOf(model).expressions;
}
