import { EmptyFileSystem, URI, type LangiumDocument } from 'langium';
import type { Diagnostic } from 'vscode-languageserver';
import { createBcytServices, type BcytServices } from '../language-server/src/bcyt-module.js';
import type { Model } from '../language-server/src/generated/ast.js';
import type { SettingsInput } from '../language-server/src/workspace/settings.js';

export interface Checked {
    readonly services: BcytServices;
    readonly documents: Record<string, LangiumDocument<Model>>;
    /** diagnostics of one file, as `line:code` strings (1-based lines) for compact assertions */
    codes(file?: string): string[];
    diagnostics(file?: string): Diagnostic[];
}

/**
 * Builds in-memory files (name → text) with the built-in catalog, as the editor would, and
 * returns their diagnostics. File names are relative paths under file:///virtual/, so that
 * imports between them resolve. The first file is the default one for `codes()`.
 */
export async function checkFiles(files: Record<string, string>, settings?: SettingsInput): Promise<Checked> {
    const { Bcyt, shared } = createBcytServices(EmptyFileSystem);
    Bcyt.workspace.Settings.update(settings);
    const langiumDocuments = shared.workspace.LangiumDocuments;
    const factory = shared.workspace.LangiumDocumentFactory;
    Bcyt.workspace.Builtins.load(langiumDocuments, factory);
    const documents: Record<string, LangiumDocument<Model>> = {};
    for (const [name, text] of Object.entries(files)) {
        const document = factory.fromString<Model>(text, URI.parse(`file:///virtual/${name}`));
        langiumDocuments.addDocument(document);
        documents[name] = document;
    }
    await shared.workspace.DocumentBuilder.build([...langiumDocuments.all], { validation: true });
    const first = Object.keys(files)[0];
    const diagnostics = (file = first) => documents[file].diagnostics ?? [];
    return {
        services: Bcyt,
        documents,
        diagnostics,
        codes: (file = first) => diagnostics(file).map(d => `${d.range.start.line + 1}:${d.code}`).sort(),
    };
}

/** One file, with the user's settings (`{ language: 'en' }`, `{ severity: {…} }`) if given. */
export async function check(text: string, settings?: SettingsInput): Promise<Checked> {
    return checkFiles({ 'main.bcyt': text }, settings);
}

/** The text a diagnostic's range covers. */
export function coveredText(document: LangiumDocument, diagnostic: Diagnostic): string {
    return document.textDocument.getText(diagnostic.range);
}
