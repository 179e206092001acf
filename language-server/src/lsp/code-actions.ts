import { AstUtils, CstUtils, type LangiumDocument, type MaybePromise } from 'langium';
import type { CodeActionProvider } from 'langium/lsp';
import {
    CodeActionKind, type CodeAction, type CodeActionParams, type Command, type Diagnostic, type TextEdit,
} from 'vscode-languageserver';
import * as ast from '../generated/ast.js';
import type { BcytServices } from '../bcyt-module.js';
import { offeredFixes, type FixData } from '../validation/report.js';

/**
 * Quick fixes for the checker's diagnostics. Each check computes its fix when it reports
 * (FixData in the diagnostic's data: a replacement for the diagnostic's range, or edits), so
 * this provider only turns that data into a code action:
 * - replace a stated number with the computed one (claim-mismatch, sum-mismatch), a number
 *   into Vietnamese or source notation (number-format, count-not-integer: "167.769" → 167769),
 *   a unit word, a heading's number (heading-numbering), a document number's type code
 *   (doc-number-format), a detail count (target-rollup);
 * - declare a raw citation and cite it (legal-undeclared), or cite a declared one;
 * - insert a missing outline section (outline-missing-section);
 * - correct a declared symbol and every citation of it, in any file (legal-number-format);
 * - put the words around a change right (change-wording: "bằng 106%" or "tăng 6%").
 */
export class BcytCodeActionProvider implements CodeActionProvider {
    constructor(private readonly services: BcytServices) {}

    getCodeActions(document: LangiumDocument, params: CodeActionParams): MaybePromise<Array<Command | CodeAction> | undefined> {
        return params.context.diagnostics.flatMap(diagnostic => this.quickFixes(document, diagnostic));
    }

    /** The fixes a diagnostic's data offer, the first one preferred ("bằng 106%", then "tăng 6%"). */
    private quickFixes(document: LangiumDocument, diagnostic: Diagnostic): CodeAction[] {
        const data = diagnostic.data as (FixData & { code?: string }) | undefined;
        const fixes = offeredFixes(data, diagnostic.range, this.services.workspace.Settings.language);
        return fixes.map((fix, index) => {
            const changes: Record<string, TextEdit[]> = { [document.uri.toString()]: fix.edits.map(edit => ({ range: edit.range, newText: edit.newText })) };
            if (index === 0 && data?.fix === 'rename-legal' && data.replacement) this.renameCitations(document, diagnostic, data.replacement, changes);
            return { title: fix.title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], isPreferred: index === 0, edit: { changes } };
        });
    }

    /** Every citation of the declaration at the diagnostic, in every document, gets the new symbol. */
    private renameCitations(document: LangiumDocument, diagnostic: Diagnostic, symbol: string, changes: Record<string, TextEdit[]>): void {
        const root = document.parseResult.value.$cstNode;
        if (!root) return;
        const offset = document.textDocument.offsetAt(diagnostic.range.start);
        const leaf = CstUtils.findLeafNodeAtOffset(root, offset);
        const legal = leaf ? AstUtils.getContainerOfType(leaf.astNode, ast.isLegalDoc) : undefined;
        if (!legal) return;
        for (const reference of this.services.references.References.findReferences(legal, { includeDeclaration: false })) {
            const uri = reference.sourceUri.toString();
            (changes[uri] ??= []).push({ range: reference.segment.range, newText: symbol });
        }
    }
}
