import { ValueConverter, type CstNode, type GrammarAST, type LeafCstNodeImpl, type Reference } from 'langium';
import type { TokenType } from 'chevrotain';
import { composite, contain, decline, LineBuilder, newNode, withProperty, type BodyContext, type Parsed, type Node } from './body-builder.js';
import { beginsWithKeyword, type BodyGrammar } from './body-grammar.js';

interface IslandToken {
    type: TokenType;
    start: number;
    end: number;
    image: string;
}

/**
 * Reads a `{…}` island of a body line — its tokens as the lexer's inline mode makes them, then
 * the rule calls as Langium's parser makes them (each call its composite CST node; the
 * `{infer … .left=current}` actions taking the node so far into a new one). Anything that is not
 * a complete, valid island declines the line.
 */
export abstract class IslandReader extends LineBuilder {
    /** the position in the line's text */
    protected p = 0;
    private readonly tokens: IslandToken[] = [];
    private i = 0;
    private readonly codeValues: Array<[TokenType, RegExp]>;
    private readonly id: RegExp;
    /** the units spelled out after a number (PER_MILLE_SIGN, UNIT_PHRASE): their lexer tokens are matchers */
    private readonly unitSpellings: Array<[TokenType, RegExp]>;
    /** the keywords that are not words (`>=`, `%`, `(`): matched by their text where no name starts */
    private readonly signKeywords = new Map<string, TokenType>();
    private readonly tableKeyword: TokenType;
    private readonly appendixKeyword: TokenType;

    constructor(context: BodyContext) {
        super(context);
        const t = this.g.tokens;
        const sticky = (type: TokenType) => new RegExp((type.PATTERN as RegExp).source, 'y');
        // the order of the lexer's inline mode: the first that matches wins
        this.codeValues = [t.DATE, t.UNTIL, t.PERIOD, t.NUMBER, t.STRING].map(type => [type, sticky(type)]);
        this.id = sticky(t.ID);
        this.unitSpellings = [t.PER_MILLE_SIGN, t.UNIT_PHRASE].map(type => [type, new RegExp(this.g.terminalSource(type.name), 'y')]);
        for (const [text, type] of this.g.keywordTokens) {
            if (!this.g.wordKeywords.has(text)) this.signKeywords.set(text, type);
        }
        this.tableKeyword = this.g.keywordTokens.get('table')!;
        this.appendixKeyword = this.g.keywordTokens.get('appendix')!;
    }

    /** The tokens from `from` (after the `{`) to the `}`, appended to this.tokens; false if the island is not closed on its line or holds what the lexer would reject. */
    private lexIsland(from: number): boolean {
        const { text, tokens } = this;
        let p = from;
        for (;;) {
            if (p >= text.length) return false;
            const c = text.charCodeAt(p);
            if (c === 32 || c === 9) { p++; continue; }
            if (c === 125 /* } */) {
                tokens.push({ type: this.g.tokens.INLINE_CLOSE, start: p, end: p + 1, image: '}' });
                return true;
            }
            if (c === 10 || c === 13) return false;
            let matched: IslandToken | undefined;
            // DATE, UNTIL, PERIOD and NUMBER begin with a digit, a dot or Q/H/T; STRING with a quote
            if ((c >= 48 && c <= 57) || c === 46 || c === 81 || c === 72 || c === 84 || c === 34) {
                // test and slice, not exec: no match array per token
                for (const [type, regex] of this.codeValues) {
                    regex.lastIndex = p;
                    if (regex.test(text)) {
                        matched = { type, start: p, end: regex.lastIndex, image: text.slice(p, regex.lastIndex) };
                        break;
                    }
                }
                // a string may run over the line break: Langium's lexer would read on
                if (matched?.type === this.g.tokens.STRING && /[\r\n]/.test(matched.image)) return false;
            }
            // `%o`, `phần nghìn`: right after a number, before the keyword `%` and the name `phần`
            if (!matched && (c === 37 /* % */ || c === 112 /* p */ || c === 80 /* P */) && tokens[tokens.length - 1].type === this.g.tokens.NUMBER) {
                for (const [type, regex] of this.unitSpellings) {
                    regex.lastIndex = p;
                    if (regex.test(text)) {
                        matched = { type, start: p, end: regex.lastIndex, image: text.slice(p, regex.lastIndex) };
                        break;
                    }
                }
            }
            if (!matched) {
                this.id.lastIndex = p;
                const word = this.id.test(text) ? text.slice(p, this.id.lastIndex) : undefined;
                if (word) {
                    matched = { type: this.wordType(word, tokens[tokens.length - 1]), start: p, end: p + word.length, image: word };
                } else {
                    const type = this.signKeywords.get(text.substring(p, p + 2)) ?? this.signKeywords.get(text[p]);
                    if (!type) return false;
                    const image = type.PATTERN as string;
                    matched = { type, start: p, end: p + image.length, image };
                }
            }
            tokens.push(matched);
            p = matched.end;
        }
    }

