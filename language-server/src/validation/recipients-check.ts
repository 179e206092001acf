import { AstUtils, GrammarUtils, type ValidationAcceptor } from 'langium';
import * as ast from '../generated/ast.js';
import { comparisonKey } from '../semantics/vietnamese.js';
import { report } from './report.js';

/**
 * "Như quyết định", "Như QĐ", "Như Điều 3" at the start of a "Nơi nhận" line (after a "-" or
 * "+" if any): the words of a quyết định, whose recipients are named in its articles.
 */
const DECISION_WORDS = /^([-+*•]?\s*)(như\s+(?:quyết\s+định|qđ|điều(?:\s+\d+)?))(?![\p{L}\p{N}])/u;

const KIND_WORDS: Record<string, { vi: string; en: string }> = {
    report: { vi: 'báo cáo', en: 'report' },
    plan: { vi: 'kế hoạch', en: 'plan' },
    letter: { vi: 'công văn', en: 'letter' },
    article: { vi: 'bài viết', en: 'article' },
};

/**
 * `recipients-wording`: a "Nơi nhận" line (`cc`) that points to the wrong kind of document.
 * None of the kinds a .bcyt document can be is a quyết định, so "Như quyết định" (seed 000, a
 * công văn) points to nothing: the document's own recipients are "Như trên" (those of "Kính
 * gửi"). The quick fix writes "Như trên" and keeps the rest of the line ("Như quyết định;" →
 * "Như trên;").
 */
export class RecipientsCheck {
    check(model: ast.Model, accept: ValidationAcceptor): void {
        const document = model.document;
        if (!document?.copies.length) return;
        const textDocument = AstUtils.getDocument(model).textDocument;
        const kind = KIND_WORDS[document.kind] ?? KIND_WORDS.letter;
        document.copies.forEach((_copy, index) => {
            const cst = GrammarUtils.findNodeForProperty(document.$cstNode, 'copies', index);
            if (!cst?.text.startsWith('"')) return;
            const inner = cst.text.slice(1, -1);
            const indent = inner.length - inner.trimStart().length;
            const line = inner.trimStart();
            const match = DECISION_WORDS.exec(comparisonKey(line));
            if (!match) return;
            // the search key has the length of the line when it is NFC with single spaces: the
            // words are located exactly and replaced; otherwise the whole line is reported
            const exact = line.normalize('NFC') === line && !/\s\s/u.test(line.trimEnd());
            const written = exact ? line.slice(match[1].length, match[0].length) : match[2];
            const start = cst.offset + 1 + (exact ? indent + match[1].length : 0);
            const end = exact ? start + match[2].length : cst.end - 1;
            report(accept, 'recipients-wording', { written, docKind: kind.vi, docKindEn: kind.en }, {
                node: document, range: { start: textDocument.positionAt(start), end: textDocument.positionAt(end) },
            }, exact ? { replacement: 'Như trên' } : undefined);
        });
    }
}
