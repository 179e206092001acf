import { describe, expect, test } from 'vitest';
import { findCharacterProblems, xmlSafe } from '../../language-server/src/semantics/characters.js';

describe('characters that cannot be printed as written', () => {
    test.each([
        ['Số trẻ là 703 trẻ.', []],
        ['tab\tand line ends\r\n kept', []],
        ['emoji 😀 is a pair, not a half', []],
        ['a\u0001b', ['xml 1-2 U+0001']],
        ['\u0000\u001F', ['xml 0-1 U+0000', 'xml 1-2 U+001F']],
        ['tiêu đề \uFFFE và \uFFFF', ['xml 8-9 U+FFFE', 'xml 13-14 U+FFFF']],
        ['half \uD83D pair', ['xml 5-6 U+D83D']],
        ['1\u202E234 trẻ', ['bidi 1-2 U+202E']],
        ['703\u2067\u2069 trẻ', ['bidi 3-5 U+2067 U+2069']],
        ['\u202Bمرحبا\u202C văn bản', []], // an embedding around words, no digit: left alone
    ])('%j', (text, expected) => {
        expect(findCharacterProblems(text).map(p => `${p.kind} ${p.start}-${p.end} ${p.codePoints}`)).toEqual(expected);
    });

    test('xmlSafe removes what XML 1.0 forbids and nothing else', () => {
        expect(xmlSafe('A\uFFFEB\u0001C\tD\n😀\u202E1')).toBe('ABC\tD\n😀\u202E1');
    });
});
