import { CstUtils, type LangiumDocument } from 'langium';
import * as ast from '../generated/ast.js';

/** Parsed before a body line so that the completion parser and the lexer see it in the body's mode. */
export const SYNTHETIC_HEADER = 'report _\n---\n';

/**
 * Where completion may start lexing and parsing instead of the start of the file, so that its
 * cost does not grow with the file: in the body, the line (prose lines are independent; a
 * synthetic header puts the lexer in the body's mode); in declarations, the top-level
 * declaration the cursor is in (declarations start in the lexer's default mode and the grammar
 * accepts any sequence of them).
 */
const MAX_DOCUMENTS = 16;

export class CompletionWindows {
    private readonly windows = new Map<string, Window>();

    /** Records the windows of a document's current text. */
    update(document: LangiumDocument, bodyStart: number | undefined): void {
        const text = document.textDocument.getText();
        const known = this.windows.get(document.textDocument.uri);
        if (known?.text === text) return;
        const model = document.parseResult.value as ast.Model;
        const starts = [...(model.imports ?? []), ...(model.elements ?? []), ...(model.document ? [model.document] : [])]
            .map(firstOffset).filter((o): o is number => o !== undefined).sort((a, b) => a - b);
        // the documents completed in lately, not every document ever opened (closed ones are gone)
        this.windows.delete(document.textDocument.uri);
        if (this.windows.size >= MAX_DOCUMENTS) this.windows.delete(this.windows.keys().next().value!);
        this.windows.set(document.textDocument.uri, { text, bodyStart, starts });
    }

    /** The text to lex or parse for a position, and by how much its offsets are shifted against the document's. */
    windowAt(text: string, offset: number, uri?: string): { text: string; shift: number } | undefined {
        const window = uri ? this.windows.get(uri) : [...this.windows.values()].find(w => w.text === text);
        if (!window || window.text !== text) return undefined;
        const lineEnd = text.indexOf('\n', offset);
        const end = lineEnd < 0 ? text.length : lineEnd;
        if (window.bodyStart !== undefined && offset >= window.bodyStart) {
            const start = Math.max(window.bodyStart, text.lastIndexOf('\n', offset - 1) + 1);
            return { text: SYNTHETIC_HEADER + text.slice(start, end), shift: start - SYNTHETIC_HEADER.length };
        }
        let start = 0;
        for (const s of window.starts) {
            if (s > offset) break;
            start = s;
        }
        return { text: text.slice(start, end), shift: start };
    }
}

interface Window {
    readonly text: string;
    readonly bodyStart: number | undefined;
    /** offsets of the top-level nodes (imports, declarations, the document) */
    readonly starts: number[];
}

function firstOffset(node: ast.Import | ast.Element | ast.Document): number | undefined {
    if (!node.$cstNode) return undefined;
    for (const leaf of CstUtils.streamCst(node.$cstNode)) {
        if (!('content' in leaf) && !leaf.hidden) return leaf.offset;
    }
    return undefined;
}
