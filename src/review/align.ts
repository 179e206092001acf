import { diffArrays } from 'diff';

/** A run of items that two sequences share, or a run where they differ (either side may be empty). */
export interface Hunk<T> {
    readonly same: boolean;
    readonly before: readonly T[];
    readonly after: readonly T[];
}

/**
 * Aligns two sequences by a key (jsdiff's Myers diff: linear in the length when the changes
 * are few), as runs kept and runs changed; a changed run holds what went and what came there.
 */
export function align<T>(before: readonly T[], after: readonly T[], key: (item: T) => string): Hunk<T>[] {
    const hunks: Hunk<T>[] = [];
    let i = 0;
    let j = 0;
    let open: { before: T[]; after: T[] } | undefined;
    for (const part of diffArrays(before.map(key), after.map(key))) {
        const count = part.value.length;
        if (part.removed || part.added) {
            open ??= { before: [], after: [] };
            if (part.removed) open.before.push(...before.slice(i, (i += count)));
            else open.after.push(...after.slice(j, (j += count)));
            continue;
        }
        if (open) hunks.push({ same: false, ...open });
        open = undefined;
        hunks.push({ same: true, before: before.slice(i, (i += count)), after: after.slice(j, (j += count)) });
    }
    if (open) hunks.push({ same: false, ...open });
    return hunks;
}
