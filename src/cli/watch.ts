/**
 * `bcyt watch <file | folder> [-o out.docx | --out-dir dir] [--lang vi|en]`: one warm process
 * that checks and rebuilds the DOCX on every save. The documents stay loaded; a saved file is
 * updated through Langium's DocumentBuilder.update, which re-parses only the lines the save
 * changed (workspace/document-factory.ts) and relinks only what depends on it — the path the
 * language server takes on a keystroke — then runs every check, the slow lane included, since a
 * build must see every error. The DOCX is written atomically (compileDocument), so a refused or
 * failed build keeps the previous one.
 */
import { watch, type FSWatcher } from 'node:fs';
import { existsSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DocumentState, URI, type LangiumDocument } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { parseArgs } from 'node:util';
import { createBcytServices, type BcytServices } from '../../language-server/src/bcyt-module.js';
import type { Model } from '../../language-server/src/generated/ast.js';
import type { MessageLanguage } from '../../language-server/src/validation/diagnostic-codes.js';
import { loadFiles } from '../../language-server/src/workspace/headless.js';
import { readSourceFile } from '../../language-server/src/workspace/source-files.js';
import { compileDocument } from '../build/compile.js';
import { BlockMemory, PackageMemory, type RenderMemory } from '../docx/render-memory.js';
import { makeFolder, outputOf } from './build.js';
import { SEVERITIES } from './check.js';
import { askedLanguage } from './cli-text.js';
import { watchText, type WatchTextKey } from './watch-text.js';

/**
 * Saves come as several events (truncate, write, rename): one rebuild once they stop for this
 * long. The events of one save of the 100-page report, written by another process, came within
 * 0.8 ms (in place, in 64 KB pieces, temporary file renamed over it) and 5.8 ms (vim's way: the
 * old file renamed away, a new one written and flushed) (bench/README.md, issue 20). A save read
 * before it ended is not built: its next events come during the update (see `compile`).
 */
const SETTLE_MS = 10;
const ALL_CHECKS = { validation: { categories: ['built-in', 'fast', 'slow'] } };

interface WatchOptions {
    readonly input: string;
    readonly output?: string;
    readonly outDir?: string;
    readonly lang: MessageLanguage;
    /** write the DOCX even while errors remain (as `bcyt build --force`) */
    readonly force: boolean;
}

export async function runWatch(args: string[]): Promise<number> {
    let options: WatchOptions;
    try {
        const parsed = parseArgs({
            args, allowPositionals: true,
            options: { output: { type: 'string', short: 'o' }, 'out-dir': { type: 'string' }, lang: { type: 'string', default: 'vi' },
                force: { type: 'boolean', default: false },
            },
        });
        const lang = parsed.values.lang;
        if (parsed.positionals.length !== 1 || (lang !== 'vi' && lang !== 'en')) throw new Error('');
        options = { input: parsed.positionals[0], output: parsed.values.output, outDir: parsed.values['out-dir'], lang, force: parsed.values.force ?? false };
    } catch (error) {
        process.stderr.write(`${(error as Error).message ? `${(error as Error).message}\n` : ''}${watchText('usage', askedLanguage(args))}\n`);
        return 2;
    }
    const say: Say = (key, args) => watchText(key, options.lang, args);
    const root = resolve(options.input);
    if (!existsSync(root)) {
        process.stderr.write(`bcyt: ${say('notFound', { file: options.input })}\n`);
        return 2;
    }
    const folder = statSync(root).isDirectory();
    if (folder && !options.outDir) {
        process.stderr.write(`bcyt: ${say('folderNeedsOutDir')}\n`);
        return 2;
    }
    if (folder && options.output) {
        process.stderr.write(`bcyt: ${say('outputForOneFile')}\n`);
        return 2;
    }
    const session = new WatchSession(root, folder, options, say);
    return session.start();
}

type Say = (key: WatchTextKey, args?: Record<string, string | number | undefined>) => string;

class WatchSession {
    private readonly services: BcytServices;
    /** the files asked for (a file, or the .bcyt files of the folder), by URI string */
    private readonly targets = new Set<string>();
    private readonly watchers = new Map<string, FSWatcher>();
    /** paths saved since the last rebuild */
    private readonly saved = new Set<string>();
    /** documents validated by the update in progress */
    private readonly rebuilt = new Set<string>();
    /** documents not built because they were saved again meanwhile: built by the next rebuild, even when that save changed nothing */
    private readonly skipped = new Set<string>();
    /** each target's last render, which the next one takes the unchanged blocks' XML from */
    private readonly renders = new Map<string, RenderMemory>();
    private timer: ReturnType<typeof setTimeout> | undefined;
    private running: Promise<void> | undefined;
    private stopping = false;
    private finish: ((code: number) => void) | undefined;

    constructor(
        private readonly root: string,
        private readonly folder: boolean,
        private readonly options: WatchOptions,
        private readonly say: Say,
    ) {
        this.services = createBcytServices(NodeFileSystem, { production: true, language: options.lang }).Bcyt;
        const builder = this.services.shared.workspace.DocumentBuilder;
        // a save runs every check: the DOCX is refused on any error, the evaluated ones included
        builder.updateBuildOptions = ALL_CHECKS;
        builder.onBuildPhase(DocumentState.Validated, built => {
            for (const document of built) this.rebuilt.add(document.uri.toString());
        });
    }

