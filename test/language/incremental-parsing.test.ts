import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLangiumParser, EmptyFileSystem, type LangiumParser, type ParseResult } from 'langium';
import { describe, expect, test } from 'vitest';
import { createBcytServices } from '../../language-server/src/bcyt-module.js';
import type { Model } from '../../language-server/src/generated/ast.js';
import { changedRange, reparseBody } from '../../language-server/src/parser/fast/incremental-body.js';
import { editSteps } from '../../language-server/src/parser/fast/edit-steps.js';
import { EXAMPLES } from '../lsp/lsp-helpers.js';
import { parseSnapshot } from './parse-snapshot.js';
import { HARD_INSERTIONS, INSERTIONS, random, randomEdit } from './random-edits.js';

const services = createBcytServices(EmptyFileSystem).Bcyt;
const parser: LangiumParser = services.parser.LangiumParser;
/** the reference: Langium's parser on the whole text */
const langium: LangiumParser = createLangiumParser(services);
const parse = (text: string) => langium.parse<Model>(text);

const snapshot = (result: ParseResult<Model>) => parseSnapshot(result, services.Grammar);

const examples = readdirSync(EXAMPLES).filter(name => name.endsWith('.bcyt'));
/** More chains per example (different seeds) for a longer search: BCYT_FUZZ_ROUNDS=50 npx vitest run … */
const ROUNDS = Number(process.env.BCYT_FUZZ_ROUNDS ?? 1);

