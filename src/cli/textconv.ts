import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { docxText, NotDocxError } from '../review/docx-text.js';
import { askedLanguage, cliText } from './cli-text.js';

/**
 * `bcyt textconv <file.docx> [--lang vi|en]`: the DOCX as text on stdout, for git's
 * `diff.docx.textconv`. Exit 0; 2 when the file cannot be read or is not a DOCX (git then shows
 * no diff text).
 */
export function runTextconv(args: string[]): number {
    const lang = askedLanguage(args);
    let parsed;
    try {
        parsed = parseArgs({ args, allowPositionals: true, options: { lang: { type: 'string', default: 'vi' } } });
    } catch {
        parsed = undefined;
    }
    if (parsed?.positionals.length !== 1 || !['vi', 'en'].includes(parsed.values.lang!)) {
        process.stderr.write(`${cliText('textconvUsage', lang)}\n`);
        return 2;
    }
    const [file] = parsed.positionals;
    let bytes: Uint8Array;
    try {
        bytes = readFileSync(file);
    } catch (error) {
        const detail = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
        process.stderr.write(`bcyt textconv: ${cliText('cannotRead', lang, { file, detail })}\n`);
        return 2;
    }
    try {
        process.stdout.write(docxText(bytes));
    } catch (error) {
        if (!(error instanceof NotDocxError)) throw error;
        process.stderr.write(`bcyt textconv: ${cliText('notDocx', lang, { file, detail: error.message })}\n`);
        return 2;
    }
    return 0;
}
