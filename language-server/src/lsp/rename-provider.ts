import { AstUtils, CstUtils, type AstNode, type LangiumDocument, type LangiumDocuments, type URI } from 'langium';
import { DefaultRenameProvider } from 'langium/lsp';
import {
    ErrorCodes, ResponseError, TextEdit, type PrepareRenameParams, type Range, type RenameParams, type WorkspaceEdit,
} from 'vscode-languageserver';
import type { BcytServices } from '../bcyt-module.js';
import * as ast from '../generated/ast.js';
import type { BuiltinLibrary } from '../workspace/builtins.js';

const ID = /^[_a-zA-Z\u00C0-\u024F\u1E00-\u1EFF][\w\u0300-\u036F\u00C0-\u024F\u1E00-\u1EFF]*$/;

/**
 * Rename across the workspace and its imports. References are found by linking, so a
 * reference written in another Unicode form or tone placement ("Hoá" for "Hóa") is renamed
 * too. The new name is written as each place needs it: a legal document's symbol is quoted
 * in its declaration and bare in `[…]`; a unit name that is not an identifier is quoted
 * everywhere. Names that cannot be written where they are used, and declarations of the
 * built-in starter catalog, are refused with a message.
 */
export class BcytRenameProvider extends DefaultRenameProvider {
    private readonly builtins: BuiltinLibrary;
    private readonly documents: LangiumDocuments;

    constructor(services: BcytServices) {
        super(services);
        this.builtins = services.workspace.Builtins;
        this.documents = services.shared.workspace.LangiumDocuments;
    }

    override async rename(document: LangiumDocument, params: RenameParams): Promise<WorkspaceEdit | undefined> {
        const target = this.targetAt(document, params.position);
        if (!target) return undefined;
        this.refuseBuiltin(target);
        const bare = params.newName.trim().replace(/^"(.*)"$/s, '$1');
        const problem = invalidName(target, bare);
        if (problem) throw new ResponseError(ErrorCodes.InvalidParams, problem);
        const changes: Record<string, TextEdit[]> = {};
        for (const reference of this.references.findReferences(target, { includeDeclaration: true })) {
            const uri = reference.sourceUri.toString();
            const written = this.textAt(reference.sourceUri, reference.segment.range);
            const newText = spelling(target, bare, written);
            (changes[uri] ??= []).push(TextEdit.replace(reference.segment.range, newText));
        }
        return { changes };
    }

    override prepareRename(document: LangiumDocument, params: PrepareRenameParams): Range | undefined {
        const range = super.prepareRename(document, params) as Range | undefined;
        const target = range && this.targetAt(document, params.position);
        if (target) this.refuseBuiltin(target);
        return range;
    }

    private targetAt(document: LangiumDocument, position: RenameParams['position']): AstNode | undefined {
        const root = document.parseResult.value.$cstNode;
        const leaf = root && CstUtils.findDeclarationNodeAtOffset(root, document.textDocument.offsetAt(position), this.grammarConfig.nameRegexp);
        return leaf ? this.references.findDeclarations(leaf)[0] : undefined;
    }

    private refuseBuiltin(target: AstNode): void {
        if (this.builtins.isBuiltin(AstUtils.getDocument(target).uri)) {
            throw new ResponseError(ErrorCodes.InvalidRequest, 'Không đổi tên được khai báo của danh mục dùng chung (starter catalog)');
        }
    }

    private textAt(uri: URI, range: Range): string {
        return this.documents.hasDocument(uri) ? this.documents.getDocument(uri)!.textDocument.getText(range) : '';
    }
}

/** Why a name cannot be used for this declaration, in Vietnamese; undefined when it can. */
function invalidName(target: AstNode, name: string): string | undefined {
    if (!name) return 'Tên mới không được để trống';
    if (ast.isLegalDoc(target)) {
        return /[\s\]|"]/.test(name) ? 'Số ký hiệu không được chứa khoảng trắng, "]", "|" hoặc dấu nháy' : undefined;
    }
    if (ast.isUnit(target)) return /["\n]/.test(name) ? 'Tên đơn vị tính không được chứa dấu nháy' : undefined;
    return ID.test(name) ? undefined : `"${name}" không phải là một tên hợp lệ (chữ, số, "_", không khoảng trắng, không bắt đầu bằng số)`;
}

/** The new name as written where the old one was: quoted where the old text was quoted or must be. */
function spelling(target: AstNode, name: string, written: string): string {
    const quoted = written.startsWith('"');
    if (ast.isLegalDoc(target)) return quoted ? `"${name}"` : name;
    if (ast.isUnit(target)) return ID.test(name) || name === '%' || name === '‰' ? name : `"${name}"`;
    return name;
}
