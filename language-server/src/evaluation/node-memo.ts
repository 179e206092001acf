/**
 * A function of an AST node, computed once per node. Nodes are not edited in place (an edit
 * re-parses into new ones; the one exception, the Body whose `blocks` array an incremental
 * re-parse replaces, is memoised by that array), so what is read from a node holds as long as
 * the node lives; the WeakMap lets the result go with the node. Results are shared: never mutate them.
 */
export function memoByNode<N extends object, R>(compute: (node: N) => R): (node: N) => R {
    const known = new WeakMap<N, R>();
    return node => {
        let result = known.get(node);
        if (result === undefined && !known.has(node)) known.set(node, result = compute(node));
        return result as R;
    };
}
