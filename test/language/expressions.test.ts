import { describe, expect, test } from 'vitest';
import { AstUtils } from 'langium';
import * as ast from '../../language-server/src/generated/ast.js';
import { forEachIndicatorRef } from '../../language-server/src/evaluation/expressions.js';
import { check } from '../helpers.js';
import { report } from './seed-report.js';

const refText = (ref: ast.IndicatorRef) => ref.$cstNode?.text;

describe('forEachIndicatorRef', () => {
    test('finds the references a stream over the whole expression finds, in the order written', async () => {
        const checked = await check(report(
            'indicator f "F" unit trẻ = tre_sinh @ Q1/2024 + round(tre_sinh @ TTYT H1/2024 * 2, 1) - max(tre_sinh, 3)',
            '{tre_sinh @ Q5/2024 + prev(tre_sinh @ T13/2024) of plan(tre_sinh) = 5%} {min(abs(tre_sinh), tre_sinh @ TTYT) / 7}',
        ));
        const model = checked.documents['main.bcyt'].parseResult.value;
        const expressions = [
            ...model.elements.filter(ast.isIndicator).flatMap(i => i.formulas),
            ...AstUtils.streamAllContents(model).filter(ast.isInlineExpression).map(e => e.expression).toArray(),
        ];
        expect(expressions.length).toBeGreaterThan(2);
        for (const expression of expressions) {
            const walked: ast.IndicatorRef[] = [];
            forEachIndicatorRef(expression, ref => walked.push(ref));
            const streamed = [expression, ...AstUtils.streamAllContents(expression)].filter(ast.isIndicatorRef);
            expect(walked.map(refText)).toEqual(streamed.map(refText));
            expect(walked).toEqual(streamed);
        }
        const all: (string | undefined)[] = [];
        for (const expression of expressions) forEachIndicatorRef(expression, ref => all.push(refText(ref)));
        expect(all).toContain('tre_sinh @ TTYT H1/2024');
        expect(all).toContain('tre_sinh @ T13/2024');
    });

    test('nothing for no expression or a plain number', () => {
        const visited: unknown[] = [];
        forEachIndicatorRef(undefined, ref => visited.push(ref));
        expect(visited).toEqual([]);
    });
});
