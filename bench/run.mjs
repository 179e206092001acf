#!/usr/bin/env node
// `npm run bench`: generates the province workspace, then measures live latency through the real
// language server, `bcyt build` against pandoc, scaling of `bcyt check` and of the in-process
// build, and the server's memory. Prints a table and writes bench/results.json. See bench/README.md.
//
//   node bench/run.mjs [--repeat N] [--builds N] [--quick] [--profile] [--skip live,build,import,data,watch,batch,editor,scaling]
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import { CATALOG, generate, MARKDOWN, OUT, REPORT_5000, ROOT, SCALE_DIR, SCALE_SIZES } from './generate.mjs';
import { measureLive } from './lsp.mjs';
import { measureDataImport } from './data-import.mjs';
import { measureBatch, measureEditor, measureWatch } from './waits.mjs';
import { format, loadProfiles, merge } from './profile-summary.mjs';

const argv = process.argv.slice(2);
const flag = name => argv.includes(name);
const option = (name, fallback) => { const i = argv.indexOf(name); return i >= 0 ? argv[i + 1] : fallback; };
const quick = flag('--quick');
const REPEAT = Number(option('--repeat', quick ? 1 : 2));
const BUILDS = Number(option('--builds', quick ? 5 : 7));
const CHECKS = quick ? 2 : 3;
// builds per in-process run: the warm figure is the median of builds 3…N (the first two compile the code)
const INPROCESS_RUNS = quick ? 3 : 5;
const skip = new Set((option('--skip', '') || '').split(',').filter(Boolean));
const TARGETS = {
    edit_p95: 100, completion_p95: 50, scaling_50000: 1000, rss: 300,
    // issue 20: where users wait, each against pandoc in the same run
    build_ratio: 1.0, watch_ratio: 0.2, batch_ratio: 0.3, editor_ratio: 0.5, full_diagnostics_p95: 400, data_import_s: 1,
};