    /**
     * A keyword, a unit right after a number, or a name. As in the lexer, a keyword that begins
     * a longer word yields to a name (LONGER_ALT), before a unit is tried.
     */
    private wordType(word: string, previous: IslandToken | undefined): TokenType {
        if (this.g.wordKeywords.has(word)) return this.g.keywordTokens.get(word)!;
        if (previous?.type === this.g.tokens.NUMBER) return beginsWithKeyword(word, this.g.wordKeywords) ? this.g.tokens.ID : this.g.tokens.UNIT_WORD;
        return this.g.tokens.ID;
    }

    /** `{…}` at `this.p`: an expression, a table or an appendix directive. */
    protected island(): Parsed {
        const tokens = this.tokens;
        tokens.length = 0;
        tokens.push({ type: this.g.tokens.INLINE_OPEN, start: this.p, end: this.p + 1, image: '{' });
        if (!this.lexIsland(this.p + 1)) decline();
        this.i = 0;
        let parsed: Parsed;
        const first = tokens[1];
        if (first.type === this.tableKeyword) parsed = this.table();
        else if (first.type === this.appendixKeyword) parsed = this.appendix();
        else parsed = this.inlineExpression();
        if (this.i !== tokens.length) decline();
        this.p = tokens[tokens.length - 1].end;
        return parsed;
    }

    private inlineExpression(): Parsed {
        const g = this.g.inlineExpression;
        const node = newNode('InlineExpression');
        const content: CstNode[] = [this.take(this.g.tokens.INLINE_OPEN, g.open)];
        const expression = this.expression(g.expression);
        this.assign(node, 'expression', expression);
        content.push(expression.top);
        const relation = this.operator(g.relations);
        if (relation) {
            content.push(this.take(this.peek().type, relation));
            node.relation = (relation as GrammarAST.Keyword).value;
            const stated = this.quantity(g.stated);
            this.assign(node, 'stated', stated);
            content.push(stated.top);
        }
        content.push(this.take(this.g.tokens.INLINE_CLOSE, g.close));
        return this.finish(node, composite(this.g.inline.InlineExpression, content));
    }

    private table(): Parsed {
        const g = this.g.table;
        const node = newNode('TableDirective');
        const content: CstNode[] = [this.take(this.g.tokens.INLINE_OPEN, g.open), this.take(this.peek().type, g.table)];
        const rows: Reference[] = [];
        node.rows = rows;
        const row = (feature: GrammarAST.AbstractElement) => {
            const token = this.peek();
            const leaf = this.take(this.g.tokens.ID, feature);
            rows.push(this.context.reference(node, 'rows', leaf, token.image));
            content.push(leaf);
        };
        row(g.firstRow);
        while (this.isKeyword(',')) {
            content.push(this.take(this.peek().type, g.comma));
            row(g.nextRow);
        }
        if (this.isKeyword('columns')) {
            content.push(this.take(this.peek().type, g.columns));
            const columns: string[] = [];
            node.columns = columns;
            do {
                const token = this.peek();
                const keyword = this.g.tableColumn.get(token.image);
                if (!keyword || token.type === this.g.tokens.ID) decline();
                content.push(composite(g.column, [this.take(token.type, keyword)]));
                columns.push(token.image);
            } while (this.g.tableColumn.has(this.peek().image) && this.peek().type !== this.g.tokens.ID);
        }
        content.push(this.take(this.g.tokens.INLINE_CLOSE, g.close));
        return this.finish(node, composite(this.g.inline.TableDirective, content));
    }

