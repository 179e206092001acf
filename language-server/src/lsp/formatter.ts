import { CstUtils, GrammarAST, GrammarUtils, type AstNode, type LangiumDocument, type Lexer } from 'langium';
import type { Formatter } from 'langium/lsp';
import type {
    DocumentFormattingParams, DocumentOnTypeFormattingOptions, DocumentRangeFormattingParams, Range, TextEdit,
} from 'vscode-languageserver';
import type { BcytServices } from '../bcyt-module.js';
import * as ast from '../generated/ast.js';

const HEADER_FIELDS = new Set(['number', 'issuer', 'governing', 'place', 'date', 'period', 'compare', 'plan', 'heading',
    'title', 'subject', 'to', 'cc', 'signer', 'follows']);

const FUNCTIONS = new Set(['round', 'abs', 'min', 'max', 'plan', 'prev']);

/** How a token starts: on a new line at an indentation (element, entry, block close, header field) or anywhere. */
type Role =
    | { kind: 'line'; indent: number; continuation: number; blankLines: boolean }
    | { kind: 'open' }
    /** written against the token before it: the `-` of `period 2022-2025` and the year after it */
    | { kind: 'tight' };

interface Token { start: number; end: number; text: string; hidden: boolean }

/**
 * Canonical layout of the declarations and the document header: every declaration and
 * import at column 0; entries of data, target and outline blocks one a line, indented two
 * spaces per level, `}` on its own line; header fields one a line indented two spaces, the
 * further strings of `to`/`cc`/`signer` aligned under the first; continuation lines of a
 * declaration indented four spaces past it; one space between tokens (none before `,` and `)`,
 * none after `(`); at most one blank line kept where the author left some.
 *
 * Only white space between tokens changes, and never after `---`: the body is byte-identical.
 * Line breaks the author wrote are kept (a name after a number on the same line is a unit,
 * so joining lines could change meaning). A file whose declarations do not parse is left as
 * it is, and the result is re-lexed and compared token by token before any edit is returned.
 * Formatting twice gives the same text.
 */
export class BcytFormatter implements Formatter {
    private readonly lexer: Lexer;

    constructor(services: BcytServices) {
        this.lexer = services.parser.Lexer;
    }

    formatDocument(document: LangiumDocument, _params: DocumentFormattingParams): TextEdit[] {
        return this.edits(document);
    }

    formatDocumentRange(document: LangiumDocument, params: DocumentRangeFormattingParams): TextEdit[] {
        const text = document.textDocument;
        const from = text.offsetAt(params.range.start);
        const to = text.offsetAt(params.range.end);
        return this.edits(document).filter(edit => text.offsetAt(edit.range.end) >= from && text.offsetAt(edit.range.start) <= to);
    }

    formatDocumentOnType(): TextEdit[] {
        return [];
    }

    get formatOnTypeOptions(): DocumentOnTypeFormattingOptions | undefined {
        return undefined;
    }

    private edits(document: LangiumDocument): TextEdit[] {
        const text = document.textDocument.getText();
        const model = document.parseResult.value as ast.Model;
        const body = model.document?.body?.$cstNode;
        const codeEnd = body ? body.offset : text.length;
        const errors = [
            ...document.parseResult.lexerErrors.map(e => e.offset),
            ...document.parseResult.parserErrors.map(e => (Number.isNaN(e.token.startOffset) ? -1 : e.token.startOffset)),
        ];
        if (errors.some(offset => offset < codeEnd)) return [];
        const tokens = this.tokens(text, codeEnd);
        if (!tokens) return [];
        const roles = rolesOf(model, codeEnd);
        const eol = text.includes('\r\n') ? '\r\n' : '\n';
        const gaps = layout(text, tokens, roles, eol, !!body);
        if (!this.sameTokens(text, tokens, gaps, codeEnd)) return [];
        return gaps.filter(g => g.text !== text.slice(g.start, g.end)).map(g => ({
            range: { start: document.textDocument.positionAt(g.start), end: document.textDocument.positionAt(g.end) } as Range,
            newText: g.text,
        }));
    }

    /** All tokens of the declarations (comments included), and `---`; undefined when something is not a token. */
    private tokens(text: string, codeEnd: number): Token[] | undefined {
        const lexed = this.lexer.tokenize(text);
        const all = [...lexed.tokens.map(t => ({ t, hidden: false })), ...lexed.hidden.map(t => ({ t, hidden: true }))]
            .filter(({ t }) => t.startOffset <= codeEnd && t.image.length > 0)
            .map(({ t, hidden }) => ({ start: t.startOffset, end: t.startOffset + t.image.length, text: t.image, hidden }))
            .sort((a, b) => a.start - b.start);
        for (let i = 0, at = 0; i < all.length; i++) {
            if (text.slice(at, all[i].start).trim()) return undefined;
            at = all[i].end;
        }
        return all;
    }

    /** The formatted declarations lex to the same tokens as the original. */
    private sameTokens(text: string, tokens: Token[], gaps: Gap[], codeEnd: number): boolean {
        let out = '';
        let at = 0;
        for (const gap of gaps) {
            out += text.slice(at, gap.start) + gap.text;
            at = gap.end;
        }
        out += text.slice(at, codeEnd);
        const again = this.tokens(out, out.length);
        const originals = tokens.filter(t => t.start < codeEnd);
        return !!again && again.length === originals.length && again.every((t, i) => t.text === originals[i].text);
    }
}

interface Gap { start: number; end: number; text: string }

