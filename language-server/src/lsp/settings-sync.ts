import { DocumentState } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import type { BcytServices } from '../bcyt-module.js';

/**
 * Applies the `bcyt` settings the editor sends to the language's settings service — first in
 * the initialization options (so the first diagnostics are already in the chosen language),
 * then on every configuration change (`workspace/didChangeConfiguration`, or the section the
 * server pulls) — and re-validates the workspace when they change what diagnostics say.
 */
export function syncSettings(shared: LangiumSharedServices, services: BcytServices): void {
    const settings = services.workspace.Settings;
    shared.lsp.LanguageServer.onInitialize(params => {
        settings.update(params.initializationOptions as object | undefined);
    });
    shared.workspace.ConfigurationProvider.onConfigurationSectionUpdate(update => {
        if (update.section === 'bcyt' && settings.update(update.configuration as object | undefined)) void revalidateAll(shared);
    });
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
