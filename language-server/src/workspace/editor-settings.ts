import type { Severity } from '../validation/diagnostic-codes.js';

/** A code's severity as a user may set it: a level, or `off` to drop the diagnostic. */
export type SeverityOverride = Severity | 'off';

const LEVELS: readonly string[] = ['error', 'warning', 'information', 'hint', 'off'];

let overrides: Readonly<Record<string, SeverityOverride>> = {};
const listeners: Array<() => void> = [];

/**
 * Severity overrides chosen in the editor's settings (`bcyt.severity`: code → level), as the
 * language server received them in its initialization options or a configuration change.
 * Merged with the workspace's bcyt.config.json overrides where those are applied; the editor's
 * setting wins, being the more personal choice.
 */
export function editorSeverityOverrides(): Readonly<Record<string, SeverityOverride>> {
    return overrides;
}

/** Keeps the well-formed entries; unknown levels are ignored rather than failing the server. */
export function setEditorSeverityOverrides(value: unknown): boolean {
    const next: Record<string, SeverityOverride> = {};
    if (value && typeof value === 'object') {
        for (const [code, level] of Object.entries(value as Record<string, unknown>)) {
            if (typeof level === 'string' && LEVELS.includes(level)) next[code] = level as SeverityOverride;
        }
    }
    const changed = JSON.stringify(next) !== JSON.stringify(overrides);
    overrides = next;
    if (changed) listeners.forEach(listener => listener());
    return changed;
}

/** Called after the overrides change (e.g. to reset a merged configuration cache). */
export function onEditorSeverityOverridesChange(listener: () => void): void {
    listeners.push(listener);
}
