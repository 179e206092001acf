import { createTwoFilesPatch } from 'diff';

/** A unified diff from an expected text to the found one (2 lines of context), for a failing test's message. */
export function unifiedDiff(name: string, expected: string, found: string): string {
    return createTwoFilesPatch(`${name} (expected)`, `${name} (found)`, expected, found, undefined, undefined, { context: 2 })
        .split('\n').slice(1).join('\n');
}
