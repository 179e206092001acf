import { describe, expect, test } from 'vitest';
import { checkFiles } from '../helpers.js';

/**
 * Import graphs: each document's imports are resolved once per parse and its visible set once
 * per workspace state (workspace/imports.ts). Walked per reference and per check, these took
 * 27 s (200 files importing each other) and 12 s (a chain of 2 000).
 */
describe('import graphs', () => {
    test('200 files that all import each other: every name resolves, nothing is reported', async () => {
        const files: Record<string, string> = {};
        for (let i = 0; i < 200; i++) {
            const imports = Array.from({ length: 200 }, (_, j) => j === i ? '' : `import "f${j}"\n`).join('');
            files[`f${i}.bcyt`] = `${imports}indicator x${i} "X${i}" unit người = x${(i + 1) % 200} + x${(i + 7) % 200}\n`;
        }
        const checked = await checkFiles(files);
        expect(Object.keys(files).flatMap(name => checked.codes(name))).toEqual([]);
    });

    test('a chain of 2 000 imports: the first file sees the last one\'s names', async () => {
        const files: Record<string, string> = {};
        for (let i = 0; i < 2000; i++) {
            files[`f${i}.bcyt`] = `${i < 1999 ? `import "f${i + 1}"\n` : ''}indicator x${i} "X${i}" unit người\n`;
        }
        files['f0.bcyt'] += 'indicator tong "Tổng" unit người = x0 + x1999\nindicator x1999 "Trùng tên" unit người\n';
        const checked = await checkFiles(files);
        expect(checked.codes('f0.bcyt')).toEqual(['4:duplicate-name']);
        expect(checked.codes('f1000.bcyt')).toEqual([]);
    });
});

describe('import paths', () => {
    test('half a surrogate pair in an import path: not found, nothing thrown', async () => {
        const checked = await checkFiles({ 'a.bcyt': 'import "x\uD800y"\nindicator x "X" unit người\n' });
        expect(checked.codes()).toEqual(['1:character-invalid', '1:unresolved-reference']);
    });
});
