import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLangiumParser, EmptyFileSystem, type LangiumParser, type ParseResult } from 'langium';
import { describe, expect, test } from 'vitest';
import { createBcytServices } from '../../language-server/src/bcyt-module.js';
import type { Model } from '../../language-server/src/generated/ast.js';
import { EXAMPLES } from '../lsp/lsp-helpers.js';
import { BodyContext } from '../../language-server/src/parser/fast/body-builder.js';
import { BodyParser } from '../../language-server/src/parser/fast/body-parser.js';
import { DataBlockParser } from '../../language-server/src/parser/fast/data-blocks.js';
import { parseInParts } from '../../language-server/src/parser/fast/parse-in-parts.js';
import { parseSnapshot } from './parse-snapshot.js';
import { CODE_INSERTIONS, HARD_INSERTIONS, INSERTIONS, random, randomEdit } from './random-edits.js';

const { Bcyt } = createBcytServices(EmptyFileSystem);
/** the project's parser: Langium for the header, the BodyParser for the body */
const parser: LangiumParser = Bcyt.parser.LangiumParser;
/** Langium's own parser for the whole text: what the BodyParser must reproduce */
const langium: LangiumParser = createLangiumParser(Bcyt);
const snapshot = (result: ParseResult<Model>) => parseSnapshot(result, Bcyt.Grammar);
const same = (text: string) => expect(snapshot(parser.parse<Model>(text))).toEqual(snapshot(langium.parse<Model>(text)));
const context = new BodyContext(Bcyt);
const bodyParser = new BodyParser(context);
const dataParser = new DataBlockParser(context, Bcyt);
/** whether the hand-written parsers took part (undefined: the whole text went to Langium) */
const fast = (text: string) => parseInParts(text, (input, options) => langium.parse<Model>(input, options), { body: bodyParser, data: dataParser }) !== undefined;

const HEAD = 'org TTYT "Trung tâm Y tế" code TTYT\nreport BC issuer TTYT period Q1/2024\n---\n';

