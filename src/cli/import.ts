import { existsSync } from 'node:fs';
import { basename, dirname, extname, join, relative, resolve } from 'node:path';
import { NodeFileSystem } from 'langium/node';
import { createBcytServices } from '../../language-server/src/bcyt-module.js';
import { DocxWriteError, writeDocxAtomically } from '../docx/write.js';
import { loadCatalog } from '../import/catalog-loader.js';
import { importDocument } from '../import/draft.js';
import { ImportError } from '../import/errors.js';
import { readSource } from '../import/read-source.js';

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
    const en = options.lang === 'en';
    const output = resolve(options.output ?? draftPath(input));
    const shown = relative(process.cwd(), output) || output;
    if (existsSync(output) && !options.force) {
        process.stderr.write(en ? `bcyt: ${shown} exists; choose another name with -o, or --force to replace it\n`
            : `bcyt: ${shown} đã có; chọn tên khác bằng -o, hoặc dùng --force để ghi đè\n`);
        return 2;
    }
    try {
        const source = readSource(input);
        const { Bcyt } = createBcytServices(NodeFileSystem, { production: true });
        const catalog = options.catalogs.length ? loadCatalog(Bcyt, options.catalogs) : loadCatalog(Bcyt, [dirname(output)], 2);
        const draft = importDocument(source, { catalog, outputDir: dirname(output) });
        await writeDocxAtomically(Buffer.from(draft.text, 'utf8'), output, '.bcyt');
        const s = draft.summary;
        process.stdout.write(en
            ? `${input} → ${shown}: ${s.claims} figures checked as claims, ${s.citations} citations (${s.legal} documents declared), ${s.indicators} new indicators\n`
            : `${input} → ${shown}: ${s.claims} số liệu thành mệnh đề kiểm tra được, ${s.citations} trích dẫn (khai báo ${s.legal} văn bản), ${s.indicators} chỉ số mới\n`);
        return 0;
    } catch (error) {
        if (error instanceof ImportError || error instanceof DocxWriteError) {
            process.stderr.write(`bcyt: ${en ? error.messageEn : error.message}\n`);
            return 2;
        }
        throw error;
    }
}
