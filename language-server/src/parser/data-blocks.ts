import { ValueConverter, type CompositeCstNodeImpl, type CstNode, type LangiumCoreServices } from 'langium';
import type { TokenType } from 'chevrotain';
import { composite, contain, LineBuilder, newNode, withProperty, type BodyContext, type Node } from './body-builder.js';

/** A data block whose every line has one of the plain shapes: `data ORG PERIOD {`, `name = NUMBER [unit]`, `}`. */
export interface PlainDataBlock {
    /** offset of its first line's start, and after its last line (its line break included) */
    start: number;
    end: number;
    /** 0-based number of its first line */
    line: number;
}

/**
 * Data blocks are most of a long report's declarations (half of a 50,000-line file), one value a
 * line. Like the body's lines (body-parser.ts), the plain ones are read here, building the
 * nodes Langium's parser would; Langium parses the rest of the declarations with these blocks
 * blanked out, and fast-parse.ts puts them back in place. Any other shape — a comment, two
 * values on a line, a keyword as a name — leaves the block to Langium.
 */
export class DataBlockParser extends LineBuilder {
    private readonly header: RegExp;
    private readonly value: RegExp;
    private readonly close: RegExp;
    private readonly candidates = /^[ \t]*data[ \t]/gm;
    private readonly period: Array<[TokenType, RegExp]>;
    private readonly wordKeywords: Set<string>;
    private readonly keyword: (text: string) => TokenType;

