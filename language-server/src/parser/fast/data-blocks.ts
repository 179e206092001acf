import { RegExpUtils, type CompositeCstNodeImpl, type CstNode, type LangiumCoreServices } from 'langium';
import type { TokenType } from 'chevrotain';
import { composite, contain, LineBuilder, newNode, type BodyContext, type Node, type Span } from './body-builder.js';
import { beginsWithKeyword } from './body-grammar.js';

/** A data block whose every line has one of the plain shapes: `data ORG PERIOD {`, `name = NUMBER [unit]`, `}`. */
export interface PlainDataBlock {
    /** offset of its first line's start, and after its last line (its line break included) */
    start: number;
    end: number;
    /** 0-based number of its first line */
    line: number;
    /** what find() matched, for build(): the `data` line, each value line with its start, the `}` line's start */
    header: RegExpExecArray;
    values: Array<{ at: number; match: RegExpExecArray }>;
    closeAt: number;
}

/**
 * Data blocks are most of a long report's declarations (half of a 50,000-line file), one value a
 * line. Like the body's lines (body-parser.ts), the plain ones are read here, building the
 * nodes Langium's parser would; Langium parses the rest of the declarations with these blocks
 * blanked out, and parse-in-parts.ts puts them back in place. Any other shape — a comment, two
 * values on a line, a keyword as a name — leaves the block to Langium.
 */
export class DataBlockParser extends LineBuilder {
    private readonly header: RegExp;
    private readonly value: RegExp;
    private readonly close: RegExp;
    private readonly candidates = /^[ \t]*data[ \t]/gm;
    private readonly period: Array<[TokenType, RegExp]>;
    private readonly keyword: (text: string) => TokenType;
    private readonly perMille: RegExp;

