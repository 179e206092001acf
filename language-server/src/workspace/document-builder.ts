import {
    DefaultDocumentBuilder, DocumentState, interruptAndCheck, type BuildOptions, type LangiumDocument,
} from 'langium';
import type { CancellationToken } from 'vscode-languageserver';
import type { BcytServices } from '../bcyt-module.js';
import { statSync } from 'node:fs';
import { sourceProblemAt } from './source-files.js';

/**
 * Builds documents together with the files they import that are not loaded yet, read from
 * disk: a report whose catalog lives outside the editor's workspace folder (a shared
 * provincial catalog in a sibling folder) resolves in the language server as it does in
 * `bcyt check`. Files that are not regular or exceed the size limit are left out; the
 * `import` line says why (validation/names-check.ts). No editor watches such a file: it is
 * read again when it changed on disk and a file importing it is built.
 */
export class BcytDocumentBuilder extends DefaultDocumentBuilder {
    /** the files loaded this way, with their modification time when read */
    private readonly loadedFromDisk = new Map<string, number>();

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
                if (target.uri.scheme !== 'file') continue;
                const key = target.uri.toString();
                const readAt = this.loadedFromDisk.get(key);
                if (target.loaded && (readAt === undefined || modified(target.uri.fsPath) === readAt || this.textDocuments?.get(key))) continue;
                if (sourceProblemAt(target.uri.fsPath) !== undefined) continue;
                try {
                    const time = modified(target.uri.fsPath);
                    const known = target.loaded ? this.langiumDocuments.getDocument(target.uri) : undefined;
                    // changed on disk: parsed again from the file in this build
                    if (known) this.resetToState(known, DocumentState.Changed);
                    const imported = known ?? await this.langiumDocuments.getOrCreateDocument(target.uri, cancelToken);
                    if (time !== undefined) this.loadedFromDisk.set(key, time);
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

function modified(path: string): number | undefined {
    try {
        return statSync(path).mtimeMs;
    } catch {
        return undefined;
    }
}
