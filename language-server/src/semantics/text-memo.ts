/**
 * A pure function of a short text (a number, a period literal), remembered across parses: a
 * report re-parsed on every keystroke writes mostly the same numbers again, in new nodes.
 * Bounded: past `limit` texts it starts afresh, so a long session cannot grow it without end.
 * Results are shared between callers: never mutate them.
 */
export function memoByText<R>(compute: (text: string) => R, limit = 20_000): (text: string) => R {
    let known = new Map<string, R>();
    return text => {
        let result = known.get(text);
        if (result === undefined && !known.has(text)) {
            if (known.size >= limit) known = new Map();
            known.set(text, result = compute(text));
        }
        return result as R;
    };
}
