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

/** Imports a Word, text or Markdown document as a .bcyt draft (`bcyt import`), matched against the workspace's catalogs. */
export const IMPORT_REQUEST = 'bcyt/import';
export interface ImportParams {
    /** absolute path of the document */
    readonly source: string;
    /** absolute path of the draft to write; never an existing file */
    readonly output: string;
}
export type ImportResult =
    | { readonly status: 'written'; readonly output: string; readonly claims: number; readonly citations: number; readonly indicators: number }
    | { readonly status: 'failed'; readonly message: string; readonly messageEn: string };

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

/** The Markdown report of `bcyt diff HEAD` for one document (VS Code's "Compare figures with HEAD"). */
export const REVIEW_REQUEST = 'bcyt/review';
export interface ReviewParams {
    readonly uri: string;
    /** the editor's text when it is not saved; the saved file otherwise */
    readonly text?: string;
    readonly lang: 'vi' | 'en';
}
export type ReviewResult =
    | { readonly markdown: string; readonly changed: boolean }
    /** git's own message: not a repository, no commit yet */
    | { readonly error: string };

/** The sheets of a workbook, for choosing one before "BCYT: Import data…" (none for a CSV or JSON file). */
export const DATA_SHEETS_REQUEST = 'bcyt/dataSheets';
export interface DataSheetsParams {
    /** absolute path of the .xlsx, .csv or .json file */
    readonly input: string;
    readonly lang: 'vi' | 'en';
}
export type DataSheetsResult = { readonly sheets: readonly string[] } | { readonly error: string };

/** What `bcyt data import` would make of an editor's .bcyt document, written nowhere. */
export const DATA_IMPORT_REQUEST = 'bcyt/dataImport';
export interface DataImportParams {
    /** absolute path of the .bcyt file (its imports are read from beside it) */
    readonly into: string;
    /** the editor's text of it, saved or not */
    readonly text: string;
    readonly input: string;
    /** one sheet of a workbook; all of them when absent */
    readonly sheet?: string;
    readonly lang: 'vi' | 'en';
}
/** `text` in place of the characters from `offset` to `end` of the text sent */
export interface DataTextEdit {
    readonly offset: number;
    readonly end: number;
    readonly text: string;
}
export type DataImportResult =
    /** `edits` make `text` of the text sent; `warnings` such as a value given twice */
    | { readonly status: 'changed'; readonly text: string; readonly edits: readonly DataTextEdit[]; readonly summary: string; readonly warnings: readonly string[] }
    | { readonly status: 'unchanged'; readonly summary: string; readonly warnings: readonly string[] }
    /** each problem names the file, sheet and cell, and why */
    | { readonly status: 'failed'; readonly problems: readonly string[] };
