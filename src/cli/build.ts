import { existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import type { LangiumDocument } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { createBcytServices } from '../../language-server/src/bcyt-module.js';
import type { Model } from '../../language-server/src/generated/ast.js';
import { bcytFilesUnder, loadFiles } from '../../language-server/src/workspace/headless.js';
import type { MessageLanguage } from '../../language-server/src/validation/diagnostic-codes.js';
import { compileDocument, defaultOutput } from '../build/compile.js';
import { PackageMemory, type RenderMemory } from '../docx/render-memory.js';
import { cliText } from './cli-text.js';
import { buildGroups, buildInWorkers } from './build-pool.js';
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
    const job: BuildJob = { root: folder ? path : undefined, output: options.output, outDir: options.outDir, force: options.force, lang };
    const groups = folder ? buildGroups(files, job) : [files];
    const exit = groups.length > 1 ? await buildInWorkers(files, groups, job, timings) : await buildFiles(files, job, printNow, timings);
    timings?.print(lang, text => process.stderr.write(text));
    return exit;
}

/** What every document of one `bcyt build` is built with. */
export interface BuildJob {
    /** the folder asked for, undefined for one file */
    readonly root?: string;
    readonly output?: string;
    readonly outDir?: string;
    readonly force: boolean;
    readonly lang: MessageLanguage;
}

/** Where a build says what it did: lines for stdout or stderr, each about the file at `index` of the list. */
export interface BuildSink {
    say(index: number, stream: 'out' | 'err', text: string): void;
    /** nothing more will be said about the file at `index` */
    done?(index: number): void;
}

const printNow: BuildSink = { say: (_index, stream, text) => (stream === 'out' ? process.stdout : process.stderr).write(text) };

/**
 * Builds `files` (all, or one worker's share, each with its index in `all`) with one set of
 * services: the starter catalog and the imports are parsed and linked once for all of them.
 */
export async function buildFiles(files: readonly string[], job: BuildJob, sink: BuildSink, timings?: Timings, all: readonly string[] = files): Promise<number> {
    const { lang } = job;
    const indexOf = (file: string) => Math.max(0, all.indexOf(file));
    const say = (file: string, text: string) => sink.say(indexOf(file), 'err', `bcyt: ${text}\n`);
    const { Bcyt } = createBcytServices(NodeFileSystem, { production: true, language: lang });
    if (timings) {
        // Langium makes a service when it is first asked for: the lexer and parser now, so that this step holds them
        void Bcyt.parser.LangiumParser;
        timings.step('services');
    }
    const onStep = timings && ((step: Step) => timings.step(step));
    // linked here, each checked just before it is compiled (below)
    const { documents, unreadable } = await loadFiles(Bcyt, [...files], { onStep, validation: false });
    let exit = 0;
    for (const { path: file, reason } of unreadable) {
        exit = 2;
        say(file, cliText('unreadable', lang, { file: relative(process.cwd(), file) || file, reason: reason[lang] }));
    }
    const written = new Map<string, string>();
    // docx's package parts made once for the documents of one page setup (render-memory.ts)
    const memory: RenderMemory = { package: new PackageMemory() };
    for (const document of documents) {
        // the evaluator keeps the evaluation of the last few documents only (evaluation/evaluator.ts):
        // checked all first, the first documents' values were computed again for their DOCX
        await Bcyt.shared.workspace.DocumentBuilder.build([document], { validation: true });
        onStep?.('validate');
        const outcome = await buildOne(document);
        if (outcome === 'stop') return 2;
        exit = Math.max(exit, outcome);
        sink.done?.(indexOf(document.uri.fsPath));
    }
    return exit;

    /** One document: its exit code, or 'stop' when no document can be written (the output folder). */
    async function buildOne(document: LangiumDocument): Promise<number | 'stop'> {
        const source = document.uri.fsPath;
        const shown = relative(process.cwd(), source) || source;
        const output = job.output && !job.root ? resolve(job.output) : outputOf(source, job.root, job.outDir);
        // a catalog makes no DOCX, and no folder for one
        const hasDocument = Boolean((document.parseResult.value as Model).document);
        const clash = hasDocument ? written.get(output.toLowerCase()) : undefined;
        if (clash) {
            say(source, cliText('outputClash', lang, { file: shown, output: relative(process.cwd(), output), other: clash }));
            return 2;
        }
        const folderProblem = hasDocument ? makeFolder(dirname(output), lang) : undefined;
        if (folderProblem) {
            say(source, folderProblem);
            return 'stop';
        }
        written.set(output.toLowerCase(), shown);
        const outcome = await compileDocument(Bcyt, document, output, job.force, onStep, memory);
        const err = (text: string) => sink.say(indexOf(source), 'err', text);
        switch (outcome.status) {
            case 'no-document':
                if (!job.root) say(source, cliText('declarationsOnly', lang, { file: shown }));
                return 0;
            case 'written':
                sink.say(indexOf(source), 'out', `${shown} → ${relative(process.cwd(), outcome.output)}${job.force ? ' (--force)' : ''}\n`);
                return 0;
            case 'refused':
                say(source, cliText('buildRefused', lang, { file: shown, count: outcome.errors.length + outcome.problems.length }));
                for (const error of outcome.errors) {
                    err(`  ${shown}:${error.range.start.line + 1}:${error.range.start.character + 1} ${error.code} ${typeof error.message === 'string' ? error.message : error.message.value}\n`);
                }
                for (const problem of outcome.problems) err(`  ${shown}:${problem.line + 1}:${problem.range.start.character + 1} ${problem.code} ${problem.message}\n`);
                return 1;
            case 'failed':
                say(source, `${shown}: ${outcome.message}`);
                return 2;
        }
    }
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
