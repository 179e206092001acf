import type { ProseLine, Sentence, SentenceChange, Word, WordPiece } from './model.js';
import { align } from './align.js';
import { lineSentences, sentenceText } from './words.js';

/** Sentences this alike (shared words over all words, Dice) are one sentence edited. */
const SAME_SENTENCE = 0.5;

/**
 * Sentences added, removed and edited (with their word diff). Lines are aligned as written
 * first (a 5,000-line report is read word by word only where it changed); in each run of lines
 * that differ, the sentences are aligned by their words (a stated number does not count), and
 * a removed sentence is paired with the most alike added one after the previous pair.
 */
export function compareProse(before: readonly ProseLine[], after: readonly ProseLine[]): SentenceChange[] {
    return align(before, after, line => line.text).filter(hunk => !hunk.same).flatMap(hunk =>
        compareSentences(hunk.before.flatMap(lineSentences), hunk.after.flatMap(lineSentences)));
}

function compareSentences(before: readonly Sentence[], after: readonly Sentence[]): SentenceChange[] {
    const changes: SentenceChange[] = [];
    for (const hunk of align(before, after, s => s.key)) {
        if (hunk.same) continue;
        const added = hunk.after;
        let next = 0;
        for (const old of hunk.before) {
            let best = -1;
            let score = SAME_SENTENCE;
            for (let k = next; k < added.length; k++) {
                const s = similarity(old, added[k]);
                if (s >= score) {
                    best = k;
                    score = s;
                }
            }
            if (best < 0) {
                changes.push({ change: 'removed', line: old.line, old: sentenceText(old.words), new: null, words: [] });
                continue;
            }
            for (; next < best; next++) changes.push(addedSentence(added[next]));
            changes.push({
                change: 'changed', line: added[best].line, old: sentenceText(old.words), new: sentenceText(added[best].words),
                words: wordDiff(old.words, added[best].words),
            });
            next = best + 1;
        }
        for (; next < added.length; next++) changes.push(addedSentence(added[next]));
    }
    return changes;
}

const addedSentence = (s: Sentence): SentenceChange => ({ change: 'added', line: s.line, old: null, new: sentenceText(s.words), words: [] });

function similarity(a: Sentence, b: Sentence): number {
    const counts = new Map<string, number>();
    for (const w of a.words) counts.set(w.key, (counts.get(w.key) ?? 0) + 1);
    let shared = 0;
    for (const w of b.words) {
        const left = counts.get(w.key) ?? 0;
        if (left > 0) {
            shared++;
            counts.set(w.key, left - 1);
        }
    }
    return (2 * shared) / (a.words.length + b.words.length || 1);
}

/** The word diff of an edited sentence; kept words as the new revision writes them. */
export function wordDiff(before: readonly Word[], after: readonly Word[]): WordPiece[] {
    const pieces: WordPiece[] = [];
    const push = (op: WordPiece['op'], words: readonly Word[]) => {
        const text = words.map(w => `${w.gap}${w.text}`).join('');
        const last = pieces[pieces.length - 1];
        if (last?.op === op) pieces[pieces.length - 1] = { op, text: last.text + text };
        else if (text) pieces.push({ op, text });
    };
    for (const hunk of align(before, after, w => w.key)) {
        if (hunk.same) push('=', hunk.after);
        else {
            push('-', hunk.before);
            push('+', hunk.after);
        }
    }
    if (pieces[0]) pieces[0] = { ...pieces[0], text: pieces[0].text.trimStart() };
    return pieces;
}
