import {
    DefaultDocumentBuilder, DocumentState, interruptAndCheck, type BuildOptions, type LangiumDocument,
} from 'langium';
import type { CancellationToken } from 'vscode-languageserver';
import type { BcytServices } from '../bcyt-module.js';
import { sourceProblemAt } from './source-files.js';

/**
 * Builds documents together with the files they import that are not loaded yet, read from
 * disk: a report whose catalog lives outside the editor's workspace folder (a shared
 * provincial catalog in a sibling folder) resolves in the language server as it does in
 * `bcyt check`. Files that are not regular or exceed the size limit are left out; the
 * `import` line says why (validation/names-check.ts).
 */
export class BcytDocumentBuilder extends DefaultDocumentBuilder {
    protected override async buildDocuments(documents: LangiumDocument[], options: BuildOptions, cancelToken: CancellationToken): Promise<void> {
        return super.buildDocuments(await this.withImportedFiles(documents, cancelToken), options, cancelToken);
    }

    private async withImportedFiles(documents: LangiumDocument[], cancelToken: CancellationToken): Promise<LangiumDocument[]> {
        const all = [...documents];
        const listed = new Set(all.map(document => document.uri.toString()));
        let loadedAny = false;
        for (let next = 0; next < all.length; next++) {
            const document = all[next];
            // parsed as the first phase of the build would, to read its imports
            if (document.state < DocumentState.Parsed) {
                await interruptAndCheck(cancelToken);
                await this.langiumDocumentFactory.update(document, cancelToken);
                document.state = DocumentState.Parsed;
                await this.notifyDocumentPhase(document, DocumentState.Parsed, cancelToken);
            }
            const resolver = (this.serviceRegistry.getServices(document.uri) as BcytServices).workspace.ImportResolver;
            for (const target of resolver.importTargets(document)) {
                if (target.loaded || target.uri.scheme !== 'file' || sourceProblemAt(target.uri.fsPath) !== undefined) continue;
                try {
                    const imported = await this.langiumDocuments.getOrCreateDocument(target.uri, cancelToken);
                    loadedAny = true;
                    if (!listed.has(imported.uri.toString())) {
                        listed.add(imported.uri.toString());
                        all.push(imported);
                    }
                } catch {
                    // gone or grown since it was looked at: its import line says it is not found
                }
            }
        }
        if (loadedAny) (this.serviceRegistry.all[0] as BcytServices).workspace.ImportResolver.forgetVisible();
        return all;
    }
}
