import { AstUtils, type ValidationAcceptor } from 'langium';
import type * as ast from '../generated/ast.js';
import { findCharacterProblems } from '../semantics/characters.js';
import { report } from './report.js';

/**
 * `character-invalid`: characters the DOCX cannot hold (the renderer leaves them out) and
 * bidirectional controls next to digits (the number on screen is not the number checked),
 * anywhere in the file, with a quick fix that deletes them.
 */
export class CharactersCheck {
    check(model: ast.Model, accept: ValidationAcceptor): void {
        const document = AstUtils.getDocument(model);
        const text = document.textDocument.getText();
        for (const problem of findCharacterProblems(text)) {
            const range = { start: document.textDocument.positionAt(problem.start), end: document.textDocument.positionAt(problem.end) };
            report(accept, 'character-invalid', { kind: problem.kind, chars: problem.codePoints },
                { node: model, range }, { fix: 'delete-character', replacement: '', chars: problem.codePoints });
        }
    }
}
