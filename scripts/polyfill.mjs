// langium-cli and Langium's grammar services run chevrotain, which calls Object.groupBy (Node 21+):
// the same polyfill as language-server/src/polyfill.ts, which cannot be imported before the build.
Object.groupBy ??= (items, key) => {
    const groups = Object.create(null);
    let index = 0;
    for (const item of items) (groups[key(item, index++)] ??= []).push(item);
    return groups;
};
