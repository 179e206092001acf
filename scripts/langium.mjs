// Runs langium-cli on Node 20: its chevrotain calls Object.groupBy (Node 21+).
// Same polyfill as language-server/src/polyfill.ts, which cannot be imported before the build.
Object.groupBy ??= (items, key) => {
    const groups = Object.create(null);
    let index = 0;
    for (const item of items) (groups[key(item, index++)] ??= []).push(item);
    return groups;
};
await import(new URL('../node_modules/langium-cli/bin/langium.js', import.meta.url).href);
