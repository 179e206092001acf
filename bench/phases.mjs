#!/usr/bin/env node
// Where the time of one edit and of one build goes, measured in-process with wall clocks (no
// profiler overhead). A diagnostic tool for the lead, not part of the headline numbers.
//
//   node bench/phases.mjs edits [--edits 40]   the LSP's update cycle on the 5,000-line report:
//        DocumentBuilder.update with the server's update options, per phase, and per check of
//        BcytValidator.checkFast and checkSlow (the check classes' methods are wrapped, nothing is edited);
//        with --slow, each update is followed by the slow lane alone, as the server runs it when typing pauses
//   node bench/phases.mjs check <file.bcyt> [--runs N]   one cold build of a file, by phase and by check
//        (with --runs N, the N-th build in the same process: warm code, fresh services)
//   node --expose-gc bench/phases.mjs memory [--edits 200]   heap after a full GC every 20 edits
//   node bench/phases.mjs build                `bcyt build` of the report step by step: module
//        loading, services, parse, build phases, resolveDocument, renderDocx, atomic write
//   node bench/phases.mjs watch [--saves 12]   `bcyt watch`'s rebuild in-process: a one-line prose edit of a
//        copy of the report saved, then DocumentBuilder.update with every check and compileDocument's
//        steps (resolve, render, write), per save; the CLI's V8 flag set first (bin/bcyt.js)
//   node bench/phases.mjs build-floor [--runs 20]   the least one `bcyt build` process could take:
//        Node's start plus the build repeated in one process until its code is optimised
//
// Prints JSON.
import { mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import os from 'node:os';
import { OUT, REPORT_5000, ROOT, CATALOG } from './generate.mjs';

const t0 = performance.now();
const mode = process.argv[2] ?? 'edits';
const arg = (name, fallback) => { const i = process.argv.indexOf(name); return i > 0 ? process.argv[i + 1] : fallback; };
const r1 = v => Math.round(v * 10) / 10;
const median = values => { const s = [...values].sort((a, b) => a - b); const m = s.length >> 1; return s.length ? (s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2) : 0; };
const p95 = values => { const s = [...values].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.ceil(0.95 * s.length) - 1)] ?? 0; };

const out = (...p) => pathToFileURL(join(ROOT, 'out', ...p)).href;
await import(out('language-server', 'src', 'polyfill.js'));
const { DocumentState, URI } = await import('langium');
const { NodeFileSystem } = await import('langium/node');
const { createBcytServices } = await import(out('language-server', 'src', 'bcyt-module.js'));
const tModules = performance.now();

/** Wraps `object[method]` to add its wall time to `totals[name]` (outermost call only). */
function wrap(object, method, name, totals) {
    const original = object[method];
    let depth = 0;
    object[method] = function (...args) {
        if (depth++) { try { return original.apply(this, args); } finally { depth--; } }
        const start = performance.now();
        try {
            const result = original.apply(this, args);
            if (result && typeof result.then === 'function') {
                return result.finally(() => { totals[name] = (totals[name] ?? 0) + performance.now() - start; depth--; });
            }
            totals[name] = (totals[name] ?? 0) + performance.now() - start;
            depth--;
            return result;
        } catch (error) { depth--; throw error; }
    };
}