describe('the body parser builds the tree of Langium’s parser', () => {
    test.each(readdirSync(EXAMPLES).filter(name => name.endsWith('.bcyt')))('%s', name => {
        const text = readFileSync(join(EXAMPLES, name), 'utf8');
        same(text);
        expect(fast(text) || !text.includes('\n---')).toBe(true);
    });

    test.each([
        ['headings, lists, blank lines', '# I. KẾT QUẢ\n## 1. Khám\n\n- Khám {x = 1} lượt.\n+ Trong đó {y} ca\n   * ba\n#Không phải tiêu đề\n####### bảy\n'],
        ['every expression shape', '{a + b * c - 2 xã}{(a)}{round(x, 3)}{min(a, b, c) / 2}{x of plan = 24,2%}{x - prev(x) = 31}{prev}{plan}\n'],
        ['references with org and period', '{x @ T}{x @ 2024}{x @}{x @ T Q1/2024 = 5 ca}{prev(x @ TYT_Moi) = 1.234}{x @ ..31/3/2024}{x @ T1/2024}\n'],
        ['units after numbers', '{x = 440 "cơ sở"}{x = 5 ‰}{x = 12 lượt}{5 trẻ + x}{x of 100%}\n'],
        ['`of` between + and - (issue 13)', '{a of plan - prev(a) of plan}{a + b of c = 5%}{(a + b) of c}{a * b of c / d}{prev(a of plan)}\n'],
        ['per mille and percent as typed', '{x = 14,7%o}{x = 14,7 %0}{x = 5 phần nghìn}{x = 5 phần \t ngàn}{x = 95 phần trăm}{5%o + x}{x = 2 Phần trăm}\n'],
        ['per mille and percent as typed, NFD', '{x = 5 phần nghìn}{x = 5 phần ngàn}{x = 95 phần trăm}{x = 5 phâ\u0300n nghìn}\n'.normalize('NFD')],
        ['phần alone stays a word', '{x = 5 phần}{x = 5 phầnnghìn}{phần + 5}\n'],
        ['directives', '{table a, b columns prev plan actual pct_plan pct_prev diff}{table a}\n{appendix "Phụ lục 01" "GIAO CHỈ TIÊU" landscape}{appendix "A"}\n'],
        ['citations', 'Theo [1300/QĐ-BYT] và [ 12/2021/TT-BYT | short ], [5709/SYT-VP|symbol].\n'],
        ['escapes and empty braces', 'a \\{ b \\[ c \\\\ d {} e { } f {= 5} g {"a"} h {-5}\n{\n'],
        ['the last line without a line break', '- Khám {x = 1} lượt'],
        ['Windows line breaks', '# I.\r\n- Khám {x = 1} lượt.\r\n\r\nTheo [1300/QĐ-BYT]\r\n'],
        ['a keyword starting a longer word, and as a unit', '{planx}{of1}{5 office}{5 ca}{5 count}\n'],
    ])('%s', (_, body) => {
        same(HEAD + body);
        expect(fast(HEAD + body)).toBe(true);
    });

    // [what, body, whether the body parser takes part]: not when a backslash, a quote or a lone
    // carriage return may join lines, nor when Langium's recovery leaves the body (a keyword as a
    // name) or reports at the end of the text (what it would do there depends on what follows)
    test.each([
        ['an unclosed brace', '- Khám {x = 1 lượt.\nDòng sau {y}.\n', true],
        ['an unclosed citation', 'Theo [1300/QĐ-BYT và\nDòng sau [12/QĐ].\n', true],
        ['a stray character in an expression', '{x = 5 ? 3}\n{x $ y}\n{x = 5}\n', true],
        ['a share of a share', '{a of b of c}\n{x = 5}\n', true],
        ['%o followed by a letter or digit, per mille not after a number', '{x = 5 %01}\n{x = 5%oo}\n{x %o}\n{x = 5 phần nghìn x}\n{x}\n', true],
        ['a table without rows', '{table}\n{table columns prev}\n', true],
        ['a keyword where a name is expected', '{data = 5}\n{x = 5}\n', false],
        ['a string running over the line break', '{x = 5 "ab\ncd"} ef\n{y}\n', false],
        ['an escaped line break', 'a \\\nb {x}\n{y}\n', false],
        ['a lone carriage return', 'a\rb {x}\n{y}\n', false],
        ['an error on the last line, without a line break', '{x}\n{x = ', false],
    ])('a line it declines is parsed by Langium: %s', (_, body, takesPart) => {
        same(HEAD + body);
        expect(fast(HEAD + body)).toBe(takesPart);
    });

    test.each([
        ['no body', 'report BC\n'],
        ['an empty body', 'report BC\n---\n'],
        ['--- inside a comment before the real one', 'report BC /*\n---\n*/ period Q1/2024\n---\n{x}\n'],
        ['--- inside a string', 'report BC title "a\n---\nb"\n---\n{x}\n'],
        ['an error in the header', 'report BC period\n---\n{x}\n'],
        ['--- followed by text on its line', 'report BC\n--- {x}\n{y}\n'],
        ['a body at the start of the file', '---\n{x}\n'],
    ])('documents whose body is not at a plain --- line: %s', (_, text) => {
        same(text);
    });

    test.each([
        '- Tỷ suất sinh thô {sinh of dan = 14,7%o}, {sinh of dan = 14,7 %0}, {ty_suat_sinh = 14,7 phần nghìn}.',
        '+ Đạt {a of plan - prev(a) of plan = 2,1%} so với cùng kỳ; {(a + b) of c = 95 phần trăm}.',
        '{x = 5 phần ngàn}'.normalize('NFD'),
    ])('the body parser reads, not declines: %s', line => {
        const text = `${HEAD}${line}\n`;
        const block = bodyParser.parseLine(text, HEAD.length, 3);
        expect(block?.next).toBe(text.length);
        same(text);
    });

    test('the body parser reads every line of the 5,000-line benchmark report shape', () => {
        const lines = ['# I. KẾT QUẢ', '- Số trẻ được tiêm chủng đầy đủ đạt {tcmr_day_du = 12.843} trẻ, bằng {tcmr_day_du of plan = 24,2%} kế hoạch năm.',
            '+ Chia theo tuyến: tại tuyến tỉnh {tcmr_phan_ung_tinh = 25} ca; tăng {tcmr_phan_ung - prev(tcmr_phan_ung) = 7} ca ({prev(tcmr_phan_ung) = 145} ca).',
            'Căn cứ [223/KH-TTYT], các đơn vị đã xây dựng kế hoạch.', '{table tcmr_day_du, tcmr_dpt4 columns prev plan actual pct_plan pct_prev}', ''];
        const text = HEAD + lines.join('\n') + '\n';
        let read = 0;
        for (let at = text.indexOf('---\n') + 4, line = 3; at < text.length; line++) {
            const block = bodyParser.parseLine(text, at, line);
            expect(block, text.slice(at, text.indexOf('\n', at))).toBeDefined();
            at = block!.next;
            read++;
        }
        expect(read).toBe(lines.length);
    });
});

