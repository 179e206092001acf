import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { NodeFileSystem } from 'langium/node';
import { describe, expect, test } from 'vitest';
import { createBcytServices } from '../../language-server/src/bcyt-module.js';
import { DIAGNOSTIC_CODES } from '../../language-server/src/validation/diagnostic-codes.js';
import { CHECK_FAMILIES, DOCUMENT_VALIDATOR_CODES } from '../../language-server/src/validation/families.js';
import { loadFiles } from '../../language-server/src/workspace/headless.js';

/**
 * The module file is the map (issue 14): every diagnostic code has exactly one owner — a check
 * family declared in the module, or the document validator — a row in docs/CHECKS.md, and a test
 * that names it; and a family reports only the codes it owns.
 */
const CODES = Object.keys(DIAGNOSTIC_CODES);

function filesUnder(folder: string): string[] {
    return readdirSync(folder).flatMap(name => {
        const path = join(folder, name);
        return statSync(path).isDirectory() ? filesUnder(path) : [path];
    });
}

describe('the module file is the map', () => {
    const { Bcyt } = createBcytServices(NodeFileSystem);
    const families = Bcyt.validation.Families;
    const owners = new Map<string, string[]>();
    for (const name of Object.keys(CHECK_FAMILIES) as Array<keyof typeof CHECK_FAMILIES>) {
        for (const code of families[name].codes) owners.set(code, [...(owners.get(code) ?? []), name]);
    }
    for (const code of DOCUMENT_VALIDATOR_CODES) owners.set(code, [...(owners.get(code) ?? []), 'DocumentValidator']);

    test.each(CODES)('%s has exactly one owner', code => {
        expect(owners.get(code) ?? []).toHaveLength(1);
    });

    test('no family or validator owns a code that is not defined', () => {
        expect([...owners.keys()].filter(code => !CODES.includes(code))).toEqual([]);
    });

    const checks = readFileSync('docs/CHECKS.md', 'utf8');
    const rows = checks.split('\n').filter(line => line.startsWith('| `'));
    test.each(CODES)('%s has a row in docs/CHECKS.md', code => {
        expect(rows.some(row => row.split('|')[1].includes(`\`${code}\``))).toBe(true);
    });

    const tests = filesUnder('test').filter(path => path.endsWith('.ts') && !path.endsWith('module-map.test.ts'))
        .map(path => readFileSync(path, 'utf8')).join('\n');
    test.each(CODES)('%s is named by a test', code => {
        expect(tests.includes(`'${code}`) || tests.includes(`"${code}`) || tests.includes(`:${code}'`)).toBe(true);
    });

    test('a family reports only what it owns (the examples and a document of every slip)', async () => {
        const { Bcyt: services } = createBcytServices(NodeFileSystem);
        await loadFiles(services, ['examples', 'test/fixtures/module-map']);
        expect([...services.validation.BcytValidator.strayCodes]).toEqual([]);
    });
});
