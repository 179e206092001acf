import type { IToken } from 'chevrotain';
import { AstUtils, CstUtils, isReference, type AstNode, type CstNode, type Grammar, type ParseResult } from 'langium';
import type { Model } from '../../language-server/src/generated/ast.js';

/**
 * Everything a parse determines, as lines to compare: each AST node (type, container link, own
 * keys in order, properties, references with their CST node), each CST node (position, grammar
 * source, the AST node it is linked to), and the errors. Two parses that give equal snapshots
 * give trees no service can tell apart.
 */
export function parseSnapshot(result: ParseResult<Model>, grammar: Grammar): string[] {
    const ids = new Map<unknown, number>();
    let next = 0;
    for (const element of AstUtils.streamAst(grammar)) ids.set(element, next++);
    const source = (cst: CstNode | undefined) => (cst?.grammarSource ? `g${ids.get(cst.grammarSource)}` : 'g-');
    const lines: string[] = [];
    const numbers = new Map<AstNode, number>();
    for (const node of AstUtils.streamAst(result.value)) numbers.set(node, numbers.size);
    for (const node of AstUtils.streamAst(result.value)) {
        const cst = node.$cstNode;
        lines.push(`#${numbers.get(node)} ${node.$type} in #${node.$container ? numbers.get(node.$container) : '-'}.${node.$containerProperty ?? ''}[${node.$containerIndex ?? ''}] `
            + `keys ${Object.keys(node).join(',')} ${cst ? `${cst.offset}-${cst.end} ${position(cst.range)} ${source(cst)}` : 'no CST'} ${properties(node, source)}`);
    }
    const walk = (cst: CstNode, depth: number) => {
        const own = (cst as { _astNode?: AstNode })._astNode;
        const parentOk = cst.container ? cst.container.content.includes(cst) : true;
        lines.push(`${' '.repeat(depth)}${'content' in cst ? 'C' : 'L'} ${cst.offset}+${cst.length} ${position(cst.range)} ${source(cst)} `
            + `${'tokenType' in cst ? (cst as { tokenType: { name: string } }).tokenType.name : ''} ${cst.hidden} own=${own ? `#${numbers.get(own)}` : '-'} ast=#${numbers.get(cst.astNode)} ${parentOk}`);
        if ('content' in cst) for (const child of (cst as { content: CstNode[] }).content) walk(child, depth + 1);
    };
    walk(result.value.$cstNode!, 0);
    lines.push(`text ${result.value.$cstNode!.root.fullText.length} ${CstUtils.streamCst(result.value.$cstNode!).count()}`);
    for (const error of result.lexerErrors) lines.push(`lexer error ${error.offset} ${error.line}:${error.column}+${error.length} ${error.message}`);
    for (const error of result.parserErrors) {
        const previous = (error as { previousToken?: IToken }).previousToken;
        lines.push(`parser error ${token(error.token)} after ${token(previous)} ${error.message}`);
    }
    return lines;
}

function token(t: IToken | undefined): string {
    return t ? `${t.image}@${t.startOffset}-${t.endOffset} ${t.startLine}:${t.startColumn}-${t.endLine}:${t.endColumn}` : '-';
}

function position(range: { start: { line: number; character: number }; end: { line: number; character: number } }): string {
    return `${range.start.line}:${range.start.character}-${range.end.line}:${range.end.character}`;
}

function properties(node: AstNode, source: (cst: CstNode | undefined) => string): string {
    return Object.entries(node)
        .filter(([key, value]) => !key.startsWith('$') && (typeof value !== 'object' || Array.isArray(value)))
        .map(([key, value]) => Array.isArray(value)
            ? `${key}=[${value.map(item => (isReference(item) ? `->${item.$refText}@${item.$refNode?.offset}:${source(item.$refNode)}` : typeof item === 'object' ? 'node' : JSON.stringify(item))).join(' ')}]`
            : `${key}=${JSON.stringify(value)}`)
        .concat(Object.entries(node).filter(([, value]) => isReference(value))
            .map(([key, value]) => `${key}->${value.$refText}@${value.$refNode?.offset}+${value.$refNode?.length}:${source(value.$refNode)} ${value.$refNode ? 'content' in value.$refNode : ''}`))
        .join(' ');
}
