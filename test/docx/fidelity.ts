import { comparisonKey } from '../../language-server/src/semantics/vietnamese.js';

/**
 * How faithfully a built document reproduces a seed: the share of the seed's words that
 * appear in the built text in the same order (longest common subsequence of word sequences).
 * Words are compared by their Vietnamese comparison key (NFC, case, both tone placements:
 * "HOÀ" = "hòa"), without the punctuation around them.
 */
export function words(text: string): string[] {
    return comparisonKey(text)
        .split(/\s+/)
        .map(word => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
        .filter(Boolean);
}

/** Length of the longest common subsequence, in O(n·m) time and O(m) memory. */
export function commonSubsequenceLength(a: readonly string[], b: readonly string[]): number {
    const ids = new Map<string, number>();
    const id = (w: string) => {
        let v = ids.get(w);
        if (v === undefined) ids.set(w, v = ids.size);
        return v;
    };
    const x = Int32Array.from(a, id);
    const y = Int32Array.from(b, id);
    let previous = new Int32Array(y.length + 1);
    let current = new Int32Array(y.length + 1);
    for (let i = 1; i <= x.length; i++) {
        for (let j = 1; j <= y.length; j++) {
            current[j] = x[i - 1] === y[j - 1] ? previous[j - 1] + 1 : Math.max(previous[j], current[j - 1]);
        }
        [previous, current] = [current, previous];
    }
    return previous[y.length];
}

/** Share (0–1) of the seed's words reproduced in order by the built text. */
export function reproducedShare(seed: string, built: string): { share: number; seedWords: number; reproduced: number } {
    const seedWords = words(seed);
    const reproduced = commonSubsequenceLength(seedWords, words(built));
    return { share: seedWords.length ? reproduced / seedWords.length : 1, seedWords: seedWords.length, reproduced };
}
