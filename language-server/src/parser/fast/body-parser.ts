import type { AstNode, CompositeCstNodeImpl, CstNode, GrammarAST, LeafCstNodeImpl } from 'langium';
import { BodyContext, composite, contain, DECLINE, decline, newNode, withProperty, type Node, type Parsed } from './body-builder.js';
import { IslandReader } from './body-islands.js';

/**
 * A hand-written parser for the lines of a document body, building the AST and CST that
 * Langium's parser builds for them — node for node, with the same grammar sources, positions,
 * references and container links (test/language/body-parser.test.ts compares whole trees).
 *
 * Why: the body is most of a long report, and Chevrotain's generic machinery (lookahead,
 * rule stack, recovery, a token object per word) made it two thirds of the parse time. The
 * body is line-local, so one line is read at a time with a few character tests. A line it does
 * not fully understand — anything that is a syntax error, and rare shapes (an escaped line
 * break, a string inside `{…}`) — is not guessed at: `parseLine` returns undefined and the
 * caller lets Langium parse those lines (parse-in-parts.ts).
 */
export class BodyParser {
    private readonly reader: LineReader;
    /** the `---` of `Body` (BODY_START): Langium parses it with the header, this parser the lines after it */
    readonly bodyStart: GrammarAST.AbstractElement;

    constructor(context: BodyContext) {
        this.reader = new LineReader(context);
        this.bodyStart = context.g.body.start;
    }

    /**
     * Parses the block starting at `start` (a line start, `line` its 0-based number) and returns
     * it with its CST node (a `Block` call) and where the next line starts; undefined when the
     * line is not one this parser reads with certainty.
     */
    parseLine(text: string, start: number, line: number): ParsedBlock | undefined {
        try {
            return this.reader.block(text, start, line);
        } catch (error) {
            if (error === DECLINE) return undefined;
            throw error;
        }
    }
}

export interface ParsedBlock {
    node: AstNode;
    cst: CompositeCstNodeImpl;
    /** offset of the next line */
    next: number;
    /** the number of the next line */
    nextLine: number;
}

/** The text a sticky regex matches at `at` (test and slice: no match array). */
function matchAt(regex: RegExp, text: string, at: number): string | undefined {
    regex.lastIndex = at;
    return regex.test(text) ? text.slice(at, regex.lastIndex) : undefined;
}

/** Reads one block: one line with its line break, in the lexer's text mode. */
class LineReader extends IslandReader {
    private readonly patterns: { headingMark: RegExp; listMark: RegExp; emptyInline: RegExp; symbol: RegExp };

    constructor(context: BodyContext) {
        super(context);
        const sticky = (pattern: unknown) => new RegExp((pattern as RegExp).source, 'y');
        const t = this.g.tokens;
        this.patterns = {
            // HEADING_MARK and LIST_MARK are custom matchers in the lexer (line start only): their grammar patterns
            headingMark: new RegExp(this.g.terminalSource('HEADING_MARK'), 'y'),
            listMark: new RegExp(this.g.terminalSource('LIST_MARK'), 'y'),
            emptyInline: sticky(t.EMPTY_INLINE.PATTERN),
            symbol: sticky(t.SYMBOL.PATTERN),
        };
    }

    block(text: string, start: number, line: number): ParsedBlock {
        this.text = text;
        this.lineStart = start;
        this.line = line;
        this.p = start;
        const g = this.g;
        const patterns = this.patterns;
        let kind: 'Heading' | 'ListItem' | 'TextLine' | 'BlankLine';
        let markerLeaf: LeafCstNodeImpl | undefined;
        let marker: string | undefined;
        const headingMark = matchAt(patterns.headingMark, text, this.p);
        const listMark = headingMark === undefined ? matchAt(patterns.listMark, text, this.p) : undefined;
        if (headingMark !== undefined) {
            kind = 'Heading';
            marker = headingMark;
            markerLeaf = this.leaf(this.p, headingMark.length, g.tokens.HEADING_MARK, g.heading.marker);
            this.p += headingMark.length;
        } else if (listMark !== undefined) {
            kind = 'ListItem';
            marker = listMark;
            markerLeaf = this.leaf(this.p, listMark.length, g.tokens.LIST_MARK, g.listItem.marker);
            this.p += listMark.length;
        } else {
            kind = this.lineBreakLength() > 0 ? 'BlankLine' : 'TextLine';
        }
        const inlineCall = kind === 'Heading' ? g.heading.inline : kind === 'ListItem' ? g.listItem.inline : g.textLine.inline;
        const node: Node = marker !== undefined ? withProperty(newNode(kind), 'marker', marker) : newNode(kind === 'BlankLine' ? g.blankLine.type : kind);
        const parts: Node[] = [];
        const content: CstNode[] = markerLeaf ? [markerLeaf] : [];
        if (kind !== 'BlankLine') {
            while (this.p < text.length && this.lineBreakLength() === 0) {
                const part = this.inline(inlineCall);
                if (parts.length === 0) node.parts = parts;
                parts.push(part.node);
                content.push(part.top);
            }
            if (kind === 'TextLine' && parts.length === 0) decline();
        }
        const breakLength = this.lineBreakLength();
        if (breakLength > 0) {
            const nl = kind === 'Heading' ? g.heading.nl : kind === 'ListItem' ? g.listItem.nl : kind === 'TextLine' ? g.textLine.nl : g.blankLine.nl;
            content.push(this.leaf(this.p, breakLength, g.tokens.NL, nl));
            this.p += breakLength;
        } else if (this.p < text.length) {
            decline();
        }
        // else: the last line of the file, without a line break (the lexer's empty NL makes no CST node)
        // (a blank line: content grew from [] to one node; composite() copies only longer ones)
        const inner = composite(g.block[kind], content.length === 1 ? content.slice() : content);
        const cst = composite(g.body.block, [inner]);
        node.$cstNode = cst;
        this.context.mandatory(node);
        parts.forEach((part, index) => contain(part, node, 'parts', index));
        cst.astNode = node;
        return { node, cst, next: this.p, nextLine: this.line + 1 };
    }

