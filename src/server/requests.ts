import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DocumentState, URI, type LangiumDocument } from 'langium';
import type { Connection } from 'vscode-languageserver';
import type { BcytServices } from '../../language-server/src/bcyt-module.js';
import { resolveDocument } from '../../language-server/src/document-model/resolve.js';
import type { Model } from '../../language-server/src/generated/ast.js';
import { compileDocument } from '../build/compile.js';
import { importDraft } from './import.js';
import {
    COMPILE_REQUEST, DATA_IMPORT_REQUEST, DATA_SHEETS_REQUEST, IMPORT_REQUEST, PRINTED_DOCUMENT_REQUEST,
    type CompileParams, type CompileResult, type DataImportParams, type DataSheetsParams, type ImportParams, type PrintedDocumentParams, type PrintedDocumentResult,
} from './protocol.js';

/** Registers the preview and compile requests (both answer from the checked document), the import of a document and of data. */
export function registerEditorRequests(connection: Connection, services: BcytServices): void {
    connection.onRequest(PRINTED_DOCUMENT_REQUEST, (params: PrintedDocumentParams): Promise<PrintedDocumentResult> =>
        withValidatedDocument(services, params.uri, document => {
            const model = document.parseResult.value as Model;
            const printed = model.document ? resolveDocument(model, services.evaluation.Evaluator.session(model), services.workspace.Settings.language) : undefined;
            return { printed, errors: errorCount(document) };
        }).catch(() => ({ errors: 0 })),
    );
    connection.onRequest(COMPILE_REQUEST, (params: CompileParams): Promise<CompileResult> =>
        withAllChecks(services, params.uri)
            .then(() => withValidatedDocument(services, params.uri, document => compile(services, document, params)))
            .catch(error => ({ status: 'failed', message: String((error as Error)?.message ?? error) })),
    );
    connection.onRequest(IMPORT_REQUEST, (params: ImportParams) => importDraft(services, params));
    // the workbook reader (exceljs) is loaded when figures are first imported, not at every start
    connection.onRequest(DATA_SHEETS_REQUEST, async (params: DataSheetsParams) => (await import('./data-import.js')).dataSheets(params));
    connection.onRequest(DATA_IMPORT_REQUEST, async (params: DataImportParams) => (await import('./data-import.js')).planDataImport(params));
}

async function compile(services: BcytServices, document: LangiumDocument, params: CompileParams): Promise<CompileResult> {
    mkdirSync(dirname(params.output), { recursive: true });
    const outcome = await compileDocument(services, document, params.output, params.force);
    if (outcome.status !== 'refused') return outcome;
    const errors = outcome.errors.map(d => ({
        line: d.range.start.line,
        message: typeof d.message === 'string' ? d.message : String(d.message),
        code: d.code === undefined ? undefined : String(d.code),
    }));
    for (const problem of outcome.problems) errors.push({ line: problem.line, message: problem.message, code: problem.code });
    return { status: 'refused', errors: errors.sort((a, b) => a.line - b.line) };
}

/**
 * A compile must see every error: the slow lane of checks (lsp/slow-checks.ts) may not have
 * run since the last keystroke, so run what is missing of it first.
 */
async function withAllChecks(services: BcytServices, uriString: string): Promise<void> {
    const shared = services.shared;
    const document = shared.workspace.LangiumDocuments.getDocument(URI.parse(uriString));
    if (!document) return;
    await shared.workspace.WorkspaceLock.write(token =>
        shared.workspace.DocumentBuilder.build([document], { validation: { categories: ['built-in', 'fast', 'slow'] } }, token));
}

const errorCount = (document: LangiumDocument): number => (document.diagnostics ?? []).filter(d => d.severity === 1).length;

/**
 * Runs `action` on the document once the builds queued before this request are done, so a
 * preview asked for right after a keystroke shows that keystroke. A file the workspace has not
 * loaded (outside every folder, never opened) is loaded first.
 */
async function withValidatedDocument<T>(services: BcytServices, uriString: string, action: (document: LangiumDocument) => T | Promise<T>): Promise<T> {
    const shared = services.shared;
    const uri = URI.parse(uriString);
    const documents = shared.workspace.LangiumDocuments;
    if (!documents.hasDocument(uri)) {
        await shared.workspace.WorkspaceLock.write(async token => {
            await documents.getOrCreateDocument(uri);
            await shared.workspace.DocumentBuilder.update([uri], [], token);
        });
    }
    for (let attempt = 0; ; attempt++) {
        const result = await shared.workspace.WorkspaceLock.read(async () => {
            const document = documents.getDocument(uri);
            if (!document) throw new Error(`not loaded: ${uriString}`);
            return document.state >= DocumentState.Validated ? { value: await action(document) } : undefined;
        });
        if (result) return result.value;
        if (attempt >= 3) throw new Error(`not validated: ${uriString}`);
        // a newer edit cancelled the build this request waited for: wait for the next one
        await shared.workspace.DocumentBuilder.waitUntil(DocumentState.Validated, uri);
    }
}
