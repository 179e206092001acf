import type { IToken } from 'chevrotain';
import { DefaultLexer, type LexerResult, type TokenizeOptions } from 'langium';

/**
 * Every prose line ends with NL in the grammar; when the body's last line has no line
 * break, a zero-width NL is added at the end of the file so that it parses like the others.
 * Nothing leaves the text mode once `---` entered it, so "the body was entered" is the test.
 */
export class BcytLexer extends DefaultLexer {
    override tokenize(text: string, options?: TokenizeOptions): LexerResult {
        const result = super.tokenize(text, options);
        const tokens = result.tokens;
        const last = tokens[tokens.length - 1];
        const nl = this.tokenTypes['NL'];
        // not for the completion parser ('partial'): the line being typed is not finished
        if (options?.mode !== 'partial' && last && nl && !LINE_ENDS.has(last.tokenType.name) && tokens.some(t => t.tokenType.name === 'BODY_START')) {
            tokens.push({
                image: '', startOffset: text.length, endOffset: text.length - 1,
                startLine: last.endLine, endLine: last.endLine,
                startColumn: (last.endColumn ?? 0) + 1, endColumn: last.endColumn,
                tokenType: nl, tokenTypeIdx: nl.tokenTypeIdx!,
            } as IToken);
        }
        return result;
    }
}

const LINE_ENDS = new Set(['NL', 'INLINE_NL', 'CITE_NL']);
