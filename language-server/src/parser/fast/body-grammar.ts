import { AstUtils, GrammarAST, GrammarUtils } from 'langium';
import type { TokenType, TokenTypeDictionary } from 'chevrotain';

type Element = GrammarAST.AbstractElement;

/**
 * The grammar elements and token types the hand-written parsers (body-parser.ts, data-blocks.ts) put into
 * the CST, where Langium's parser would: each CST node's `grammarSource` is the rule call,
 * keyword, cross-reference or action that produced it (the formatter, `findNodeForProperty`,
 * the value converter and the linker read them). Looked up by position in each rule, in the
 * order they are written in bcyt.langium; a grammar change that moves them fails here, at start.
 * Lists of keywords (operators, functions, table columns, unit signs) are read from the grammar,
 * not written here. Every element looked up is in `handled`: what grammar-coverage.ts checks
 * the grammar against.
 */
export function bodyGrammar(grammar: GrammarAST.Grammar, tokens: TokenTypeDictionary) {
    const handled = new Set<Element>();
    const elements = (ruleName: string): Element[] => {
        const rule = grammar.rules.find(r => r.name === ruleName);
        if (!rule || !GrammarAST.isParserRule(rule)) throw new Error(`body parser: no rule ${ruleName}`);
        return AstUtils.streamAst(rule.definition).toArray() as Element[];
    };
    const pick = (ruleName: string, test: (e: Element) => boolean, nth = 0): Element => {
        const found = elements(ruleName).filter(test)[nth];
        if (!found) throw new Error(`body parser: element ${nth} of ${ruleName} not found`);
        handled.add(found);
        return found;
    };
    const call = (ruleName: string, callee: string, nth = 0) =>
        pick(ruleName, e => GrammarAST.isRuleCall(e) && !GrammarAST.isCrossReference(e.$container) && e.rule.$refText === callee, nth);
    const keyword = (ruleName: string, value: string, nth = 0) => pick(ruleName, e => GrammarAST.isKeyword(e) && e.value === value, nth);
    const crossRef = (ruleName: string, nth = 0) => pick(ruleName, GrammarAST.isCrossReference, nth);
    const action = (ruleName: string) => pick(ruleName, GrammarAST.isAction);
    /** the type an action without a feature (`{infer BlankLine}`) gives the rule's node */
    const actionType = (ruleName: string): string => GrammarUtils.getActionType(action(ruleName) as GrammarAST.Action)!;
    /** the keywords of a rule (of one of its assignments when `feature` is given), by their text */
    const keywords = (ruleName: string, feature?: string): Map<string, Element> => {
        const found = elements(ruleName).filter((e): e is GrammarAST.Keyword => GrammarAST.isKeyword(e)
            && (feature === undefined || AstUtils.getContainerOfType(e, GrammarAST.isAssignment)?.feature === feature));
        if (found.length === 0) throw new Error(`body parser: no keywords in ${ruleName}${feature ? `.${feature}` : ''}`);
        found.forEach(e => handled.add(e));
        return new Map(found.map(e => [e.value, e]));
    };
    const token = (name: string): TokenType => {
        const type = tokens[name];
        if (!type) throw new Error(`body parser: no token ${name}`);
        return type;
    };
    const keywordTokens = new Map(Object.values(tokens)
        .filter(type => !isTerminalName(grammar, type.name) && type.name !== '{' && type.name !== '}' && typeof type.PATTERN === 'string')
        .map(type => [type.PATTERN as string, type]));

    return {
        body: { start: call('Body', 'BODY_START'), block: call('Body', 'Block') },
        block: {
            Heading: call('Block', 'Heading'), ListItem: call('Block', 'ListItem'),
            TextLine: call('Block', 'TextLine'), BlankLine: call('Block', 'BlankLine'),
        },
        heading: { marker: call('Heading', 'HEADING_MARK'), inline: call('Heading', 'Inline'), nl: call('Heading', 'NL') },
        listItem: { marker: call('ListItem', 'LIST_MARK'), inline: call('ListItem', 'Inline'), nl: call('ListItem', 'NL') },
        textLine: { inline: call('TextLine', 'Inline'), nl: call('TextLine', 'NL') },
        blankLine: { type: actionType('BlankLine'), nl: call('BlankLine', 'NL') },
        inline: {
            TextChunk: call('Inline', 'TextChunk'), InlineExpression: call('Inline', 'InlineExpression'),
            Citation: call('Inline', 'Citation'), TableDirective: call('Inline', 'TableDirective'),
            AppendixDirective: call('Inline', 'AppendixDirective'), EmptyInline: call('Inline', 'EmptyInline'),
        },
        textChunk: { TEXT: call('TextChunk', 'TEXT'), ESCAPE: call('TextChunk', 'ESCAPE') },
        inlineExpression: {
            open: call('InlineExpression', 'INLINE_OPEN'), expression: call('InlineExpression', 'Expression'),
            relations: keywords('InlineExpression', 'relation'), stated: call('InlineExpression', 'Quantity'),
            close: call('InlineExpression', 'INLINE_CLOSE'),
        },
        table: {
            open: call('TableDirective', 'INLINE_OPEN'), table: keyword('TableDirective', 'table'),
            firstRow: crossRef('TableDirective', 0), comma: keyword('TableDirective', ','), nextRow: crossRef('TableDirective', 1),
            columns: keyword('TableDirective', 'columns'), column: call('TableDirective', 'TableColumn'),
            close: call('TableDirective', 'INLINE_CLOSE'),
        },
        tableColumn: keywords('TableColumn'),
        appendix: {
            open: call('AppendixDirective', 'INLINE_OPEN'), appendix: keyword('AppendixDirective', 'appendix'),
            label: call('AppendixDirective', 'STRING', 0), title: call('AppendixDirective', 'STRING', 1),
            landscape: keyword('AppendixDirective', 'landscape'), close: call('AppendixDirective', 'INLINE_CLOSE'),
        },
        emptyInline: { type: actionType('EmptyInline'), token: call('EmptyInline', 'EMPTY_INLINE') },
        citation: {
            open: call('Citation', 'CITE_OPEN'), legal: crossRef('Citation'), bar: keyword('Citation', '|'),
            style: call('Citation', 'SYMBOL'), close: call('Citation', 'CITE_CLOSE'),
        },
        expression: { additive: call('Expression', 'Additive') },
        additive: { first: call('Additive', 'Share', 0), action: action('Additive'), operators: keywords('Additive', 'operator'), right: call('Additive', 'Share', 1) },
        share: { first: call('Share', 'Multiplicative', 0), action: action('Share'), of: keyword('Share', 'of'), whole: call('Share', 'Multiplicative', 1) },
        multiplicative: { first: call('Multiplicative', 'Primary', 0), action: action('Multiplicative'), operators: keywords('Multiplicative', 'operator'), right: call('Multiplicative', 'Primary', 1) },
        primary: {
            open: keyword('Primary', '('), expression: call('Primary', 'Expression'), close: keyword('Primary', ')'),
            NumberLiteral: call('Primary', 'NumberLiteral'), FunctionCall: call('Primary', 'FunctionCall'),
            PlanOf: call('Primary', 'PlanOf'), PrevOf: call('Primary', 'PrevOf'), IndicatorRef: call('Primary', 'IndicatorRef'),
        },
        numberLiteral: { value: call('NumberLiteral', 'NUMBER'), unit: crossRef('NumberLiteral') },
        // a number below zero (`'-'` in SignedNumber) is declined (grammar-coverage.ts)
        quantity: { value: call('Quantity', 'SignedNumber'), number: call('SignedNumber', 'NUMBER'), unit: crossRef('Quantity') },
        unitAfterNumber: {
            UNIT_WORD: call('UnitAfterNumber', 'UNIT_WORD'), STRING: call('UnitAfterNumber', 'STRING'),
            PER_MILLE_SIGN: call('UnitAfterNumber', 'PER_MILLE_SIGN'), UNIT_PHRASE: call('UnitAfterNumber', 'UNIT_PHRASE'),
            keywords: keywords('UnitAfterNumber'),
        },
        functionCall: {
            functions: keywords('FunctionCall', 'function'), open: keyword('FunctionCall', '('),
            first: call('FunctionCall', 'Expression', 0), comma: keyword('FunctionCall', ','), next: call('FunctionCall', 'Expression', 1),
            close: keyword('FunctionCall', ')'),
        },
        planOf: { type: actionType('PlanOf'), keyword: keyword('PlanOf', 'plan'), open: keyword('PlanOf', '('), argument: call('PlanOf', 'Expression'), close: keyword('PlanOf', ')') },
        prevOf: { type: actionType('PrevOf'), keyword: keyword('PrevOf', 'prev'), open: keyword('PrevOf', '('), argument: call('PrevOf', 'Expression'), close: keyword('PrevOf', ')') },
        indicatorRef: { indicator: crossRef('IndicatorRef', 0), at: keyword('IndicatorRef', '@'), org: crossRef('IndicatorRef', 1), period: call('IndicatorRef', 'PeriodLiteral') },
        periodLiteral: { PERIOD: call('PeriodLiteral', 'PERIOD'), NUMBER: call('PeriodLiteral', 'NUMBER'), UNTIL: call('PeriodLiteral', 'UNTIL') },
        model: { element: call('Model', 'Element') },
        element: { DataBlock: call('Element', 'DataBlock') },
        dataBlock: {
            data: keyword('DataBlock', 'data'), org: crossRef('DataBlock'), period: call('DataBlock', 'PeriodLiteral'),
            open: keyword('DataBlock', '{'), value: call('DataBlock', 'DataValue'), close: keyword('DataBlock', '}'),
        },
        dataValue: { indicator: crossRef('DataValue'), equals: keyword('DataValue', '='), quantity: call('DataValue', 'Quantity') },
        tokens: {
            HEADING_MARK: token('HEADING_MARK'), LIST_MARK: token('LIST_MARK'), NL: token('NL'), TEXT: token('TEXT'),
            ESCAPE: token('ESCAPE'), EMPTY_INLINE: token('EMPTY_INLINE'), INLINE_OPEN: token('INLINE_OPEN'),
            INLINE_CLOSE: token('INLINE_CLOSE'), CITE_OPEN: token('CITE_OPEN'), CITE_CLOSE: token('CITE_CLOSE'),
            SYMBOL: token('SYMBOL'), DATE: token('DATE'), UNTIL: token('UNTIL'), PERIOD: token('PERIOD'),
            NUMBER: token('NUMBER'), STRING: token('STRING'), ID: token('ID'), UNIT_WORD: token('UNIT_WORD'),
            PER_MILLE_SIGN: token('PER_MILLE_SIGN'), UNIT_PHRASE: token('UNIT_PHRASE'),
        },
        /** the keyword tokens of the declarations' braces */
        braces: { open: token('{'), close: token('}') },
        /** every keyword token by its text ('plan', '>=', …): in an island all but the braces can occur */
        keywordTokens,
        /** the keywords that are words ('plan', 'of'; not '>=') */
        wordKeywords: new Set([...keywordTokens.keys()].filter(text => /^\w/.test(text))),
        /** a terminal's regular expression as the grammar writes it (the lexer replaces some by matchers: token-builder.ts) */
        terminalSource: (name: string): string => {
            const rule = grammar.rules.find(r => r.name === name);
            if (!rule || !GrammarAST.isTerminalRule(rule)) throw new Error(`body parser: no terminal ${name}`);
            return GrammarUtils.terminalRegex(rule).source;
        },
        /** every grammar element looked up above: what the fast path builds (grammar-coverage.ts) */
        handled: handled as ReadonlySet<Element>,
    };
}

export type BodyGrammar = ReturnType<typeof bodyGrammar>;

/**
 * Whether a word begins with a keyword it is longer than: the lexer then matches the keyword
 * and, the name being longer (LONGER_ALT), makes the word a name, before a unit is tried.
 */
export function beginsWithKeyword(word: string, wordKeywords: ReadonlySet<string>): boolean {
    for (let length = 1; length < word.length; length++) {
        if (wordKeywords.has(word.substring(0, length))) return true;
    }
    return false;
}

function isTerminalName(grammar: GrammarAST.Grammar, name: string): boolean {
    return grammar.rules.some(rule => rule.name === name && GrammarAST.isTerminalRule(rule));
}
