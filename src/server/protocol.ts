/**
 * The requests the VS Code client sends to the BCYT language server beyond standard LSP.
 * Plain types and method names: the client (vscode-languageclient) and the server
 * (vscode-languageserver) use different jsonrpc builds, so no RequestType objects are shared.
 */
import type { PrintedDocument } from '../../language-server/src/document-model/model.js';

/** What the document prints, for the live preview. */
export const PRINTED_DOCUMENT_REQUEST = 'bcyt/printedDocument';
export interface PrintedDocumentParams {
    readonly uri: string;
}
export interface PrintedDocumentResult {
    /** undefined when the file holds declarations only */
    readonly printed?: PrintedDocument;
    /** errors of the document when it was resolved, so the preview can say the build would be refused */
    readonly errors: number;
}

/** Compiles one document to DOCX in the server, where the checked document already lives. */
export const COMPILE_REQUEST = 'bcyt/compile';
export interface CompileParams {
    readonly uri: string;
    /** absolute path of the DOCX to write */
    readonly output: string;
    readonly force: boolean;
}
export interface CompileProblem {
    readonly line: number;
    readonly message: string;
    readonly code?: string;
}
export type CompileResult =
    | { readonly status: 'written'; readonly output: string; readonly warnings: number }
    | { readonly status: 'refused'; readonly errors: readonly CompileProblem[] }
    | { readonly status: 'no-document' }
    | { readonly status: 'failed'; readonly message: string };

/** Settings of the `bcyt` section the server reads (initializationOptions and workspace/configuration). */
export interface ServerSettings {
    readonly language?: 'vi' | 'en';
    readonly severity?: Record<string, string>;
}

/**
 * The Node options the server is started with. A young generation of 2 MB semi-spaces instead
 * of V8's 16: the server's garbage is collected sooner, so its peak memory over a long editing
 * session is lower at the same latency (figures: bench/README.md, session 4; `npm run bench`
 * starts the server with these too; other editors can pass them to node).
 */
export const SERVER_NODE_OPTIONS: readonly string[] = ['--max-semi-space-size=2'];