    /** 1 or 2 at a line break (NL), 0 elsewhere; a lone carriage return is not read */
    private lineBreakLength(): number {
        const c = this.text.charCodeAt(this.p);
        if (c === 10) return 1;
        if (c === 13) return this.text.charCodeAt(this.p + 1) === 10 ? 2 : decline();
        return 0;
    }

    /** One `Inline` of a block: text, an escape, `{…}`, a citation. */
    private inline(call: GrammarAST.AbstractElement): Parsed {
        const { text, g } = this;
        const c = text.charCodeAt(this.p);
        let parsed: Parsed;
        if (c === 123 /* { */) {
            const empty = matchAt(this.patterns.emptyInline, text, this.p);
            if (empty !== undefined) {
                const leaf = this.leaf(this.p, empty.length, g.tokens.EMPTY_INLINE, g.emptyInline.token);
                this.p += empty.length;
                parsed = this.finish(newNode(g.emptyInline.type), composite(g.inline.EmptyInline, [leaf]));
            } else {
                parsed = this.island();
            }
        } else if (c === 91 /* [ */) {
            parsed = this.citation();
        } else if (c === 92 /* \ */) {
            const next = text.charCodeAt(this.p + 1);
            // an escaped line break joins two lines into one block
            if (Number.isNaN(next) || next === 10 || next === 13) decline();
            const leaf = this.leaf(this.p, 2, g.tokens.ESCAPE, g.textChunk.ESCAPE);
            parsed = this.finish(withProperty(newNode('TextChunk'), 'text', text.substring(this.p, this.p + 2)), composite(g.inline.TextChunk, [leaf]));
            this.p += 2;
        } else {
            let end = this.p;
            for (; end < text.length; end++) {
                const d = text.charCodeAt(end);
                if (d === 123 || d === 91 || d === 92 || d === 10 || d === 13) break;
            }
            const leaf = this.leaf(this.p, end - this.p, g.tokens.TEXT, g.textChunk.TEXT);
            parsed = this.finish(withProperty(newNode('TextChunk'), 'text', text.substring(this.p, end)), composite(g.inline.TextChunk, [leaf]));
            this.p = end;
        }
        // the `Inline` call in the block rule: the alternative's node and CST node move into it
        const top = composite(call, [parsed.top]);
        parsed.node.$cstNode = top;
        top.astNode = parsed.node;
        return { node: parsed.node, top };
    }

    private citation(): Parsed {
        const { text, g } = this;
        const open = this.leaf(this.p, 1, g.tokens.CITE_OPEN, g.citation.open);
        this.p++;
        const node = newNode('Citation');
        const legal = this.symbol();
        const legalLeaf = this.leaf(legal.at, legal.image.length, g.tokens.SYMBOL, g.citation.legal);
        node.legal = this.context.reference(node, 'legal', legalLeaf, legal.image);
        const content: CstNode[] = [open, legalLeaf];
        this.skipSpaces();
        if (text.charCodeAt(this.p) === 124 /* | */) {
            content.push(this.leaf(this.p, 1, this.g.keywordTokens.get('|')!, g.citation.bar));
            this.p++;
            const style = this.symbol();
            content.push(this.leaf(style.at, style.image.length, g.tokens.SYMBOL, g.citation.style));
            node.style = style.image;
            this.skipSpaces();
        }
        if (text.charCodeAt(this.p) !== 93 /* ] */) decline();
        content.push(this.leaf(this.p, 1, g.tokens.CITE_CLOSE, g.citation.close));
        this.p++;
        return this.finish(node, composite(g.inline.Citation, content));
    }

    /** a SYMBOL of the citation mode, after spaces */
    private symbol(): { at: number; image: string } {
        this.skipSpaces();
        const image = matchAt(this.patterns.symbol, this.text, this.p) ?? decline();
        const at = this.p;
        this.p += image.length;
        return { at, image };
    }

    private skipSpaces(): void {
        for (let c = this.text.charCodeAt(this.p); c === 32 || c === 9; c = this.text.charCodeAt(++this.p));
    }
}
