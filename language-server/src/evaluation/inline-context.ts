import * as ast from '../generated/ast.js';
import { memoByObject } from '../semantics/object-memo.js';
import { lineParts } from './unit-words.js';

/** What is written around a `{…}` on its line, as the reader sees it. */
export interface InlineSurroundings {
    /** the label before it: its clause (since the previous `{…}`, ";" or ". "), or in a table row everything before it */
    readonly before: string;
    /** the text right after it, up to the next `{…}` or citation */
    readonly after: string;
    /** alone in a cell of a `| … |` row (its unit is the column's, written elsewhere) */
    readonly tableCell: boolean;
}

const surroundingsOf = memoByObject((line: readonly ast.Inline[]): Map<ast.Inline, InlineSurroundings> => {
    const found = new Map<ast.Inline, InlineSurroundings>();
    const texts = line.map(part => (ast.isTextChunk(part) ? unescaped(part.text) : undefined));
    const tableRow = (texts[0] ?? '').trimStart().startsWith('|');
    line.forEach((part, index) => {
        if (!ast.isInlineExpression(part)) return;
        let before = '';
        for (let i = index - 1; i >= 0; i--) {
            const text = texts[i];
            if (text === undefined) {
                if (tableRow) continue;
                break;
            }
            before = text + before;
        }
        const after = texts[index + 1] ?? '';
        if (!tableRow) before = lastClause(before);
        const cellBefore = before.slice(before.lastIndexOf('|') + 1);
        const cellAfter = after.split('|')[0];
        found.set(part, {
            before, after,
            tableCell: tableRow && !cellBefore.trim() && !cellAfter.trim() && after.includes('|'),
        });
    });
    return found;
});

/** The prose around an inline expression. */
export function surroundings(expression: ast.InlineExpression): InlineSurroundings {
    return surroundingsOf(lineParts(expression)).get(expression) ?? { before: '', after: '', tableCell: false };
}

/** The last clause of a text: after its last ";" or sentence end. */
function lastClause(text: string): string {
    const cut = Math.max(text.lastIndexOf(';'), text.search(/[.!?]\s+(?=[^.!?]*$)/u));
    return cut >= 0 ? text.slice(cut + 1) : text;
}

function unescaped(text: string): string {
    return text.startsWith('\\') && text.length === 2 ? text[1] : text;
}
