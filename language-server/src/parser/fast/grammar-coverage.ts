import { AstUtils, GrammarAST, GrammarUtils } from 'langium';

/**
 * What the fast path reads of the grammar, checked against it by
 * test/language/grammar-coverage.test.ts: every element (keyword, rule call, cross-reference,
 * action) of every rule the fast path reads must be either looked up by body-grammar.ts (it
 * builds it) or declined here (a line or block holding it goes to Langium). A grammar change
 * that adds an alternative — an Inline kind, a Primary, a unit spelling, an operator — fails that
 * test until the fast path handles it or declares it declined. The same holds for the terminals
 * whose patterns the fast path encodes by hand and for the tokens of the lexer's modes it
 * reads in place of the lexer.
 */

/** Where the fast path starts reading: the body's lines, and plain data blocks; with every rule they call. */
export const FAST_PATH_RULES = ['Body', 'DataBlock'] as const;

/**
 * Elements of those rules the fast path does not build (by signature, see `signature`), each
 * with how a line or block holding one reaches Langium.
 */
export const DECLINED: Readonly<Record<string, string>> = {
    "SignedNumber: '-'": 'a number below zero (`{x = -5,3}`, `x = -0,3`): an island expects a NUMBER after the relation and declines, a data line with "-" is not plain (data-blocks.ts)',
};

/**
 * Terminals the fast path matches with character tests or a pattern of its own, and the
 * grammar pattern they were written for. (Others — ID, NUMBER, PERIOD, STRING in islands,
 * SYMBOL, EMPTY_INLINE, the marks, the unit spellings — are read from the grammar at start-up.)
 */
export const HAND_WRITTEN_TERMINALS: Readonly<Record<string, string>> = {
    /** body-parser.ts: a text chunk runs to `{`, `[`, `\`, or a line break */
    TEXT: '[^{\\[\\\\\\r\\n]+',
    /** body-parser.ts: a backslash and the next character (an escaped line break is declined) */
    ESCAPE: '\\\\[\\s\\S]',
    /** body-parser.ts: `\n` or `\r\n` (a lone `\r` is declined) */
    NL: '\\r?\\n',
    /** parse-in-parts.ts: the body's lines start after the first line `---` */
    BODY_START: '---[ \\t]*(?:\\r?\\n)?',
    /** body-parser.ts, body-islands.ts: one character each */
    INLINE_OPEN: '\\{', INLINE_CLOSE: '\\}', CITE_OPEN: '\\[', CITE_CLOSE: '\\]',
    /** data-blocks.ts: a string on one line (one that runs over a line break is not plain) */
    STRING: '"(\\\\.|[^"\\\\])*"',
    /** data-blocks.ts: spaces and tabs within a line, line breaks between values */
    WS: '\\s+',
    /** body-islands.ts, data-blocks.ts: a unit word has the shape of a name (ID) */
    UNIT_WORD: '(?:[_a-zA-Z\\u00C0-\\u024F\\u1E00-\\u1EFF][\\w\\u00C0-\\u024F\\u1E00-\\u1EFF\\u0300-\\u036F]*)',
};

/**
 * The lexer's modes as the fast path reads them in its place (token-builder.ts makes them): the
 * tokens of each mode, keywords left out (the fast path reads every keyword of the grammar).
 */
export const LEXER_MODES_READ_BY_HAND: Readonly<Record<string, readonly string[]>> = {
    // data-blocks.ts
    code: ['WS', 'ML_COMMENT', 'SL_COMMENT', 'BODY_START', 'DATE', 'UNTIL', 'PERIOD', 'NUMBER', 'STRING', 'PER_MILLE_SIGN', 'UNIT_PHRASE', 'UNIT_WORD', 'ID'],
    // body-parser.ts
    text: ['HEADING_MARK', 'LIST_MARK', 'NL', 'ESCAPE', 'EMPTY_INLINE', 'INLINE_OPEN', 'CITE_OPEN', 'TEXT'],
    // body-islands.ts
    inline: ['INLINE_WS', 'INLINE_NL', 'INLINE_CLOSE', 'DATE', 'UNTIL', 'PERIOD', 'NUMBER', 'STRING', 'PER_MILLE_SIGN', 'UNIT_PHRASE', 'UNIT_WORD', 'ID'],
    // body-parser.ts (citations)
    cite: ['CITE_WS', 'CITE_NL', 'CITE_CLOSE', 'SYMBOL'],
};

