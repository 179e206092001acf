import { DocumentState, URI, type LangiumDocument } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';

/**
 * How long typing must pause before the evaluated checks run. Short, because after an edit they
 * evaluate again only the groups of indicators the edit touched (evaluation/components.ts):
 * a run that a keystroke interrupts has cost little, and it yields between check families.
 */
export const SLOW_LANE_IDLE_MS = 50;

/**
 * Runs the `slow` validation lane (the checks that evaluate: claims, sums, rules, targets …)
 * once the editor has been idle for a moment after a keystroke's `fast` build, and publishes
 * the complete diagnostics. Keystrokes get syntax, names and number formats at once; the
 * arithmetic follows as soon as typing pauses. A new keystroke cancels a pending run.
 */
export function runSlowChecksWhenIdle(shared: LangiumSharedServices, idleMs = SLOW_LANE_IDLE_MS): void {
    const builder = shared.workspace.DocumentBuilder;
    const documents = shared.workspace.LangiumDocuments;
    const lock = shared.workspace.WorkspaceLock;
    const pending = new Set<string>();
    let timer: ReturnType<typeof setTimeout> | undefined;
    let running = false;

    const run = () => {
        timer = undefined;
        const ready = [...pending]
            .map(uri => documents.getDocument(URI.parse(uri)))
            .filter((d): d is LangiumDocument => d?.state === DocumentState.Validated);
        pending.clear();
        if (!ready.length) return;
        void lock.write(async token => {
            running = true;
            try {
                await builder.build(ready, { validation: { categories: ['slow'] } }, token);
            } finally {
                running = false;
            }
        });
    };

    // A keystroke puts the slow lane off: a write to the workspace lock would cancel the
    // keystroke's own build, so the slow build may only start when no change is on its way.
    shared.workspace.TextDocuments?.onDidChangeContent(() => {
        if (timer) clearTimeout(timer);
        timer = undefined;
    });

    builder.onBuildPhase(DocumentState.Validated, built => {
        if (running) return;
        for (const document of built) pending.add(document.uri.toString());
        if (timer) clearTimeout(timer);
        timer = setTimeout(run, idleMs);
    });
}
