// Fuzzing the checker, the command line and the language server with seeded mutations of the
// examples (mutate.mjs). For each input: no exception escapes and the check takes at most 2 s of
// CPU (checker.mjs, in its own process); for every 20th, `bcyt check` exits 0, 1 or 2 with JSON
// and no stack; for every 10th, the stdio language server publishes diagnostics and answers
// completion and hover. Needs `npm run build`.
//
//   npm run fuzz -- --minutes 10 [--seed 7] [--cli-every 20] [--server-every 10] [--from 0 --count 1000]
//                                               prints inputs tried, failures, the slowest input
//   npm run fuzz -- --replay out/fuzz [more files or folders]   checks saved inputs again
//
// Failing and slowest inputs are written to out/fuzz/ to be replayed.
import { fork, spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { LspClient } from '../../bench/lsp-client.mjs';
import { loadExamples, mutatedInput, randomSource } from './mutate.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const BCYT = join(ROOT, 'bin/bcyt.js');
/** The issue's bar: a check answers within 2 s (CPU time, so that a busy machine does not fail it). */
export const MAX_CHECK_MS = 2000;
/** Past this a check is a hang: the checker is killed and restarted. */
const HANG_MS = 30_000;

function startChecker(examples) {
    const child = fork(join(ROOT, 'scripts/fuzz/checker.mjs'), [examples], { stdio: ['ignore', 'ignore', 'pipe', 'ipc'], execArgv: [] });
    let stderr = '';
    child.stderr.on('data', chunk => { stderr = (stderr + chunk).slice(-4000); });
    const waiting = new Map();
    let nextId = 1;
    const ready = new Promise((done, fail) => {
        child.once('message', () => done());
        child.once('exit', code => fail(new Error(`the checker exited (${code}): ${stderr}`)));
    });
    child.on('message', message => {
        if (message.id === undefined) return;
        waiting.get(message.id)?.(message);
        waiting.delete(message.id);
    });
    return {
        ready,
        stderr: () => stderr,
        check: input => new Promise(done => {
            const id = nextId++;
            const timer = setTimeout(() => { waiting.delete(id); done({ hang: true }); }, HANG_MS);
            waiting.set(id, answer => { clearTimeout(timer); done(answer); });
            child.send({ id, source: input.source, text: input.text, index: input.index });
        }),
        stop: () => child.kill('SIGKILL'),
    };
}

async function cliCheck(workspace, input) {
    const file = join(workspace, dirname(input.source), 'fuzz-cli.bcyt');
    writeFileSync(file, input.bytes ?? input.text);
    const started = performance.now();
    const result = await new Promise(done => {
        const child = spawn(process.execPath, [BCYT, 'check', file, '--format', 'json'], { cwd: workspace });
        let stdout = '', stderr = '';
        child.stdout.on('data', c => { stdout += c; });
        child.stderr.on('data', c => { stderr += c; });
        const timer = setTimeout(() => child.kill('SIGKILL'), HANG_MS);
        child.on('exit', (code, signal) => { clearTimeout(timer); done({ code, signal, stdout, stderr }); });
    });
    const problems = [];
    if (![0, 1, 2].includes(result.code)) problems.push(`bcyt check exited ${result.code ?? result.signal}`);
    if (/\n\s+at |Error:/.test(result.stderr)) problems.push(`bcyt check wrote a stack: ${result.stderr.slice(0, 500)}`);
    if (result.code !== 2) {
        try {
            JSON.parse(result.stdout);
        } catch {
            problems.push(`bcyt check printed no JSON: ${result.stdout.slice(0, 200)}`);
        }
    }
    return { problems, ms: performance.now() - started };
}

async function startServer(workspace) {
    const client = new LspClient(process.execPath, [join(ROOT, 'bin/bcyt-language-server.js'), '--stdio'], { cwd: ROOT });
    const folder = pathToFileURL(workspace).toString();
    client.workspaceFolders = [{ uri: folder, name: 'fuzz' }];
    await client.request('initialize', { processId: process.pid, rootUri: folder, workspaceFolders: client.workspaceFolders, capabilities: {} });
    client.notify('initialized', {});
    return { client, versions: new Map() };
}

async function serverCheck(server, workspace, input) {
    const { client, versions } = server;
    const uri = pathToFileURL(join(workspace, dirname(input.source), 'fuzz-lsp.bcyt')).toString();
    const version = (versions.get(uri) ?? 0) + 1;
    versions.set(uri, version);
    const problems = [];
    try {
        const published = client.nextDiagnostics(uri, HANG_MS);
        if (version === 1) client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'bcyt', version, text: input.text } });
        else client.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text: input.text }] });
        await published;
        const r = randomSource(input.index + 1);
        const lines = input.text.split(/\r\n|\r|\n/);
        const line = r.int(lines.length);
        const position = { line, character: r.int(lines[line].length + 1) };
        await client.request('textDocument/completion', { textDocument: { uri }, position }, HANG_MS);
        await client.request('textDocument/hover', { textDocument: { uri }, position }, HANG_MS);
    } catch (error) {
        problems.push(`language server: ${error.message}`);
    }
    if (client.process.exitCode !== null) problems.push(`language server exited ${client.process.exitCode}: ${client.stderr.slice(-1000)}`);
    return problems;
}

