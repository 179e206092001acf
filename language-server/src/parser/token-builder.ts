import { Lexer, type CustomPatternMatcherFunc, type TokenType, type TokenVocabulary, type IMultiModeLexerDefinition } from 'chevrotain';
import { DefaultTokenBuilder, GrammarAST, RegExpUtils, type TokenBuilderOptions } from 'langium';

/**
 * A .bcyt file has four lexical modes:
 * - `code`: declarations and the document header (keywords, names, numbers, strings);
 * - `text`: the document body after `---`, Vietnamese prose line by line;
 * - `inline`: a `{…}` island in prose, lexed like code but ended by `}` or the line's end;
 * - `cite`: a `[…]` citation of a legal document by its symbol.
 * Prose cannot be lexed with the code tokens (every Vietnamese word would be a name or a
 * keyword), hence the modes. A line break always leaves `inline` and `cite`, so an unclosed
 * brace damages one line, not the rest of the file.
 */
export const LexerModes = { code: 'code', text: 'text', inline: 'inline', cite: 'cite' } as const;

const NAME_START_CHARS: number[] = [
    ...range('_'.charCodeAt(0), '_'.charCodeAt(0)), ...range(65, 90), ...range(97, 122),
    ...range(0xC0, 0x24F), ...range(0x1E00, 0x1EFF),
];

