import { defineConfig } from 'vitest/config';

export default defineConfig({
    test: {
        include: ['test/**/*.test.ts'],
        setupFiles: ['./language-server/src/polyfill.ts'],
        testTimeout: 60_000,
    },
});
