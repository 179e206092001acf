import { describe, expect, test } from 'vitest';
import { AstUtils, URI } from 'langium';
import * as ast from '../../language-server/src/generated/ast.js';
import { parsePeriodLiteral, periodKey, type Period } from '../../language-server/src/semantics/periods.js';
import { documentContext, statementTarget } from '../../language-server/src/evaluation/world.js';
import { check } from '../helpers.js';

const period = (text: string): Period => {
    const parsed = parsePeriodLiteral(text);
    if (!parsed.ok) throw new Error(text);
    return parsed.period;
};

/** Evaluates indicator `name` for org `orgName` and a period, in a one-file world. */
async function valueOf(text: string, name: string, orgName: string, periodText: string, source: 'actual' | 'target' = 'actual') {
    const checked = await check(text);
    const model = checked.documents['main.bcyt'].parseResult.value;
    const indicator = [...AstUtils.streamAllContents(model), ...checked.services.shared.workspace.LangiumDocuments.all
        .flatMap(d => (d.parseResult.value as ast.Model).elements).toArray()]
        .find((n): n is ast.Indicator => ast.isIndicator(n) && n.name === name)!;
    const org = model.elements.find((e): e is ast.Org => ast.isOrg(e) && e.name === orgName)!;
    const session = checked.services.evaluation.Evaluator.session(model);
    const result = session.value(indicator, org, period(periodText), source);
    return result.ok ? result.value.toString() : { missing: result.missing.map(m => `${m.indicator.name}@${m.org?.name}`) };
}

const TREE = `
org TTYT "TTYT" code TTYT
org A "Trạm A" parent TTYT
org B "Trạm B" parent TTYT
indicator x "X" unit người
indicator r "Tỷ lệ" unit % = x / y
indicator y "Y" unit người
`;

describe('the evaluation engine', () => {
    test('given data wins', async () => {
        expect(await valueOf(`${TREE}data TTYT Q1/2024 {\n x = 7\n}`, 'x', 'TTYT', 'Q1/2024')).toBe('7');
    });

    test('counts roll up over child orgs when the parent has no value of its own', async () => {
        const text = `${TREE}data A Q1/2024 {\n x = 3\n}\ndata B Q1/2024 {\n x = 4\n}`;
        expect(await valueOf(text, 'x', 'TTYT', 'Q1/2024')).toBe('7');
    });

    test('a roll-up with a child missing reports the missing input, never guesses', async () => {
        const text = `${TREE}data A Q1/2024 {\n x = 3\n}`;
        expect(await valueOf(text, 'x', 'TTYT', 'Q1/2024')).toEqual({ missing: ['x@TTYT'] });
    });

    test('a ratio formula is scaled by its unit (%)', async () => {
        const text = `${TREE}data TTYT Q1/2024 {\n x = 1\n y = 8\n}`;
        expect(await valueOf(text, 'r', 'TTYT', 'Q1/2024')).toBe('12.5');
    });

    test('values before a reorganisation come from the orgs an org replaced', async () => {
        const text = `${TREE}org M "Trạm mới" parent TTYT replaces A, B from 1/7/2025
data A Q3/2024 {\n x = 3\n}\ndata B Q3/2024 {\n x = 4\n}\ndata M Q3/2025 {\n x = 9\n}`;
        expect(await valueOf(text, 'x', 'M', 'Q3/2024')).toBe('7');
        expect(await valueOf(text, 'x', 'M', 'Q3/2025')).toBe('9');
        expect(await valueOf(text, 'x', 'M', 'Q4/2025')).toEqual({ missing: ['x@M'] });
    });

    test('targets are read for the target source', async () => {
        expect(await valueOf(`${TREE}target TTYT 2024 {\n x >= 95\n}`, 'x', 'TTYT', '2024', 'target')).toBe('95');
    });

    test('cùng kỳ across a reorganisation: % of the same period for the new station', async () => {
        const text = `${TREE}org M "Trạm mới" parent TTYT replaces A, B from 1/7/2025
data A Q3/2024 {\n x = 30\n}\ndata B Q3/2024 {\n x = 50\n}
report R issuer M period Q3/2025
---
{x = 100} người, đạt {x of prev = 125%} so với cùng kỳ, {x of prev = 120%} sai.
`;
        const checked = await check(text);
        expect(checked.codes()).toEqual(['17:claim-mismatch']);
    });
    test('a formula that needs its own value ends, naming it missing, instead of looping', async () => {
        const text = `${TREE}indicator z "Z" unit người = z + x\ndata TTYT Q1/2024 {\n x = 3\n}`;
        expect(await valueOf(text, 'z', 'TTYT', 'Q1/2024')).toEqual({ missing: ['z@TTYT'] });
    });

    test('a session computes each (indicator, org, period) once, whatever the period notation', async () => {
        const checked = await check(`${TREE}data A Q1/2024 {\n x = 3\n}\ndata B Q1/2024 {\n x = 4\n}`);
        const model = checked.documents['main.bcyt'].parseResult.value;
        const x = model.elements.find((e): e is ast.Indicator => ast.isIndicator(e) && e.name === 'x')!;
        const ttyt = model.elements.find((e): e is ast.Org => ast.isOrg(e) && e.name === 'TTYT')!;
        const session = checked.services.evaluation.Evaluator.session(model);
        const first = session.value(x, ttyt, period('Q1/2024'));
        expect(first.ok && first.value.toString()).toBe('7');
        expect(session.value(x, ttyt, period('T1-T3/2024'))).toBe(first);
        expect(session.value(x, ttyt, period('Q1/2024'), 'target')).not.toBe(first);
        // shared: the checks, the printed document and hovers reuse it
        expect(checked.services.evaluation.Evaluator.session(model)).toBe(session);
        const world = session.world;
        // a change elsewhere in the workspace makes a new world, whose values are the same: kept
        await checked.services.shared.workspace.DocumentBuilder.update([], [URI.parse('file:///virtual/gone.bcyt')]);
        const after = checked.services.evaluation.Evaluator.session(checked.documents['main.bcyt'].parseResult.value);
        expect(after.world).not.toBe(world);
        expect(after.value(x, ttyt, period('Q1/2024'))).toBe(first);
    });
    test('a statement target is worked out once per context, afresh for another context', async () => {
        const checked = await check(`${TREE}report BC issuer TTYT period Q1/2024 date 14/4/2024\n---\n- {x = 7} và {prev(x @ A) = 3} và {x of prev = 5%}.`);
        const model = checked.documents['main.bcyt'].parseResult.value;
        const [statement, previous, share] = AstUtils.streamAllContents(model).filter(ast.isInlineExpression).toArray();
        const context = documentContext(model);
        const target = statementTarget(statement, context)!;
        expect([target.indicator.name, target.org.name, periodKey(target.period)]).toEqual(['x', 'TTYT', '2024:01-03']);
        expect(statementTarget(statement, context)).toBe(target);
        const before = statementTarget(previous, context)!;
        expect([before.org.name, periodKey(before.period)]).toEqual(['A', '2023:01-03']);
        expect(statementTarget(share, context)).toBeUndefined();
        const other = { ...context, period: period('Q2/2024') };
        expect(periodKey(statementTarget(statement, other)!.period)).toBe('2024:04-06');
    });
});
