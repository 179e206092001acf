import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Ajv from 'ajv-draft-04';
import type * as Sarif from 'sarif';
import { describe, expect, test } from 'vitest';
import { DIAGNOSTIC_CODES } from '../../language-server/src/validation/diagnostic-codes.js';
import { rulesHelp } from '../../src/cli/rules.js';

const BCYT = resolve('bin/bcyt.js');
const run = (args: string[], cwd: string) => spawnSync(process.execPath, [BCYT, ...args], { cwd, encoding: 'utf8' });

function workspace(files: Record<string, string>): string {
    const dir = mkdtempSync(join(tmpdir(), 'bcyt-formats-'));
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    return dir;
}

/** The five seed documents and their catalogs, with every kind of finding they have. */
function examples(): string {
    const dir = mkdtempSync(join(tmpdir(), 'bcyt-formats-examples-'));
    cpSync(resolve('examples'), dir, { recursive: true });
    return dir;
}

const CATALOG = 'org TTYT "Trung tâm Y tế Hoằng Hóa" code TTYT\nindicator bai "Số bài viết" unit bài = bai_a + bai_b\nindicator bai_a "A" unit bài\nindicator bai_b "B" unit bài\n';
const BAD = 'import "catalog"\nreport R issuer TTYT period Q1/2024\n---\nSố bài viết là {bai = 530} bài, gồm {bai_a = 10} và {bai_b = 20} bài, bài A chiếm {bai_a of bai = 50%}.\n';

describe('bcyt check --format sarif', () => {
    const dir = examples();
    const result = run(['check', '.', '--format', 'sarif'], dir);
    const log = JSON.parse(result.stdout) as Sarif.Log;
    const [sarifRun] = log.runs;
    const rules = sarifRun.tool.driver.rules!;

    test('validates against the SARIF 2.1.0 schema (OASIS, errata 01)', () => {
        expect(result.status).toBe(1);
        const schema = JSON.parse(readFileSync(resolve('test/fixtures/sarif/sarif-schema-2.1.0.json'), 'utf8'));
        const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
        const valid = validate(log);
        expect(validate.errors ?? []).toEqual([]);
        expect(valid).toBe(true);
        expect(sarifRun.results!.length).toBeGreaterThan(20);
        expect(sarifRun.results!.some(r => r.fixes?.length)).toBe(true);
    });

    test("meets GitHub code scanning's rules: one location with a relative path and a region, ruleIndex, level", () => {
        expect(log.version).toBe('2.1.0');
        expect(sarifRun.tool.driver.name).toBe('bcyt');
        expect(new Set(rules.map(r => r.id)).size).toBe(rules.length);
        for (const r of sarifRun.results!) {
            expect(rules[r.ruleIndex!].id).toBe(r.ruleId);
            expect(['none', 'note', 'warning', 'error']).toContain(r.level);
            expect(r.message.text).toBeTruthy();
            expect(r.locations).toHaveLength(1);
            const physical = r.locations![0].physicalLocation!;
            expect(physical.artifactLocation!.uri).toMatch(/^[^/:][^:]*\.bcyt$/);
            expect(physical.region!.startLine).toBeGreaterThanOrEqual(1);
            expect(physical.region!.startColumn).toBeGreaterThanOrEqual(1);
            expect(physical.region!.endLine).toBeGreaterThanOrEqual(physical.region!.startLine!);
        }
        expect(sarifRun.results!.length).toBeLessThanOrEqual(25_000);
    });

    test('every code is a rule with the help of its row in docs/CHECKS.md', () => {
        const help = rulesHelp();
        expect(rules.map(r => r.id)).toEqual(Object.keys(DIAGNOSTIC_CODES));
        for (const rule of rules) {
            expect(help.get(rule.id), rule.id).toBeDefined();
            expect(rule.fullDescription!.text).not.toContain('`');
            expect(rule.help!.markdown).toContain(help.get(rule.id)!.finds);
        }
        const sum = rules.find(r => r.id === 'sum-mismatch')!;
        expect(sum.shortDescription!.text).toBe('a total that differs from the sum of its parts');
        expect(sum.defaultConfiguration!.level).toBe('error');
        expect(rules.find(r => r.id === 'target-status')!.defaultConfiguration!.level).toBe('note');
    });

    test('a finding with a quick fix carries it as a SARIF fix in the same region', () => {
        const small = run(['check', 'bc.bcyt', '--format', 'sarif', '--lang', 'en'], workspace({ 'catalog.bcyt': CATALOG, 'bc.bcyt': BAD }));
        const results = (JSON.parse(small.stdout) as Sarif.Log).runs[0].results!;
        const sum = results.find(r => r.ruleId === 'sum-mismatch')!;
        expect(sum.locations![0].physicalLocation).toEqual({
            artifactLocation: { uri: 'bc.bcyt', uriBaseId: '%SRCROOT%' },
            region: { startLine: 4, startColumn: 23, endLine: 4, endColumn: 26 },
        });
        expect(sum.fixes).toEqual([{
            description: { text: expect.stringContaining('30') },
            artifactChanges: [{
                artifactLocation: { uri: 'bc.bcyt', uriBaseId: '%SRCROOT%' },
                replacements: [{ deletedRegion: { startLine: 4, startColumn: 23, endLine: 4, endColumn: 26 }, insertedContent: { text: '30' } }],
            }],
        }]);
    });
});

describe('bcyt check --format github', () => {
    test('one workflow command per finding, escaped as the runner expects', () => {
        const dir = workspace({ 'catalog.bcyt': CATALOG, 'bc, quý 1: bản 2.bcyt': BAD });
        const result = run(['check', 'bc, quý 1: bản 2.bcyt', '--format', 'github'], dir);
        expect(result.status).toBe(1);
        // the messages are the checker's (as --format json gives them); a % in them is written %25
        const messages = JSON.parse(run(['check', 'bc, quý 1: bản 2.bcyt', '--format', 'json'], dir).stdout).diagnostics
            .map((d: { message: string }) => d.message.replace(/%/g, '%25'));
        expect(messages[1]).toMatch(/^Số nêu 50%25 /);
        expect(result.stdout).toBe(
            `::error file=bc%2C quý 1%3A bản 2.bcyt,line=4,endLine=4,col=23,endColumn=26,title=bcyt sum-mismatch::${messages[0]}\n`
            + `::error file=bc%2C quý 1%3A bản 2.bcyt,line=4,endLine=4,col=99,endColumn=101,title=bcyt claim-mismatch::${messages[1]}\n`,
        );
    });

    test('warnings and information are warnings and notices', () => {
        const dir = workspace({ 'a.bcyt': 'indicator x "X" unit người\nindicator y "Y" unit người\nrule r x <= y severity warning\norg T "T"\ndata T 2024 {\n x = 5\n y = 1\n}\n' });
        const result = run(['check', 'a.bcyt', '--format', 'github'], dir);
        expect(result.status).toBe(0);
        expect(result.stdout).toMatch(/^::warning file=a\.bcyt,line=6,endLine=6,col=6,endColumn=7,title=bcyt rule-violated::Vi phạm quy tắc "r"/);
    });
});
