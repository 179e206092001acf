import { createLangiumParser, EmptyFileSystem, type LangiumParser } from 'langium';
import { describe, expect, test } from 'vitest';
import { createBcytServices } from '../../language-server/src/bcyt-module.js';
import * as ast from '../../language-server/src/generated/ast.js';

const { Bcyt } = createBcytServices(EmptyFileSystem);
/** the project's parser (the body's `{…}` read by the fast path) and Langium's own */
const PARSERS: Array<[string, LangiumParser]> = [['project', Bcyt.parser.LangiumParser], ['langium', createLangiumParser(Bcyt)]];

/** An expression as a prefix form: `(- (of a plan) (of (prev a) plan))`. */
function shape(e: ast.Expression | undefined): string {
    if (!e) return '?';
    if (ast.isBinaryExpression(e)) return `(${e.operator} ${shape(e.left)} ${shape(e.right)})`;
    if (ast.isPercentOf(e)) return `(of ${shape(e.part)} ${shape(e.whole)})`;
    if (ast.isIndicatorRef(e)) return e.indicator.$refText + (e.org ? `@${e.org.$refText}` : '');
    if (ast.isNumberLiteral(e)) return e.value + (e.unit ? e.unit.$refText : '');
    if (ast.isPlanOf(e) || ast.isPrevOf(e)) return e.argument ? `(${ast.isPlanOf(e) ? 'plan' : 'prev'} ${shape(e.argument)})` : ast.isPlanOf(e) ? 'plan' : 'prev';
    if (ast.isFunctionCall(e)) return `(${e.function} ${e.args.map(shape).join(' ')})`;
    return e.$type;
}

const HEAD = 'org TTYT "Trung tâm Y tế" code TTYT\n';

// `of` binds tighter than + and -, looser than * and / (issue 13, point 5)
const SHAPES: Array<[string, string]> = [
    ['a of plan - prev(a) of plan', '(- (of a plan) (of (prev a) plan))'],
    ['a + b of c', '(+ a (of b c))'],
    ['a of b + c', '(+ (of a b) c)'],
    ['(a + b) of c', '(of (+ a b) c)'],
    ['a of (b + c)', '(of a (+ b c))'],
    ['a - b - c of d', '(- (- a b) (of c d))'],
    ['a * b of c / d', '(of (* a b) (/ c d))'],
    ['a of b * c', '(of a (* b c))'],
    ['prev(a of plan)', '(prev (of a plan))'],
    ['tre_tiem_chung_day_du of plan', '(of tre_tiem_chung_day_du plan)'],
    ['x @ TTYT of x - 1', '(- (of x@TTYT x) 1)'],
    ['round(a of b, 1) - 5', '(- (round (of a b) 1) 5)'],
    ['a of b - prev(a) of prev(b) + c', '(+ (- (of a b) (of (prev a) (prev b))) c)'],
];

describe('`of` binds tighter than + and -', () => {
    describe.each(PARSERS)('%s parser', (_, parser) => {
        test.each(SHAPES)('{%s} in the body', (expression, expected) => {
            const result = parser.parse<ast.Model>(`${HEAD}report BC issuer TTYT\n---\n- Đạt {${expression} = 5%} kế hoạch.\n`);
            expect(result.parserErrors).toEqual([]);
            const parts = (result.value.document!.body!.blocks[0] as ast.ListItem).parts;
            expect(shape((parts[1] as ast.InlineExpression).expression)).toBe(expected);
        });

        test.each(SHAPES)('an indicator formula = %s', (expression, expected) => {
            const result = parser.parse<ast.Model>(`${HEAD}indicator z "Z" unit % = ${expression}\n`);
            expect(result.parserErrors).toEqual([]);
            expect(shape((result.value.elements[1] as ast.Indicator).formulas[0])).toBe(expected);
        });

        test.each(SHAPES)('both sides of a rule: %s', (expression, expected) => {
            const result = parser.parse<ast.Model>(`${HEAD}rule r "r" ${expression} <= ${expression} missing zero\n`);
            expect(result.parserErrors).toEqual([]);
            const rule = result.value.elements[1] as ast.Rule;
            expect([shape(rule.left), shape(rule.right), rule.missing]).toEqual([expected, expected, 'zero']);
        });

        test.each([
            ['a of b of c'],
            ['(a of b) of c of d'],
        ])('{%s} is a syntax error: a share of a share needs its parentheses', expression => {
            const result = parser.parse<ast.Model>(`${HEAD}report BC issuer TTYT\n---\n{${expression}}\n`);
            expect(result.parserErrors.map(e => e.token.image)).toEqual(['of']);
        });

        test('`(a of b) of c` is a share of a share, written out', () => {
            const result = parser.parse<ast.Model>(`${HEAD}report BC issuer TTYT\n---\n{(a of b) of c}\n`);
            expect(result.parserErrors).toEqual([]);
            const line = result.value.document!.body!.blocks[0] as ast.TextLine;
            expect(shape((line.parts[0] as ast.InlineExpression).expression)).toBe('(of (of a b) c)');
        });
    });
});