if (mode === 'edits' || mode === 'memory' || mode === 'check') {
    const totals = {};
    // every check class of the validator, the world and the lexer
    const validationDir = join(ROOT, 'out', 'language-server', 'src', 'validation');
    for (const file of readdirSync(validationDir).filter(f => f.endsWith('-check.js'))) {
        const module = await import(pathToFileURL(join(validationDir, file)).href);
        for (const [name, value] of Object.entries(module)) {
            if (typeof value === 'function' && /Check$/.test(name) && value.prototype?.check) wrap(value.prototype, 'check', `validate: ${name}`, totals);
        }
    }
    const { BcytEvaluator } = await import(out('language-server', 'src', 'evaluation', 'evaluator.js'));
    wrap(BcytEvaluator.prototype, 'worldOf', 'validate: World (facts of the visible documents)', totals);
    const { BcytValidator } = await import(out('language-server', 'src', 'validation', 'validator.js'));
    wrap(BcytValidator.prototype, 'checkFast', 'validate: fast lane (checkFast)', totals);
    wrap(BcytValidator.prototype, 'checkSlow', 'validate: slow lane (checkSlow)', totals);
    const { BcytLexer } = await import(out('language-server', 'src', 'parser', 'lexer.js'));
    wrap(BcytLexer.prototype, 'tokenize', 'parse: lexer (BcytLexer.tokenize)', totals);

    const setup = () => {
        const { shared, Bcyt } = createBcytServices(NodeFileSystem);
        const factory = shared.workspace.LangiumDocumentFactory;
        wrap(factory, 'update', 'parse: LangiumDocumentFactory.update (lexer + parser)', totals);
        wrap(Bcyt.validation.DocumentValidator, 'validateDocument', 'validate: DocumentValidator.validateDocument', totals);
        wrap(Bcyt.references.Linker, 'link', 'link: Linker.link', totals);
        wrap(Bcyt.references.ScopeComputation, 'collectLocalSymbols', 'scopes: ScopeComputation.collectLocalSymbols', totals);
        wrap(shared.workspace.IndexManager, 'updateContent', 'index: IndexManager.updateContent', totals);
        wrap(shared.workspace.IndexManager, 'updateReferences', 'references: IndexManager.updateReferences', totals);
        return { shared, Bcyt, documents: shared.workspace.LangiumDocuments, factory, builder: shared.workspace.DocumentBuilder };
    };
    if (mode === 'check') {
        // cold builds of a file with its imports, as `bcyt check` does, by phase and check; with
        // --runs N the later runs use fresh services in the warmed-up process, and the last is printed
        const file = process.argv[3];
        const runs = Number(arg('--runs', 1));
        for (let run = 1; run <= runs; run++) {
            for (const k of Object.keys(totals)) delete totals[k];
            const { Bcyt, documents, factory, builder } = setup();
            const at = {};
            const start = performance.now();
            Bcyt.workspace.Builtins.load(documents, factory);
            const pending = [file];
            while (pending.length) {
                const path = pending.shift();
                const d = factory.fromString(readFileSync(path, 'utf8'), URI.parse(pathToFileURL(path).toString()));
                documents.addDocument(d);
                for (const target of Bcyt.workspace.ImportResolver.importTargets(d)) if (!documents.hasDocument(target.uri)) pending.push(target.uri.fsPath);
            }
            at.parse = performance.now();
            for (const [name, state] of [['index', DocumentState.IndexedContent], ['scopes', DocumentState.ComputedScopes], ['link', DocumentState.Linked],
                ['references', DocumentState.IndexedReferences], ['validate', DocumentState.Validated]]) builder.onBuildPhase(state, () => { at[name] = performance.now(); });
            await builder.build([...documents.all], { validation: true });
            if (run < runs) continue;
            let previous = start;
            const phasesMs = {};
            for (const [k, v] of Object.entries(at)) { phasesMs[k] = r1(v - previous); previous = v; }
            process.stdout.write(JSON.stringify({ mode, file, run, lines: readFileSync(file, 'utf8').split('\n').length - 1, total_ms: r1(previous - start), phases_ms: phasesMs,
                inside_ms: Object.fromEntries(Object.entries(totals).sort((a, b) => b[1] - a[1]).map(([k, v]) => [k, r1(v)])) }, null, 2) + '\n');
        }
        process.exit(0);
    }
    const { Bcyt, documents, factory, builder } = setup();
    // the text the "editor" holds
    const texts = new Map();
    factory.getUpdatedText = async document => texts.get(document.uri.toString()) ?? readFileSync(document.uri.fsPath, 'utf8');
    Bcyt.workspace.Builtins.load(documents, factory);
    const load = path => {
        const uri = URI.parse(pathToFileURL(path).toString());
        const text = readFileSync(path, 'utf8');
        texts.set(uri.toString(), text);
        const d = factory.fromString(text, uri);
        documents.addDocument(d);
        return d;
    };
    load(CATALOG);
    const report = load(REPORT_5000);
    await builder.build([...documents.all], { validation: true });
    const uri = report.uri.toString();
    let lines = texts.get(uri).split('\n');
    const bodyStart = lines.indexOf('---') + 1;
    const prose = [];
    const numbers = [];
    for (let i = bodyStart; i < lines.length; i++) {
        if (lines[i].length > 40 && !/[{[#|]/.test(lines[i])) prose.push(i);
        const m = /\{[a-z_0-9]+ = (\d[\d.]*)\}/.exec(lines[i]);
        if (m) numbers.push({ line: i, col: m.index + m[0].length - 2 });
    }
    const edits = Number(arg('--edits', mode === 'memory' ? 200 : 40));
    const slowLane = process.argv.includes('--slow');
    const memory = [];
    const heap = () => {
        globalThis.gc?.();
        const m = process.memoryUsage();
        return { heap_used_mb: r1(m.heapUsed / 2 ** 20), rss_mb: r1(m.rss / 2 ** 20) };
    };
    if (mode === 'memory') memory.push({ edits: 0, ...heap() });
    const samples = [];
    const at = {};
    const phases = [['parsed', DocumentState.Parsed], ['indexed', DocumentState.IndexedContent], ['scoped', DocumentState.ComputedScopes],
        ['linked', DocumentState.Linked], ['references', DocumentState.IndexedReferences], ['validated', DocumentState.Validated]];
    for (const [name, state] of phases) builder.onBuildPhase(state, () => { at[name] = performance.now(); });
    // warm up like an editor session: a few edits first
    for (let i = 0; i < edits + 5; i++) {
        if (i % 2 === 0) {
            const line = prose[(i * 7919) % prose.length];
            lines[line] += 'a';
        } else {
            const n = numbers[(i * 104729) % numbers.length];
            const t = lines[n.line];
            lines[n.line] = t.slice(0, n.col) + String((Number(t[n.col]) + 1) % 10) + t.slice(n.col + 1);
        }
        texts.set(uri, lines.join('\n'));
        for (const k of Object.keys(totals)) delete totals[k];
        for (const k of Object.keys(at)) delete at[k];
        const start = performance.now();
        await builder.update([report.uri], []);
        const end = performance.now();
        const reached = { ...at };
        // --slow: then the slow lane alone, as the server runs it once typing pauses (lsp/slow-checks.ts)
        if (slowLane) await builder.build([report], { validation: { categories: ['slow'] } });
        if (mode === 'memory' && (i + 1) % 20 === 0) memory.push({ edits: i + 1, ...heap() });
        if (i < 5) continue;
        const sample = { total: end - start, ...(slowLane ? { 'slow lane (build)': performance.now() - end } : {}) };
        let previous = start;
        for (const [name] of phases) { if (reached[name]) { sample[`phase ${name}`] = reached[name] - previous; previous = reached[name]; } }
        Object.assign(sample, totals);
        samples.push(sample);
    }
    const keys = [...new Set(samples.flatMap(s => Object.keys(s)))];
    const summary = Object.fromEntries(keys.map(k => [k, { median: r1(median(samples.map(s => s[k] ?? 0))), p95: r1(p95(samples.map(s => s[k] ?? 0))) }]));
    const sorted = Object.fromEntries(Object.entries(summary).sort((a, b) => b[1].median - a[1].median));
    if (mode === 'memory') {
        process.stdout.write(JSON.stringify({ mode, gc_exposed: !!globalThis.gc, after_gc: memory,
            note: 'heap used after a full GC (run with node --expose-gc): growth means memory retained across edits' }, null, 2) + '\n');
        process.exit(0);
    }
    process.stdout.write(JSON.stringify({ mode, edits: samples.length, report_lines: lines.length, update_ms: sorted,
        note: 'phase X = time from the previous phase to all rebuilt documents reaching X; the named functions are cumulative wall times inside one update' }, null, 2) + '\n');
} else if (mode === 'build') {
    const steps = { 'node start → script start': t0, 'import langium + language server modules': tModules - t0 };
    let t = performance.now();
    const mark = name => { const now = performance.now(); steps[name] = (steps[name] ?? 0) + now - t; t = now; };
    const { resolveDocument } = await import(out('language-server', 'src', 'document-model', 'resolve.js'));
    const { renderDocx, writeDocxAtomically } = await import(out('src', 'docx', 'render.js'));
    mark('import resolve + docx renderer (docx package)');
    const inside = {};
    const docx = await import('docx');
    // the body is our XML (src/docx/ooxml.ts); docx writes the other parts of the package
    wrap(docx.Packer.compiler, 'compile', 'renderDocx → docx: package parts (styles, headers, sections)', inside);
    // as the CLI creates them
    const { shared, Bcyt } = createBcytServices(NodeFileSystem, { production: true });
    Bcyt.parser.LangiumParser.parse('');
    mark('create services + chevrotain parser/lexer');
    const validator = Bcyt.validation.DocumentValidator;
    const validateDocument = validator.validateDocument.bind(validator);
    validator.validateDocument = async (document, ...rest) => {
        const start = performance.now();
        try { return await validateDocument(document, ...rest); } finally {
            const name = `validate → ${document.uri.path.split('/').slice(-2).join('/')}`;
            inside[name] = (inside[name] ?? 0) + performance.now() - start;
        }
    };
    const documents = shared.workspace.LangiumDocuments;
    const factory = shared.workspace.LangiumDocumentFactory;
    Bcyt.workspace.Builtins.load(documents, factory);
    mark('parse starter catalog');
    const catalog = factory.fromString(readFileSync(CATALOG, 'utf8'), URI.parse(pathToFileURL(CATALOG).toString()));
    documents.addDocument(catalog);
    mark('parse catalog (2,044 lines)');
    const report = factory.fromString(readFileSync(REPORT_5000, 'utf8'), URI.parse(pathToFileURL(REPORT_5000).toString()));
    documents.addDocument(report);
    mark('parse report (5,000 lines)');
    const builder = shared.workspace.DocumentBuilder;
    const phases = [['index', DocumentState.IndexedContent], ['scopes', DocumentState.ComputedScopes], ['link', DocumentState.Linked],
        ['index references', DocumentState.IndexedReferences], ['validate (the report)', DocumentState.Validated]];
    for (const [name, state] of phases) builder.onBuildPhase(state, () => mark(`build: ${name}`));
    // as bcyt build does (loadFiles): everything linked, only the file asked for checked
    await builder.build([...documents.all], { validation: false });
    await builder.build([report], { validation: true });
    const model = report.parseResult.value;
    const printed = resolveDocument(model, Bcyt.evaluation.Evaluator.session(model));
    mark('resolveDocument (printed model: values, citations, tables)');
    const buffer = await renderDocx(printed);
    mark('renderDocx (body XML, package parts, zip)');
    mkdirSync(join(OUT, 'build'), { recursive: true });
    await writeDocxAtomically(buffer, join(OUT, 'build', 'phases.docx'));
    mark('write (atomic)');
    const total = performance.now();
    process.stdout.write(JSON.stringify({ mode, total_ms: r1(total), docx_bytes: buffer.length,
        note: 'modules are loaded from out/ here; bin/bcyt.js runs the CLI bundle (out/bundle/cli.cjs) with a V8 code cache, which starts ~300 ms faster',
        steps_ms: Object.fromEntries(Object.entries(steps).map(([k, v]) => [k, r1(v)])),
        inside_steps_ms: Object.fromEntries(Object.entries(inside).map(([k, v]) => [k, r1(v)])) }, null, 2) + '\n');
} else if (mode === 'watch') {
    const v8 = await import('node:v8');
    v8.setFlagsFromString(`--interrupt-budget=${16 * 67584}`);
    const { copyFileSync, writeFileSync, rmSync } = await import('node:fs');
    const { loadFiles } = await import(out('language-server', 'src', 'workspace', 'headless.js'));
    const { compileDocument } = await import(out('src', 'build', 'compile.js'));
    const docx = await import('docx');
    const dir = join(OUT, 'watch-phases');
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(join(dir, 'catalog'), { recursive: true });
    copyFileSync(CATALOG, join(dir, 'catalog', 'province.bcyt'));
    const report = join(dir, 'report-5000.bcyt');
    copyFileSync(REPORT_5000, report);
    const output = join(dir, 'report-5000.docx');
    const { shared, Bcyt } = createBcytServices(NodeFileSystem, { production: true, language: 'en' });
    const builder = shared.workspace.DocumentBuilder;
    const checks = { validation: { categories: ['built-in', 'fast', 'slow'] } };
    builder.updateBuildOptions = checks;
    const { documents: [document] } = await loadFiles(Bcyt, [report]);
    // --memory on (as bcyt watch), off, or alternate (on for even saves: pairs at the same load)
    const { BlockMemory, PackageMemory } = await import(out('src', 'docx', 'render-memory.js'));
    const memoryMode = arg('--memory', 'on');
    const memory = { blocks: new BlockMemory(), package: new PackageMemory() };
    const withMemory = i => memoryMode === 'on' || (memoryMode === 'alternate' && i % 2 === 0);
    await compileDocument(Bcyt, document, output, true, undefined, withMemory(0) ? memory : undefined);
    // as the watch does right after the first build: the imports checked
    await builder.build(shared.workspace.LangiumDocuments.all.filter(d => d.state < DocumentState.Validated).toArray(), checks);
    const inside = {};
    wrap(docx.Packer.compiler, 'compile', 'docx', inside);
    // the edits of bench/waits.mjs's watch part
    const { landmarks } = await import('./lsp.mjs');
    const { lines, prose } = landmarks(readFileSync(report, 'utf8'));
    const saves = [];
    const uri = document.uri;
    for (let i = 0; i < Number(arg('--saves', 12)); i++) {
        const edited = [...lines];
        edited[prose[(i * 37) % prose.length]] += ` khám lần ${i + 1}`;
        writeFileSync(report, edited.join('\n'));
        for (const k of Object.keys(inside)) delete inside[k];
        const start = performance.now();
        let t = start;
        const step = {};
        const mark = name => { const now = performance.now(); step[name] = r1(now - t); t = now; };
        await builder.update([uri], []);
        mark('update');
        const outcome = await compileDocument(Bcyt, shared.workspace.LangiumDocuments.getDocument(uri), output, true, mark, withMemory(i) ? memory : undefined);
        step.memory = withMemory(i) ? 1 : 0;
        if (outcome.status !== 'written') throw new Error(JSON.stringify(outcome).slice(0, 300));
        step.docx = r1(inside.docx ?? 0);
        if (process.env.DEBUG_WATCH) step.bytes = (await import('node:fs')).statSync(output).size;
        step.total = r1(performance.now() - start);
        saves.push(step);
    }
    const later = saves.slice(2);
    const keys = Object.keys(saves[0]);
    const medians = list => Object.fromEntries(keys.map(k => [k, r1(median(list.map(s => s[k])))]));
    const pairs = memoryMode === 'alternate' ? later.filter(s => s.memory).map((s, i) => [s, later.filter(t => !t.memory)[i]]).filter(([, b]) => b) : [];
    process.stdout.write(JSON.stringify({ mode, memory: memoryMode, load: os.loadavg().map(r1),
        median_of_saves_3_on_ms: medians(later),
        ...(pairs.length ? { with_memory_ms: medians(later.filter(s => s.memory)), without_ms: medians(later.filter(s => !s.memory)),
            render_ratio_median_of_pairs: Math.round(median(pairs.map(([a, b]) => a.render / b.render)) * 100) / 100 } : {}),
        saves }, null, 1).replace(/\n\s+(?=[-\d"}])/g, ' ') + '\n');
} else if (mode === 'build-floor') {
    // the least a single `bcyt build` process could take: Node's start (an empty script) plus a
    // build whose code is already compiled and optimised (the CLI's own runBuild, repeated in
    // this process; the median of the last half of the runs)
    const { spawnSync } = await import('node:child_process');
    const starts = [];
    for (let i = 0; i < 5; i++) {
        const start = performance.now();
        spawnSync(process.execPath, ['-e', '0']);
        starts.push(performance.now() - start);
    }
    const { runBuild } = await import(out('src', 'cli', 'build.js'));
    mkdirSync(join(OUT, 'build'), { recursive: true });
    const write = process.stdout.write.bind(process.stdout);
    const builds = [];
    for (let i = 0; i < Number(arg('--runs', 20)); i++) {
        const start = performance.now();
        process.stdout.write = () => true;
        try { await runBuild(REPORT_5000, { output: join(OUT, 'build', 'floor.docx'), force: true }); } finally { process.stdout.write = write; }
        builds.push(performance.now() - start);
    }
    const warm = median(builds.slice(builds.length >> 1));
    process.stdout.write(JSON.stringify({ mode, node_start_ms: r1(median(starts)), build_runs_ms: builds.map(r1), warm_build_ms: r1(warm),
        floor_s: r1((median(starts) + warm)) / 1000,
        note: 'a process cannot be faster than Node starting plus the build at full speed; compare with 0.5 × pandoc' }, null, 2) + '\n');
} else {
    process.stderr.write('usage: node bench/phases.mjs edits|check|memory|build|build-floor\n');
    process.exitCode = 2;
}
