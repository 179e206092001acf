import { readFileSync } from 'node:fs';
import { docxText, NotDocxError } from '../review/docx-text.js';
import { TEXTCONV_USAGE } from './usage.js';

/**
 * `bcyt textconv <file.docx>`: the DOCX as text on stdout, for git's `diff.docx.textconv`.
 * Exit 0; 2 when the file cannot be read or is not a DOCX (git then shows no diff text).
 */
export function runTextconv(args: string[]): number {
    if (args.length !== 1) {
        process.stderr.write(`Cách dùng / usage:\n${TEXTCONV_USAGE}\n`);
        return 2;
    }
    const [file] = args;
    let bytes: Uint8Array;
    try {
        bytes = readFileSync(file);
    } catch (error) {
        process.stderr.write(`bcyt textconv: không đọc được ${file} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})\n`);
        return 2;
    }
    try {
        process.stdout.write(docxText(bytes));
    } catch (error) {
        if (!(error instanceof NotDocxError)) throw error;
        process.stderr.write(`bcyt textconv: ${file} không phải tệp DOCX đọc được (${error.message})\n`);
        return 2;
    }
    return 0;
}
