import type { CstNode, LangiumDocument } from 'langium';
import type { DocumentSymbolProvider } from 'langium/lsp';
import type { MessageLanguage } from '../validation/diagnostic-codes.js';
import type { BcytSettings } from '../workspace/settings.js';
import { documentKindText } from './lsp-text.js';
import { SymbolKind, type DocumentSymbol, type DocumentSymbolParams, type Range } from 'vscode-languageserver';
import * as ast from '../generated/ast.js';

/**
 * The outline: declarations (units, orgs, indicators, data and target blocks with their
 * values, rules, legal documents, outlines with their sections) and the document with its
 * sections, nested by heading level (`#` … `######`), each section spanning to the next
 * heading of the same or a higher level.
 */
export class BcytDocumentSymbolProvider implements DocumentSymbolProvider {
    constructor(private readonly settings: BcytSettings) {}

    getSymbols(document: LangiumDocument, _params: DocumentSymbolParams): DocumentSymbol[] {
        const model = document.parseResult.value as ast.Model;
        const symbols: DocumentSymbol[] = [];
        for (const element of model.elements ?? []) {
            const symbol = elementSymbol(element);
            if (symbol) symbols.push(symbol);
        }
        if (model.document?.$cstNode) symbols.push(documentSymbol(document, model.document, this.settings.language));
        return symbols;
    }
}

function elementSymbol(element: ast.Element): DocumentSymbol | undefined {
    const cst = element.$cstNode;
    if (!cst) return undefined;
    if (ast.isUnit(element)) return symbol(unquote(element.name), SymbolKind.TypeParameter, cst, nameNode(cst, element.name), element.label);
    if (ast.isOrg(element)) return symbol(element.name, SymbolKind.Namespace, cst, nameNode(cst, element.name), element.label);
    if (ast.isIndicator(element)) return symbol(element.name, SymbolKind.Variable, cst, nameNode(cst, element.name), element.label);
    if (ast.isRule(element)) return symbol(element.name, SymbolKind.Operator, cst, nameNode(cst, element.name), element.label);
    if (ast.isLegalDoc(element)) {
        return symbol(element.name, SymbolKind.Constant, cst, nameNode(cst, `"${element.name}"`), [element.type, element.date].filter(Boolean).join(' '));
    }
    if (ast.isDataBlock(element) || ast.isTargetBlock(element)) {
        const keyword = ast.isDataBlock(element) ? 'data' : 'target';
        const name = `${keyword} ${element.org?.$refText ?? '?'} ${element.period?.value ?? '?'}`;
        const entries: Array<ast.DataValue | ast.TargetValue> = ast.isDataBlock(element) ? element.values : element.targets;
        const children = entries.filter(e => e.$cstNode).map(entry => symbol(entry.indicator?.$refText || '?', SymbolKind.Field,
            entry.$cstNode!, entry.$cstNode!, entry.$cstNode!.text.replace(/^\S+\s*/, '').replace(/\s+/g, ' ')));
        return symbol(name, SymbolKind.Object, cst, cst, undefined, children);
    }
    if (ast.isOutline(element)) {
        return symbol(element.name, SymbolKind.Struct, cst, nameNode(cst, element.name), element.label, sectionSymbols(element.sections));
    }
    return undefined;
}

function sectionSymbols(sections: readonly ast.OutlineSection[]): DocumentSymbol[] {
    return sections.filter(s => s.$cstNode).map(section =>
        symbol(`${section.number ?? ''} ${section.title ?? ''}`.trim() || 'section', SymbolKind.Key, section.$cstNode!, section.$cstNode!,
            undefined, sectionSymbols(section.sections)));
}

function documentSymbol(document: LangiumDocument, doc: ast.Document, lang: MessageLanguage): DocumentSymbol {
    const cst = doc.$cstNode!;
    const text = document.textDocument;
    const top: DocumentSymbol[] = [];
    const stack: Array<{ level: number; symbol: DocumentSymbol }> = [];
    const blocks = doc.body?.blocks ?? [];
    // an appendix is a level 0 section: the headings after it belong to it
    const appendixOf = (b: ast.Block) => (ast.isBlankLine(b) ? undefined : b.parts.find(ast.isAppendixDirective));
    const levelOf = (b: ast.Block) => (ast.isHeading(b) ? b.marker.trim().length : appendixOf(b) ? 0 : undefined);
    const endOf = (index: number): Range['end'] => {
        // a section ends before the next heading of the same or a higher level, without trailing blank lines
        const level = levelOf(blocks[index])!;
        let last = index;
        for (let j = index + 1; j < blocks.length; j++) {
            const next = levelOf(blocks[j]);
            if (next !== undefined && next <= level) break;
            if (!ast.isBlankLine(blocks[j])) last = j;
        }
        return lineEnd(text, blocks[last].$cstNode!);
    };
    blocks.forEach((block, index) => {
        const level = levelOf(block);
        if (level === undefined || !block.$cstNode) return;
        const appendix = appendixOf(block);
        const marker = ast.isHeading(block) ? block.marker : '';
        const title = appendix ? [appendix.label, appendix.title].filter(Boolean).join(' — ')
            : block.$cstNode.text.slice(marker.length).trim() || marker.trim();
        const start = block.$cstNode.range.start;
        const headingRange = { start, end: lineEnd(text, block.$cstNode) };
        const section: DocumentSymbol = {
            name: title, kind: appendix ? SymbolKind.Module : SymbolKind.String, range: { start, end: endOf(index) }, selectionRange: headingRange, children: [],
        };
        while (stack.length && stack[stack.length - 1].level >= level) stack.pop();
        (stack.length ? stack[stack.length - 1].symbol.children! : top).push(section);
        stack.push({ level, symbol: section });
    });
    return symbol(doc.name ?? '?', SymbolKind.File, cst, nameNode(cst, doc.name ?? ''), documentKindText(doc.kind, lang).toLowerCase(), top);
}

function symbol(name: string, kind: SymbolKind, node: CstNode, selection: CstNode, detail?: string, children?: DocumentSymbol[]): DocumentSymbol {
    return { name: name || '?', kind, range: node.range, selectionRange: selection.range, detail, children };
}

/** The leaf of a declaration that carries its name (the first leaf with that text), else the node. */
function nameNode(node: CstNode, name: string): CstNode {
    const text = node.text;
    const at = text.indexOf(name);
    if (!name || at < 0) return node;
    const stack: CstNode[] = [node];
    while (stack.length) {
        const current = stack.shift()!;
        if ('content' in current) stack.unshift(...(current as { content: CstNode[] }).content);
        else if (current.text === name) return current;
    }
    return node;
}

/** The end of a line's content (before its line break). */
function lineEnd(text: LangiumDocument['textDocument'], node: CstNode): Range['end'] {
    const line = node.range.start.line;
    const content = text.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } }).replace(/\r?\n$/, '');
    return { line, character: content.length };
}

function unquote(name: string): string {
    return name.replace(/^"(.*)"$/, '$1');
}
