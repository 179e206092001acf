import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { checkFiles as cliCheck, runCheck } from '../../src/cli/check.js';
import { parseConfiguration } from '../../language-server/src/validation/configuration.js';
import { NodeFileSystem } from 'langium/node';
import { createBcytServices } from '../../language-server/src/bcyt-module.js';
import { loadFiles } from '../../language-server/src/workspace/headless.js';

const folder = mkdtempSync(join(tmpdir(), 'bcyt-config-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** Seed 001's "đạt 88,5 so với cùng kỳ": a number-format warning and a missing-data information. */
const REPORT = `org SYT "Sở Y tế Thanh Hóa" code SYT
org TTYT "Trung tâm Y tế Hoằng Hóa" code TTYT parent SYT
report BC issuer TTYT period Q1/2024 date 14/4/2024
---
- Số trẻ tiêm sởi mũi 2 là {tre_tiem_soi_2 = 821} trẻ, đạt {tre_tiem_soi_2 of prev = 88,5} so với cùng kỳ.
`;

function write(path: string, text: string): string {
    const full = join(folder, path);
    mkdirSync(join(full, '..'), { recursive: true });
    writeFileSync(full, text);
    return full;
}

async function severities(file: string): Promise<string[]> {
    const { diagnostics } = await cliCheck([file], 'vi');
    return diagnostics.map(d => `${d.code}:${d.severity}`).sort();
}

describe('bcyt.config.json: severity per code, ESLint style', () => {
    test('without a configuration, the codes\' own severities', async () => {
        expect(await severities(write('plain/bc.bcyt', REPORT))).toEqual(['missing-data:information', 'number-format:warning']);
    });

    test('"off" drops a code, a level replaces its severity; found by walking up from the file', async () => {
        write('workspace/bcyt.config.json', JSON.stringify({ severity: { 'missing-data': 'off', 'number-format': 'error' } }));
        const file = write('workspace/bao-cao/2024/bc.bcyt', REPORT);
        expect(await severities(file)).toEqual(['number-format:error']);
    });

    test('the nearest configuration wins', async () => {
        write('nested/bcyt.config.json', JSON.stringify({ severity: { 'number-format': 'off' } }));
        write('nested/inner/bcyt.config.json', JSON.stringify({ severity: { 'number-format': 'hint' } }));
        expect(await severities(write('nested/inner/bc.bcyt', REPORT))).toEqual(['missing-data:information', 'number-format:hint']);
    });

    test('the editor\'s bcyt.severity setting wins over the workspace file', async () => {
        write('editor/bcyt.config.json', JSON.stringify({ severity: { 'number-format': 'error', 'missing-data': 'off' } }));
        const file = write('editor/bc.bcyt', REPORT);
        const { Bcyt } = createBcytServices(NodeFileSystem);
        Bcyt.workspace.Settings.update({ severity: { 'number-format': 'information' } });
        const [document] = (await loadFiles(Bcyt, [file])).documents;
        expect(document.diagnostics!.map(d => `${d.code}:${d.severity}`)).toEqual(['number-format:3']);
    });

    test('the CLI exit code follows the configured severities', async () => {
        const file = write('exit/bc.bcyt', REPORT);
        const quiet = { format: 'json', lang: 'vi' } as const;
        const write0 = process.stdout.write.bind(process.stdout);
        process.stdout.write = (() => true) as typeof process.stdout.write;
        try {
            expect(await runCheck([file], quiet)).toBe(0);
            write('exit/bcyt.config.json', '{"severity": {"number-format": "error"}}');
            expect(await runCheck([file], quiet)).toBe(1);
        } finally {
            process.stdout.write = write0;
        }
    });

    test('a configuration that cannot be read is reported on the checked file, not thrown', async () => {
        write('broken/bcyt.config.json', '{"severity": {"number-format": "loud", "no-such-code": "off"');
        expect(await severities(write('broken/bc.bcyt', REPORT))).toEqual(['config-invalid:warning', 'missing-data:information', 'number-format:warning']);
        write('broken/bcyt.config.json', '{"severity": {"number-format": "loud", "no-such-code": "off"}}');
        const { diagnostics } = await cliCheck([join(folder, 'broken/bc.bcyt')], 'vi');
        expect(diagnostics.filter(d => d.code === 'config-invalid').map(d => d.message)).toEqual([
            `Tệp cấu hình ${join(folder, 'broken/bcyt.config.json')}: "number-format": mức phải là error, warning, information, hint hoặc off`,
            `Tệp cấu hình ${join(folder, 'broken/bcyt.config.json')}: "no-such-code": không có mã chẩn đoán này`,
        ]);
    });
});

describe('parseConfiguration', () => {
    test.each([
        ['{"severity": {"missing-data": "off", "number-format": "error"}}', [['missing-data', 'off'], ['number-format', 'error']], []],
        ['{}', [], []],
        ['{"severity": ["missing-data"]}', [], ['shape']],
        ['{"severity": {"missing-data": 3}}', [], ['level']],
        ['not json', [], ['json']],
        ['\uFEFF{"severity": {"missing-data": "off"}}', [['missing-data', 'off']], []],
        ['[1,2]', [], ['shape']],
        ['null', [], ['shape']],
    ])('%s', (text, levels, problems) => {
        const configuration = parseConfiguration(text, 'bcyt.config.json');
        expect([...configuration.severity]).toEqual(levels);
        expect(configuration.problems.map(p => p.reason)).toEqual(problems);
    });
});