    async start(): Promise<number> {
        const done = new Promise<number>(resolve => { this.finish = resolve; });
        // Ctrl-C during the first build too: it ends, then the process
        process.on('SIGINT', this.stop);
        process.on('SIGTERM', this.stop);
        const first = this.firstBuild();
        this.running = first.then(() => undefined, () => undefined);
        const built = await first;
        this.running = undefined;
        if (!built) {
            process.removeListener('SIGINT', this.stop);
            process.removeListener('SIGTERM', this.stop);
            return 2;
        }
        if (this.stopping) return done;
        this.watchFolders();
        process.stdout.write(`${this.say('watching', { file: shown(this.root) })}\n`);
        // the imported files were linked, not checked: Langium's update would check them at the
        // first save, which would then take twice as long as the next ones; checked now, while
        // the user reads the findings (a save meanwhile waits for it)
        const unchecked = this.services.shared.workspace.LangiumDocuments.all.filter(d => d.state < DocumentState.Validated).toArray();
        if (unchecked.length) {
            this.running = this.services.shared.workspace.DocumentBuilder.build(unchecked, ALL_CHECKS)
                .catch(() => undefined)
                .finally(() => {
                    this.running = undefined;
                    if (this.saved.size && !this.stopping) this.rebuild();
                });
        }
        return done;
    }

    /** Loads, checks and builds what was asked for; false when there is nothing to watch. */
    private async firstBuild(): Promise<boolean> {
        const started = performance.now();
        const { documents, unreadable } = await loadFiles(this.services, [this.root]);
        for (const { path, reason } of unreadable) {
            process.stderr.write(`bcyt: ${this.say('unreadable', { file: shown(path), reason: this.options.lang === 'en' ? reason.en : reason.vi })}\n`);
        }
        if (!documents.length && !this.folder) return false;
        for (const document of documents) this.targets.add(document.uri.toString());
        await this.compile(documents, started);
        return true;
    }

    /** Ctrl-C: no new build; the one under way ends (its DOCX written whole, or not at all) before the process does. */
    private readonly stop = (): void => {
        if (this.stopping) return;
        this.stopping = true;
        if (this.timer) clearTimeout(this.timer);
        for (const watcher of this.watchers.values()) watcher.close();
        this.watchers.clear();
        void (this.running ?? Promise.resolve()).finally(() => {
            process.removeListener('SIGINT', this.stop);
            process.removeListener('SIGTERM', this.stop);
            process.stdout.write(`${this.say('stopped')}\n`);
            this.finish?.(0);
        });
    };

    /**
     * Watches the folders of the targets and of every file they import (a folder, not a file:
     * an editor that saves by writing a new file and renaming it over the old one replaces the
     * file a watch on it would follow). A watched folder is watched with its subfolders.
     */
    private watchFolders(): void {
        const wanted = new Set<string>();
        if (this.folder) wanted.add(this.root);
        const builtins = this.services.workspace.Builtins;
        for (const document of this.services.shared.workspace.LangiumDocuments.all) {
            if (document.uri.scheme !== 'file' || builtins.isBuiltin(document.uri)) continue;
            const path = document.uri.fsPath;
            if (!this.folder || !isUnder(path, this.root)) wanted.add(dirname(path));
        }
        for (const [dir, watcher] of this.watchers) {
            if (!wanted.has(dir)) {
                watcher.close();
                this.watchers.delete(dir);
            }
        }
        for (const dir of wanted) {
            if (this.watchers.has(dir)) continue;
            try {
                const recursive = dir === this.root;
                const watcher = watch(dir, { recursive }, (_event, name) => {
                    if (name && /\.bcyt$/i.test(name)) this.onSave(join(dir, name.toString()));
                });
                watcher.on('error', () => {
                    watcher.close();
                    this.watchers.delete(dir);
                });
                this.watchers.set(dir, watcher);
            } catch (error) {
                process.stderr.write(`bcyt: ${this.say('cannotWatch', { folder: shown(dir), reason: (error as NodeJS.ErrnoException).code ?? (error as Error).message })}\n`);
            }
        }
    }

    private onSave(path: string): void {
        if (this.stopping) return;
        const known = this.services.shared.workspace.LangiumDocuments.hasDocument(uriOf(path));
        if (!known && !(this.folder && isListed(path, this.root))) return;
        this.saved.add(path);
        if (this.timer) clearTimeout(this.timer);
        this.timer = setTimeout(() => this.rebuild(), SETTLE_MS);
    }

    /** One rebuild at a time: saves that come during one are taken by the next. */
    private rebuild(): void {
        this.timer = undefined;
        if (this.running || this.stopping) return;
        this.running = this.update().catch(error => {
            process.stderr.write(`bcyt: ${(error as Error).stack ?? error}\n`);
        }).finally(() => {
            this.running = undefined;
            if (this.saved.size && !this.stopping) this.rebuild();
        });
    }

