import { diffArrays } from 'diff';
import { changedRange, type ChangedRange } from './incremental-body.js';

/** More separate places than this changed at once: one re-parse of everything between them. */
const MAX_STEPS = 4;
/** Lines between the first and the last change beyond which they are not told apart (the diff's cost). */
const MAX_SPAN_LINES = 5000;

/**
 * The texts between an old and a new text when the change is in several places far apart (a
 * file saved after two corrections, as `bcyt watch` reads it): each applies one more place, in
 * order, and the last is the new text. Re-parsing step by step re-reads only the lines changed,
 * not every line between the first change and the last, and keeps the nodes of those lines (what
 * the evaluation reuses). One text — the new one — when the change is in one place, or in too many.
 */
export function editSteps(oldText: string, newText: string, change: ChangedRange = changedRange(oldText, newText)): string[] {
    const from = oldText.lastIndexOf('\n', change.start - 1) + 1;
    const oldMiddle = oldText.slice(from, change.oldEnd).split('\n');
    const newMiddle = newText.slice(from, change.newEnd).split('\n');
    if (oldMiddle.length < 3 || oldMiddle.length > MAX_SPAN_LINES || newMiddle.length > MAX_SPAN_LINES) return [newText];
    // the places of the change: runs of lines removed or added between runs of lines kept
    const places: Array<{ at: number; removed: number; added: string[] }> = [];
    let current: (typeof places)[number] | undefined;
    let line = 0;
    for (const run of diffArrays(oldMiddle, newMiddle)) {
        if (!run.added && !run.removed) {
            line += run.value.length;
            current = undefined;
            continue;
        }
        if (!current) places.push(current = { at: line, removed: 0, added: [] });
        if (run.removed) {
            current.removed += run.value.length;
            line += run.value.length;
        } else {
            current.added.push(...run.value);
        }
    }
    if (places.length < 2 || places.length > MAX_STEPS) return [newText];
    const head = oldText.slice(0, from);
    const tail = oldText.slice(change.oldEnd);
    const steps: string[] = [];
    let lines = oldMiddle;
    let shift = 0;
    for (const place of places) {
        lines = [...lines.slice(0, place.at + shift), ...place.added, ...lines.slice(place.at + shift + place.removed)];
        shift += place.added.length - place.removed;
        steps.push(head + lines.join('\n') + tail);
    }
    return steps[steps.length - 1] === newText ? steps : [newText];
}
