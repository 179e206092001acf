/**
 * `bcyt build <folder> --out-dir`: the folder's files built on every core, a worker thread each
 * (worker_threads: one process, as the user ran it). Each thread parses and links the starter
 * catalog and the imported catalogs once for its share of the files: a thread cannot read another
 * thread's syntax trees, and parsing a 2,000-line catalog again costs less than a tenth of the
 * folder (bench/README.md). What each file's build says is printed in the folder's order,
 * whichever thread built it.
 */
import { existsSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker, parentPort, workerData } from 'node:worker_threads';
import { buildFiles, outputOf, type BuildJob } from './build.js';
import { BUILD_THREAD_ROLE } from './build-thread.js';
import type { Timings } from './timings.js';

/** workerData of a build thread */
interface ThreadJob {
    readonly role: typeof BUILD_THREAD_ROLE;
    readonly files: readonly string[];
    readonly all: readonly string[];
    readonly job: BuildJob;
}

type ThreadMessage =
    | { readonly type: 'say'; readonly index: number; readonly stream: 'out' | 'err'; readonly text: string }
    | { readonly type: 'file-done'; readonly index: number }
    | { readonly type: 'done'; readonly exit: number };

/** a thread's own start (Node's, the bundle, the starter catalog) is worth it from this many files on */
const FILES_PER_THREAD = 2;

/**
 * The folder's files in one group a thread (round robin, each group in the folder's order), or
 * one group when a thread would not pay: few files, no idle core, or BCYT_BUILD_THREADS=1. Files
 * whose DOCX would be one (names differing in case) go to the same thread, which keeps the first.
 */
export function buildGroups(files: readonly string[], job: BuildJob): string[][] {
    const asked = Number(process.env.BCYT_BUILD_THREADS);
    const threads = Math.min(Number.isInteger(asked) && asked > 0 ? asked : idleCores(), Math.floor(files.length / FILES_PER_THREAD));
    if (threads < 2 || !binScript()) return [[...files]];
    const groups: string[][] = Array.from({ length: threads }, () => []);
    const groupOfOutput = new Map<string, number>();
    files.forEach((file, i) => {
        const output = outputOf(file, job.root, job.outDir).toLowerCase();
        const group = groupOfOutput.get(output) ?? i % threads;
        groupOfOutput.set(output, group);
        groups[group].push(file);
    });
    return groups.filter(group => group.length > 0);
}

/**
 * This thread's core and the idle ones (by the last minute's load average): a thread more costs
 * 30 % more CPU time in all (each parses the catalogs and compiles the code again), which only an
 * idle core pays back. At a load of 11 on 2 cores two threads took 1.23 times one (bench/README.md).
 */
function idleCores(): number {
    const cores = availableParallelism();
    return Math.max(1, Math.min(cores, 1 + Math.floor(cores - loadavg()[0])));
}

/** Builds each group in a thread of its own; prints what they say in the order of `all`. Exit: the worst of the threads'. */
export async function buildInWorkers(all: readonly string[], groups: readonly string[][], job: BuildJob, timings?: Timings): Promise<number> {
    const said = all.map(() => [] as { stream: 'out' | 'err'; text: string }[]);
    const done = all.map(() => false);
    let next = 0;
    const flush = () => {
        for (; next < all.length && done[next]; next++) {
            for (const { stream, text } of said[next]) (stream === 'out' ? process.stdout : process.stderr).write(text);
        }
    };
    const entry = binScript()!;
    const exits = await Promise.all(groups.map(files => new Promise<number>(resolve => {
        const threadJob: ThreadJob = { role: BUILD_THREAD_ROLE, files, all, job };
        const worker = new Worker(entry, { workerData: threadJob, argv: [] });
        let exit = 2;
        worker.on('message', (message: ThreadMessage) => {
            if (message.type === 'say') said[message.index].push({ stream: message.stream, text: message.text });
            else if (message.type === 'file-done') {
                done[message.index] = true;
                flush();
            } else exit = message.exit;
        });
        worker.on('error', error => process.stderr.write(`bcyt: ${error.stack ?? error}\n`));
        worker.on('exit', () => {
            // a thread that stopped early (an output folder it could not make) has said why
            for (const file of files) done[all.indexOf(file)] = true;
            flush();
            resolve(exit);
        });
    })));
    timings?.step('threads');
    return Math.max(...exits);
}

/** A build thread's work: its files, what it says posted to the main thread. */
export async function serveBuildThread(): Promise<void> {
    const { files, all, job } = workerData as ThreadJob;
    const post = (message: ThreadMessage) => parentPort!.postMessage(message);
    const exit = await buildFiles(files, job, {
        say: (index, stream, text) => post({ type: 'say', index, stream, text }),
        done: index => post({ type: 'file-done', index }),
    }, undefined, all);
    post({ type: 'done', exit });
}

/**
 * bin/bcyt.js, which a thread runs as the user's command did (the bundle and its code cache,
 * or the modules): found above this module, which is src/cli/ (tests), out/src/cli/ (tsc) or
 * out/bundle/ (the bundle). Undefined when it is not there: the build then stays in one thread.
 */
function binScript(): string | undefined {
    let folder = dirname(fileURLToPath(import.meta.url));
    for (let up = 0; up < 4; up++, folder = dirname(folder)) {
        const bin = join(folder, 'bin', 'bcyt.js');
        if (existsSync(bin)) return bin;
    }
    return undefined;
}
