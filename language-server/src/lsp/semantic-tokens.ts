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

    protected highlightElement(node: AstNode, acceptor: SemanticTokenAcceptor): void | 'prune' {
        const declaration = SemanticTokenModifiers.declaration;
        const ref = (property: string, type: string, index?: number) => {
            const value = (node as unknown as Record<string, unknown>)[property];
            const reference = (Array.isArray(value) ? value[index ?? 0] : value) as Reference | undefined;
            if (!reference) return;
            const target = reference.ref;
            const modifier = target && this.builtins.isBuiltin(AstUtils.getDocument(target).uri) ? SemanticTokenModifiers.defaultLibrary : undefined;
            acceptor({ node, property: property as never, index, type, modifier });
        };
        const prop = (property: string, type: string, modifier?: string) => {
            if ((node as unknown as Record<string, unknown>)[property] !== undefined) acceptor({ node, property: property as never, type, modifier });
        };
        if (ast.isUnit(node)) {
            prop('name', SemanticTokenTypes.type, declaration);
            ref('base', SemanticTokenTypes.type);
        } else if (ast.isOrg(node)) {
            prop('name', SemanticTokenTypes.namespace, declaration);
            ref('parent', SemanticTokenTypes.namespace);
            node.predecessors.forEach((_, i) => ref('predecessors', SemanticTokenTypes.namespace, i));
            prop('since', SemanticTokenTypes.number);
        } else if (ast.isIndicator(node)) {
            prop('name', SemanticTokenTypes.variable, declaration);
            ref('unit', SemanticTokenTypes.type);
        } else if (ast.isIndicatorRef(node)) {
            ref('indicator', SemanticTokenTypes.variable);
            ref('org', SemanticTokenTypes.namespace);
        } else if (ast.isDataBlock(node) || ast.isTargetBlock(node)) {
            ref('org', SemanticTokenTypes.namespace);
        } else if (ast.isDataValue(node) || ast.isTargetValue(node)) {
            ref('indicator', SemanticTokenTypes.variable);
            if (ast.isTargetValue(node)) {
                prop('operator', SemanticTokenTypes.operator);
                node.details.forEach((_, i) => ref('details', SemanticTokenTypes.namespace, i));
            }
        } else if (ast.isQuantity(node) || ast.isNumberLiteral(node)) {
            prop('value', SemanticTokenTypes.number);
            ref('unit', SemanticTokenTypes.type);
        } else if (ast.isPeriodLiteral(node)) {
            prop('value', SemanticTokenTypes.number);
        } else if (ast.isRule(node)) {
            prop('name', SemanticTokenTypes.function, declaration);
            prop('operator', SemanticTokenTypes.operator);
        } else if (ast.isLegalDoc(node)) {
            prop('name', SemanticTokenTypes.macro, declaration);
            ref('issuer', SemanticTokenTypes.namespace);
            prop('date', SemanticTokenTypes.number);
        } else if (ast.isOutline(node)) {
            prop('name', SemanticTokenTypes.struct, declaration);
        } else if (ast.isDocument(node)) {
            prop('name', SemanticTokenTypes.class, declaration);
            ref('issuer', SemanticTokenTypes.namespace);
            ref('outline', SemanticTokenTypes.struct);
            if (node.date) prop('date', SemanticTokenTypes.number);
        } else if (ast.isHeading(node)) {
            this.marker(node, acceptor, SemanticTokenTypes.keyword);
            this.prose(node, acceptor, SemanticTokenTypes.namespace);
        } else if (ast.isListItem(node)) {
            this.marker(node, acceptor, SemanticTokenTypes.operator);
        } else if (ast.isCitation(node)) {
            this.brackets(node, acceptor);
            ref('legal', SemanticTokenTypes.macro);
            prop('style', SemanticTokenTypes.keyword);
        } else if (ast.isInlineExpression(node) || ast.isTableDirective(node) || ast.isAppendixDirective(node)) {
            this.brackets(node, acceptor);
            if (ast.isTableDirective(node)) node.rows.forEach((_, i) => ref('rows', SemanticTokenTypes.variable, i));
        } else if (ast.isPlanOf(node) || ast.isPrevOf(node) || ast.isPercentOf(node) || ast.isFunctionCall(node)) {
            for (const keyword of ['plan', 'prev', 'of', 'round', 'abs', 'min', 'max']) {
                if (hasKeyword(node, keyword)) acceptor({ node, keyword, type: SemanticTokenTypes.keyword });
            }
        }
    }

    /** The opening and closing token of `{…}` and `[…]`. */
    private brackets(node: AstNode, acceptor: SemanticTokenAcceptor): void {
        for (const leaf of leaves(node.$cstNode)) {
            if (/^[{}[\]]$/.test(leaf.text) && !leaf.hidden) acceptor({ cst: leaf, type: SemanticTokenTypes.operator });
        }
    }

    /** `##` or `-` without the white space around it. */
    private marker(node: ast.Heading | ast.ListItem, acceptor: SemanticTokenAcceptor, type: string): void {
        const leaf = leaves(node.$cstNode)[0];
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
