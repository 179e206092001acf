import { AstUtils, createLangiumParser } from 'langium';
import { describe, expect, test } from 'vitest';
import * as ast from '../../language-server/src/generated/ast.js';
import { nameKey } from '../../language-server/src/references/names.js';
import { check } from '../helpers.js';

/** Per mille and percent as Vietnamese authors type them (issue 13, point 4): [as written, the unit it states]. */
const SPELLINGS: Array<[string, '‰' | '%']> = [
    ['‰', '‰'], ['%o', '‰'], ['%0', '‰'], ['phần nghìn', '‰'], ['phần ngàn', '‰'],
    ['%', '%'], ['phần trăm', '%'],
    ['phần nghìn'.normalize('NFD'), '‰'], ['phần ngàn'.normalize('NFD'), '‰'], ['phần trăm'.normalize('NFD'), '%'],
    // â + combining grave: half composed, as some keyboards send it
    ['pha\u0302\u0300n nghìn'.normalize('NFC').replace('ầ', '\u00E2\u0300'), '‰'],
    ['phần  nghìn', '‰'], ['phần\tngàn', '‰'], ['Phần trăm', '%'],
];
/** with and without a space between the number and the unit */
const ROWS = SPELLINGS.flatMap(([written, unit]) => ['', ' '].map(space => [written, unit, space] as const));

const DECLARATIONS = `org TTYT "Trung tâm Y tế" code TTYT
indicator sinh "Số trẻ sinh" unit trẻ
indicator dan "Dân số" unit người
indicator tsst "Tỷ suất sinh thô" unit ‰ = sinh of dan
indicator tl "Tỷ lệ" unit %
`;

/** Every unit written after a number in the model: [node type, its text as written, the unit it links to (if linked)]. */
function unitsAfterNumbers(model: ast.Model, linked = true): Array<[string, string, string | undefined]> {
    return AstUtils.streamAst(model)
        .filter((node): node is ast.Quantity | ast.NumberLiteral => (ast.isQuantity(node) || ast.isNumberLiteral(node)) && node.unit !== undefined)
        .map(node => [node.$container!.$type, node.unit!.$refNode!.text, linked ? node.unit!.ref?.name : undefined] as [string, string, string | undefined])
        .toArray();
}

describe('per mille and percent as typed: the unit ‰ or %, the text as written', () => {
    test.each(ROWS)('%j with %j: in data, targets, stated numbers and expressions', async (written, unit, space) => {
        const u = `${space}${written}`;
        const indicator = unit === '‰' ? 'tsst' : 'tl';
        const text = `${DECLARATIONS}data TTYT 2023 {
  sinh = 147
  dan = 10000
  ${indicator} = 14,7${u}
}
target TTYT 2023 {
  ${indicator} <= 15${u}
}
report BC issuer TTYT period 2023
---
- Tỷ suất {${indicator} = 14,7${u}}, {sinh of dan = 14,7${u}}; {${indicator} - 1${u}}.
`;
        const checked = await check(text);
        const model = checked.documents['main.bcyt'].parseResult.value;
        expect(checked.diagnostics().filter(d => d.code === 'syntax-error' || d.code === 'unresolved-reference')).toEqual([]);
        const expected = ['DataValue', 'TargetValue', 'InlineExpression', 'InlineExpression', 'BinaryExpression'].map(type => [type, written, unit]);
        expect(unitsAfterNumbers(model)).toEqual(expected);
        // Langium's own parser reads the same units (the project's reads data blocks and the body by hand)
        const langium = createLangiumParser(checked.services).parse<ast.Model>(text);
        expect(langium.parserErrors).toEqual([]);
        expect(unitsAfterNumbers(langium.value, false)).toEqual(expected.map(([type, image]) => [type, image, undefined]));
        // stated per mille is per mille: 147 of 10,000 is 14,7 ‰, so no error or warning (the target's status is information)
        if (unit === '‰') expect(checked.diagnostics().filter(d => d.severity! <= 2).map(d => d.message)).toEqual([]);
    });

    test.each(SPELLINGS)('the name %j is looked up as %j', (written, unit) => {
        expect(nameKey(written)).toBe(nameKey(unit));
    });
});

describe('a plain word `phần` elsewhere keeps its meaning', () => {
    const TEXT = `${DECLARATIONS}unit phần
indicator phần "Phần được chia" unit phần
data TTYT 2023 {
  phần = 3 phần
  sinh = 5
  phần = 4
}
report BC issuer TTYT period 2023
---
- Chia {phần = 4 phần}, {phần + 5} phần nghìn, {sinh = 5} phần trăm dân số.
`;

    test('a unit named phần, an indicator named phần, prose after a brace', async () => {
        const checked = await check(TEXT);
        const model = checked.documents['main.bcyt'].parseResult.value;
        expect(checked.diagnostics().filter(d => d.code === 'syntax-error' || d.code === 'unresolved-reference')).toEqual([]);
        expect(unitsAfterNumbers(model)).toEqual([['DataValue', 'phần', 'phần'], ['InlineExpression', 'phần', 'phần']]);
        const refs = AstUtils.streamAst(model).filter(ast.isIndicatorRef).map(ref => ref.indicator.ref?.label).toArray();
        // the formula of tsst, then the body's
        expect(refs).toEqual(['Số trẻ sinh', 'Dân số', 'Phần được chia', 'Phần được chia', 'Số trẻ sinh']);
        const item = model.document!.body!.blocks[0] as ast.ListItem;
        expect(item.parts.filter(ast.isTextChunk).map(chunk => chunk.text)).toEqual(['Chia ', ', ', ' phần nghìn, ', ' phần trăm dân số.']);
    });

    test.each([
        ['%0 followed by a digit', '{tsst = 14,7 %01}'],
        ['%o followed by a letter', '{tsst = 14,7 %of}'],
        ['a unit phrase followed by a letter', '{tsst = 14,7 phần nghình}'],
        ['%o not after a number', '{tsst %o}'],
    ])('not a unit: %s (a syntax error, as before)', async (_, line) => {
        const checked = await check(`${DECLARATIONS}report BC issuer TTYT\n---\n${line}\n`);
        expect(checked.codes()).toContain('8:syntax-error');
        const units = unitsAfterNumbers(checked.documents['main.bcyt'].parseResult.value);
        expect(units.filter(([, , unit]) => unit === '‰')).toEqual([]);
    });
});

describe('`missing` is skip or zero', () => {
    test.each(['skip', 'zero'])('missing %s', async policy => {
        const checked = await check(`${DECLARATIONS}rule r "r" sinh <= dan missing ${policy}\n`);
        expect(checked.codes()).toEqual([]);
        expect((checked.documents['main.bcyt'].parseResult.value.elements[5] as ast.Rule).missing).toBe(policy);
    });

    test('`missing report` (once accepted, and read as skip) is a syntax error at `report`', async () => {
        const checked = await check(`${DECLARATIONS}rule r "r" sinh <= dan missing report\n`);
        const errors = checked.diagnostics().filter(d => d.code === 'syntax-error');
        expect(errors[0]?.range.start).toEqual({ line: 5, character: 31 });
        expect(errors[0]?.message).toContain('"report"');
    });
});
