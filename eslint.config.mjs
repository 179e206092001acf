// ESLint 9 flat config: eslint's and typescript-eslint's recommended rules, without type
// information, so that a lint of the whole repository takes seconds.
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
    // generated (never edited by hand), compiled, bundled or written by runs
    globalIgnores([
        'language-server/src/generated/', 'out/', 'dist/', '**/*.vsix',
        'tmp/', 'scratch/', 'bench/out/', 'examples/out/', '.vitest-cache/',
    ]),
    js.configs.recommended,
    tseslint.configs.recommended,
    {
        languageOptions: { globals: globals.node },
        // a disable comment that no longer silences anything fails the lint: none outlives its reason
        linterOptions: { reportUnusedDisableDirectives: 'error' },
        rules: {
            // an argument kept for its position is named with an underscore; `{ a: _a, ...rest }` drops a
            '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', ignoreRestSiblings: true }],
        },
    },
);