    constructor(context: BodyContext, services: LangiumCoreServices) {
        super(context);
        const tokens = services.parser.Lexer.definition;
        const source = (name: string) => (tokens[name].PATTERN as RegExp).source;
        const id = `(${source('ID')})`;
        const period = `(${source('PERIOD')}|${source('UNTIL')}|${source('NUMBER')})`;
        const string = '("(?:\\\\.|[^"\\\\\\r\\n])*")';
        this.header = new RegExp(`[ \\t]*data[ \\t]+${id}[ \\t]+${period}[ \\t]*\\{[ \\t]*\\r?\\n`, 'y');
        // after the number: a unit spelled out (`%o`, `phần nghìn`; before `%` and a word, as in the lexer), a sign, a string, a word
        const spelled = `(${this.g.terminalSource('PER_MILLE_SIGN')}|${this.g.terminalSource('UNIT_PHRASE')})`;
        const signs = `(${[...this.g.unitAfterNumber.keywords.keys()].map(RegExpUtils.escapeRegExp).join('|')})`;
        this.value = new RegExp(`[ \\t]*${id}[ \\t]*=[ \\t]*(${source('NUMBER')})(?:[ \\t]*(?:${spelled}|${signs}|${string}|${id}))?[ \\t]*\\r?\\n`, 'y');
        this.perMille = new RegExp(`^${this.g.terminalSource('PER_MILLE_SIGN')}$`);
        this.close = /[ \t]*\}[ \t]*(?:\r?\n|$)/y;
        const t = this.g.tokens;
        // a period is lexed as the first of these that matches all of it
        this.period = [t.PERIOD, t.UNTIL, t.NUMBER].map(type => [type, new RegExp(`^(?:${(type.PATTERN as RegExp).source})$`)]);
        this.keyword = text => this.g.keywordTokens.get(text) ?? (text === '{' ? this.g.braces.open : this.g.braces.close);
    }

    /** The plain data blocks that start before `end`, in order. */
    find(text: string, end: number): PlainDataBlock[] {
        const blocks: PlainDataBlock[] = [];
        let line = 0;
        let counted = 0;
        this.candidates.lastIndex = 0;
        for (let m = this.candidates.exec(text); m && m.index < end; m = this.candidates.exec(text)) {
            // (a lone carriage return starts a line for the regular expression, not for this count)
            if (m.index > 0 && text.charCodeAt(m.index - 1) !== 10) {
                this.candidates.lastIndex = m.index + 1;
                continue;
            }
            line += countLineBreaks(text, counted, m.index);
            counted = m.index;
            const block = this.readPlain(text, m.index, line);
            if (block && block.end <= end) {
                blocks.push(block);
                this.candidates.lastIndex = block.end;
            } else {
                this.candidates.lastIndex = m.index + 1;
            }
        }
        return blocks;
    }

    /** The plain block starting at `at` (line `line`), or undefined when it is not plain. */
    private readPlain(text: string, at: number, line: number): PlainDataBlock | undefined {
        const keywords = this.g.wordKeywords;
        const header = this.match(this.header, text, at);
        if (!header || keywords.has(header[1])) return undefined;
        const values: PlainDataBlock['values'] = [];
        let p = at + header[0].length;
        for (;;) {
            const close = this.match(this.close, text, p);
            if (close) return { start: at, end: p + close[0].length, line, header, values, closeAt: p };
            const value = this.match(this.value, text, p);
            // a word after the number is a unit unless the lexer makes it a keyword or a name
            const unitWord = value?.[6];
            if (!value || keywords.has(value[1]) || (unitWord !== undefined && (keywords.has(unitWord) || beginsWithKeyword(unitWord, keywords)))) {
                return undefined;
            }
            values.push({ at: p, match: value });
            p += value[0].length;
        }
    }

    private match(regex: RegExp, text: string, at: number): RegExpExecArray | null {
        regex.lastIndex = at;
        return regex.exec(text);
    }

    /** The `Element` call of the block's DataBlock: its node, and the composite CST node in the model's content. */
    build(text: string, block: PlainDataBlock): { node: Node; cst: CompositeCstNodeImpl } {
        const g = this.g.dataBlock;
        const [, org, period] = block.header;
        this.text = text;
        this.startLine(block.start, block.line);
        const node = newNode('DataBlock');
        const content: CstNode[] = [];
        const dataAt = text.indexOf('data', block.start);
        content.push(this.leaf(dataAt, 4, this.keyword('data'), g.data));
        const orgAt = text.indexOf(org, dataAt + 4);
        const orgLeaf = this.leaf(orgAt, org.length, this.g.tokens.ID, g.org);
        node.org = this.context.reference(node, 'org', orgLeaf, org);
        content.push(orgLeaf);
        const periodAt = text.indexOf(period, orgAt + org.length);
        const [periodType] = this.period.find(([, regex]) => regex.test(period))!;
        const periodLiteral = this.periodLiteral(g.period, { type: periodType, start: periodAt, image: period })!;
        this.assign(node, 'period', periodLiteral);
        content.push(periodLiteral.top);
        content.push(this.leaf(text.indexOf('{', periodAt + period.length), 1, this.keyword('{'), g.open));
        const values: Node[] = [];
        block.values.forEach(({ at, match }, i) => {
            this.startLine(at, block.line + 1 + i);
            const value = this.dataValue(text, at, match);
            if (values.length === 0) node.values = values;
            contain(value.node, node, 'values', values.length);
            values.push(value.node);
            value.top.astNode = value.node;
            content.push(value.top);
        });
        this.startLine(block.closeAt, block.line + 1 + block.values.length);
        content.push(this.leaf(text.indexOf('}', block.closeAt), 1, this.keyword('}'), g.close));
        const inner = composite(this.g.element.DataBlock, content);
        const cst = composite(this.g.model.element, [inner]);
        this.finish(node, cst);
        cst.astNode = node;
        return { node, cst };
    }

    private dataValue(text: string, p: number, value: RegExpExecArray): { node: Node; top: CompositeCstNodeImpl } {
        const g = this.g.dataValue;
        const [, name, number, spelled, sign, string, word] = value;
        const node = newNode('DataValue');
        const nameAt = text.indexOf(name, p);
        const nameLeaf = this.leaf(nameAt, name.length, this.g.tokens.ID, g.indicator);
        node.indicator = this.context.reference(node, 'indicator', nameLeaf, name);
        const equalsAt = text.indexOf('=', nameAt + name.length);
        const equalsLeaf = this.leaf(equalsAt, 1, this.keyword('='), g.equals);
        const numberAt = text.indexOf(number, equalsAt + 1);
        const unitImage = spelled ?? sign ?? string ?? word;
        const t = this.g.tokens;
        const unit: Span | undefined = unitImage === undefined ? undefined : {
            type: spelled !== undefined ? (this.perMille.test(spelled) ? t.PER_MILLE_SIGN : t.UNIT_PHRASE)
                : sign !== undefined ? this.keyword(sign) : string !== undefined ? t.STRING : t.UNIT_WORD,
            start: text.indexOf(unitImage, numberAt + number.length),
            image: unitImage,
        };
        const quantity = this.valueWithUnit('Quantity', g.quantity, this.g.quantity, { type: this.g.tokens.NUMBER, start: numberAt, image: number }, unit);
        this.assign(node, 'quantity', quantity);
        return this.finish(node, composite(this.g.dataBlock.value, [nameLeaf, equalsLeaf, quantity.top]));
    }

    private startLine(lineStart: number, line: number): void {
        this.lineStart = lineStart;
        this.line = line;
    }
}

function countLineBreaks(text: string, from: number, to: number): number {
    let lines = 0;
    for (let i = text.indexOf('\n', from); i >= 0 && i < to; i = text.indexOf('\n', i + 1)) lines++;
    return lines;
}