/** More chains per example for a longer search: BCYT_FUZZ_ROUNDS=50 npx vitest run … */
const ROUNDS = Number(process.env.BCYT_FUZZ_ROUNDS ?? 1);

describe('after random edits, the body parser still builds the tree of Langium’s parser', () => {
    const examples = readdirSync(EXAMPLES).filter(name => name.endsWith('.bcyt'));
    const chains = examples.flatMap(name => Array.from({ length: ROUNDS }, (_, round) => [
        [name, 'typing', round] as const, [name, 'quotes, backslashes, line breaks', round] as const,
    ]).flat());
    test.each(chains)('60 chained random edits of %s: %s (round %i)', (name, kind, round) => {
        let text = readFileSync(join(EXAMPLES, name), 'utf8');
        const next = random(name.length * 104729 + round * 7919 + kind.length);
        let fastParses = 0;
        for (let edit = 0; edit < 60; edit++) {
            text = randomEdit(text, next, kind === 'typing' ? INSERTIONS : HARD_INSERTIONS);
            expect(snapshot(parser.parse<Model>(text)), `edit ${edit}`).toEqual(snapshot(langium.parse<Model>(text)));
            if (fast(text)) fastParses++;
        }
        // what makes the body parser step aside for good (a quote in a declined line) is not typed here
        if (kind === 'typing' && round === 0 && text.includes('\n---')) expect(fastParses).toBeGreaterThan(30);
    });
});