    private async update(): Promise<void> {
        const started = performance.now();
        const documents = this.services.shared.workspace.LangiumDocuments;
        const changed: URI[] = [];
        const deleted: URI[] = [];
        for (const path of this.saved) {
            const uri = uriOf(path);
            const document = documents.getDocument(uri);
            let text: string;
            try {
                text = readSourceFile(path);
            } catch (error) {
                const code = (error as NodeJS.ErrnoException).code;
                if (code === 'ENOENT' || code === 'ENOTDIR') {
                    // gone: a file of the folder is dropped (its DOCX stays); a file asked for by name may come back
                    if (document && this.folder && this.targets.delete(uri.toString())) {
                        this.renders.delete(uri.toString());
                        deleted.push(uri);
                        process.stdout.write(`${this.say('deleted', { file: shown(path) })}\n`);
                    }
                } else {
                    process.stderr.write(`bcyt: ${this.say('unreadable', { file: shown(path), reason: this.options.lang === 'en' ? (error as { messageEn?: string }).messageEn ?? (error as Error).message : (error as Error).message })}\n`);
                }
                continue;
            }
            // saved without a change (or only touched)
            if (document && document.textDocument.getText() === text) continue;
            if (!document && this.folder) this.targets.add(uri.toString());
            changed.push(uri);
        }
        this.saved.clear();
        if (!changed.length && !deleted.length && !this.skipped.size) return;
        this.rebuilt.clear();
        if (changed.length || deleted.length) await this.services.shared.workspace.DocumentBuilder.update(changed, deleted);
        const toCompile = [...this.targets].filter(uri => this.rebuilt.has(uri) || this.skipped.has(uri))
            .map(uri => documents.getDocument(URI.parse(uri)))
            .filter((d): d is LangiumDocument => d !== undefined);
        await this.compile(toCompile, started);
        // the imports may have changed
        if (!this.stopping) this.watchFolders();
    }

    /** Prints each document's findings, then the DOCX written, or why none was. */
    private async compile(documents: readonly LangiumDocument[], started: number): Promise<void> {
        const out = (line: string) => process.stdout.write(`${line}\n`);
        this.skipped.clear();
        for (const document of documents) {
            const source = document.uri.fsPath;
            // saved again while it was being checked (a save read before it ended, or a new one): the next rebuild builds it
            if (this.saved.has(source)) {
                this.skipped.add(document.uri.toString());
                continue;
            }
            const name = shown(source);
            const diagnostics = [...(document.diagnostics ?? [])].sort((a, b) =>
                a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
            const errors = diagnostics.filter(d => d.severity === 1).length;
            out(`[${new Date().toLocaleTimeString('vi-VN', { hour12: false })}] ${name}: ${this.say('findings', { errors, others: diagnostics.length - errors })}`);
            for (const d of diagnostics) {
                out(`${name}:${d.range.start.line + 1}:${d.range.start.character + 1} ${SEVERITIES[d.severity ?? 1]} ${d.code ?? 'syntax-error'} ${typeof d.message === 'string' ? d.message : d.message.value}`);
            }
            if (!(document.parseResult.value as Model).document) continue;
            const output = this.options.output && !this.folder ? resolve(this.options.output)
                : outputOf(source, this.folder ? this.root : undefined, this.options.outDir);
            const folderProblem = makeFolder(dirname(output), this.options.lang);
            if (folderProblem) {
                process.stderr.write(`bcyt: ${folderProblem}\n`);
                continue;
            }
            const uri = document.uri.toString();
            let memory = this.renders.get(uri);
            if (!memory) this.renders.set(uri, memory = { blocks: new BlockMemory(), package: new PackageMemory() });
            const outcome = await compileDocument(this.services, document, output, this.options.force, undefined, memory);
            const seconds = ((performance.now() - started) / 1000).toFixed(2);
            const time = this.options.lang === 'en' ? seconds : seconds.replace('.', ',');
            switch (outcome.status) {
                case 'written':
                    out(`${name} → ${shown(outcome.output)}${this.options.force ? ' (--force)' : ''} (${time} s)`);
                    break;
                case 'refused':
                    for (const problem of outcome.problems) out(`${name}:${problem.line + 1}:${problem.range.start.character + 1} error ${problem.code} ${problem.message}`);
                    out(this.say('refused', { file: name, count: outcome.errors.length + outcome.problems.length, output: shown(output), time }));
                    break;
                case 'failed':
                    process.stderr.write(`bcyt: ${name}: ${outcome.message}\n`);
                    break;
                case 'no-document':
                    break;
            }
        }
    }
}

const uriOf = (path: string): URI => URI.parse(pathToFileURL(path).toString());
const shown = (path: string): string => relative(process.cwd(), path) || path;
const isUnder = (path: string, folder: string): boolean => !relative(folder, path).startsWith('..');
/** A file `bcyt build <folder>` would build: below the folder, no dot folder or file (an editor's `.#r.bcyt`), no node_modules. */
const isListed = (path: string, folder: string): boolean =>
    isUnder(path, folder) && !relative(folder, path).split(sep).some(part => part.startsWith('.') || part === 'node_modules');
