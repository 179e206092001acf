import { defineConfig } from 'vitest/config';

/**
 * Two projects: every test with the project's parser (Langium with the fast path), and the
 * examples and the checks again with `BCYT_PARSER=langium` (Langium's parser alone), so that a
 * difference the fast path makes shows as a failing check, not as a silent change.
 */
const LANGIUM_ALONE = ['test/examples.test.ts', 'test/language/parser-choice.test.ts', 'test/language/checks*.test.ts', 'test/checks/**/*.test.ts'];

export default defineConfig({
    test: {
        setupFiles: ['./language-server/src/polyfill.ts'],
        testTimeout: 60_000,
        projects: [
            { extends: true, test: { name: 'fast', include: ['test/**/*.test.ts'] } },
            { extends: true, test: { name: 'langium', include: LANGIUM_ALONE, env: { BCYT_PARSER: 'langium' } } },
        ],
    },
});