/**
 * Runs the fuzzer for `seconds` (or `count` inputs), from `seed`. Returns the inputs tried,
 * the failures (input, what went wrong) and the slowest input.
 */
export async function runFuzz({ seconds = 60, from = 0, count = Infinity, seed = 1, cliEvery = 20, serverEvery = 10, log = () => {}, onFailure = () => {} } = {}) {
    const run = await startRun();
    const { workspace } = run;
    const examples = loadExamples(workspace);
    let server = serverEvery ? await startServer(workspace) : undefined;
    const failures = [];
    let slowest = { cpuMs: -1 };
    let tried = 0;
    const deadline = performance.now() + seconds * 1000;
    try {
        for (let index = from; index < from + count && performance.now() < deadline; index++) {
            const input = { index, ...mutatedInput(examples, seed, index) };
            const { problems, cpuMs } = await checkInProcess(run, input);
            if (cpuMs > slowest.cpuMs) slowest = { cpuMs, input };
            if (cliEvery && index % cliEvery === 0) problems.push(...(await cliCheck(workspace, input)).problems);
            if (server && index % serverEvery === 0) {
                const found = await serverCheck(server, workspace, input);
                problems.push(...found);
                if (found.length) {
                    await server.client.shutdown();
                    server = await startServer(workspace);
                }
            }
            tried++;
            if (problems.length) {
                failures.push({ input, problems });
                onFailure(failures.length, { input, problems });
            }
            if (tried % 1000 === 0) log(`${tried} inputs, ${failures.length} failures, slowest so far ${Math.round(slowest.cpuMs)} ms (#${slowest.input?.index})`);
        }
    } finally {
        await server?.client.shutdown();
        endRun(run);
    }
    return { tried, failures, slowest };
}

/** The examples copied into a fresh folder (inputs are checked beside the catalogs they import) and a checker started in it. */
async function startRun() {
    const workspace = mkdtempSync(join(tmpdir(), 'bcyt-fuzz-'));
    cpSync(join(ROOT, 'examples'), workspace, { recursive: true });
    const checker = startChecker(workspace);
    await checker.ready;
    return { workspace, checker };
}

function endRun(run) {
    run.checker.stop();
    rmSync(run.workspace, { recursive: true, force: true });
}

/**
 * What the checker's process says of an input, held to the bars: no problem, at most
 * MAX_CHECK_MS of CPU, an answer within HANG_MS (after a hang the checker is started again).
 */
async function checkInProcess(run, input) {
    const answer = await run.checker.check(input);
    if (answer.hang) {
        const problems = [`no answer in ${HANG_MS / 1000} s: ${run.checker.stderr().slice(-500)}`];
        run.checker.stop();
        run.checker = startChecker(run.workspace);
        await run.checker.ready;
        return { problems, cpuMs: -1 };
    }
    const problems = [...answer.problems];
    if (answer.cpuMs > MAX_CHECK_MS) problems.push(`the check took ${Math.round(answer.cpuMs)} ms of CPU`);
    return { problems, cpuMs: answer.cpuMs };
}

