#!/usr/bin/env node
// In-process build time of one .bcyt file with its imports and the starter catalog, through the
// real services (createBcytServices) and Langium's DocumentBuilder: parse (LangiumDocumentFactory),
// then index, scope, link, index references and validate (DocumentBuilder.build with validation).
//
//   node bench/inprocess.mjs <file.bcyt> [--runs N] [--profile-warm FILE.cpuprofile]
//
// Prints one JSON line: { file, lines, runs: [{ init_ms (services, parser), parse_ms, index_ms, scopes_ms, link_ms,
// references_ms, validate_ms, total_ms, diagnostics }] }. Run 1 is cold (first use of the code,
// as in `bcyt check`); later runs build fresh documents in the same, warmed-up process.
// --profile-warm writes a V8 CPU profile of the runs after the first two (the warm ones), for
// bench/profile-summary.mjs.
import '../out/language-server/src/polyfill.js';
import { readFileSync, existsSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { DocumentState, URI } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { createBcytServices } from '../out/language-server/src/bcyt-module.js';

const file = resolve(process.argv[2]);
const runsArg = process.argv.indexOf('--runs');
const runs = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 1;

async function once() {
    const ti = performance.now();
    const { shared, Bcyt } = createBcytServices(NodeFileSystem);
    const documents = shared.workspace.LangiumDocuments;
    const factory = shared.workspace.LangiumDocumentFactory;
    // services are created lazily: build the parser (chevrotain's grammar analysis) before timing the parse
    Bcyt.parser.LangiumParser.parse('');
    const t0 = performance.now();
    // parse: the starter catalog, the file, its imports (transitively)
    Bcyt.workspace.Builtins.load(documents, factory);
    const pending = [file];
    const seen = new Set();
    while (pending.length) {
        const path = pending.shift();
        if (seen.has(path)) continue;
        seen.add(path);
        const uri = URI.parse(pathToFileURL(path).toString());
        const document = factory.fromString(readFileSync(path, 'utf8'), uri);
        documents.addDocument(document);
        for (const target of Bcyt.workspace.ImportResolver.importTargets(document)) {
            if (existsSync(target.uri.fsPath)) pending.push(target.uri.fsPath);
        }
    }
    const t1 = performance.now();
    const at = {};
    const builder = shared.workspace.DocumentBuilder;
    const phases = [
        ['index', DocumentState.IndexedContent], ['scopes', DocumentState.ComputedScopes], ['link', DocumentState.Linked],
        ['references', DocumentState.IndexedReferences], ['validate', DocumentState.Validated],
    ];
    for (const [name, state] of phases) builder.onBuildPhase(state, () => { at[name] = performance.now(); });
    await builder.build([...documents.all], { validation: true });
    const t2 = performance.now();
    let previous = t1;
    const out = { init_ms: t0 - ti, parse_ms: t1 - t0 };
    for (const [name] of phases) {
        out[`${name}_ms`] = (at[name] ?? previous) - previous;
        previous = at[name] ?? previous;
    }
    out.total_ms = t2 - t0; // parse + link + validate, without init
    const main = documents.getDocument(URI.parse(pathToFileURL(file).toString()));
    out.diagnostics = main?.diagnostics?.length ?? 0;
    for (const k of Object.keys(out)) if (k.endsWith('_ms')) out[k] = Math.round(out[k] * 10) / 10;
    return out;
}

const profileArg = process.argv.indexOf('--profile-warm');
const profileFile = profileArg > 0 ? resolve(process.argv[profileArg + 1]) : undefined;
const session = profileFile ? new (await import('node:inspector')).Session() : undefined;
const post = (method, params) => new Promise((done, fail) => session.post(method, params, (error, result) => error ? fail(error) : done(result)));
const results = [];
for (let i = 0; i < runs; i++) {
    if (session && i === 2) {
        session.connect();
        await post('Profiler.enable');
        await post('Profiler.start');
    }
    results.push(await once());
}
if (session) {
    const { profile } = await post('Profiler.stop');
    writeFileSync(profileFile, JSON.stringify(profile));
}
const lines = readFileSync(file, 'utf8').split('\n').length - 1;
process.stdout.write(JSON.stringify({ file, lines, runs: results }) + '\n');
