import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TokenType } from 'chevrotain';
import { EmptyFileSystem, GrammarAST, GrammarUtils, URI } from 'langium';
import { createLangiumGrammarServices } from 'langium/grammar';
import { describe, expect, test } from 'vitest';
import { createBcytServices } from '../../language-server/src/bcyt-module.js';
import { bodyGrammar } from '../../language-server/src/parser/fast/body-grammar.js';
import {
    DECLINED, grammarCoverage, HAND_WRITTEN_TERMINALS, LEXER_MODES_READ_BY_HAND,
} from '../../language-server/src/parser/fast/grammar-coverage.js';
import { BcytTokenBuilder } from '../../language-server/src/parser/token-builder.js';

const GRAMMAR_FILE = join(import.meta.dirname, '../../language-server/src/grammar/bcyt.langium');
const { Bcyt } = createBcytServices(EmptyFileSystem);

/** The lexer's modes (token-builder.ts) for a grammar, and its tokens by name. */
function lexerOf(grammar: GrammarAST.Grammar) {
    const definition = new BcytTokenBuilder().buildTokens(grammar) as unknown as { modes: Record<string, TokenType[]> };
    const tokens = Object.fromEntries(Object.values(definition.modes).flat().map(token => [token.name, token]));
    return { modes: definition.modes, tokens };
}

/** What the fast path does not cover in `grammar`: elements neither handled nor declined. */
function uncovered(grammar: GrammarAST.Grammar, declined = DECLINED): string[] {
    const { handled } = bodyGrammar(grammar, lexerOf(grammar).tokens);
    return grammarCoverage(grammar, handled, declined).filter(entry => entry.status === 'neither').map(entry => entry.element);
}

/** bcyt.langium with `edit` applied, read and linked by Langium's grammar services. */
async function editedGrammar(edit: (text: string) => string): Promise<GrammarAST.Grammar> {
    const original = readFileSync(GRAMMAR_FILE, 'utf8');
    const text = edit(original);
    expect(text, 'the edit applies').not.toBe(original);
    const { shared } = createLangiumGrammarServices(EmptyFileSystem);
    const document = shared.workspace.LangiumDocumentFactory.fromString<GrammarAST.Grammar>(text, URI.parse('memory:/bcyt.langium'));
    shared.workspace.LangiumDocuments.addDocument(document);
    await shared.workspace.DocumentBuilder.build([document]);
    expect(document.parseResult.parserErrors).toEqual([]);
    return document.parseResult.value;
}

describe('the fast path covers the grammar', () => {
    test('every element of the rules it reads is handled or declined', () => {
        expect(uncovered(Bcyt.Grammar)).toEqual([]);
    });

    test('what it declines is in the grammar (no stale entries)', () => {
        const { handled } = bodyGrammar(Bcyt.Grammar, Bcyt.parser.Lexer.definition);
        const elements = grammarCoverage(Bcyt.Grammar, handled).map(entry => entry.element);
        expect(Object.keys(DECLINED).filter(element => !elements.includes(element))).toEqual([]);
    });

    test.each(Object.entries(HAND_WRITTEN_TERMINALS))('the terminal %s has the pattern its hand-written reading was made for', (name, pattern) => {
        const rule = Bcyt.Grammar.rules.find(r => r.name === name);
        expect(rule && GrammarAST.isTerminalRule(rule) && GrammarUtils.terminalRegex(rule).source).toBe(pattern);
    });

    test.each(Object.entries(LEXER_MODES_READ_BY_HAND))('the lexer\'s %s mode has the tokens the fast path reads in its place', (mode, names) => {
        const keyword = (token: TokenType) => token.PATTERN === token.name;
        expect(lexerOf(Bcyt.Grammar).modes[mode].filter(token => !keyword(token)).map(token => token.name)).toEqual(names);
    });
});

// The check above fails when the grammar gains what the fast path does not read: shown on edited copies of the grammar.
describe('a grammar change the fast path does not follow fails the coverage check', () => {
    test.each([
        ['a new Inline kind', (g: string) => g.replace('TextChunk | InlineExpression |', 'TextChunk | Footnote | InlineExpression |')
            .replace('TextChunk:\n', 'Footnote: CITE_OPEN \'^\' text=SYMBOL CITE_CLOSE;\n\nTextChunk:\n'),
        ['Inline: Footnote', 'Footnote: CITE_OPEN', "Footnote: '^'", 'Footnote: text=SYMBOL', 'Footnote: CITE_CLOSE']],
        ['a new Primary', (g: string) => g.replace('    | IndicatorRef;', '    | IndicatorRef\n    | Median;\n\nMedian: \'median\' \'(\' arg=Expression \')\';'),
            ['Primary: Median', "Median: 'median'", "Median: '('", 'Median: arg=Expression', "Median: ')'"]],
        ['a new unit spelling', (g: string) => g.replace('PER_MILLE_SIGN | UNIT_PHRASE;', 'PER_MILLE_SIGN | UNIT_PHRASE | PER_TEN_THOUSAND;')
            .replace('terminal PER_MILLE_SIGN:', 'terminal PER_TEN_THOUSAND: /‱/;\nterminal PER_MILLE_SIGN:'), ['UnitAfterNumber: PER_TEN_THOUSAND']],
        ['a new Block kind', (g: string) => g.replace('Heading | ListItem | TextLine | BlankLine;', 'Heading | ListItem | TextLine | BlankLine | Quote;\n\nQuote: \'>\' parts+=Inline* NL;'),
            ['Block: Quote', "Quote: '>'", 'Quote: parts+=Inline', 'Quote: NL']],
        ['a new part of an inline expression', (g: string) => g.replace("stated=Quantity)? INLINE_CLOSE", "stated=Quantity)? ('±' tolerance=NUMBER)? INLINE_CLOSE"),
            ["InlineExpression: '±'", 'InlineExpression: tolerance=NUMBER']],
        ['a new part of a data value', (g: string) => g.replace("indicator=[Indicator:ID] '=' quantity=Quantity;", "indicator=[Indicator:ID] '=' quantity=Quantity ('source' source=STRING)?;"),
            ["DataValue: 'source'", 'DataValue: source=STRING']],
    ])('%s', async (_, edit, expected) => {
        const grammar = await editedGrammar(edit);
        expect(uncovered(grammar)).toEqual(expected);
        // declared declined, it passes
        expect(uncovered(grammar, { ...DECLINED, ...Object.fromEntries(expected.map(element => [element, 'test'])) })).toEqual([]);
    });

    test.each([
        ['a new table column', (g: string) => g.replace("'prev' | 'plan' | 'actual'", "'prev' | 'plan' | 'median' | 'actual'")],
        ['a new operator', (g: string) => g.replace("operator=('+' | '-')", "operator=('+' | '-' | '±')")],
        ['a new function', (g: string) => g.replace("function=('round' | 'abs' | 'min' | 'max')", "function=('round' | 'abs' | 'min' | 'max' | 'sum')")],
    ])('%s is read from the grammar: handled', async (_, edit) => {
        expect(uncovered(await editedGrammar(edit))).toEqual([]);
    });
});