function range(from: number, to: number): number[] {
    return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

/** Every UTF-16 code but those of `excluded`, by a plain loop: it runs at every start, before V8 optimises anything, where a loop is cheaper than array helpers. */
function allCharsExcept(excluded: string): number[] {
    const skip = new Uint8Array(0x10000);
    for (let i = 0; i < excluded.length; i++) skip[excluded.charCodeAt(i)] = 1;
    const codes: number[] = [];
    for (let code = 0; code <= 0xFFFF; code++) {
        if (!skip[code]) codes.push(code);
    }
    return codes;
}

const CODE_TERMINALS_BEFORE_KEYWORDS = ['DATE', 'UNTIL', 'PERIOD', 'NUMBER', 'STRING'];
const ID_PATTERN = /^[_a-zA-Z\u00C0-\u024F\u1E00-\u1EFF][\w\u0300-\u036F\u00C0-\u024F\u1E00-\u1EFF]*$/;

export class BcytTokenBuilder extends DefaultTokenBuilder {
    /** the partial regular expression of each terminal, for findLongerAlt */
    private readonly partialPatterns = new Map<TokenType, RegExp>();

    /**
     * Langium's findLongerAlt, with each terminal's partial regular expression made once instead
     * of once per keyword (every keyword × every terminal: a noticeable part of building the parser at start).
     */
    protected override findLongerAlt(keyword: GrammarAST.Keyword, terminalTokens: TokenType[]): TokenType[] {
        return terminalTokens.filter(token => {
            const source = (token?.PATTERN as RegExp | undefined)?.source;
            if (!source) return false;
            let partial = this.partialPatterns.get(token);
            if (!partial) this.partialPatterns.set(token, (partial = RegExpUtils.partialRegExp(`^${source}$`)));
            const match = keyword.value.match(partial);
            return !!match && match[0].length > 0;
        });
    }

    override buildTokens(grammar: GrammarAST.Grammar, options?: TokenBuilderOptions): TokenVocabulary {
        const tokens = super.buildTokens(grammar, options) as TokenType[];
        const terminalNames = new Set(grammar.rules.filter(GrammarAST.isTerminalRule).map(rule => rule.name));
        const byName = new Map(tokens.map(token => [token.name, token]));
        const get = (name: string): TokenType => {
            const token = byName.get(name);
            if (!token) throw new Error(`token ${name} missing from the grammar`);
            return token;
        };
        const id = get('ID');
        // Keywords fall back to ID only; Langium's default would also make the prose terminals
        // (TEXT, SYMBOL) longer alternatives, which live in other modes.
        const keywords = tokens.filter(token => !terminalNames.has(token.name));
        for (const keyword of keywords) {
            keyword.LONGER_ALT = typeof keyword.PATTERN === 'string' && ID_PATTERN.test(keyword.PATTERN) ? id : undefined;
        }

        const nl = get('NL');
        nl.LINE_BREAKS = true;
        get('BODY_START').PUSH_MODE = LexerModes.text;
        get('BODY_START').LINE_BREAKS = true;
        get('INLINE_OPEN').PUSH_MODE = LexerModes.inline;
        get('INLINE_CLOSE').POP_MODE = true;
        get('CITE_OPEN').PUSH_MODE = LexerModes.cite;
        get('CITE_CLOSE').POP_MODE = true;
        atLineStart(get('HEADING_MARK'));
        atLineStart(get('LIST_MARK'));
        const unitWord = get('UNIT_WORD');
        afterNumberOnSameLine(unitWord);
        // `%o` before the keyword `%`, `phần nghìn` before the name `phần`: tried first, after a number only
        const unitSpellings = [get('PER_MILLE_SIGN'), get('UNIT_PHRASE')];
        unitSpellings.forEach(afterNumberOnSameLine);
        unitSpellings[0].START_CHARS_HINT = ['%'];
        unitSpellings[1].START_CHARS_HINT = ['p', 'P'];
        // Chevrotain's first-character optimisation needs the possible first characters of
        // custom and complement patterns; without them every mode tries every token everywhere.
        unitWord.START_CHARS_HINT = NAME_START_CHARS;
        get('TEXT').START_CHARS_HINT = allCharsExcept('{[\\\r\n');
        get('EMPTY_INLINE').START_CHARS_HINT = ['{'];
        get('SYMBOL').START_CHARS_HINT = allCharsExcept(']| \t\r\n\f\v');

        const lineEndLeavingMode = (name: string): TokenType => ({
            name, PATTERN: /\r?\n/, POP_MODE: true, CATEGORIES: [nl], LINE_BREAKS: true,
        });
        const spaces = (name: string): TokenType => ({ name, PATTERN: /[ \t]+/, GROUP: Lexer.SKIPPED });

        const codeValues = CODE_TERMINALS_BEFORE_KEYWORDS.map(get);
        const definition: IMultiModeLexerDefinition = {
            defaultMode: LexerModes.code,
            modes: {
                [LexerModes.code]: [
                    get('WS'), get('ML_COMMENT'), get('SL_COMMENT'), get('BODY_START'),
                    ...codeValues, ...unitSpellings, ...keywords, unitWord, id,
                ],
                [LexerModes.text]: [
                    get('HEADING_MARK'), get('LIST_MARK'), nl, get('ESCAPE'),
                    get('EMPTY_INLINE'), get('INLINE_OPEN'), get('CITE_OPEN'), get('TEXT'),
                ],
                [LexerModes.inline]: [
                    spaces('INLINE_WS'), lineEndLeavingMode('INLINE_NL'), get('INLINE_CLOSE'),
                    ...codeValues, ...unitSpellings, ...keywords.filter(k => k.name !== '{' && k.name !== '}'), unitWord, id,
                ],
                [LexerModes.cite]: [
                    spaces('CITE_WS'), lineEndLeavingMode('CITE_NL'), get('CITE_CLOSE'), get('|'), get('SYMBOL'),
                ],
            },
        };
        return definition;
    }
}

/** Restricts a token to the start of a line (headings and list markers). */
function atLineStart(token: TokenType): void {
    const regex = token.PATTERN as RegExp;
    const sticky = new RegExp(regex.source, 'y');
    const matcher: CustomPatternMatcherFunc = (text, offset) => {
        if (offset > 0 && text.charCodeAt(offset - 1) !== 10 /* \n */) {
            return null;
        }
        sticky.lastIndex = offset;
        return sticky.exec(text);
    };
    token.PATTERN = matcher;
    token.LINE_BREAKS = false;
    token.START_CHARS_HINT = regex.source.startsWith('#') ? ['#'] : [' ', '\t', '-', '+', '*'];
}

/** A name directly after a number on the same line is a unit (`13 xã`), not the next entry. */
function afterNumberOnSameLine(token: TokenType): void {
    const sticky = new RegExp((token.PATTERN as RegExp).source, 'y');
    const matcher: CustomPatternMatcherFunc = (text, offset, tokens) => {
        const previous = tokens[tokens.length - 1];
        if (!previous || previous.tokenType.name !== 'NUMBER') return null;
        for (let i = (previous.endOffset ?? offset) + 1; i < offset; i++) {
            if (text.charCodeAt(i) === 10 /* \n */) return null;
        }
        sticky.lastIndex = offset;
        return sticky.exec(text);
    };
    token.PATTERN = matcher;
    token.LINE_BREAKS = false;
}
