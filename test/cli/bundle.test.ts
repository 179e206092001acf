import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from 'vitest';
import { runBcyt, workspace } from '../files.js';

const BUNDLE = resolve(__dirname, '../../out/bundle/cli.cjs');

test('the CLI bundle is ASCII (V8 holds it in one byte a character) and still says Vietnamese', () => {
    const source = readFileSync(BUNDLE, 'utf8');
    expect(source.length).toBeGreaterThan(100_000);
    expect(source.match(/[\u0080-\uFFFF]/g)).toBeNull();
    const result = runBcyt(['data', 'import', 'khong-co.csv', '--into', 'a.bcyt'], workspace({ 'a.bcyt': 'org A "Trạm Y tế xã A"\n' }));
    expect(result).toMatchObject({ code: 2, stdout: '', stderr: 'bcyt: khong-co.csv: không tìm thấy tệp\n' });
});
