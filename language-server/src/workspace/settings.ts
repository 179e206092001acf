import type { MessageLanguage, Severity } from '../validation/diagnostic-codes.js';

/** A code's severity as a user may set it: a level, or `off` to drop the diagnostic. */
export type SeverityOverride = Severity | 'off';

const LEVELS: readonly string[] = ['error', 'warning', 'information', 'hint', 'off'];

/** What an editor or the command line says in the `bcyt` settings. */
export interface SettingsInput {
    readonly language?: unknown;
    readonly severity?: unknown;
}

/**
 * The user's settings for one language server or one command-line run: the language of
 * diagnostics, hovers and hints (`bcyt.language`, `--lang`), and severity overrides
 * (`bcyt.severity`: code → level, on top of bcyt.config.json — the editor's setting wins, being
 * the more personal choice). Fed by the LSP configuration (lsp/settings-sync.ts) or the CLI;
 * read by the document validator, hover and inlay hints. One per set of services: nothing global.
 */
export class BcytSettings {
    private current: { language: MessageLanguage; severity: Readonly<Record<string, SeverityOverride>> } = { language: 'vi', severity: {} };

    get language(): MessageLanguage {
        return this.current.language;
    }

    get severity(): Readonly<Record<string, SeverityOverride>> {
        return this.current.severity;
    }

    /**
     * Replaces the settings with the section given (what is left out is the default: Vietnamese,
     * no overrides; unknown levels are ignored); true when what diagnostics say changes.
     */
    update(input: SettingsInput | undefined): boolean {
        if (!input) return false;
        const language: MessageLanguage = input.language === 'en' ? 'en' : 'vi';
        const severity = wellFormed(input.severity);
        const changed = language !== this.current.language || JSON.stringify(severity) !== JSON.stringify(this.current.severity);
        this.current = { language, severity };
        return changed;
    }
}

/** The well-formed entries of a severity setting; unknown levels are ignored rather than failing. */
function wellFormed(value: unknown): Record<string, SeverityOverride> {
    const levels: Record<string, SeverityOverride> = {};
    if (value && typeof value === 'object') {
        for (const [code, level] of Object.entries(value as Record<string, unknown>)) {
            if (typeof level === 'string' && LEVELS.includes(level)) levels[code] = level as SeverityOverride;
        }
    }
    return levels;
}
