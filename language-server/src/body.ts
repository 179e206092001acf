import type { IRecognitionException } from 'chevrotain';
import { AstUtils } from 'langium';
import * as ast from './generated/ast.js';
import { memoByObject } from './semantics/object-memo.js';
import { firstNotBefore } from './semantics/sorted.js';
import { errorOffset } from './parser/error-offset.js';

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

// The offsets of a parse's syntax errors, sorted: read once per parse (an edit's re-parse makes new arrays).
const errorOffsets = memoByObject((errors: readonly IRecognitionException[]): readonly number[] =>
    errors.map(errorOffset).filter((at): at is number => at !== undefined).sort((a, b) => a - b));

/**
 * A `{…}` with a syntax error inside or at its end (`{x = 45 320}`, `{x = 5` never closed): it
 * states nothing — the syntax error says what is wrong — so that the part read before the error
 * ("45") is not taken for a value that later, correct lines are checked against.
 */
export function holdsSyntaxError(node: ast.InlineExpression): boolean {
    const cst = node.$cstNode;
    const errors = AstUtils.findRootNode(node).$document?.parseResult.parserErrors;
    if (!cst || !errors?.length) return false;
    const offsets = errorOffsets(errors);
    // the first error at or after the `{`
    const first = firstNotBefore(offsets.length, i => offsets[i] < cst.offset);
    return first < offsets.length && offsets[first] <= cst.end;
}