    private appendix(): Parsed {
        const g = this.g.appendix;
        const node = newNode('AppendixDirective');
        const content: CstNode[] = [this.take(this.g.tokens.INLINE_OPEN, g.open), this.take(this.peek().type, g.appendix)];
        node.label = ValueConverter.convertString(this.peek().image);
        content.push(this.take(this.g.tokens.STRING, g.label));
        if (this.peek().type === this.g.tokens.STRING) {
            node.title = ValueConverter.convertString(this.peek().image);
            content.push(this.take(this.g.tokens.STRING, g.title));
        }
        if (this.isKeyword('landscape')) {
            content.push(this.take(this.peek().type, g.landscape));
            node.landscape = true;
        }
        content.push(this.take(this.g.tokens.INLINE_CLOSE, g.close));
        return this.finish(node, composite(this.g.inline.AppendixDirective, content));
    }

    // ---------- expressions: each rule call as Langium's parser builds it ----------

    /** `Expression: Additive;` — an unassigned call: its node is the callee's, its CST node wraps the callee's */
    private expression(call: GrammarAST.AbstractElement): Parsed {
        const additive = this.additive(this.g.expression.additive);
        return this.finish(additive.node, composite(call, [additive.top]));
    }

    private additive(call: GrammarAST.AbstractElement): Parsed {
        const g = this.g.additive;
        return this.binary(call, g.first, g.right, g.action, g.operators, feature => this.share(feature));
    }

    /** `Multiplicative ({infer PercentOf.part=current} 'of' whole=Multiplicative)?` */
    private share(call: GrammarAST.AbstractElement): Parsed {
        const g = this.g.share;
        const first = this.multiplicative(g.first);
        // the unassigned call's node is this call's node, its CST node inside this call's
        const own = composite(call, [first.top]);
        if (!this.isKeyword('of')) return this.finish(first.node, own);
        // {infer PercentOf.part=current}: the node so far, with the call's CST node, becomes the part
        const part = first.node;
        part.$cstNode = own;
        const node = withProperty(newNode('PercentOf'), 'part', part);
        own.astNode = part;
        const of = this.take(this.peek().type, g.of);
        const whole = this.multiplicative(g.whole);
        this.assign(node, 'whole', whole);
        const top = composite(g.action, [own, of, whole.top]);
        contain(part, node, 'part');
        return this.finish(node, top);
    }

    private multiplicative(call: GrammarAST.AbstractElement): Parsed {
        const g = this.g.multiplicative;
        return this.binary(call, g.first, g.right, g.action, g.operators, feature => this.primary(feature));
    }

    /** `Operand ({infer BinaryExpression.left=current} operator=(…) right=Operand)*` */
    private binary(call: GrammarAST.AbstractElement, firstCall: GrammarAST.AbstractElement, rightCall: GrammarAST.AbstractElement,
        action: GrammarAST.AbstractElement, operators: Map<string, GrammarAST.AbstractElement>, operand: (feature: GrammarAST.AbstractElement) => Parsed): Parsed {
        const first = operand(firstCall);
        let node = first.node;
        let top = composite(call, [first.top]);
        for (let operator = this.operator(operators); operator; operator = this.operator(operators)) {
            node.$cstNode = top;
            this.context.mandatory(node);
            top.astNode = node;
            const binary = withProperty(newNode('BinaryExpression'), 'left', node);
            const operatorLeaf = this.take(this.peek().type, operator);
            binary.operator = (operator as GrammarAST.Keyword).value;
            const right = operand(rightCall);
            this.assign(binary, 'right', right);
            contain(node, binary, 'left');
            top = composite(action, [top, operatorLeaf, right.top]);
            node = binary;
        }
        return this.finish(node, top);
    }

    private operator(operators: Map<string, GrammarAST.AbstractElement>): GrammarAST.AbstractElement | undefined {
        const token = this.peek();
        return token.type.PATTERN === token.image ? operators.get(token.image) : undefined;
    }

    private primary(call: GrammarAST.AbstractElement): Parsed {
        const g = this.g.primary;
        const token = this.peek();
        const t = this.g.tokens;
        let inner: Parsed;
        if (token.type === t.NUMBER) inner = this.numberLiteral(g.NumberLiteral);
        else if (token.type === t.ID) inner = this.indicatorRef(g.IndicatorRef);
        else if (this.isKeyword('(')) {
            const open = this.take(token.type, g.open);
            const expression = this.expression(g.expression);
            const close = this.take(this.keywordType(')'), g.close);
            return this.finish(expression.node, composite(call, [open, expression.top, close]));
        } else if (this.isKeyword('plan')) inner = this.planOrPrev(this.g.planOf, g.PlanOf);
        else if (this.isKeyword('prev')) inner = this.planOrPrev(this.g.prevOf, g.PrevOf);
        else if (this.g.functionCall.functions.has(token.image) && token.type.PATTERN === token.image) inner = this.functionCall(g.FunctionCall);
        else decline();
        return this.finish(inner.node, composite(call, [inner.top]));
    }

