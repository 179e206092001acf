import { basename } from 'node:path';
import { dataText } from '../data/data-text.js';
import { planImport } from '../data/import.js';
import { DataReadError, findingText } from '../data/problems.js';
import { sheetNames } from '../data/read-input.js';
import type { DataImportParams, DataImportResult, DataSheetsParams, DataSheetsResult } from './protocol.js';

/**
 * "BCYT: Import data…" in the server: the same planImport as `bcyt data import`, on the
 * editor's text, in a workspace of its own (the file, its imports and the starter catalog, as
 * the command line links them), so a name matches in the editor as it does there. Nothing is
 * written: the editor shows the change and applies it as an edit.
 */
export async function planDataImport(params: DataImportParams): Promise<DataImportResult> {
    const en = params.lang === 'en';
    try {
        const plan = await planImport({ input: params.input, into: params.into, sheet: params.sheet, text: params.text });
        const errors = plan.findings.filter(f => f.severity === 'error');
        if (errors.length) return { status: 'failed', problems: errors.map(f => findingText(f, en)) };
        const count = (kind: string) => plan.changes.filter(c => c.kind === kind).length;
        const summary = dataText('imported', params.lang, { file: basename(params.into), added: count('added'), updated: count('updated'), unchanged: count('unchanged') });
        const warnings = plan.findings.map(f => findingText(f, en));
        if (plan.text === undefined || !plan.edits) return { status: 'unchanged', summary, warnings };
        return { status: 'changed', text: plan.text, edits: plan.edits, summary, warnings };
    } catch (error) {
        return { status: 'failed', problems: [problemOf(error, en)] };
    }
}

export async function dataSheets(params: DataSheetsParams): Promise<DataSheetsResult> {
    try {
        return { sheets: await sheetNames(params.input) };
    } catch (error) {
        return { error: problemOf(error, params.lang === 'en') };
    }
}

function problemOf(error: unknown, en: boolean): string {
    if (error instanceof DataReadError) return en ? error.text.en : error.text.vi;
    return String((error as Error)?.message ?? error);
}
