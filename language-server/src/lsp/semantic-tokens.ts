import { AstUtils, GrammarAST, type AstNode, type CstNode, type Reference } from 'langium';
import { AbstractSemanticTokenProvider, type SemanticTokenAcceptor } from 'langium/lsp';
import { SemanticTokenModifiers, SemanticTokenTypes } from 'vscode-languageserver';
import type { BcytServices } from '../bcyt-module.js';
import * as ast from '../generated/ast.js';
import type { BuiltinLibrary } from '../workspace/builtins.js';

/**
 * Semantic highlighting. Declarations carry the `declaration` modifier and references to the
 * starter catalog `defaultLibrary`. Indicators are variables, orgs namespaces, units types,
 * rules functions, outlines structs, legal documents (declared and cited) macros; numbers,
 * periods and dates are numbers; in the body, heading and list markers, the braces of `{…}`
 * and the brackets of `[…]` are keywords and operators, and heading text is a namespace (a
 * section of the document).
 */
export class BcytSemanticTokenProvider extends AbstractSemanticTokenProvider {
    private readonly builtins: BuiltinLibrary;

    constructor(services: BcytServices) {
        super(services);
        this.builtins = services.workspace.Builtins;
    }

    /**
     * Dispatches on `$type` and hands the acceptor CST nodes directly (a reference's `$refNode`,
     * a number's own leaf): Langium's search of a property's CST node and the `isX` subtype
     * checks cost most of the time on a 5,000-line report otherwise.
     */
    protected highlightElement(node: AstNode, acceptor: SemanticTokenAcceptor): void | 'prune' {
        const declaration = SemanticTokenModifiers.declaration;
        const ref = (reference: Reference | undefined, type: string) => {
            if (!reference?.$refNode) return;
            const target = reference.ref;
            const modifier = target && this.builtins.isBuiltin(AstUtils.getDocument(target).uri) ? SemanticTokenModifiers.defaultLibrary : undefined;
            acceptor({ cst: reference.$refNode, type, modifier });
        };
        const prop = (property: string, type: string, modifier?: string) => {
            if ((node as unknown as Record<string, unknown>)[property] !== undefined) acceptor({ node, property: property as never, type, modifier });
        };
        const firstLeafOf = (type: string) => {
            const leaf = edgeLeaf(node.$cstNode, 'first');
            if (leaf) acceptor({ cst: leaf, type });
        };
        switch (node.$type) {
            case ast.TextChunk.$type:
            case ast.BlankLine.$type:
                return 'prune';
            case ast.Unit.$type:
                prop('name', SemanticTokenTypes.type, declaration);
                return ref((node as ast.Unit).base, SemanticTokenTypes.type);
            case ast.Org.$type: {
                const org = node as ast.Org;
                prop('name', SemanticTokenTypes.namespace, declaration);
                ref(org.parent, SemanticTokenTypes.namespace);
                org.predecessors.forEach(p => ref(p, SemanticTokenTypes.namespace));
                return prop('since', SemanticTokenTypes.number);
            }
            case ast.Indicator.$type:
                prop('name', SemanticTokenTypes.variable, declaration);
                return ref((node as ast.Indicator).unit, SemanticTokenTypes.type);
            case ast.IndicatorRef.$type:
                ref((node as ast.IndicatorRef).indicator, SemanticTokenTypes.variable);
                return ref((node as ast.IndicatorRef).org, SemanticTokenTypes.namespace);
            case ast.DataBlock.$type:
            case ast.TargetBlock.$type:
                return ref((node as ast.DataBlock | ast.TargetBlock).org, SemanticTokenTypes.namespace);
            case ast.DataValue.$type:
                return ref((node as ast.DataValue).indicator, SemanticTokenTypes.variable);
            case ast.TargetValue.$type: {
                const target = node as ast.TargetValue;
                ref(target.indicator, SemanticTokenTypes.variable);
                prop('operator', SemanticTokenTypes.operator);
                return target.details.forEach(d => ref(d, SemanticTokenTypes.namespace));
            }
            case ast.Quantity.$type:
            case ast.NumberLiteral.$type:
                firstLeafOf(SemanticTokenTypes.number);
                return ref((node as ast.Quantity | ast.NumberLiteral).unit, SemanticTokenTypes.type);
            case ast.PeriodLiteral.$type:
                return firstLeafOf(SemanticTokenTypes.number);
            case ast.Rule.$type:
                prop('name', SemanticTokenTypes.function, declaration);
                return prop('operator', SemanticTokenTypes.operator);
            case ast.LegalDoc.$type:
                prop('name', SemanticTokenTypes.macro, declaration);
                ref((node as ast.LegalDoc).issuer, SemanticTokenTypes.namespace);
                return prop('date', SemanticTokenTypes.number);
            case ast.Outline.$type:
                return prop('name', SemanticTokenTypes.struct, declaration);
            case ast.Document.$type: {
                const document = node as ast.Document;
                prop('name', SemanticTokenTypes.class, declaration);
                ref(document.issuer, SemanticTokenTypes.namespace);
                ref(document.outline, SemanticTokenTypes.struct);
                if (document.date) prop('date', SemanticTokenTypes.number);
                return;
            }
            case ast.Heading.$type:
                this.marker(node as ast.Heading, acceptor, SemanticTokenTypes.keyword);
                return this.prose(node as ast.Heading, acceptor, SemanticTokenTypes.namespace);
            case ast.ListItem.$type:
                return this.marker(node as ast.ListItem, acceptor, SemanticTokenTypes.operator);
            case ast.Citation.$type:
                this.brackets(node, acceptor);
                ref((node as ast.Citation).legal, SemanticTokenTypes.macro);
                return prop('style', SemanticTokenTypes.keyword);
            case ast.InlineExpression.$type:
            case ast.AppendixDirective.$type:
                return this.brackets(node, acceptor);
            case ast.TableDirective.$type:
                this.brackets(node, acceptor);
                return (node as ast.TableDirective).rows.forEach(r => ref(r, SemanticTokenTypes.variable));
            case ast.PlanOf.$type:
            case ast.PrevOf.$type:
            case ast.PercentOf.$type:
            case ast.FunctionCall.$type:
                for (const keyword of ['plan', 'prev', 'of', 'round', 'abs', 'min', 'max']) {
                    if (hasKeyword(node, keyword)) acceptor({ node, keyword, type: SemanticTokenTypes.keyword });
                }
                return;
        }
    }