    private numberLiteral(call: GrammarAST.AbstractElement): Parsed {
        return this.numberWithUnit('NumberLiteral', call, this.g.numberLiteral);
    }

    private quantity(call: GrammarAST.AbstractElement): Parsed {
        return this.numberWithUnit('Quantity', call, this.g.quantity);
    }

    /** The number at the current token and, when the next one is a unit, that unit. */
    private numberWithUnit(type: string, call: GrammarAST.AbstractElement, features: { value: GrammarAST.AbstractElement; unit: GrammarAST.AbstractElement }): Parsed {
        const value = this.peek();
        if (value.type !== this.g.tokens.NUMBER) decline();
        this.i++;
        const next = this.tokens[this.i];
        const unit = next && this.unitFeature(next) ? next : undefined;
        if (unit) this.i++;
        return this.valueWithUnit(type, call, features, value, unit);
    }

    private functionCall(call: GrammarAST.AbstractElement): Parsed {
        const g = this.g.functionCall;
        const name = this.peek().image;
        const node = withProperty(newNode('FunctionCall'), 'function', name);
        const content: CstNode[] = [this.take(this.peek().type, g.functions.get(name)!), this.take(this.keywordType('('), g.open)];
        const args: Node[] = [];
        node.args = args;
        const argument = (feature: GrammarAST.AbstractElement) => {
            const parsed = this.expression(feature);
            parsed.top.astNode = parsed.node;
            contain(parsed.node, node, 'args', args.length);
            args.push(parsed.node);
            content.push(parsed.top);
        };
        argument(g.first);
        while (this.isKeyword(',')) {
            content.push(this.take(this.peek().type, g.comma));
            argument(g.next);
        }
        content.push(this.take(this.keywordType(')'), g.close));
        return this.finish(node, composite(call, content));
    }

    /** `{infer PlanOf} 'plan' ('(' argument=Expression ')')?`, and the same for prev */
    private planOrPrev(g: BodyGrammar['planOf'], call: GrammarAST.AbstractElement): Parsed {
        const node = newNode(g.type);
        const content: CstNode[] = [this.take(this.peek().type, g.keyword)];
        if (this.isKeyword('(')) {
            content.push(this.take(this.peek().type, g.open));
            const argument = this.expression(g.argument);
            this.assign(node, 'argument', argument);
            content.push(argument.top, this.take(this.keywordType(')'), g.close));
        }
        return this.finish(node, composite(call, content));
    }

    /** `indicator=[Indicator:ID] ('@' (org=[Org:ID])? (period=PeriodLiteral)?)?` */
    private indicatorRef(call: GrammarAST.AbstractElement): Parsed {
        const g = this.g.indicatorRef;
        const t = this.g.tokens;
        const node = newNode('IndicatorRef');
        const name = this.peek().image;
        const leaf = this.take(t.ID, g.indicator);
        node.indicator = this.context.reference(node, 'indicator', leaf, name);
        const content: CstNode[] = [leaf];
        if (this.isKeyword('@')) {
            content.push(this.take(this.peek().type, g.at));
            if (this.peek().type === t.ID) {
                const org = this.peek().image;
                const orgLeaf = this.take(t.ID, g.org);
                node.org = this.context.reference(node, 'org', orgLeaf, org);
                content.push(orgLeaf);
            }
            const period = this.periodLiteral(g.period, this.peek());
            if (period) {
                this.i++;
                this.assign(node, 'period', period);
                content.push(period.top);
            }
        }
        return this.finish(node, composite(call, content));
    }

    // ---------- tokens ----------

    private peek(): IslandToken {
        return this.tokens[this.i] ?? decline();
    }

    private isKeyword(text: string): boolean {
        const token = this.tokens[this.i];
        return token !== undefined && token.image === text && token.type.PATTERN === text;
    }

    private keywordType(text: string): TokenType {
        return this.g.keywordTokens.get(text)!;
    }

    /** Consumes the next token, which must be of `type`, as a leaf produced by `feature`. */
    private take(type: TokenType, feature: GrammarAST.AbstractElement): LeafCstNodeImpl {
        const token = this.peek();
        if (token.type !== type) decline();
        this.i++;
        return this.leaf(token.start, token.end - token.start, type, feature);
    }
}
