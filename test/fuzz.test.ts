import { describe, expect, test } from 'vitest';
import { describeInput, runFuzz } from '../scripts/fuzz/fuzz.mjs';

/**
 * Seeded mutations of every example (scripts/fuzz/mutate.mjs: truncations, deletions,
 * duplications, random characters, invalid UTF-8, CR and CRLF, deep nesting, long lines, huge
 * numbers) for about a minute. For each input no exception escapes the checker, completion,
 * hover or the DOCX renderer and the check takes at most 2 s of CPU; for every 20th `bcyt
 * check` exits 0, 1 or 2 with JSON and no stack; for every 10th the stdio language server
 * publishes diagnostics and answers completion and hover. `npm run fuzz -- --minutes N` runs
 * longer and from another seed.
 */
describe('fuzz', () => {
    test('a minute of mutated examples: no failure', async () => {
        const { tried, failures } = await runFuzz({ seconds: 50, seed: 20_240_414 });
        expect(tried).toBeGreaterThan(20);
        expect(failures.map((f: { input: Parameters<typeof describeInput>[0]; problems: string[] }) =>
            `${describeInput(f.input)}: ${f.problems.join('; ').slice(0, 1000)}`)).toEqual([]);
    }, 240_000);
});