type Element = GrammarAST.AbstractElement;

/** An element of a rule as `Rule: text`: `Share: whole=Multiplicative`, `Primary: '('`, `IndicatorRef: org=[Org:ID]`. */
export function signature(element: Element): string {
    const rule = AstUtils.getContainerOfType(element, GrammarAST.isParserRule)!;
    const assignment = AstUtils.getContainerOfType(element.$container, GrammarAST.isAssignment);
    const assigned = assignment ? `${assignment.feature}${assignment.operator}` : '';
    return `${rule.name}: ${assigned}${describe(element)}`;
}

function describe(element: Element): string {
    if (GrammarAST.isKeyword(element)) return `'${element.value}'`;
    if (GrammarAST.isCrossReference(element)) {
        const terminal = element.terminal && GrammarAST.isRuleCall(element.terminal) ? `:${element.terminal.rule.$refText}` : '';
        return `[${element.type.$refText}${terminal}]`;
    }
    if (GrammarAST.isAction(element)) {
        const feature = element.feature ? `.${element.feature}${element.operator}current` : '';
        return `{infer ${GrammarUtils.getActionType(element)}${feature}}`;
    }
    if (GrammarAST.isRuleCall(element)) return element.rule.$refText;
    return element.$type;
}

/** The rules the fast path reads: FAST_PATH_RULES and every parser rule they call, also through a cross-reference. */
export function rulesReadByFastPath(grammar: GrammarAST.Grammar): GrammarAST.ParserRule[] {
    const found = new Map<string, GrammarAST.ParserRule>();
    const pending: string[] = [...FAST_PATH_RULES];
    while (pending.length > 0) {
        const name = pending.pop()!;
        const rule = grammar.rules.find(r => r.name === name);
        if (!rule || !GrammarAST.isParserRule(rule) || found.has(name)) continue;
        found.set(name, rule);
        for (const element of AstUtils.streamAst(rule.definition)) {
            if (GrammarAST.isRuleCall(element) && element.rule.ref && GrammarAST.isParserRule(element.rule.ref)) pending.push(element.rule.ref.name);
        }
    }
    return [...found.values()];
}

/** The elements that make a rule's alternatives (what `signature` names); groups and assignments only arrange them. */
function isAlternativeElement(element: Element): boolean {
    return GrammarAST.isKeyword(element) || GrammarAST.isCrossReference(element) || GrammarAST.isAction(element)
        || (GrammarAST.isRuleCall(element) && !GrammarAST.isCrossReference(element.$container));
}

/**
 * Every element of the rules the fast path reads, by signature (a second one of the same
 * signature in a rule gets ` #2`), and whether the fast path builds it (`handled`: the elements
 * body-grammar.ts looked up) or declines it.
 */
export function grammarCoverage(grammar: GrammarAST.Grammar, handled: ReadonlySet<Element>, declined: Readonly<Record<string, string>> = DECLINED)
    : Array<{ element: string; status: 'handled' | 'declined' | 'neither' }> {
    const coverage: Array<{ element: string; status: 'handled' | 'declined' | 'neither' }> = [];
    for (const rule of rulesReadByFastPath(grammar)) {
        const seen = new Map<string, number>();
        for (const element of AstUtils.streamAst(rule.definition)) {
            if (!isAlternativeElement(element as Element)) continue;
            const base = signature(element as Element);
            const count = (seen.get(base) ?? 0) + 1;
            seen.set(base, count);
            const name = count > 1 ? `${base} #${count}` : base;
            coverage.push({ element: name, status: handled.has(element as Element) ? 'handled' : name in declined ? 'declined' : 'neither' });
        }
    }
    return coverage;
}
