import { existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { NodeFileSystem } from 'langium/node';
import { createBcytServices } from '../../language-server/src/bcyt-module.js';
import type { Model } from '../../language-server/src/generated/ast.js';
import { bcytFilesUnder, loadFiles } from '../../language-server/src/workspace/headless.js';
import type { MessageLanguage } from '../../language-server/src/validation/diagnostic-codes.js';
import { compileDocument, defaultOutput } from '../build/compile.js';
import { cliText } from './cli-text.js';
import { Timings, type Step } from './timings.js';

export interface BuildOptions {
    readonly output?: string;
    readonly outDir?: string;
    readonly force: boolean;
    /** the language of the messages, the diagnostics listed and the build's failures (default Vietnamese) */
    readonly lang?: MessageLanguage;
    /** print on stderr where the time went (`--timings`) */
    readonly timings?: boolean;
}

/** `bcyt build`: exit 0 when every document was written, 1 when one was refused for errors, 2 on I/O failure. */
export async function runBuild(input: string, options: BuildOptions): Promise<number> {
    const lang = options.lang ?? 'vi';
    const say = (text: string) => process.stderr.write(`bcyt: ${text}\n`);
    const path = resolve(input);
    if (!existsSync(path)) {
        say(cliText('notFound', lang, { file: input }));
        return 2;
    }
    const folder = statSync(path).isDirectory();
    if (folder && !options.outDir) {
        say(cliText('folderNeedsOutDir', lang));
        return 2;
    }
    const files = folder ? bcytFilesUnder(path) : [path];
    const timings = options.timings ? new Timings() : undefined;
    const { Bcyt } = createBcytServices(NodeFileSystem, { production: true, language: lang });
    if (timings) {
        // Langium makes a service when it is first asked for: the lexer and parser now, so that this step holds them
        void Bcyt.parser.LangiumParser;
        timings.step('services');
    }
    const onStep = timings && ((step: Step) => timings.step(step));
    const { documents, unreadable } = await loadFiles(Bcyt, files, { onStep });
    let exit = 0;
    for (const { path: file, reason } of unreadable) {
        exit = 2;
        say(cliText('unreadable', lang, { file: relative(process.cwd(), file) || file, reason: reason[lang] }));
    }
    const written = new Map<string, string>();
    for (const document of documents) {
        const source = document.uri.fsPath;
        const shown = relative(process.cwd(), source) || source;
        const output = options.output && !folder ? resolve(options.output) : outputOf(source, folder ? path : undefined, options.outDir);
        // a catalog makes no DOCX, and no folder for one
        const hasDocument = Boolean((document.parseResult.value as Model).document);
        const clash = hasDocument ? written.get(output.toLowerCase()) : undefined;
        if (clash) {
            exit = 2;
            say(cliText('outputClash', lang, { file: shown, output: relative(process.cwd(), output), other: clash }));
            continue;
        }
        const folderProblem = hasDocument ? makeFolder(dirname(output), lang) : undefined;
        if (folderProblem) {
            say(folderProblem);
            return 2;
        }
        written.set(output.toLowerCase(), shown);
        const outcome = await compileDocument(Bcyt, document, output, options.force, onStep);
        switch (outcome.status) {
            case 'no-document':
                if (!folder) say(cliText('declarationsOnly', lang, { file: shown }));
                break;
            case 'written':
                process.stdout.write(`${shown} → ${relative(process.cwd(), outcome.output)}${options.force ? ' (--force)' : ''}\n`);
                break;
            case 'refused':
                exit = Math.max(exit, 1);
                say(cliText('buildRefused', lang, { file: shown, count: outcome.errors.length + outcome.problems.length }));
                for (const error of outcome.errors) {
                    process.stderr.write(`  ${shown}:${error.range.start.line + 1}:${error.range.start.character + 1} ${error.code} ${typeof error.message === 'string' ? error.message : error.message.value}\n`);
                }
                for (const problem of outcome.problems) process.stderr.write(`  ${shown}:${problem.line + 1}:${problem.range.start.character + 1} ${problem.code} ${problem.message}\n`);
                break;
            case 'failed':
                exit = 2;
                say(`${shown}: ${outcome.message}`);
                break;
        }
    }
    timings?.print(lang, text => process.stderr.write(text));
    return exit;
}

/**
 * Where a source's DOCX goes: beside it, or under `--out-dir` at the source's place relative to
 * the folder being built (`a/r.bcyt` → `out/a/r.docx`), so that two communes' `r.bcyt` never
 * write one `out/r.docx`.
 */
export function outputOf(source: string, root: string | undefined, outDir: string | undefined): string {
    if (!outDir) return resolve(defaultOutput(source));
    const below = root ? relative(root, dirname(source)) : '';
    return resolve(defaultOutput(source, join(outDir, below)));
}

/** Creates an output folder; a message naming it when it cannot be (a file of that name, no permission). */
export function makeFolder(folder: string, lang: MessageLanguage): string | undefined {
    try {
        mkdirSync(folder, { recursive: true });
        return undefined;
    } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        const reason = code === 'EEXIST' || code === 'ENOTDIR' ? cliText('fileInTheWay', lang)
            : code === 'EACCES' || code === 'EPERM' || code === 'EROFS' ? cliText('noPermission', lang) : cliText('systemError', lang, { code });
        return cliText('outputFolder', lang, { folder: relative(process.cwd(), folder) || folder, reason });
    }
}