describe('plain data blocks are read by hand and give the tree of Langium’s parser', () => {
    const DECLARATIONS = 'unit ca "ca" count\norg TTYT "Trung tâm Y tế" code TTYT\nindicator x "Khám" unit ca\nindicator y "Tỷ lệ" unit %\n';
    const REPORT = 'report BC issuer TTYT period Q1/2024\n---\n# I.\n- Khám {x = 1} ca.\n';
    test.each([
        ['values with every kind of unit', 'data TTYT Q1/2024 {\n  x = 12.843\n  y = 95 %\n  y = 95%\n  x = 440 "cơ sở"\n  x = 12 ca\n  y = 5 ‰\n}\n'],
        ['per mille and percent as typed', 'data TTYT Q1/2024 {\n  y = 14,7 %o\n  y = 14,7%0\n  y = 5 phần nghìn\n  y = 5 phần\tngàn\n  y = 95 phần trăm\n  x = 3 phần\n}\n'],
        ['per mille and percent as typed, NFD', 'data TTYT Q1/2024 {\n  y = 5 phần nghìn\n  y = 95 phần trăm\n}\n'.normalize('NFD')],
        ['periods of each kind, an empty block, blocks next to each other', 'data TTYT 2024 {\n}\ndata TTYT ..31/3/2024 {\n  x = 1\n}\ndata TTYT 12T/2024 {\n\tx=2\n}\n'],
        ['blocks among other declarations, around a comment', 'data TTYT Q1/2024 {\n  x = 1\n}\n// số liệu quý trước\nindicator z "Z" unit ca = x + y\ndata TTYT Q4/2023 {\n  x = 2\n}\n/* hết */\n'],
        ['Windows line breaks', 'data TTYT Q1/2024 {\r\n  x = 1\r\n  y = 2 %\r\n}\r\n'],
    ])('%s', (_, blocks) => {
        const text = DECLARATIONS + blocks + REPORT;
        same(text);
        expect(fast(text)).toBe(true);
        expect(dataParser.find(text, text.length).length).toBe((blocks.match(/^data /gm) ?? []).length);
    });

    test('a catalog without a body, its last block without a line break', () => {
        const text = `${DECLARATIONS}data TTYT Q1/2024 {\n  x = 1\n}`;
        same(text);
        expect(fast(text)).toBe(true);
    });

    test.each([
        ['a comment inside', 'data TTYT Q1/2024 {\n  x = 1 // ước tính\n}\n'],
        ['two values on a line', 'data TTYT Q1/2024 { x = 1 y = 2 }\n'],
        ['a keyword as a name', 'data TTYT Q1/2024 {\n  plan = 1\n}\n'],
        ['a unit that begins with a keyword', 'data TTYT Q1/2024 {\n  x = 1 codes\n}\n'],
        ['a date as the period', 'data TTYT 31/3/2024 {\n  x = 1\n}\n'],
        ['%0 followed by a digit', 'data TTYT Q1/2024 {\n  y = 5 %01\n}\n'],
        ['a word after a unit phrase', 'data TTYT Q1/2024 {\n  y = 5 phần nghìn dân\n}\n'],
    ])('a block with %s is left to Langium', (_, block) => {
        const text = DECLARATIONS + block + REPORT;
        same(text);
        expect(dataParser.find(text, text.length)).toEqual([]);
    });

    test.each([
        ['inside a multi-line comment', '/*\ndata TTYT Q1/2024 {\n  x = 1\n}\n*/\n'],
        ['inside a multi-line string', 'org S "Sở\ndata TTYT Q1/2024 {\n  x = 1\n}\n"\n'],
        ['inside a declaration that goes on after it', 'indicator z "Z" unit ca\ndata TTYT Q1/2024 {\n  x = 1\n}\n= x + y\n'],
        ['before an import', 'data TTYT Q1/2024 {\n  x = 1\n}\nimport "a.bcyt"\n'],
    ])('a plain block %s: everything to Langium', (_, blocks) => {
        const text = DECLARATIONS + blocks + REPORT;
        same(text);
        expect(fast(text)).toBe(false);
    });

    test('a block after the document started is an error, as in a whole parse', () => {
        same(`${DECLARATIONS}report BC issuer TTYT\ndata TTYT Q1/2024 {\n  x = 1\n}\n---\n# I.\n`);
    });
});

describe('after random edits of the declarations, data blocks still give the tree of Langium’s parser', () => {
    const TEXT = 'unit ca "ca" count\norg TTYT "Trung tâm Y tế" code TTYT\nindicator x "Khám" unit ca\nindicator y "Tỷ lệ" unit %\n'
        + 'data TTYT Q1/2024 {\n  x = 12.843\n  y = 95 %\n}\n// quý trước\ndata TTYT Q4/2023 {\n  x = 12 ca\n  y = 5 ‰\n}\n'
        + 'report BC issuer TTYT period Q1/2024\n---\n# I.\n- Khám {x = 1} ca.\n';
    test.each(Array.from({ length: 4 * ROUNDS }, (_, round) => round))('60 chained random edits anywhere (round %i)', round => {
        let text = TEXT;
        const next = random(7 + round * 7919);
        for (let edit = 0; edit < 60; edit++) {
            text = randomEdit(text, next, CODE_INSERTIONS, true);
            expect(snapshot(parser.parse<Model>(text)), `edit ${edit}: ${JSON.stringify(text)}`).toEqual(snapshot(langium.parse<Model>(text)));
        }
    });
});
