import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { EmptyFileSystem, URI, type LangiumDocument } from 'langium';
import { parseDocument, replaceIndices } from 'langium/test';
import { createBcytServices, type BcytServices } from '../../language-server/src/bcyt-module.js';
import type { Model } from '../../language-server/src/generated/ast.js';

export const EXAMPLES = resolve(__dirname, '../../examples');

/**
 * Language services with the starter catalog and the given files (name → text, under
 * file:///virtual/), built: what `langium/test`'s helpers need to resolve imports.
 */
export async function lspServices(files: Record<string, string> = {}): Promise<BcytServices> {
    const { Bcyt, shared } = createBcytServices(EmptyFileSystem);
    const documents = shared.workspace.LangiumDocuments;
    const factory = shared.workspace.LangiumDocumentFactory;
    Bcyt.workspace.Builtins.load(documents, factory);
    for (const [name, text] of Object.entries(files)) {
        documents.addDocument(factory.fromString(text, URI.parse(virtualUri(name))));
    }
    await shared.workspace.DocumentBuilder.build([...documents.all], { validation: false });
    return Bcyt;
}

/** Services with the example catalogs loaded from disk under their real file URIs. */
export async function exampleServices(): Promise<BcytServices> {
    const { Bcyt, shared } = createBcytServices(EmptyFileSystem);
    const documents = shared.workspace.LangiumDocuments;
    const factory = shared.workspace.LangiumDocumentFactory;
    Bcyt.workspace.Builtins.load(documents, factory);
    const catalog = join(EXAMPLES, 'catalog');
    for (const name of readdirSync(catalog).filter(n => n.endsWith('.bcyt'))) {
        const path = join(catalog, name);
        documents.addDocument(factory.fromString(readFileSync(path, 'utf8'), URI.parse(pathToFileURL(path).toString())));
    }
    await shared.workspace.DocumentBuilder.build([...documents.all], { validation: false });
    return Bcyt;
}

export function virtualUri(name: string): string {
    return `file:///virtual/${name}`;
}

/** The text and URI of an example, for `parseOptions: { documentUri }` (its imports then resolve). */
export function example(name: string): { text: string; uri: string } {
    const file = readdirSync(EXAMPLES).find(f => f.startsWith(name))!;
    const path = join(EXAMPLES, file);
    return { text: readFileSync(path, 'utf8'), uri: pathToFileURL(path).toString() };
}

/** Parses text with `<|>` markers into a document of the services; returns it and the marker offsets. */
export async function openWithMarkers(services: BcytServices, text: string, uri: string): Promise<{ document: LangiumDocument<Model>; indices: number[] }> {
    const { output, indices } = replaceIndices({ text });
    const document = await parseDocument<Model>(services, output, { documentUri: uri });
    return { document, indices };
}

/** Inserts `insert` (with its `<|>` markers) after the first occurrence of `anchor` in `text`. */
export function insertAfter(text: string, anchor: string, insert: string): string {
    const at = text.indexOf(anchor);
    if (at < 0) throw new Error(`anchor not found: ${anchor}`);
    return text.slice(0, at + anchor.length) + insert + text.slice(at + anchor.length);
}
