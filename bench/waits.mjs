// The places where a user waits (issue 20), each against pandoc timed in the same run, alternately:
//   watch   `bcyt watch` rebuilding the 100-page report after a one-line edit is saved
//   batch   `bcyt build <folder> --out-dir` of 20 district reports against 20 pandoc runs
//   editor  the report compiled by a running language server (the VS Code command's request), and
//           an edit until the evaluated (slow-lane) diagnostics are published too
// bench/run.mjs calls these; `node bench/waits.mjs [watch,batch,editor] [--runs N]` prints one JSON object.
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { buildCatalog, buildReport, CATALOG, MARKDOWN, OUT, REPORT_5000, ROOT, WORKSPACE } from './generate.mjs';
import { landmarks, quantiles, startServer } from './lsp.mjs';

const median = values => { const s = [...values].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const round = (v, d = 3) => Math.round(v * 10 ** d) / 10 ** d;
const cli = join(ROOT, 'bin', 'bcyt.js');

function timedRun(command, args) {
    const start = performance.now();
    const r = spawnSync(command, args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 << 20 });
    if (r.error || r.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${r.status}): ${r.error ?? r.stderr}`);
    return performance.now() - start;
}

/** pandoc of the 100-page report's Markdown, once: the anchor every figure is divided by. */
function pandocOnce(pandoc, output) {
    return timedRun(pandoc, [MARKDOWN, '-f', 'markdown', '-t', 'docx', '-o', output]);
}

/** {bcyt, pandoc, ratio} from seconds lists, with the runs. */
function versus(bcytMs, pandocMs, extra = {}) {
    const b = median(bcytMs) / 1000, p = median(pandocMs) / 1000;
    return { bcyt: round(b), pandoc: round(p), ratio: round(b / p, 2), ...extra,
        bcyt_runs: bcytMs.map(x => round(x / 1000)), pandoc_runs: pandocMs.map(x => round(x / 1000)) };
}

/** A copy of the province workspace to edit, so that the generated one stays as generated. */
function copyWorkspace(name) {
    const dir = join(OUT, name);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(join(dir, 'catalog'), { recursive: true });
    copyFileSync(CATALOG, join(dir, 'catalog', 'province.bcyt'));
    copyFileSync(REPORT_5000, join(dir, 'report-5000.bcyt'));
    return { dir, report: join(dir, 'report-5000.bcyt') };
}

/**
 * `bcyt watch report-5000.bcyt -o … --force` (the report carries deliberate slips): one save to
 * warm up, then `runs` saves of a one-line edit, each timed from the write to the line naming
 * the DOCX written; a pandoc run between two saves.
 */
export async function measureWatch({ pandoc, runs = 7 }) {
    const { dir, report } = copyWorkspace('watch');
    const output = join(dir, 'report-5000.docx');
    const child = spawn(process.execPath, [cli, 'watch', report, '-o', output, '--force', '--lang', 'en'], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let wake = () => {};
    child.stdout.setEncoding('utf8').on('data', chunk => { stdout += chunk; wake(); });
    child.stderr.setEncoding('utf8').on('data', chunk => { stderr += chunk; });
    const exited = new Promise(resolve => child.on('exit', code => { wake(); resolve(code); }));
    const until = async (pattern, from) => {
        const deadline = Date.now() + 120_000;
        for (;;) {
            const match = pattern.exec(stdout.slice(from));
            if (match) return { at: performance.now(), end: from + match.index + match[0].length, match };
            if (child.exitCode !== null || Date.now() > deadline) throw new Error(`bcyt watch: no ${pattern}\n${stdout.slice(-2000)}\n${stderr}`);
            await new Promise(resolve => { wake = resolve; setTimeout(resolve, 500); });
        }
    };
    try {
        const startedAt = performance.now();
        let read = (await until(/Press Ctrl-C to stop\.\n/, 0)).end;
        const firstBuildMs = performance.now() - startedAt;
        const text = readFileSync(report, 'utf8');
        const { lines, prose } = landmarks(text);
        const bcytMs = [], pandocMs = [], reported = [];
        for (let i = 0; i <= runs; i++) {
            // a one-line edit: a word added to a prose line, as a planner saves after a correction
            const edited = [...lines];
            edited[prose[(i * 37) % prose.length]] += ` khám lần ${i + 1}`;
            const saved = performance.now();
            writeFileSync(report, edited.join('\n'));
            const written = await until(/→ .*\(--force\) \((\d+\.\d+) s\)\n/, read);
            read = written.end;
            if (i === 0) continue; // a warm-up: the first save compiles the code of the update path
            bcytMs.push(written.at - saved);
            reported.push(Number(written.match[1]));
            pandocMs.push(pandocOnce(pandoc, join(dir, 'pandoc.docx')));
        }
        return versus(bcytMs, pandocMs, { first_build_s: round(firstBuildMs / 1000), reported_by_watch_s: reported });
    } finally {
        child.kill('SIGINT');
        const code = await Promise.race([exited, new Promise(resolve => setTimeout(() => resolve('timeout'), 10_000))]);
        if (code !== 0) child.kill('SIGKILL');
    }
}

/**
 * 20 district reports (generated at `lines` lines each, one seed a district, importing the
 * province catalog) built by one `bcyt build <folder> --out-dir`, against 20 pandoc runs of their
 * Markdown; `runs` rounds, alternately.
 */
export function measureBatch({ pandoc, runs = 3, documents = 20, lines = 1000 }) {
    const dir = join(OUT, 'batch');
    rmSync(dir, { recursive: true, force: true });
    const reports = join(dir, 'districts');
    mkdirSync(reports, { recursive: true });
    mkdirSync(join(dir, 'md'), { recursive: true });
    const catalog = buildCatalog(20260415);
    const markdown = [];
    for (let i = 0; i < documents; i++) {
        const r = buildReport(lines, 20260415 + i + 1, catalog, { catalogImport: '../../province/catalog/province' });
        const name = `huyen-${String(i + 1).padStart(2, '0')}`;
        writeFileSync(join(reports, `${name}.bcyt`), r.text);
        writeFileSync(join(dir, 'md', `${name}.md`), r.markdown);
        markdown.push(join(dir, 'md', `${name}.md`));
    }
    const out = join(dir, 'out');
    const runBcyt = () => timedRun(process.execPath, [cli, 'build', reports, '--out-dir', out, '--force']);
    const runPandoc = () => {
        let ms = 0;
        for (const md of markdown) ms += timedRun(pandoc, [md, '-f', 'markdown', '-t', 'docx', '-o', md.replace(/\.md$/, '.docx')]);
        return ms;
    };
    runBcyt(); runPandoc();
    const bcytMs = [], pandocMs = [];
    for (let i = 0; i < runs; i++) {
        bcytMs.push(runBcyt());
        pandocMs.push(runPandoc());
    }
    return versus(bcytMs, pandocMs, { documents, lines_each: lines });
}

/**
 * One language server with the province workspace open: `edits` edits, each awaited until the
 * diagnostics that follow the slow lane are published (the second publish after the change:
 * the keystroke's fast build, then the evaluated checks once typing pauses); then `compiles`
 * compile requests (bcyt/compile, as the VS Code command sends it) each after a one-line edit
 * and its fast diagnostics, against pandoc alternately.
 */
export async function measureEditor({ pandoc, edits = 40, compiles = 7 }) {
    const { dir, report } = copyWorkspace('editor');
    const { client, ready } = startServer(dir, undefined, join(ROOT, 'out', 'src', 'server', 'main.js'));
    const uri = pathToFileURL(report).toString();
    const { lines, prose, numbers } = landmarks(readFileSync(report, 'utf8'));
    try {
        const { incremental } = await ready;
        if (!incremental) throw new Error('the server does not take incremental changes');
        let version = 1;
        const opened = client.nextDiagnostics(uri);
        client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'bcyt', version, text: lines.join('\n') } });
        await opened;
        // the slow lane of the open
        await client.nextDiagnostics(uri, 30_000).catch(() => undefined);
        const change = (line, from, to, text) => {
            lines[line] = lines[line].slice(0, from) + text + lines[line].slice(to);
            version++;
            return client.notify('textDocument/didChange', {
                textDocument: { uri, version }, contentChanges: [{ range: { start: { line, character: from }, end: { line, character: to } }, text }],
            });
        };
        const full = [];
        const late = numbers.filter(n => n.line > lines.length * 0.4);
        for (let i = 0; i < edits; i++) {
            const fast = client.nextDiagnostics(uri);
            let sent;
            if (i % 2 === 0) {
                // a digit of a stated number: the sums, claims and rules over it are evaluated again
                const n = late[(i * 7919) % late.length];
                const old = lines[n.line][n.col - 1];
                sent = change(n.line, n.col - 1, n.col, String((Number(old) + 1 + (i % 8)) % 10));
            } else {
                const line = prose[(i * 131) % prose.length];
                sent = change(line, lines[line].length, lines[line].length, ' khám');
            }
            await fast;
            const slow = await client.nextDiagnostics(uri, 30_000);
            full.push(slow.at - sent);
        }
        const output = join(dir, 'report-5000.docx');
        const bcytMs = [], pandocMs = [];
        for (let i = 0; i <= compiles; i++) {
            const line = prose[(i * 53) % prose.length];
            const fast = client.nextDiagnostics(uri);
            change(line, lines[line].length, lines[line].length, ' khám');
            await fast;
            const answer = await client.request('bcyt/compile', { uri, output, force: true });
            if (answer.result?.status !== 'written') throw new Error(`bcyt/compile: ${JSON.stringify(answer.result).slice(0, 500)}`);
            // the slow lane the edit scheduled may still publish: let it, before the next edit
            await new Promise(resolve => setTimeout(resolve, 500));
            if (i === 0) continue; // the first compile loads the DOCX writer
            bcytMs.push(answer.ms);
            pandocMs.push(pandocOnce(pandoc, join(dir, 'pandoc.docx')));
        }
        const q = quantiles(full);
        return {
            editor_compile_s: versus(bcytMs, pandocMs, { note: 'bcyt/compile after a one-line edit and its fast diagnostics (the slow lane runs in the request)' }),
            edit_to_full_diagnostics_ms: { p50: q.p50, p95: q.p95, max: q.max, edits },
        };
    } finally {
        await client.shutdown();
    }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
    const parts = (process.argv[2] && !process.argv[2].startsWith('--') ? process.argv[2] : 'watch,batch,editor').split(',');
    const i = process.argv.indexOf('--runs');
    const runs = i > 0 ? Number(process.argv[i + 1]) : 5;
    const pandoc = spawnSync('sh', ['-c', 'command -v pandoc'], { encoding: 'utf8' }).stdout.trim();
    if (!pandoc) throw new Error('pandoc is missing (bench/run.mjs installs it)');
    if (!WORKSPACE) throw new Error('no workspace');
    const result = {};
    if (parts.includes('watch')) result.watch_rebuild_s = await measureWatch({ pandoc, runs });
    if (parts.includes('batch')) result.batch_build_s = measureBatch({ pandoc, runs: Math.max(1, Math.round(runs / 2)) });
    if (parts.includes('editor')) Object.assign(result, await measureEditor({ pandoc, compiles: runs }));
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
}
