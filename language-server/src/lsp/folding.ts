import { CstUtils, type LangiumDocument } from 'langium';
import type { FoldingRangeProvider } from 'langium/lsp';
import { FoldingRangeKind, type FoldingRange, type FoldingRangeParams } from 'vscode-languageserver';
import * as ast from '../generated/ast.js';

/**
 * Folding: consecutive imports; every declaration that spans several lines (data, target and
 * outline blocks, nested outline sections, indicators with formulas on continuation lines);
 * the document header up to `---`; block comments; in the body, each section from its
 * heading to the line before the next heading of the same or a higher level, and each
 * appendix to the next one.
 */
export class BcytFoldingRangeProvider implements FoldingRangeProvider {
    getFoldingRanges(document: LangiumDocument, _params: FoldingRangeParams): FoldingRange[] {
        const model = document.parseResult.value as ast.Model;
        const ranges: FoldingRange[] = [];
        const add = (startLine: number, endLine: number, kind?: FoldingRangeKind) => {
            if (endLine > startLine) ranges.push(kind ? { startLine, endLine, kind } : { startLine, endLine });
        };
        const imports = model.imports?.filter(i => i.$cstNode) ?? [];
        if (imports.length > 1) add(imports[0].$cstNode!.range.start.line, imports[imports.length - 1].$cstNode!.range.end.line, FoldingRangeKind.Imports);
        for (const element of model.elements ?? []) {
            const range = element.$cstNode?.range;
            if (range) add(range.start.line, range.end.line);
            if (ast.isOutline(element)) this.sections(element.sections, add);
        }
        const root = model.$cstNode;
        if (root) {
            for (const node of CstUtils.streamCst(root)) {
                if (node.hidden && node.grammarSource && /^\/\*/.test(node.text)) add(node.range.start.line, node.range.end.line, FoldingRangeKind.Comment);
            }
        }
        const doc = model.document;
        if (doc?.$cstNode) {
            const bodyLine = doc.body?.$cstNode?.range.start.line;
            add(doc.$cstNode.range.start.line, bodyLine !== undefined ? bodyLine - 1 : doc.$cstNode.range.end.line);
            if (doc.body) this.body(doc.body.blocks, add);
        }
        return ranges;
    }

    private sections(sections: readonly ast.OutlineSection[], add: (start: number, end: number) => void): void {
        for (const section of sections) {
            const range = section.$cstNode?.range;
            if (range) add(range.start.line, range.end.line);
            this.sections(section.sections, add);
        }
    }

    /** Sections by heading level, appendices to the next appendix; trailing blank lines stay outside. */
    private body(blocks: readonly ast.Block[], add: (start: number, end: number) => void): void {
        const lineOf = (block: ast.Block) => block.$cstNode?.range.start.line ?? 0;
        const isAppendix = (block: ast.Block) => !ast.isBlankLine(block) && block.parts.some(ast.isAppendixDirective);
        blocks.forEach((block, index) => {
            const heading = ast.isHeading(block) ? block.marker.trim().length : isAppendix(block) ? 0 : undefined;
            if (heading === undefined) return;
            let last = index;
            for (let j = index + 1; j < blocks.length; j++) {
                const next = blocks[j];
                if (isAppendix(next) || (ast.isHeading(next) && heading > 0 && next.marker.trim().length <= heading)) break;
                if (!ast.isBlankLine(next)) last = j;
            }
            add(lineOf(block), lineOf(blocks[last]));
        });
    }
}