    constructor(context: BodyContext, services: LangiumCoreServices) {
        super(context);
        const tokens = services.parser.Lexer.definition;
        const source = (name: string) => (tokens[name].PATTERN as RegExp).source;
        const id = `(${source('ID')})`;
        const period = `(${source('PERIOD')}|${source('UNTIL')}|${source('NUMBER')})`;
        const string = '("(?:\\\\.|[^"\\\\\\r\\n])*")';
        this.header = new RegExp(`[ \\t]*data[ \\t]+${id}[ \\t]+${period}[ \\t]*\\{[ \\t]*\\r?\\n`, 'y');
        this.value = new RegExp(`[ \\t]*${id}[ \\t]*=[ \\t]*(${source('NUMBER')})(?:[ \\t]*(?:(%|‰)|${string}|${id}))?[ \\t]*\\r?\\n`, 'y');
        this.close = /[ \t]*\}[ \t]*(?:\r?\n|$)/y;
        const t = this.g.tokens;
        // a period is lexed as the first of these that matches all of it
        this.period = [t.PERIOD, t.UNTIL, t.NUMBER].map(type => [type, new RegExp(`^(?:${(type.PATTERN as RegExp).source})$`)]);
        this.wordKeywords = new Set([...this.g.keywordTokens.keys()].filter(text => /^\w/.test(text)));
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
            const blockEnd = this.plainEnd(text, m.index);
            if (blockEnd !== undefined && blockEnd <= end) {
                blocks.push({ start: m.index, end: blockEnd, line });
                this.candidates.lastIndex = blockEnd;
            } else {
                this.candidates.lastIndex = m.index + 1;
            }
        }
        return blocks;
    }

    /** Where the plain block starting at `at` ends, or undefined when it is not plain. */
    private plainEnd(text: string, at: number): number | undefined {
        const header = this.match(this.header, text, at);
        if (!header || this.wordKeywords.has(header[1])) return undefined;
        let p = at + header[0].length;
        for (;;) {
            const close = this.match(this.close, text, p);
            if (close) return p + close[0].length;
            const value = this.match(this.value, text, p);
            if (!value || this.wordKeywords.has(value[1]) || (value[5] !== undefined && !this.isUnitWord(value[5]))) return undefined;
            p += value[0].length;
        }
    }

    /** A word right after a number is a unit unless it is a keyword or begins with one (then the lexer makes it a keyword or a name). */
    private isUnitWord(word: string): boolean {
        for (let length = 1; length <= word.length; length++) {
            if (this.wordKeywords.has(word.substring(0, length))) return false;
        }
        return true;
    }

    private match(regex: RegExp, text: string, at: number): RegExpExecArray | null {
        regex.lastIndex = at;
        return regex.exec(text);
    }

    /** The `Element` call of the block's DataBlock: its node, and the composite CST node in the model's content. */
    build(text: string, block: PlainDataBlock): { node: Node; cst: CompositeCstNodeImpl } {
        const g = this.g.dataBlock;
        this.text = text;
        let p = block.start;
        this.startLine(p, block.line);
        const header = this.match(this.header, text, p)!;
        const node = newNode('DataBlock');
        const content: CstNode[] = [];
        const dataAt = text.indexOf('data', p);
        content.push(this.leaf(dataAt, 4, this.keyword('data'), g.data));
        const orgAt = text.indexOf(header[1], dataAt + 4);
        const orgLeaf = this.leaf(orgAt, header[1].length, this.g.tokens.ID, g.org);
        node.org = this.context.reference(node, 'org', orgLeaf, header[1]);
        content.push(orgLeaf);
        const periodAt = text.indexOf(header[2], orgAt + header[1].length);
        const periodNode = withProperty(newNode('PeriodLiteral'), 'value', header[2]);
        const [periodType] = this.period.find(([, regex]) => regex.test(header[2]))!;
        const p2 = this.g.periodLiteral;
        const periodFeature = periodType === this.g.tokens.PERIOD ? p2.PERIOD : periodType === this.g.tokens.UNTIL ? p2.UNTIL : p2.NUMBER;
        const periodCst = composite(g.period, [this.leaf(periodAt, header[2].length, periodType, periodFeature)]);
        this.finish(periodNode, periodCst);
        this.assign(node, 'period', { node: periodNode, top: periodCst });
        content.push(periodCst);
        content.push(this.leaf(text.indexOf('{', periodAt + header[2].length), 1, this.keyword('{'), g.open));
        p += header[0].length;
        const values: Node[] = [];
        for (let line = block.line + 1; ; line++) {
            this.startLine(p, line);
            const close = this.match(this.close, text, p);
            if (close) {
                content.push(this.leaf(text.indexOf('}', p), 1, this.keyword('}'), g.close));
                break;
            }
            const value = this.match(this.value, text, p)!;
            const valueNode = this.dataValue(text, p, value);
            if (values.length === 0) node.values = values;
            contain(valueNode.node, node, 'values', values.length);
            values.push(valueNode.node);
            valueNode.top.astNode = valueNode.node;
            content.push(valueNode.top);
            p += value[0].length;
        }
        const inner = composite(this.g.element.DataBlock, content);
        const cst = composite(this.g.model.element, [inner]);
        this.finish(node, cst);
        cst.astNode = node;
        return { node, cst };
    }

    private dataValue(text: string, p: number, value: RegExpExecArray): { node: Node; top: CompositeCstNodeImpl } {
        const g = this.g.dataValue;
        const [, name, number, sign, string, word] = value;
        const node = newNode('DataValue');
        const nameAt = text.indexOf(name, p);
        const nameLeaf = this.leaf(nameAt, name.length, this.g.tokens.ID, g.indicator);
        node.indicator = this.context.reference(node, 'indicator', nameLeaf, name);
        const equalsAt = text.indexOf('=', nameAt + name.length);
        const equalsLeaf = this.leaf(equalsAt, 1, this.keyword('='), g.equals);
        const numberAt = text.indexOf(number, equalsAt + 1);
        const quantity = withProperty(newNode('Quantity'), 'value', number);
        const quantityContent: CstNode[] = [this.leaf(numberAt, number.length, this.g.tokens.NUMBER, this.g.quantity.value)];
        const unit = sign ?? string ?? word;
        if (unit !== undefined) {
            const u = this.g.unitAfterNumber;
            const [type, feature] = sign !== undefined ? [this.keyword(sign), u.keywords.get(sign)!]
                : string !== undefined ? [this.g.tokens.STRING, u.STRING] : [this.g.tokens.UNIT_WORD, u.UNIT_WORD];
            const unitAt = text.indexOf(unit, numberAt + number.length);
            const unitCst = composite(this.g.quantity.unit, [this.leaf(unitAt, unit.length, type, feature)]);
            quantity.unit = this.context.reference(quantity, 'unit', unitCst, string !== undefined ? ValueConverter.convertString(string) : unit);
            quantityContent.push(unitCst);
        }
        const quantityCst = composite(g.quantity, quantityContent);
        this.finish(quantity, quantityCst);
        node.quantity = quantity;
        quantityCst.astNode = quantity;
        contain(quantity, node, 'quantity');
        const valueCst = composite(this.g.dataBlock.value, [nameLeaf, equalsLeaf, quantityCst]);
        this.finish(node, valueCst);
        return { node, top: valueCst };
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
