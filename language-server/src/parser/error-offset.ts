import type { IRecognitionException, IToken } from 'chevrotain';

/** Where a parser error is: its token, or right after the token before an inserted one (at the end of input). */
export function errorOffset(error: IRecognitionException): number | undefined {
    if (Number.isFinite(error.token.startOffset)) return error.token.startOffset;
    const previous = (error as { previousToken?: IToken }).previousToken;
    return previous && Number.isFinite(previous.endOffset) ? previous.endOffset! + 1 : undefined;
}