/** The white space before each token (and after the last one when there is no body). */
function layout(text: string, tokens: Token[], roles: Map<number, Role>, eol: string, hasBody: boolean): Gap[] {
    const gaps: Gap[] = [];
    let continuation = 4;
    let previous: Token | undefined;
    tokens.forEach((token, i) => {
        const start = previous ? previous.end : 0;
        const original = text.slice(start, token.start);
        const newlines = (original.match(/\n/g) ?? []).length;
        const role = token.hidden ? commentRole(tokens, i, roles, continuation, newlines) : roles.get(token.start);
        let gap: string;
        if (!previous) {
            gap = '';
        } else if (role?.kind === 'line') {
            const afterOpen = previous.text === '{' && !previous.hidden;
            const blank = role.blankLines && !afterOpen && newlines >= 2 && !/^\}$/.test(token.text) ? eol : '';
            gap = eol + blank + ' '.repeat(role.indent);
            if (!token.hidden) continuation = role.continuation;
        } else if (role?.kind === 'open') {
            gap = ' ';
        } else if (role?.kind === 'tight') {
            gap = '';
        } else if (newlines > 0 || /^\/\//.test(previous.text)) {
            gap = eol + ' '.repeat(continuation);
        } else if (token.hidden) {
            gap = original.length ? original : ' ';
        } else {
            const call = token.text === '(' && FUNCTIONS.has(previous.text);
            gap = token.text === ',' || token.text === ')' || previous.text === '(' || call ? '' : ' ';
        }
        gaps.push({ start, end: token.start, text: gap });
        previous = token;
    });
    if (!hasBody && previous) gaps.push({ start: previous.end, end: text.length, text: eol });
    return gaps;
}

/** A comment on its own line is indented like what follows it; a trailing one keeps its place. */
function commentRole(tokens: Token[], i: number, roles: Map<number, Role>, continuation: number, newlines: number): Role | undefined {
    if (newlines === 0 && i > 0) return undefined;
    const next = tokens.slice(i + 1).find(t => !t.hidden);
    const role = next && roles.get(next.start);
    if (role?.kind === 'line') return { ...role, indent: next!.text === '}' ? role.indent + 2 : role.indent, blankLines: true };
    return { kind: 'line', indent: continuation, continuation, blankLines: true };
}

/** Where each structural token goes, from the AST: offsets of elements, entries, fields, braces, `---`. */
function rolesOf(model: ast.Model, codeEnd: number): Map<number, Role> {
    const roles = new Map<number, Role>();
    const line = (offset: number | undefined, indent: number, continuation: number, blankLines = true) => {
        if (offset !== undefined && offset <= codeEnd) roles.set(offset, { kind: 'line', indent, continuation, blankLines });
    };
    for (const node of [...(model.imports ?? []), ...(model.elements ?? []), ...(model.document ? [model.document] : [])]) {
        line(firstLeaf(node)?.offset, 0, 4);
    }
    const bodyOffset = model.document?.body?.$cstNode?.offset;
    if (bodyOffset !== undefined) line(bodyOffset, 0, 0);
    const root = model.$cstNode;
    if (!root) return roles;
    for (const leaf of CstUtils.streamCst(root)) {
        if (leaf.offset >= codeEnd) break;
        if ('content' in leaf || leaf.hidden || !GrammarAST.isKeyword(leaf.grammarSource)) continue;
        const owner = leaf.astNode;
        if (leaf.text === '{' && (ast.isDataBlock(owner) || ast.isTargetBlock(owner) || ast.isOutline(owner) || ast.isOutlineSection(owner))) {
            roles.set(leaf.offset, { kind: 'open' });
        } else if (leaf.text === '}' && (ast.isDataBlock(owner) || ast.isTargetBlock(owner) || ast.isOutline(owner) || ast.isOutlineSection(owner))) {
            const indent = depth(owner) * 2;
            line(leaf.offset, indent, indent + 4, false);
        } else if (leaf.text === '-' && ast.isLegalDoc(owner)) {
            roles.set(leaf.offset, { kind: 'tight' });
            const to = GrammarUtils.findNodeForProperty(owner.$cstNode, 'periodTo');
            if (to) roles.set(to.offset, { kind: 'tight' });
        } else if (ast.isDocument(owner) && HEADER_FIELDS.has(leaf.text) && leaf.offset !== firstLeaf(owner)?.offset) {
            line(leaf.offset, 2, 2 + leaf.text.length + 1);
        }
    }
    for (const element of model.elements ?? []) {
        const entries: Array<ast.DataValue | ast.TargetValue | ast.OutlineSection> = ast.isDataBlock(element) ? element.values
            : ast.isTargetBlock(element) ? element.targets : ast.isOutline(element) ? allSections(element.sections) : [];
        for (const entry of entries) {
            const indent = (ast.isOutlineSection(entry) ? depth(entry) : 1) * 2;
            line(firstLeaf(entry)?.offset, indent, indent + 4);
        }
    }
    return roles;
}

function allSections(sections: readonly ast.OutlineSection[]): ast.OutlineSection[] {
    return sections.flatMap(s => [s, ...allSections(s.sections)]);
}

/** Nesting of an outline section (1 at the top of the outline; 0 for the outline and for data/target blocks). */
function depth(node: AstNode): number {
    let d = 0;
    for (let n: AstNode | undefined = node; n && ast.isOutlineSection(n); n = n.$container) d++;
    return d;
}

function firstLeaf(node: AstNode): { offset: number } | undefined {
    if (!node.$cstNode) return undefined;
    for (const leaf of CstUtils.streamCst(node.$cstNode)) {
        if (!('content' in leaf) && !leaf.hidden) return leaf;
    }
    return undefined;
}
