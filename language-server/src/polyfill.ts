// Node 20 lacks Object.groupBy, which chevrotain (under langium >= 4.2.2) calls.
// Import this module first in every entry point (server, CLI, tests).
if (typeof (Object as { groupBy?: unknown }).groupBy !== 'function') {
    (Object as unknown as { groupBy: unknown }).groupBy = <T>(items: Iterable<T>, key: (item: T, index: number) => PropertyKey) => {
        const groups: Record<PropertyKey, T[]> = Object.create(null);
        let index = 0;
        for (const item of items) {
            (groups[key(item, index++)] ??= []).push(item);
        }
        return groups;
    };
}
export {};
