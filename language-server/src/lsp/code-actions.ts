import { AstUtils, CstUtils, type LangiumDocument, type MaybePromise } from 'langium';
import type { CodeActionProvider } from 'langium/lsp';
import {
    CodeActionKind, type CodeAction, type CodeActionParams, type Command, type Diagnostic, type TextEdit,
} from 'vscode-languageserver';
import * as ast from '../generated/ast.js';
import type { BcytServices } from '../bcyt-module.js';
import { fixTitle } from '../validation/diagnostic-codes.js';
import type { FixData } from '../validation/report.js';

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
 * - correct a declared symbol and every citation of it, in any file (legal-number-format).
 */
export class BcytCodeActionProvider implements CodeActionProvider {
    constructor(private readonly services: BcytServices) {}

    getCodeActions(document: LangiumDocument, params: CodeActionParams): MaybePromise<Array<Command | CodeAction> | undefined> {
        const actions: CodeAction[] = [];
        for (const diagnostic of params.context.diagnostics) {
            const action = this.quickFix(document, diagnostic);
            if (action) actions.push(action);
        }
        return actions;
    }

    private quickFix(document: LangiumDocument, diagnostic: Diagnostic): CodeAction | undefined {
        const data = diagnostic.data as (FixData & { code?: string; symbol?: string; section?: string }) | undefined;
        if (!data) return undefined;
        const edits: TextEdit[] | undefined = data.edits
            ? data.edits.map(edit => ({ range: edit.range, newText: edit.newText }))
            : data.replacement !== undefined ? [{ range: diagnostic.range, newText: data.replacement }] : undefined;
        if (!edits?.length) return undefined;
        const changes: Record<string, TextEdit[]> = { [document.uri.toString()]: edits };
        if (data.fix === 'rename-legal' && data.replacement) this.renameCitations(document, diagnostic, data.replacement, changes);
        return {
            title: fixTitle(data.fix ?? 'replace', { text: data.replacement, symbol: data.symbol, section: data.section, chars: data.chars as string | undefined }, this.services.workspace.Settings.language),
            kind: CodeActionKind.QuickFix,
            diagnostics: [diagnostic],
            isPreferred: true,
            edit: { changes },
        };
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
