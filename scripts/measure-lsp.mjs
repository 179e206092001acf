#!/usr/bin/env node
// Measures completion and hover latency of the language server over stdio, as an editor sees
// it: `node bin/bcyt-language-server.js --stdio`, workspace = examples/, the largest example
// opened, then N requests of each kind, one after the other, at varied positions (inside `{…}`,
// after "Quyết định số " typed at the end of prose lines, at the end of other prose lines, in
// declarations after `unit ` and ` = `; hover on indicators in prose and in declarations, orgs,
// citations, periods). Prints p50 / p95 / max in milliseconds.
//
//   npm run build && node scripts/measure-lsp.mjs [file.bcyt] [--count 200]
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver/node';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const args = process.argv.slice(2);
const countAt = args.indexOf('--count');
const count = countAt >= 0 ? Number(args[countAt + 1]) : 200;
const given = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--count');
const examples = join(root, 'examples');
const file = given ? resolve(given) : largest(examples);
const folder = given ? resolve(file, '..') : examples;

function largest(dir) {
    return readdirSync(dir).filter(n => n.endsWith('.bcyt')).map(n => join(dir, n))
        .sort((a, b) => statSync(b).size - statSync(a).size)[0];
}

/** A small deterministic generator, so that two runs ask the same questions. */
function random(seed) {
    return () => {
        seed = (seed * 1103515245 + 12345) % 2 ** 31;
        return seed / 2 ** 31;
    };
}

/** The text measured: the file with " Quyết định số " typed at the end of some prose lines. */
function withTypedCitations(text, every = 7) {
    const body = text.search(/^---[ \t]*$/m);
    let n = 0;
    return text.slice(0, body) + text.slice(body).replace(/([^\n#{|]{20,})(?=\n)/g, line => (n++ % every === 0 ? `${line} Quyết định số ` : line));
}

function positions(text) {
    const body = text.search(/^---[ \t]*$/m);
    const completion = { inline: [], prose: [], citation: [], code: [] };
    const hover = [];
    for (const m of text.matchAll(/\{([a-z_][\w]*)/g)) {
        if (m.index < body) continue;
        completion.inline.push(m.index + 1, m.index + 1 + m[1].length);
        hover.push(m.index + 2);
    }
    for (const m of text.matchAll(/\[([^\]|]+)/g)) if (m.index > body) hover.push(m.index + 2);
    for (const m of text.matchAll(/\n[^\n#{|]{20,}(?=\n)/g)) {
        if (m.index < body) continue;
        (m[0].endsWith('Quyết định số ') ? completion.citation : completion.prose).push(m.index + m[0].length);
    }
    for (const m of text.matchAll(/^(?:indicator|org) (\w+)/gm)) hover.push(m.index + m[0].length - 1);
    for (const m of text.matchAll(/\b(?:Q\d\/\d{4}|\d{4})\b/g)) if (m.index < body) hover.push(m.index + 1);
    for (const m of text.matchAll(/ unit /g)) if (m.index < body) completion.code.push(m.index + 6);
    for (const m of text.matchAll(/ = /g)) if (m.index < body) completion.code.push(m.index + 3);
    return { completion, hover };
}

function positionAt(text, offset) {
    const before = text.slice(0, offset).split('\n');
    return { line: before.length - 1, character: before[before.length - 1].length };
}

function percentile(values, p) {
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

const fmt = ms => ms.toFixed(1);

async function main() {
    const server = spawn(process.execPath, [join(root, 'bin/bcyt-language-server.js'), '--stdio'], { cwd: root, stdio: ['pipe', 'pipe', 'inherit'] });
    const connection = createMessageConnection(new StreamMessageReader(server.stdout), new StreamMessageWriter(server.stdin));
    connection.listen();
    const uri = pathToFileURL(file).toString();
    const text = readFileSync(file, 'utf8');
    const validated = new Promise(done => connection.onNotification('textDocument/publishDiagnostics', p => { if (p.uri === uri) done(); }));
    const folderUri = pathToFileURL(folder).toString();
    await connection.sendRequest('initialize', {
        processId: process.pid, rootUri: folderUri, workspaceFolders: [{ uri: folderUri, name: 'examples' }],
        capabilities: { textDocument: { completion: { completionItem: { snippetSupport: true } } } },
    });
    await connection.sendNotification('initialized', {});
    const measured = withTypedCitations(text);
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'bcyt', version: 1, text: measured } });
    await validated;

    const { completion, hover } = positions(measured);
    const next = random(20240414);
    const pick = list => list[Math.floor(next() * list.length)];
    const kinds = Object.entries(completion).filter(([, list]) => list.length);
    const completionTimes = [];
    const byKind = {};
    let withItems = 0;
    for (const [, list] of kinds) await connection.sendRequest('textDocument/completion', { textDocument: { uri }, position: positionAt(measured, list[0]) }); // warm-up
    for (let i = 0; i < count; i++) {
        const [kind, list] = kinds[i % kinds.length];
        const params = { textDocument: { uri }, position: positionAt(measured, pick(list)) };
        if (kind === 'citation') params.context = { triggerKind: 2, triggerCharacter: ' ' };
        const start = performance.now();
        const result = await connection.sendRequest('textDocument/completion', params);
        completionTimes.push(performance.now() - start);
        (byKind[kind] ??= []).push(completionTimes[completionTimes.length - 1]);
        if (result?.items?.length) withItems++;
    }
    const hoverTimes = [];
    let withContent = 0;
    await connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: positionAt(measured, hover[0]) }); // warm-up
    for (let i = 0; i < count; i++) {
        const start = performance.now();
        const result = await connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: positionAt(measured, pick(hover)) });
        hoverTimes.push(performance.now() - start);
        if (result) withContent++;
    }
    await connection.sendRequest('shutdown');
    await connection.sendNotification('exit');
    connection.dispose();

    const lines = text.split('\n').length;
    console.log(`file: ${relative(root, file)} (${lines} lines)`);
    console.log(`completion: ${count} requests (${withItems} with items)  p50 ${fmt(percentile(completionTimes, 50))} ms  p95 ${fmt(percentile(completionTimes, 95))} ms  max ${fmt(Math.max(...completionTimes))} ms`);
    console.log(`  by position: ${Object.entries(byKind).map(([kind, times]) => `${kind} p95 ${fmt(percentile(times, 95))} ms`).join(', ')}`);
    console.log(`hover:      ${count} requests (${withContent} with content)  p50 ${fmt(percentile(hoverTimes, 50))} ms  p95 ${fmt(percentile(hoverTimes, 95))} ms  max ${fmt(Math.max(...hoverTimes))} ms`);
}

main().catch(error => {
    console.error(error);
    process.exit(1);
});
