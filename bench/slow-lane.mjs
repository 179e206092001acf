#!/usr/bin/env node
// What the evaluated (slow) lane of checks costs per edit of the 100-page report, in-process:
// the edits of `edit_to_full_diagnostics_ms` (bench/waits.mjs: a digit of a stated number and a
// word typed in prose, alternately), each built as the language server builds it — the
// keystroke's update (fast lane), then the slow lane alone — with the wall time of each check
// family's slow lane, of the world and of the evaluation session (inference included).
//
//   node bench/slow-lane.mjs [--edits 40]
//
// Prints JSON: medians and p95 in ms. A diagnostic tool, not part of the headline numbers.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { CATALOG, REPORT_5000, ROOT } from './generate.mjs';
import { landmarks, quantiles } from './lsp.mjs';

const i = process.argv.indexOf('--edits');
const edits = i > 0 ? Number(process.argv[i + 1]) : 40;

const out = (...p) => pathToFileURL(join(ROOT, 'out', ...p)).href;
await import(out('language-server', 'src', 'polyfill.js'));
const { URI } = await import('langium');
const { NodeFileSystem } = await import('langium/node');
const { createBcytServices } = await import(out('language-server', 'src', 'bcyt-module.js'));

const totals = {};
const time = (name, run) => {
    const start = performance.now();
    try { return run(); } finally { totals[name] = (totals[name] ?? 0) + performance.now() - start; }
};

const { shared, Bcyt } = createBcytServices(NodeFileSystem);
// each family's slow lane, timed (the world and the session it asks for first are timed apart, below;
// the values are computed by the first family that reads them)
for (const [name, family] of Object.entries(Bcyt.validation.Families)) {
    if (!family.slow) continue;
    const slow = family.slow;
    family.slow = (input, accept) => {
        // the world and the session are built by whichever family asks first: counted apart
        time('world', () => input.world);
        time('session (moved to the new world)', () => input.session());
        time(`family ${name}`, () => slow(input, accept));
    };
}
const documents = shared.workspace.LangiumDocuments;
const factory = shared.workspace.LangiumDocumentFactory;
const builder = shared.workspace.DocumentBuilder;
const texts = new Map();
factory.getUpdatedText = async document => texts.get(document.uri.toString()) ?? readFileSync(document.uri.fsPath, 'utf8');
Bcyt.workspace.Builtins.load(documents, factory);
const load = path => {
    const uri = URI.parse(pathToFileURL(path).toString());
    texts.set(uri.toString(), readFileSync(path, 'utf8'));
    const d = factory.fromString(texts.get(uri.toString()), uri);
    documents.addDocument(d);
    return d;
};
load(CATALOG);
const report = load(REPORT_5000);
await builder.build([...documents.all], { validation: true });
const uri = report.uri.toString();
const { lines, prose, numbers } = landmarks(texts.get(uri));
const late = numbers.filter(n => n.line > lines.length * 0.4);
const samples = [];
let findings = 0;
for (let i = 0; i < edits + 5; i++) {
    if (i % 2 === 0) {
        const n = late[(i * 7919) % late.length];
        const old = lines[n.line][n.col - 1];
        lines[n.line] = lines[n.line].slice(0, n.col - 1) + String((Number(old) + 1 + (i % 8)) % 10) + lines[n.line].slice(n.col);
    } else {
        const line = prose[(i * 131) % prose.length];
        lines[line] += ' khám';
    }
    texts.set(uri, lines.join('\n'));
    for (const k of Object.keys(totals)) delete totals[k];
    const start = performance.now();
    await builder.update([report.uri], []);
    const fast = performance.now();
    await builder.build([report], { validation: { categories: ['slow'] } });
    const end = performance.now();
    findings = report.diagnostics?.length ?? 0;
    if (i < 5) continue;
    samples.push({ 'fast build (update)': fast - start, 'slow build': end - fast, ...totals });
}
const keys = [...new Set(samples.flatMap(s => Object.keys(s)))];
const summary = Object.fromEntries(keys.map(k => {
    const { p50, p95 } = quantiles(samples.map(s => s[k] ?? 0));
    return [k, { median: p50, p95 }];
}).sort((a, b) => b[1].median - a[1].median));
process.stdout.write(JSON.stringify({ edits: samples.length, report_lines: lines.length, diagnostics_after: findings, ms: summary }, null, 2) + '\n');
