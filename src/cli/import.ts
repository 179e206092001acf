import { existsSync } from 'node:fs';
import { basename, dirname, extname, join, relative, resolve } from 'node:path';
import { NodeFileSystem } from 'langium/node';
import { createBcytServices } from '../../language-server/src/bcyt-module.js';
import { DocxWriteError, writeDocxAtomically } from '../docx/write.js';
import { loadCatalog } from '../import/catalog-loader.js';
import { importDocument } from '../import/draft.js';
import { ImportError } from '../import/errors.js';
import { readSource } from '../import/read-source.js';
import { cliText } from './cli-text.js';

export interface ImportOptions {
    readonly output?: string;
    /** catalog files or folders; by default the folder the draft is written to */
    readonly catalogs: readonly string[];
    readonly force: boolean;
    readonly lang: 'vi' | 'en';
}

/** `bao-cao.docx` → `bao-cao.bcyt` beside it. */
export function draftPath(input: string): string {
    return join(dirname(input), `${basename(input, extname(input))}.bcyt`);
}

/**
 * `bcyt import`: writes the draft of a Word, text or Markdown document. Exit 0 when written,
 * 2 when the file cannot be read or imported, or the draft would overwrite a file (without
 * --force). Nothing is written unless the whole import succeeded, and then atomically.
 */
export async function runImport(input: string, options: ImportOptions): Promise<number> {
    const output = resolve(options.output ?? draftPath(input));
    const shown = relative(process.cwd(), output) || output;
    if (existsSync(output) && !options.force) {
        process.stderr.write(`bcyt: ${cliText('draftExists', options.lang, { file: shown })}\n`);
        return 2;
    }
    try {
        const source = readSource(input);
        const { Bcyt } = createBcytServices(NodeFileSystem, { production: true });
        const catalog = options.catalogs.length ? loadCatalog(Bcyt, options.catalogs) : loadCatalog(Bcyt, [dirname(output)], 2);
        const draft = importDocument(source, { catalog, outputDir: dirname(output) });
        await writeDocxAtomically(Buffer.from(draft.text, 'utf8'), output, '.bcyt');
        const s = draft.summary;
        process.stdout.write(`${cliText('imported', options.lang, { source: input, draft: shown, ...s })}\n`);
        return 0;
    } catch (error) {
        if (error instanceof ImportError || error instanceof DocxWriteError) {
            process.stderr.write(`bcyt: ${options.lang === 'en' ? error.messageEn : error.message}\n`);
            return 2;
        }
        throw error;
    }
}