describe('re-parsing only the changed body lines gives the tree of a full parse', () => {
    const chains = examples.flatMap(name => Array.from({ length: ROUNDS }, (_, round) => [
        [name, 'typing', round] as const, [name, 'quotes, backslashes, line breaks', round] as const,
    ]).flat());
    test.each(chains)('60 chained random edits of %s: %s (round %i)', (name, kind, round) => {
        let text = readFileSync(join(EXAMPLES, name), 'utf8');
        let previous = parse(text);
        const next = random(name.length * 7919 + round * 104729 + (kind === 'typing' ? 0 : 31));
        let incremental = 0;
        for (let edit = 0; edit < 60; edit++) {
            text = randomEdit(text, next, kind === 'typing' ? INSERTIONS : HARD_INSERTIONS);
            const full = parse(text);
            const reparsed = reparseBody(parser, previous, text);
            if (reparsed) {
                incremental++;
                expect(snapshot(reparsed), `edit ${edit}`).toEqual(snapshot(full));
            }
            previous = reparsed ?? full;
        }
        // a chain that breaks the body's structure for good is parsed whole from there on;
        // the default seeds do not, so most of their edits take the incremental path
        if (round === 0 && kind === 'typing') expect(incremental).toBeGreaterThan(20);
    });

    const REPORT = 'org TTYT "Trung tâm Y tế" code TTYT\nreport BC issuer TTYT period Q1/2024\n---\n# I. KẾT QUẢ\n- Khám {x = 1} lượt.\n\nTheo [1300/QĐ-BYT] thì\n';
    test.each([
        ['typing at the end of a line', REPORT.replace(' thì\n', ' thì khám\n')],
        ['a new line in the middle', REPORT.replace('\n\n', '\nDòng mới.\n\n')],
        ['joining two lines', REPORT.replace('lượt.\n\n', 'lượt.\n')],
        ['removing the last line', REPORT.replace('Theo [1300/QĐ-BYT] thì\n', '')],
        ['appending at the end without a line break', `${REPORT}Kết luận`],
        ['changing a number inside {…}', REPORT.replace('{x = 1}', '{x = 12}')],
        ['turning prose into a heading', REPORT.replace('\nTheo', '\n## Theo')],
        ['an unclosed brace (a syntax error on the line)', REPORT.replace('{x = 1}', '{x = ')],
        ['an unclosed citation', REPORT.replace('[1300/QĐ-BYT]', '[1300/QĐ')],
    ])('%s', (_, changed) => {
        const reparsed = reparseBody(parser, parse(REPORT), changed);
        expect(reparsed).toBeDefined();
        expect(snapshot(reparsed!)).toEqual(snapshot(parse(changed)));
    });

    test.each([
        ['a change in the header', REPORT.replace('Q1/2024', 'Q2/2024')],
        ['a change on the --- line', REPORT.replace('---\n', '--- \n')],
        ['the same text', REPORT],
    ])('declines %s (a full parse is needed)', (_, changed) => {
        expect(reparseBody(parser, parse(REPORT), changed)).toBeUndefined();
    });

    // a quote typed in prose ends the string a `{… "` lines above opened: those lines become one block
    const OPEN_STRING = REPORT.replace('{x = 1}', '{x = 1 "a}');
    test.each([
        ['a quote that ends a string opened inside braces lines before', OPEN_STRING, OPEN_STRING.replace(' thì\n', ' thì "\n')],
        ['a backslash before a line break (joins the next line)', REPORT, REPORT.replace('lượt.\n', 'lượt.\\\n')],
        ['a lone carriage return (a line break to the lexer)', REPORT, REPORT.replace('Theo [', 'Theo\r[')],
    ])('declines %s', (_, before, changed) => {
        expect(reparseBody(parser, parse(before), changed)).toBeUndefined();
        expect(snapshot(parser.parse<Model>(changed))).toEqual(snapshot(parse(changed)));
    });

    // a file saved after corrections in several places (what `bcyt watch` reads): one place at a time
    const LONG = REPORT.replace('\n\nTheo', `\n${Array.from({ length: 30 }, (_, i) => `Dòng ${i} khám {x = ${i}} lượt.`).join('\n')}\n\nTheo`);
    const twoPlaces = (text: string) => text.replace('Dòng 2 khám', 'Dòng 2 đã khám').replace('{x = 27}', '{x = 270}');
    test.each([
        ['two lines changed far apart', LONG, twoPlaces(LONG)],
        ['a line added and a line removed far apart', LONG, LONG.replace('Dòng 3 khám {x = 3} lượt.\n', '').replace('Dòng 25', 'Mới.\nDòng 25')],
        ['four places', LONG, twoPlaces(LONG).replace('Dòng 10', 'Dòng mười').replace('Dòng 20', 'Dòng hai mươi')],
        ['a change in the header and one in the body', LONG, twoPlaces(LONG).replace('Q1/2024', 'Q2/2024')],
        ['six places (more than are told apart: one range)', LONG, LONG.replace(/Dòng (\d)\b/g, 'Dòng số $1')],
    ])('%s: step by step, the tree of a full parse', (_, before, changed) => {
        const steps = editSteps(before, changed);
        expect(steps.at(-1)).toBe(changed);
        let result: ParseResult<Model> | undefined = parse(before);
        for (const step of steps) result = result && reparseBody(parser, result, step);
        if (result) expect(snapshot(result)).toEqual(snapshot(parse(changed)));
        else expect(changed).toContain('Q2/2024');
    });

    test('the steps of a change in several places apply one place each', () => {
        const steps = editSteps(LONG, twoPlaces(LONG));
        expect(steps).toHaveLength(2);
        expect(steps[0]).toBe(LONG.replace('Dòng 2 khám', 'Dòng 2 đã khám'));
        expect(editSteps(LONG, LONG.replace('Dòng 2 khám', 'Dòng 2 đã khám'))).toHaveLength(1);
        expect(editSteps(LONG, LONG.replace(/Dòng (\d)\b/g, 'Dòng số $1'))).toHaveLength(1);
    });

    test('the changed range is the text between the common prefix and suffix', () => {
        expect(changedRange('abc\ndef\n', 'abc\nxdef\n')).toEqual({ start: 4, oldEnd: 4, newEnd: 5 });
        expect(changedRange('aaa', 'aaaa')).toEqual({ start: 3, oldEnd: 3, newEnd: 4 });
        expect(changedRange('ab\ncd\n', 'abcd\n')).toEqual({ start: 2, oldEnd: 3, newEnd: 2 });
    });
});
