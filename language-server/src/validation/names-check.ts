import { AstUtils, type LangiumDocument, type ValidationAcceptor } from 'langium';
import * as ast from '../generated/ast.js';
import type { BcytServices } from '../bcyt-module.js';
import { nameKey } from '../references/names.js';
import { report } from './report.js';
import { sourceProblemAt, sourceProblemText } from '../workspace/source-files.js';

type Named = ast.Unit | ast.Org | ast.Indicator | ast.Rule | ast.Outline | ast.Document;

/** `duplicate-name` across the documents a file sees, and imports that name no file. */
export class NamesCheck {
    constructor(private readonly services: BcytServices) {}

    check(model: ast.Model, accept: ValidationAcceptor): void {
        const document = AstUtils.getDocument(model);
        this.checkImports(document, model, accept);
        this.checkDuplicates(document, model, accept);
    }

    private checkImports(document: LangiumDocument, model: ast.Model, accept: ValidationAcceptor): void {
        const targets = this.services.workspace.ImportResolver.importTargets(document);
        model.imports.forEach((node, index) => {
            const target = targets[index];
            if (target && !target.loaded) {
                // there but not read (a device, a FIFO, too large): say why rather than "not found"
                const problem = target.uri.scheme === 'file' ? sourceProblemAt(target.uri.fsPath) : 'missing';
                const why = problem && problem !== 'missing' ? sourceProblemText(problem) : undefined;
                report(accept, 'unresolved-reference', {
                    kind: 'tệp', kindEn: 'file', name: node.path,
                    hint: why ? `tệp ${why.vi}` : 'đường dẫn tính từ thư mục của tệp này',
                    hintEn: why ? `the file: ${why.en}` : 'paths are relative to this file',
                }, { node, property: 'path' });
            }
        });
    }

    private checkDuplicates(document: LangiumDocument, model: ast.Model, accept: ValidationAcceptor): void {
        const world = this.services.evaluation.Evaluator.worldOf(document);
        const builtins = this.services.workspace.Builtins;
        const seen = new Map<string, Named>();
        const clashes: Array<{ node: Named; first: Named }> = [];
        for (const visible of world.documents) {
            const root = visible.parseResult.value as ast.Model;
            const named: Named[] = [...root.elements.filter(isNamed), ...(root.document ? [root.document] : [])];
            const fromCatalog = builtins.isBuiltin(visible.uri);
            for (const node of named) {
                if (!node.name) continue;
                const key = `${namespace(node)}\u0000${nameKey(node.name)}`;
                const first = seen.get(key);
                if (!first) {
                    seen.set(key, node);
                } else if (!fromCatalog && builtins.isBuiltin(AstUtils.getDocument(first).uri)) {
                    // the user's declaration hides the catalog's; later ones clash with the user's
                    seen.set(key, node);
                    if (visible === document && !hidesStarterDeclaration(node, first)) clashes.push({ node, first });
                } else if (visible === document) {
                    clashes.push({ node, first });
                }
            }
        }
        for (const { node, first } of clashes) {
            const firstDoc = AstUtils.getDocument(first);
            const line = (first.$cstNode?.range.start.line ?? 0) + 1;
            report(accept, 'duplicate-name', {
                name: node.name, other: `${lastSegment(firstDoc.uri.path)}:${line}`,
            }, { node, property: 'name' });
        }
    }
}

/**
 * A name the starter catalog has, declared by the user: theirs hides the catalog's (the scope
 * provider links their references to it), as an author who has not read the catalog means.
 * Units are the words every indicator shares, so a unit may only be declared again as the same
 * kind of unit (`unit lượt`, `unit "bệnh nhân"` with or without `< người`: what it adds into only
 * widens sums); as another kind (`unit ca measure`, `unit % ratio 1`) it clashes.
 */
function hidesStarterDeclaration(node: Named, catalogs: Named): boolean {
    return !ast.isUnit(node) || !ast.isUnit(catalogs) || unitDefinition(node) === unitDefinition(catalogs);
}

/** What kind of unit a declaration makes: a count, a measure, or a ratio with its factor. */
function unitDefinition(unit: ast.Unit): string {
    return unit.factor !== undefined ? `ratio ${unit.factor}` : unit.kind ?? 'count';
}

/** Legal documents are left to `legal-conflict` (legal-declarations-check.ts): a symbol may be declared twice if both agree. */
function isNamed(element: ast.Element): element is Exclude<ast.Element, ast.DataBlock | ast.TargetBlock | ast.LegalDoc> {
    return !ast.isDataBlock(element) && !ast.isTargetBlock(element) && !ast.isLegalDoc(element);
}

function namespace(node: Named): string {
    return node.$type === 'Document' ? 'Document' : node.$type;
}

function lastSegment(path: string): string {
    return path.substring(path.lastIndexOf('/') + 1);
}
