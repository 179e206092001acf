/**
 * The first index in [0, count) where `before` is false, for a `before` that holds on a prefix of
 * the indices and not after it: a binary search in a sorted list.
 */
export function firstNotBefore(count: number, before: (index: number) => boolean): number {
    let lo = 0, hi = count;
    while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (before(mid)) lo = mid + 1;
        else hi = mid;
    }
    return lo;
}
