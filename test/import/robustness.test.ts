import { readFileSync } from 'node:fs';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import { importDocument } from '../../src/import/draft.js';
import { ImportError } from '../../src/import/errors.js';
import { readSourceBytes } from '../../src/import/read-source.js';
import { checkFiles } from '../helpers.js';
import { starterCatalog } from './helpers.js';

/** A small seeded generator, so a failure repeats. */
function random(seed: number): () => number {
    let a = seed >>> 0;
    return () => {
        a = (a + 0x6d2b79f5) >>> 0;
        let t = Math.imul(a ^ (a >>> 15), a | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}

const SEED_TEXT = readFileSync('test/fixtures/seeds/001_316d7e0bfbb6ed84.txt', 'utf8');

/** Imports bytes as a file named `name`: an ImportError is an answer; anything else thrown is a crash. */
function attempt(name: string, bytes: Uint8Array): string | undefined {
    try {
        return importDocument(readSourceBytes(name, bytes), { catalog: starterCatalog(), outputDir: '/virtual' }).text;
    } catch (error) {
        if (error instanceof ImportError) return undefined;
        throw error;
    }
}

describe('no crash on any input', () => {
    test('cut and shuffled pieces of a seed, with the characters the language reserves, import and parse', async () => {
        const next = random(20260415);
        const lines = SEED_TEXT.split('\n');
        for (let round = 0; round < 30; round++) {
            const picked: string[] = [];
            for (let i = 0; i < 40; i++) {
                let line = lines[Math.floor(next() * lines.length)];
                const cut = Math.floor(next() * line.length);
                if (next() < 0.3) line = line.slice(0, cut) + ['{', '[', '\\', '|', '#', '}', '**', '---'][Math.floor(next() * 8)] + line.slice(cut);
                picked.push(line);
            }
            const text = attempt('x.txt', new TextEncoder().encode(picked.join('\n')));
            expect(text).toBeDefined();
            // the draft parses: no syntax error comes from the importer
            const checked = await checkFiles({ 'draft.bcyt': text! });
            expect(checked.diagnostics().filter(d => d.code === 'syntax-error'), text).toEqual([]);
        }
    });

    test('random bytes, and a Word file with bytes changed, are read or refused, never a crash', () => {
        const next = random(7);
        const word = zipSync({ 'word/document.xml': strToU8(`<?xml version="1.0"?><w:document xmlns:w="w"><w:body>${SEED_TEXT.split('\n').slice(0, 60).map(l => `<w:p><w:r><w:t>${l.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</w:t></w:r></w:p>`).join('')}</w:body></w:document>`) }, { level: 0 });
        for (let round = 0; round < 60; round++) {
            const bytes = Uint8Array.from({ length: 200 + Math.floor(next() * 2000) }, () => Math.floor(next() * 256));
            attempt('x.docx', bytes);
            attempt('x.txt', bytes);
            const damaged = Uint8Array.from(word);
            for (let k = 0; k < 5; k++) damaged[Math.floor(next() * damaged.length)] = Math.floor(next() * 256);
            attempt('x.docx', damaged);
        }
    });
});
