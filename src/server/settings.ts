import { DocumentState } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import { setMessageLanguage, messageLanguage } from '../../language-server/src/validation/diagnostic-codes.js';
import { setEditorSeverityOverrides } from '../../language-server/src/workspace/editor-settings.js';
import type { ServerSettings } from './protocol.js';

/**
 * Applies the `bcyt` settings the editor sends — first in the initialization options (so the
 * first diagnostics are already in the chosen language), then on every configuration change —
 * and re-validates the workspace when they change what diagnostics say.
 */
export function watchSettings(shared: LangiumSharedServices): void {
    shared.lsp.LanguageServer.onInitialize(params => {
        apply(params.initializationOptions as ServerSettings | undefined);
    });
    shared.workspace.ConfigurationProvider.onConfigurationSectionUpdate(update => {
        if (update.section === 'bcyt' && apply(update.configuration as ServerSettings | undefined)) {
            void revalidateAll(shared);
        }
    });
}

/** True when the settings change what diagnostics say. */
function apply(settings: ServerSettings | undefined): boolean {
    if (!settings) return false;
    let changed = false;
    const language = settings.language === 'en' ? 'en' : 'vi';
    if (language !== messageLanguage()) {
        setMessageLanguage(language);
        changed = true;
    }
    if (setEditorSeverityOverrides(settings.severity ?? {})) changed = true;
    return changed;
}

async function revalidateAll(shared: LangiumSharedServices): Promise<void> {
    const builder = shared.workspace.DocumentBuilder;
    await shared.workspace.WorkspaceLock.write(async token => {
        for (const document of shared.workspace.LangiumDocuments.all) {
            if (document.state >= DocumentState.IndexedReferences) builder.resetToState(document, DocumentState.IndexedReferences);
        }
        await builder.update([], [], token);
    });
}