    /** The opening and closing token of `{…}` and `[…]` (the node's first and last leaves). */
    private brackets(node: AstNode, acceptor: SemanticTokenAcceptor): void {
        for (const leaf of [edgeLeaf(node.$cstNode, 'first'), edgeLeaf(node.$cstNode, 'last')]) {
            if (leaf && !leaf.hidden && /^[{}[\]]$/.test(leaf.text)) acceptor({ cst: leaf, type: SemanticTokenTypes.operator });
        }
    }

    /** `##` or `-` without the white space around it. */
    private marker(node: ast.Heading | ast.ListItem, acceptor: SemanticTokenAcceptor, type: string): void {
        const leaf = edgeLeaf(node.$cstNode, 'first');
        if (!leaf || !node.marker) return;
        const start = leaf.range.start;
        const indent = node.marker.length - node.marker.trimStart().length;
        acceptor({ line: start.line, char: start.character + indent, length: node.marker.trim().length, type });
    }

    /** The text chunks directly in a heading. */
    private prose(node: ast.Heading, acceptor: SemanticTokenAcceptor, type: string): void {
        node.parts.forEach(part => {
            if (ast.isTextChunk(part) && part.$cstNode && part.text.trim()) acceptor({ cst: part.$cstNode, type });
        });
    }
}

function hasKeyword(node: AstNode, keyword: string): boolean {
    return leaves(node.$cstNode).some(leaf => leaf.text === keyword && GrammarAST.isKeyword(leaf.grammarSource) && leaf.astNode === node);
}

function edgeLeaf(node: CstNode | undefined, edge: 'first' | 'last'): CstNode | undefined {
    while (node && 'content' in node) {
        const content = (node as { content: CstNode[] }).content;
        node = edge === 'first' ? content[0] : content[content.length - 1];
    }
    return node;
}

function leaves(node: CstNode | undefined): CstNode[] {
    if (!node) return [];
    const result: CstNode[] = [];
    const walk = (n: CstNode) => {
        if ('content' in n) (n as { content: CstNode[] }).content.forEach(walk);
        else result.push(n);
    };
    walk(node);
    return result;
}
