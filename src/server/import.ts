import { existsSync } from 'node:fs';
import { dirname } from 'node:path';
import type { BcytServices } from '../../language-server/src/bcyt-module.js';
import { DocxWriteError, writeDocxAtomically } from '../docx/write.js';
import { catalogOf } from '../import/catalog-loader.js';
import { importDocument } from '../import/draft.js';
import { ImportError } from '../import/errors.js';
import { readSource } from '../import/read-source.js';
import type { ImportParams, ImportResult } from './protocol.js';

/** `bcyt/import`: the draft of a document, matched against the catalogs the workspace has loaded, written atomically. */
export async function importDraft(services: BcytServices, params: ImportParams): Promise<ImportResult> {
    try {
        if (existsSync(params.output)) {
            return { status: 'failed', message: `${params.output} đã có`, messageEn: `${params.output} exists` };
        }
        const source = readSource(params.source);
        const draft = importDocument(source, { catalog: catalogOf(services), outputDir: dirname(params.output) });
        await writeDocxAtomically(Buffer.from(draft.text, 'utf8'), params.output, '.bcyt');
        const { claims, citations, indicators } = draft.summary;
        return { status: 'written', output: params.output, claims, citations, indicators };
    } catch (error) {
        if (error instanceof ImportError || error instanceof DocxWriteError) return { status: 'failed', message: error.message, messageEn: error.messageEn };
        const message = String((error as Error)?.message ?? error);
        return { status: 'failed', message, messageEn: message };
    }
}
