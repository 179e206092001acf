/**
 * A function of an object, computed once per object and remembered in a WeakMap, so that the
 * result goes with the object. For objects that do not change once made: AST nodes (an edit
 * re-parses into new ones; the one exception, the Body whose `blocks` array an incremental
 * re-parse replaces, is memoised by that array), a world's units, an index built per world.
 * Results are shared: never mutate them.
 */
export function memoByObject<K extends object, R>(compute: (key: K) => R): (key: K) => R {
    const known = new WeakMap<K, R>();
    return key => {
        // a tree a syntax error left incomplete (`= a + b +`) has holes: computed, not remembered
        if (typeof key !== 'object' || key === null) return compute(key);
        let result = known.get(key);
        if (result === undefined && !known.has(key)) known.set(key, result = compute(key));
        return result as R;
    };
}
