import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import * as textmate from 'vscode-textmate';
import { beforeAll, describe, expect, test } from 'vitest';

/**
 * The extension's TextMate grammar (syntaxes/bcyt.tmLanguage.json), run by the engine VS Code
 * runs it with (vscode-textmate on Oniguruma): what a stretch of text is highlighted as.
 */
const GRAMMAR = join(import.meta.dirname, '../../syntaxes/bcyt.tmLanguage.json');
let grammar: textmate.IGrammar;

beforeAll(async () => {
    const wasm = readFileSync(createRequire(import.meta.url).resolve('vscode-oniguruma/release/onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer as ArrayBuffer);
    const registry = new textmate.Registry({
        onigLib: Promise.resolve({
            createOnigScanner: patterns => new oniguruma.OnigScanner(patterns),
            createOnigString: text => new oniguruma.OnigString(text),
        }),
        loadGrammar: async scope => (scope === 'source.bcyt' ? textmate.parseRawGrammar(readFileSync(GRAMMAR, 'utf8'), GRAMMAR) : null),
    });
    grammar = (await registry.loadGrammar('source.bcyt'))!;
});

/** The texts of `lines` (the last one's tokens) whose innermost scope is `scope`. */
function highlighted(lines: string[], scope: string): string[] {
    let state = textmate.INITIAL;
    let found: string[] = [];
    for (const line of lines) {
        const result = grammar.tokenizeLine(line, state);
        found = result.tokens.filter(token => token.scopes.at(-1) === scope).map(token => line.slice(token.startIndex, token.endIndex));
        state = result.ruleStack;
    }
    return found;
}

const UNIT = 'entity.name.type.unit.bcyt';

describe('per mille and percent as typed are highlighted as units', () => {
    const spellings = ['%o', '%0', '‰', '%', 'phần nghìn', 'phần ngàn', 'phần trăm', 'phần nghìn'.normalize('NFD'), 'phần trăm'.normalize('NFD')];
    test.each(spellings.flatMap(unit => [[unit, ' '], [unit, '']]))('%j after a number (space: %j)', (unit, space) => {
        expect(highlighted(['data TTYT 2023 {', `  ty_suat_sinh = 14,7${space}${unit}`], UNIT)).toEqual([unit]);
        expect(highlighted(['---', `- Tỷ suất sinh {ty_suat_sinh = 14,7${space}${unit}} trẻ.`], UNIT)).toEqual([unit]);
    });

    test.each([
        ['a word after a number is a unit', '  x = 13 xã', ['xã']],
        ['`phần` alone is a unit word', '  x = 3 phần', ['phần']],
        ['`%0` followed by a digit is not per mille: `%` then a number, as the lexer reads it', '  x = 3 %01', ['%']],
    ])('%s', (_, line, units) => {
        expect(highlighted(['data TTYT 2023 {', line], UNIT)).toEqual(units);
    });
});

describe('the fields of a legal declaration are keywords', () => {
    test('alias and period, with the span\'s years as numbers', () => {
        const line = 'legal "06/QĐ-TTg" type "Quyết định" alias "Đề án 06" period 2022-2025';
        expect(highlighted([line], 'keyword.other.bcyt')).toEqual(['type', 'alias', 'period']);
    });
});