const began = performance.now();
const say = message => process.stdout.write(`${message}\n`);
const load = () => { const [a, b, c] = loadavg(); return { '1m': +a.toFixed(2), '5m': +b.toFixed(2), '15m': +c.toFixed(2) }; };
const median = values => { const s = [...values].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const round = (v, d = 1) => Math.round(v * 10 ** d) / 10 ** d;
const node = process.execPath;
const cli = join(ROOT, 'bin', 'bcyt.js');

function timed(command, args, options = {}) {
    const start = performance.now();
    const r = spawnSync(command, args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 << 20, ...options });
    const ms = performance.now() - start;
    if (r.error) throw r.error;
    return { ms, status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function which(command) {
    return spawnSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' }).stdout.trim() || undefined;
}

function ensurePandoc() {
    if (which('pandoc')) return which('pandoc');
    say('pandoc is missing: installing the Debian package (apt-get install -y pandoc)…');
    const root = process.getuid?.() === 0;
    const sudo = root ? [] : ['sudo', '-n'];
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    const apt = args => spawnSync(sudo[0] ?? 'apt-get', [...sudo.slice(1), ...(sudo.length ? ['apt-get'] : []), ...args], { stdio: 'inherit', env });
    if (apt(['install', '-y', '--no-install-recommends', 'pandoc']).status !== 0) {
        apt(['update']);
        apt(['install', '-y', '--no-install-recommends', 'pandoc']);
    }
    const path = which('pandoc');
    if (!path) throw new Error('pandoc could not be installed (run as root or with passwordless sudo)');
    return path;
}

function pdfPages(docx, outDir) {
    const soffice = which('soffice') ?? which('libreoffice');
    if (!soffice || !which('pdfinfo')) return undefined;
    // a profile of our own: colleagues' LibreOffice runs must not share ours
    const profile = `file://${join(OUT, 'lo-profile')}`;
    const r = spawnSync(soffice, [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, docx],
        { encoding: 'utf8', timeout: 300000 });
    const pdf = join(outDir, docx.split('/').pop().replace(/\.docx$/, '.pdf'));
    if (r.status !== 0 || !existsSync(pdf)) return undefined;
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
}

// ---------------------------------------------------------------------------------------------

const results = {
    date: new Date().toISOString(),
    machine: { cpus: cpus().length, cpu_model: cpus()[0]?.model, memory_gb: round(totalmem() / 2 ** 30), node: process.version },
    load_at_start: load(),
};
try {
    results.commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
    results.worktree_dirty = execFileSync('git', ['status', '--porcelain', '--', 'language-server', 'src'], { cwd: ROOT, encoding: 'utf8' }).trim().length > 0;
} catch { /* not a git checkout */ }

if (!existsSync(join(ROOT, 'out', 'language-server', 'src', 'main.js')) || !existsSync(join(ROOT, 'out', 'src', 'cli', 'main.js')) || flag('--build')) {
    say('building (npm run build)…');
    execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
}

say(`load average ${JSON.stringify(results.load_at_start)} on ${results.machine.cpus} CPUs`);
say('generating the workspace (bench/generate.mjs)…');
const manifest = generate();
results.workspace = manifest;
say(`  catalog ${manifest.catalog.lines} lines (${manifest.catalog.orgs} orgs, ${manifest.catalog.indicators} indicators, ${manifest.catalog.legal} legal documents, ${manifest.catalog.rules} rules); report ${manifest.reports['5000'].lines} lines; scaled ${SCALE_SIZES.map(s => manifest.reports[String(s)].lines).join(' / ')} lines`);

// ---- 1. live latency through the server
if (!skip.has('live')) {
    say(`\nlive latency: real server over stdio, ${REPEAT} session(s)…`);
    const runs = [];
    for (let i = 0; i < REPEAT; i++) {
        const loadBefore = load();
        const r = await measureLive({ edits: 100, requests: 120, seed: 7 + i, log: say });
        r.load_before = loadBefore;
        r.load_after = load();
        runs.push(r);
    }
    results.live_runs = runs.map(r => { const { server_stderr: _, ...rest } = r; return rest; });
    const pool = key => runs.map(r => r[key]);
    const spread = (key, q) => ({ min: Math.min(...pool(key).map(x => x[q])), max: Math.max(...pool(key).map(x => x[q])) });
    results.edit_to_diagnostics_ms = { p50: median(pool('edit_to_diagnostics_ms').map(x => x.p50)), p95: median(pool('edit_to_diagnostics_ms').map(x => x.p95)),
        spread_p50: spread('edit_to_diagnostics_ms', 'p50'), spread_p95: spread('edit_to_diagnostics_ms', 'p95'), edits_per_run: 100 };
    results.completion_ms = { p50: median(pool('completion_ms').map(x => x.p50)), p95: median(pool('completion_ms').map(x => x.p95)),
        spread_p95: spread('completion_ms', 'p95'), requests_per_run: 120 };
    results.completion_after_keystroke_ms = { p50: median(pool('completion_after_keystroke_ms').map(x => x.p50)), p95: median(pool('completion_after_keystroke_ms').map(x => x.p95)),
        spread_p95: spread('completion_after_keystroke_ms', 'p95') };
    results.hover_ms = { p50: median(pool('hover_ms').map(x => x.p50)), p95: median(pool('hover_ms').map(x => x.p95)), spread_p95: spread('hover_ms', 'p95'), requests_per_run: 120 };
    results.edit_to_diagnostics_editor_like_ms = { p50: median(pool('edit_to_diagnostics_editor_like_ms').map(x => x.p50)), p95: median(pool('edit_to_diagnostics_editor_like_ms').map(x => x.p95)),
        spread_p95: spread('edit_to_diagnostics_editor_like_ms', 'p95'), requests_after_each_edit: runs[0].editor_like_requests };
    results.open_to_diagnostics_ms = median(pool('open_to_diagnostics_ms'));
    for (const key of ['edit_to_diagnostics_ms', 'completion_ms', 'completion_after_keystroke_ms', 'hover_ms', 'edit_to_diagnostics_editor_like_ms']) {
        results[key].p50 = round(results[key].p50);
        results[key].p95 = round(results[key].p95);
    }
    results.server_rss_mb = Math.max(...runs.map(r => r.memory_after_open.VmHWM_mb));
    results.server_rss_after_session_mb = Math.max(...runs.map(r => r.memory_at_end.VmHWM_mb));
}

// ---- 2. build against pandoc, alternately
if (!skip.has('build')) {
    const pandoc = ensurePandoc();
    results.pandoc_version = execFileSync(pandoc, ['--version'], { encoding: 'utf8' }).split('\n')[0];
    const dir = join(OUT, 'build');
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const bcytOut = join(dir, 'report-5000.bcyt.docx');
    const pandocOut = join(dir, 'report-5000.pandoc.docx');
    const runBcyt = () => {
        const r = timed(node, [cli, 'build', REPORT_5000, '-o', bcytOut, '--force']);
        if (r.status !== 0) throw new Error(`bcyt build failed (${r.status}): ${r.stderr}`);
        return r.ms;
    };
    const runPandoc = () => {
        const r = timed(pandoc, [MARKDOWN, '-f', 'markdown', '-t', 'docx', '-o', pandocOut]);
        if (r.status !== 0) throw new Error(`pandoc failed (${r.status}): ${r.stderr}`);
        return r.ms;
    };
    say(`\nbuild: bcyt build vs pandoc, alternately, 1 warm-up + ${BUILDS} each…`);
    const loadBefore = load();
    runBcyt(); runPandoc();
    const a = [], b = [];
    for (let i = 0; i < BUILDS; i++) {
        a.push(runBcyt());
        b.push(runPandoc());
        say(`  #${i + 1}: bcyt ${round(a[i] / 1000, 2)} s, pandoc ${round(b[i] / 1000, 2)} s`);
    }
    const bcyt = median(a) / 1000, pd = median(b) / 1000;
    results.build_s = {
        bcyt: round(bcyt, 3), pandoc: round(pd, 3), ratio: round(bcyt / pd, 2),
        bcyt_runs: a.map(x => round(x / 1000, 3)), pandoc_runs: b.map(x => round(x / 1000, 3)), load_before: loadBefore, load_after: load(),
    };
    say('  counting pages (LibreOffice → PDF → pdfinfo)…');
    results.docx_pages = { bcyt: pdfPages(bcytOut, dir), pandoc: pdfPages(pandocOut, dir) };
    say(`  pages: bcyt ${results.docx_pages.bcyt}, pandoc ${results.docx_pages.pandoc}`);
}

// ---- 2b. import: the 100-page report as Word (printed by `bcyt build`) back to a .bcyt draft
if (!skip.has('import')) {
    const dir = join(OUT, 'import');
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const docx = join(dir, 'report-5000.docx');
    const built = timed(node, [cli, 'build', REPORT_5000, '-o', docx, '--force']);
    if (built.status !== 0) throw new Error(`bcyt build failed (${built.status}): ${built.stderr}`);
    const draft = join(dir, 'report-5000.bcyt');
    const catalog = join(ROOT, 'bench', 'out', 'province', 'catalog');
    const runImport = () => {
        const r = timed(node, [cli, 'import', docx, '-o', draft, '--force', '--catalog', catalog]);
        if (r.status !== 0) throw new Error(`bcyt import failed (${r.status}): ${r.stderr}`);
        return r;
    };
    const runCheck = () => {
        const r = timed(node, [cli, 'check', docx, '--catalog', catalog]);
        if (r.status === 2 || r.status === null) throw new Error(`bcyt check of the DOCX failed (${r.status}): ${r.stderr}`);
        return r;
    };
    say(`
import: bcyt import of the ${manifest.reports['5000'].lines}-line report's DOCX, and bcyt check of that DOCX, ${CHECKS} runs each…`);
    const first = runImport();
    const imports = [first.ms], checks = [];
    for (let i = 1; i < CHECKS; i++) imports.push(runImport().ms);
    for (let i = 0; i < CHECKS; i++) checks.push(runCheck().ms);
    const draftLines = readFileSync(draft, 'utf8').split('\n').length;
    results.import_s = {
        import: round(median(imports) / 1000, 3), check_docx: round(median(checks) / 1000, 3),
        import_runs: imports.map(x => round(x / 1000, 3)), check_runs: checks.map(x => round(x / 1000, 3)),
        draft_lines: draftLines, summary: first.stdout.trim(),
    };
    say(`  import ${results.import_s.import} s (runs ${results.import_s.import_runs.join(', ')}), check of the DOCX ${results.import_s.check_docx} s; draft ${draftLines} lines`);
    say(`  ${results.import_s.summary}`);
}

// ---- data: bcyt data import of 10 000 values (CSV → data blocks)
if (!skip.has('data')) {
    say('\ndata: bcyt data import of 10 000 values into a .bcyt holding half of them…');
    const { times, summary, values } = measureDataImport(node, cli, join(OUT, 'data'), CHECKS);
    results.data_import_s = { import: round(median(times) / 1000, 3), runs: times.map(x => round(x / 1000, 3)), values, summary };
    say(`  ${values} values in ${results.data_import_s.import} s (runs ${results.data_import_s.runs.join(', ')}); ${summary}`);
}

// ---- 2c. where users wait (bench/waits.mjs): bcyt watch, a batch build, the editor's compile and slow lane
for (const part of ['watch', 'batch', 'editor']) {
    if (skip.has(part)) continue;
    const pandoc = ensurePandoc();
    const loadBefore = load();
    const runs = quick ? 3 : BUILDS;
    if (part === 'watch') {
        say(`\nwatch: bcyt watch rebuilding the report after a one-line edit is saved, ${runs} saves, a pandoc run after each…`);
        results.watch_rebuild_s = { ...await measureWatch({ pandoc, runs }), load_before: loadBefore, load_after: load() };
        say(`  bcyt ${results.watch_rebuild_s.bcyt} s, pandoc ${results.watch_rebuild_s.pandoc} s, ratio ${results.watch_rebuild_s.ratio}`);
    } else if (part === 'batch') {
        const rounds = quick ? 1 : 3;
        say(`\nbatch: bcyt build <folder> --out-dir of 20 district reports against 20 pandoc runs, ${rounds} round(s)…`);
        results.batch_build_s = { ...measureBatch({ pandoc, runs: rounds }), load_before: loadBefore, load_after: load() };
        say(`  bcyt ${results.batch_build_s.bcyt} s, pandoc ${results.batch_build_s.pandoc} s, ratio ${results.batch_build_s.ratio}`);
    } else {
        say(`\neditor: a language server compiling the report (bcyt/compile) ${runs} times, and ${quick ? 20 : 40} edits until the slow lane's diagnostics…`);
        const editor = await measureEditor({ pandoc, compiles: runs, edits: quick ? 20 : 40 });
        results.editor_compile_s = { ...editor.editor_compile_s, load_before: loadBefore, load_after: load() };
        results.edit_to_full_diagnostics_ms = editor.edit_to_full_diagnostics_ms;
        say(`  compile ${results.editor_compile_s.bcyt} s, pandoc ${results.editor_compile_s.pandoc} s, ratio ${results.editor_compile_s.ratio}; edit → full diagnostics p50 ${editor.edit_to_full_diagnostics_ms.p50} ms, p95 ${editor.edit_to_full_diagnostics_ms.p95} ms`);
    }
}

// ---- 3. scaling: whole `bcyt check`, and the in-process build
if (!skip.has('scaling')) {
    say('\nscaling: bcyt check (whole process) and the in-process DocumentBuilder build…');
    const files = Object.fromEntries(SCALE_SIZES.map(s => [s, join(SCALE_DIR, `report-${s}.bcyt`)]));
    const checks = Object.fromEntries(SCALE_SIZES.map(s => [s, []]));
    for (let i = 0; i < CHECKS; i++) {
        for (const s of SCALE_SIZES) {
            const r = timed(node, [cli, 'check', files[s]]);
            if (r.status === 2) throw new Error(`bcyt check failed: ${r.stderr}`);
            checks[s].push(r.ms);
        }
    }
    // the fixed part every size pays: the catalog (and the starter catalog) alone
    {
        const r = timed(node, [join(ROOT, 'bench', 'inprocess.mjs'), CATALOG, '--runs', String(INPROCESS_RUNS)]);
        if (r.status !== 0) throw new Error(`inprocess.mjs failed: ${r.stderr}`);
        const base = JSON.parse(r.stdout);
        results.scaling_baseline_catalog_only = { cold_ms: base.runs[0].total_ms, warm_ms: round(median(base.runs.slice(2).map(x => x.total_ms))) };
    }
    // CHECKS fresh processes per size, sizes interleaved, each building the file INPROCESS_RUNS
    // times: the first build of each is a cold figure (the one most exposed to the machine's
    // load: the median is taken), builds 3… of all processes together give the warm figure
    const processes = Object.fromEntries(SCALE_SIZES.map(s => [s, []]));
    for (let i = 0; i < CHECKS; i++) {
        for (const s of SCALE_SIZES) {
            const r = timed(node, [join(ROOT, 'bench', 'inprocess.mjs'), files[s], '--runs', String(INPROCESS_RUNS)]);
            if (r.status !== 0) throw new Error(`inprocess.mjs failed: ${r.stderr}`);
            processes[s].push(JSON.parse(r.stdout).runs);
        }
    }
    const colds = Object.fromEntries(SCALE_SIZES.map(s => [s, processes[s].map(runs => runs[0])]));
    const medianRun = runs => [...runs].sort((a, b) => a.total_ms - b.total_ms)[Math.floor((runs.length - 1) / 2)];
    results.scaling_ms = {};
    results.scaling = { lines: {}, note: 'lines of the report; each build also parses the 2,044-line catalog and the starter catalog' };
    for (const s of SCALE_SIZES) {
        const lines = manifest.reports[String(s)].lines;
        const cold = medianRun(colds[s]);
        const warm = processes[s].flatMap(runs => runs.slice(2));
        const phase = k => round(median(warm.length ? warm.map(r => r[k]) : [cold[k]]));
        results.scaling_ms[String(s)] = round(cold.total_ms);
        results.scaling.lines[String(s)] = lines;
        results.scaling[String(s)] = {
            lines,
            check_process_ms: round(median(checks[s])), check_process_runs: checks[s].map(x => round(x)),
            inprocess_cold: cold,
            inprocess_cold_runs_ms: colds[s].map(run => round(run.total_ms)),
            inprocess_runs_ms: processes[s].map(runs => runs.map(run => round(run.total_ms))),
            inprocess_warm: Object.fromEntries(['parse_ms', 'index_ms', 'scopes_ms', 'link_ms', 'references_ms', 'validate_ms', 'total_ms'].map(k => [k, phase(k)])),
            ms_per_1000_lines: {
                check_process: round(median(checks[s]) / (lines / 1000)),
                inprocess_cold: round(cold.total_ms / (lines / 1000)),
                inprocess_warm: round(phase('total_ms') / (lines / 1000)),
            },
        };
        say(`  ${String(s).padStart(6)} lines: check ${round(median(checks[s]))} ms (${results.scaling[s].ms_per_1000_lines.check_process} ms/1k lines); in-process cold ${round(cold.total_ms)} ms (${results.scaling[s].ms_per_1000_lines.inprocess_cold} ms/1k; runs ${colds[s].map(run => round(run.total_ms)).join(', ')}), warm ${phase('total_ms')} ms (${results.scaling[s].ms_per_1000_lines.inprocess_warm} ms/1k)`);
    }
    const per = SCALE_SIZES.map(s => results.scaling[s].ms_per_1000_lines.inprocess_warm);
    // linear means a constant cost per added line: the slope between consecutive sizes
    const slopes = {};
    for (let i = 1; i < SCALE_SIZES.length; i++) {
        const [a, b] = [SCALE_SIZES[i - 1], SCALE_SIZES[i]];
        const dl = (results.scaling[b].lines - results.scaling[a].lines) / 1000;
        slopes[`${a}→${b}`] = {
            inprocess_warm_ms_per_1000_lines: round((results.scaling[b].inprocess_warm.total_ms - results.scaling[a].inprocess_warm.total_ms) / dl),
            check_process_ms_per_1000_lines: round((results.scaling[b].check_process_ms - results.scaling[a].check_process_ms) / dl),
        };
    }
    results.scaling.linear = { ms_per_1000_lines_warm: per, marginal: slopes, baseline_catalog_only: results.scaling_baseline_catalog_only };
    say(`  marginal cost per 1,000 added lines: ${Object.entries(slopes).map(([k, v]) => `${k}: ${v.inprocess_warm_ms_per_1000_lines} ms in-process (warm), ${v.check_process_ms_per_1000_lines} ms check`).join('; ')}`);
    say(`  catalog alone (fixed cost of every size): cold ${results.scaling_baseline_catalog_only.cold_ms} ms, warm ${results.scaling_baseline_catalog_only.warm_ms} ms`);
}

// ---- 4. profiles (optional): where the time goes
if (flag('--profile')) {
    const dir = join(OUT, 'profiles');
    rmSync(dir, { recursive: true, force: true });
    const profile = (name, args) => {
        const d = join(dir, name);
        mkdirSync(d, { recursive: true });
        timed(node, ['--cpu-prof', '--cpu-prof-dir', d, ...args]);
        return d;
    };
    say('\nprofiles (node --cpu-prof)…');
    const targets = {
        'check-50000': profile('check-50000', [cli, 'check', join(SCALE_DIR, 'report-50000.bcyt')]),
        'build-5000': profile('build-5000', [cli, 'build', REPORT_5000, '-o', join(OUT, 'build', 'profiled.docx'), '--force']),
    };
    say('  phases (in-process wall clock): bench/phases.mjs build / edits / memory…');
    const phase = (...args) => {
        const r = timed(node, args);
        if (r.status !== 0) throw new Error(`phases.mjs failed: ${r.stderr}`);
        return JSON.parse(r.stdout);
    };
    results.phases = {
        build: phase(join(ROOT, 'bench', 'phases.mjs'), 'build'),
        edit: phase(join(ROOT, 'bench', 'phases.mjs'), 'edits', '--edits', '40'),
        memory: phase('--expose-gc', join(ROOT, 'bench', 'phases.mjs'), 'memory', '--edits', '200'),
        check_50000: phase(join(ROOT, 'bench', 'phases.mjs'), 'check', join(SCALE_DIR, 'report-50000.bcyt')),
    };
    const serverDir = join(dir, 'server-edits');
    mkdirSync(serverDir, { recursive: true });
    await measureLive({ edits: 100, requests: 20, cpuProfDir: serverDir });
    targets['server-edits'] = serverDir;
    results.profiles = {};
    for (const [name, d] of Object.entries(targets)) {
        const summary = merge(loadProfiles(d));
        const text = format(summary, 30);
        writeFileSync(join(dir, `${name}.txt`), `${text}\n`);
        results.profiles[name] = { summary: relative(ROOT, join(dir, `${name}.txt`)), busy_ms: summary.busy_ms, origins: summary.origins,
            top_self: summary.self.slice(0, 15).map(r => `${r.ms} ms ${r.name} ${r.where}`) };
        say(`  ${name}: ${relative(ROOT, join(dir, `${name}.txt`))}`);
    }
}

// ---------------------------------------------------------------------------------------------

results.load_at_end = load();
results.duration_s = round((performance.now() - began) / 1000);
const resultsFile = join(ROOT, 'bench', 'results.json');
writeFileSync(resultsFile, JSON.stringify(results, null, 2) + '\n');

const rows = [];
const status = (ok) => (ok === undefined ? '' : ok ? 'ok' : 'MISSED');
if (results.edit_to_diagnostics_ms) {
    const e = results.edit_to_diagnostics_ms;
    rows.push(['edit → diagnostics p50', `${e.p50} ms`, '', '', `${e.spread_p50.min}–${e.spread_p50.max}`]);
    rows.push(['edit → diagnostics p95', `${e.p95} ms`, `≤ ${TARGETS.edit_p95} ms`, status(e.p95 <= TARGETS.edit_p95), `${e.spread_p95.min}–${e.spread_p95.max}`]);
    const c = results.completion_ms;
    const el = results.edit_to_diagnostics_editor_like_ms;
    rows.push(['edit → diagnostics, editor-like requests, p50 / p95', `${el.p50} / ${el.p95} ms`, `p95 ≤ ${TARGETS.edit_p95} ms`, status(el.p95 <= TARGETS.edit_p95), `p95 ${el.spread_p95.min}–${el.spread_p95.max}`]);
    rows.push(['completion p50 / p95', `${c.p50} / ${c.p95} ms`, `p95 ≤ ${TARGETS.completion_p95} ms`, status(c.p95 <= TARGETS.completion_p95), `p95 ${c.spread_p95.min}–${c.spread_p95.max}`]);
    const k = results.completion_after_keystroke_ms;
    rows.push(['completion right after typing "{" p50 / p95', `${k.p50} / ${k.p95} ms`, `p95 ≤ ${TARGETS.completion_p95} ms`, status(k.p95 <= TARGETS.completion_p95), `p95 ${k.spread_p95.min}–${k.spread_p95.max}`]);
    const h = results.hover_ms;
    rows.push(['hover p50 / p95', `${h.p50} / ${h.p95} ms`, '', '', `p95 ${h.spread_p95.min}–${h.spread_p95.max}`]);
    rows.push(['open report → first diagnostics', `${results.open_to_diagnostics_ms} ms`, '', '', '']);
    rows.push(['server peak RSS after open (VmHWM)', `${results.server_rss_mb} MB`, `≤ ${TARGETS.rss} MB`, status(results.server_rss_mb <= TARGETS.rss), '']);
    rows.push(['server peak RSS after the session', `${results.server_rss_after_session_mb} MB`, `≤ ${TARGETS.rss} MB`, status(results.server_rss_after_session_mb <= TARGETS.rss), '']);
}
if (results.build_s) {
    const b = results.build_s;
    rows.push(['build 5,000-line report: bcyt / pandoc', `${b.bcyt} / ${b.pandoc} s`, '', '', `bcyt ${Math.min(...b.bcyt_runs)}–${Math.max(...b.bcyt_runs)}, pandoc ${Math.min(...b.pandoc_runs)}–${Math.max(...b.pandoc_runs)}`]);
    rows.push(['build ratio bcyt / pandoc', `${b.ratio}`, `≤ ${TARGETS.build_ratio}`, status(b.ratio <= TARGETS.build_ratio), '']);
    rows.push(['DOCX pages (bcyt / pandoc)', `${results.docx_pages.bcyt} / ${results.docx_pages.pandoc}`, '~100', '', '']);
}
for (const [key, what, target] of [
    ['watch_rebuild_s', 'bcyt watch rebuild after a saved edit / pandoc', TARGETS.watch_ratio],
    ['batch_build_s', 'bcyt build of 20 reports / 20 pandoc runs', TARGETS.batch_ratio],
    ['editor_compile_s', 'compile in the editor (bcyt/compile) / pandoc', TARGETS.editor_ratio],
]) {
    const x = results[key];
    if (x) rows.push([what, `${x.bcyt} / ${x.pandoc} s (${x.ratio})`, `≤ ${target}`, status(x.ratio <= target), `load ${x.load_before['1m']} → ${x.load_after['1m']}`]);
}
if (results.edit_to_full_diagnostics_ms) {
    const f = results.edit_to_full_diagnostics_ms;
    rows.push(['edit → diagnostics with the slow lane p50 / p95', `${f.p50} / ${f.p95} ms`, `p95 ≤ ${TARGETS.full_diagnostics_p95} ms`, status(f.p95 <= TARGETS.full_diagnostics_p95), `max ${f.max}`]);
}
if (results.import_s) {
    const m = results.import_s;
    rows.push(['import the 100-page report (DOCX → .bcyt)', `${m.import} s`, '', '', `runs ${m.import_runs.join(', ')}; draft ${m.draft_lines} lines`]);
    rows.push(['bcyt check of that DOCX (import in memory + check)', `${m.check_docx} s`, '', '', `runs ${m.check_runs.join(', ')}`]);
}
if (results.data_import_s) {
    const d = results.data_import_s;
    rows.push([`bcyt data import of ${d.values} values (CSV)`, `${d.import} s`, `≤ ${TARGETS.data_import_s} s`, status(d.import <= TARGETS.data_import_s), `runs ${d.runs.join(', ')}`]);
}
if (results.scaling_ms) {
    for (const s of SCALE_SIZES) {
        const x = results.scaling[s];
        rows.push([`${s} lines: in-process build cold / warm`, `${x.inprocess_cold.total_ms} / ${x.inprocess_warm.total_ms} ms`, s === 50000 ? `≤ ${TARGETS.scaling_50000} ms` : '',
            s === 50000 ? status(x.inprocess_warm.total_ms <= TARGETS.scaling_50000) : '', `${x.ms_per_1000_lines.inprocess_cold} / ${x.ms_per_1000_lines.inprocess_warm} ms per 1k lines; cold runs ${(x.inprocess_cold_runs_ms ?? []).join(', ')}; builds per process ${(x.inprocess_runs_ms ?? []).map(runs => runs.join(', ')).join(' | ')}`]);
        rows.push([`${s} lines: bcyt check (process)`, `${x.check_process_ms} ms`, '', '', `${x.ms_per_1000_lines.check_process} ms per 1k lines; runs ${x.check_process_runs.join(', ')}`]);
    }
}
const widths = [0, 1, 2, 3, 4].map(i => Math.max(...rows.map(r => String(r[i]).length), ['metric', 'value', 'target', 'status', 'spread / notes'][i].length));
const fmt = r => r.map((c, i) => String(c).padEnd(widths[i])).join(' | ');
say(`\n${fmt(['metric', 'value', 'target', 'status', 'spread / notes'])}`);
say(widths.map(w => '-'.repeat(w)).join('-|-'));
for (const r of rows) say(fmt(r));
say(`\nload average: start ${JSON.stringify(results.load_at_start)}, end ${JSON.stringify(results.load_at_end)} (${results.machine.cpus} CPUs)`);
say(`bench took ${results.duration_s} s; results in ${relative(process.cwd(), resultsFile) || resultsFile}`);