/** `source + mutations`, for reports. */
export function describeInput(input) {
    return `#${input.index} ${input.source} (${input.mutations.join(', ')}), ${input.text.length} characters`;
}

/**
 * Checks saved inputs again (a run's out/fuzz/failure-*.bcyt, or any .bcyt files) as the run
 * did: the checker in its process (CPU time, what went wrong) and `bcyt check`. Returns how many failed.
 */
async function replay(paths) {
    const files = paths.flatMap(path => (statSync(path).isDirectory()
        ? readdirSync(path).filter(name => name.endsWith('.bcyt')).sort().map(name => join(path, name)) : [path]));
    const run = await startRun();
    let failed = 0;
    try {
        for (const [index, file] of files.entries()) {
            const bytes = readFileSync(file);
            const input = { index, source: 'replay.bcyt', text: new TextDecoder('utf-8').decode(bytes), bytes, mutations: [] };
            const { problems, cpuMs } = await checkInProcess(run, input);
            problems.push(...(await cliCheck(run.workspace, input)).problems);
            if (problems.length) failed++;
            console.log(`${file}: ${cpuMs < 0 ? 'no answer' : `${Math.round(cpuMs)} ms of CPU`}${problems.length ? `; ${problems.join(' | ').slice(0, 300)}` : ''}`);
        }
    } finally {
        endRun(run);
    }
    console.log(`replayed: ${files.length}, failing: ${failed}`);
    return failed ? 1 : 0;
}

async function main(argv) {
    const at = argv.indexOf('--replay');
    if (at >= 0) return replay(argv.slice(at + 1));
    const option = (name, fallback) => {
        const at = argv.indexOf(`--${name}`);
        return at >= 0 ? Number(argv[at + 1]) : fallback;
    };
    const minutes = option('minutes', 1);
    const seed = option('seed', Date.now() % 100_000);
    const cliEvery = option('cli-every', 20);
    const serverEvery = option('server-every', 10);
    // --from and --count replay a stretch of a run: input n of a seed is always the same
    const from = option('from', 0);
    const count = option('count', Infinity);
    console.log(`bcyt fuzz: seed ${seed}, ${minutes} min, bcyt check every ${cliEvery}th input, the server every ${serverEvery}th`);
    const started = performance.now();
    const out = join(ROOT, 'out/fuzz');
    mkdirSync(out, { recursive: true });
    // each failure as it is found: a long run can be acted on before it ends
    const onFailure = (n, failure) => {
        writeFileSync(join(out, `failure-${n}.bcyt`), failure.input.bytes ?? failure.input.text);
        console.log(`  failure ${n}: ${describeInput(failure.input)}: ${failure.problems.join(' | ').slice(0, 300)}`);
    };
    const { tried, failures, slowest } = await runFuzz({
        seconds: minutes * 60, seed, from, count, cliEvery, serverEvery, log: line => console.log(`  ${line}`), onFailure,
    });
    if (slowest.input) writeFileSync(join(out, 'slowest.bcyt'), slowest.input.bytes ?? slowest.input.text);
    const rate = tried / ((performance.now() - started) / 1000);
    console.log(`inputs tried: ${tried} (${rate.toFixed(1)}/s)`);
    console.log(`failures: ${failures.length}`);
    for (const failure of failures.slice(0, 20)) console.log(`  ${describeInput(failure.input)}\n    ${failure.problems.join('\n    ').slice(0, 2000)}`);
    if (slowest.input) console.log(`slowest input: ${describeInput(slowest.input)}: ${Math.round(slowest.cpuMs)} ms of CPU (out/fuzz/slowest.bcyt)`);
    if (failures.length) console.log(`failing inputs: out/fuzz/failure-*.bcyt (replay: node bin/bcyt.js check <file>)`);
    return failures.length ? 1 : 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
    main(process.argv.slice(2)).then(code => { process.exitCode = code; });
}
