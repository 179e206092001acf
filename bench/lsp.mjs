#!/usr/bin/env node
// Live latency through the real language server over stdio (see bench/README.md):
//   node bench/lsp.mjs [--edits 100] [--requests 120] [--cpu-prof DIR]
// Prints one JSON object. bench/run.mjs calls measureLive() directly.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { LspClient } from './lsp-client.mjs';
import { ROOT, REPORT_5000, WORKSPACE } from './generate.mjs';
import { SERVER_NODE_OPTIONS } from '../out/src/server/protocol.js';
import { mulberry32 as prng } from './prng.mjs';

export function quantiles(values) {
    const s = [...values].sort((a, b) => a - b);
    const q = p => (s.length ? s[Math.min(s.length - 1, Math.max(0, Math.ceil(p * s.length) - 1))] : NaN);
    const r = v => Math.round(v * 10) / 10;
    return { n: s.length, min: r(s[0]), p50: r(q(0.5)), p95: r(q(0.95)), max: r(s[s.length - 1]), mean: r(s.reduce((a, b) => a + b, 0) / s.length) };
}

export function memoryOf(pid) {
    try {
        const status = readFileSync(`/proc/${pid}/status`, 'utf8');
        const kb = key => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
        return { VmHWM_mb: Math.round(kb('VmHWM') / 102.4) / 10, VmRSS_mb: Math.round(kb('VmRSS') / 102.4) / 10 };
    } catch {
        return { VmHWM_mb: NaN, VmRSS_mb: NaN };
    }
}


/** Where the script may edit: prose lines, stated numbers, indicator names, citations (body only). */
export function landmarks(text) {
    const lines = text.split('\n');
    const bodyStart = lines.indexOf('---') + 1;
    const prose = [];
    const numbers = [];
    const names = [];
    const cites = [];
    for (let line = bodyStart; line < lines.length; line++) {
        const t = lines[line];
        if (t && !/^[#|{]/.test(t) && !t.includes('{') && !t.includes('[') && t.length > 40) prose.push(line);
        for (const m of t.matchAll(/\{([a-z_0-9]+) = (\d[\d.]*)\}/g)) {
            const nameCol = m.index + 1;
            numbers.push({ line, col: m.index + m[0].length - 1, number: m[2] });
            names.push({ line, col: nameCol, name: m[1] });
        }
        for (const m of t.matchAll(/\[([^\]|]+)/g)) cites.push({ line, col: m.index + 1, symbol: m[1] });
    }
    return { lines, bodyStart, prose, numbers, names, cites };
}

/**
 * The language server as the VS Code extension starts it (src/extension/client.ts), initialized
 * with `workspace` as its folder; `ready` resolves once `initialized` is sent. `script`: the
 * plain language server (bin/bcyt-language-server.js), or the extension's server with the
 * compile and preview requests (out/src/server/main.js, the source of dist/server.cjs).
 */
export function startServer(workspace, cpuProfDir, script = join(ROOT, 'bin', 'bcyt-language-server.js')) {
    const nodeArgs = [...SERVER_NODE_OPTIONS];
    if (cpuProfDir) nodeArgs.push('--cpu-prof', '--cpu-prof-dir', cpuProfDir);
    // for experiments with V8's options on the server alone, e.g. BCYT_SERVER_NODE_FLAGS='--max-semi-space-size=8'
    if (process.env.BCYT_SERVER_NODE_FLAGS) nodeArgs.push(...process.env.BCYT_SERVER_NODE_FLAGS.split(/\s+/).filter(Boolean));
    const client = new LspClient(process.execPath, [...nodeArgs, script, '--stdio'], { cwd: ROOT });
    client.workspaceFolders = [{ uri: pathToFileURL(workspace).toString(), name: 'province' }];
    const startedAt = performance.now();
    const ready = client.request('initialize', {
        processId: process.pid, rootUri: client.workspaceFolders[0].uri, workspaceFolders: client.workspaceFolders,
        capabilities: {
            textDocument: {
                synchronization: { didSave: true }, hover: { contentFormat: ['markdown', 'plaintext'] },
                completion: { completionItem: { snippetSupport: true } }, publishDiagnostics: { versionSupport: true },
            },
            workspace: { workspaceFolders: true, configuration: true },
        },
        initializationOptions: {},
    }).then(init => {
        const sync = init.result.capabilities.textDocumentSync;
        client.notify('initialized', {});
        return { init, startedAt, incremental: (typeof sync === 'number' ? sync : sync?.change) === 2 };
    });
    return { client, ready };
}

export async function measureLive(options = {}) {
    const edits = options.edits ?? 100;
    const requests = options.requests ?? 120;
    const reportPath = options.report ?? REPORT_5000;
    const workspace = options.workspace ?? WORKSPACE;
    const log = options.log ?? (() => {});
    const random = prng(options.seed ?? 7);
    const pick = list => list[Math.floor(random() * list.length)];
    const uri = pathToFileURL(reportPath).toString();
    let text = readFileSync(reportPath, 'utf8');
    const marks = landmarks(text);
    const lines = marks.lines;

    const { client, ready } = startServer(workspace, options.cpuProfDir);
    const result = {};
    try {
        const { init, startedAt: started, incremental } = await ready;
        let version = 1;
        const opened = client.nextDiagnostics(uri);
        const openAt = client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'bcyt', version, text } });
        const first = await opened;
        result.initialize_ms = Math.round(init.ms);
        result.open_to_diagnostics_ms = Math.round(first.at - openAt);
        result.start_to_diagnostics_ms = Math.round(first.at - started);
        result.diagnostics_after_open = first.diagnostics.length;
        result.incremental_sync = incremental;
        result.memory_after_open = memoryOf(client.pid);
        log(`  opened: ${first.diagnostics.length} diagnostics after ${result.open_to_diagnostics_ms} ms (server up ${result.start_to_diagnostics_ms} ms), RSS peak ${result.memory_after_open.VmHWM_mb} MB`);

        // ---- the edit script
        const change = async (line, from, to, newText) => {
            const old = lines[line];
            lines[line] = old.slice(0, from) + newText + old.slice(to);
            version++;
            const waiting = client.nextDiagnostics(uri);
            const contentChanges = incremental
                ? [{ range: { start: { line, character: from }, end: { line, character: to } }, text: newText }]
                : [{ text: lines.join('\n') }];
            const sent = client.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges });
            const got = await waiting;
            return { ms: got.at - sent, diagnostics: got.diagnostics.length };
        };
        const samples = { typing: [], number: [], rename: [] };
        const all = [];
        const word = 'khám';
        let typed = 0;
        let typingLine = pick(marks.prose);
        const numberTargets = marks.numbers.filter(n => n.line > lines.length * 0.4);
        const renameTargets = marks.names;
        const renamed = [];
        for (let i = 0; all.length < edits; i++) {
            const kind = ['typing', 'typing', 'number', 'typing', 'rename'][i % 5];
            let r;
            if (kind === 'typing') {
                // type " khám" at the end of a prose line, one keystroke an edit; a new line every word
                const ch = typed % (word.length + 1) === 0 ? ' ' : word[(typed % (word.length + 1)) - 1];
                if (typed && typed % (word.length + 1) === 0) typingLine = pick(marks.prose);
                typed++;
                const col = lines[typingLine].length;
                r = await change(typingLine, col, col, ch);
            } else if (kind === 'number') {
                const n = pick(numberTargets);
                const old = lines[n.line][n.col - 1];
                const digit = String((Number(old) + 1 + Math.floor(random() * 8)) % 10);
                r = await change(n.line, n.col - 1, n.col, digit);
            } else if (renamed.length && i % 10 === 9) {
                // put a renamed reference back
                const back = renamed.pop();
                r = await change(back.line, back.col, back.col + back.now.length, back.name);
            } else {
                // rename an indicator reference to another indicator of the catalog (or back, above)
                const target = pick(renameTargets);
                const others = renameTargets.filter(x => x.name !== target.name && x.name.split('_')[0] === target.name.split('_')[0]);
                const now = others.length ? pick(others).name : `${target.name}_x`;
                const current = lines[target.line].slice(target.col, target.col + target.name.length);
                if (current !== target.name) continue;
                r = await change(target.line, target.col, target.col + target.name.length, now);
                renamed.push({ ...target, now });
                // keep the landmark of later edits on this line valid
                for (const l of [...numberTargets, ...renameTargets]) if (l.line === target.line && l.col > target.col) l.col += now.length - target.name.length;
                target.name = now;
            }
            samples[kind].push(r.ms);
            all.push(r.ms);
        }
        result.edit_to_diagnostics_ms = quantiles(all);
        result.memory_by_stage = { open: result.memory_after_open, edits: memoryOf(client.pid) };
        result.edit_kinds_ms = Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, quantiles(v)]));
        log(`  ${all.length} edits: p50 ${result.edit_to_diagnostics_ms.p50} ms, p95 ${result.edit_to_diagnostics_ms.p95} ms`);

        // ---- the same typing with what VS Code also asks after each change: semantic tokens,
        //      outline, folding, inlay hints of the visible lines, code actions at the cursor
        const caps = init.result.capabilities;
        const editorLike = [];
        const editorLikeAll = [];
        for (let i = 0; i < (options.editorLikeEdits ?? 30); i++) {
            const line = pick(marks.prose);
            const col = lines[line].length;
            lines[line] += 'k';
            version++;
            const waiting = client.nextDiagnostics(uri);
            const sent = client.notify('textDocument/didChange', {
                textDocument: { uri, version },
                contentChanges: incremental ? [{ range: { start: { line, character: col }, end: { line, character: col } }, text: 'k' }] : [{ text: lines.join('\n') }],
            });
            const visible = { start: { line: Math.max(0, line - 30), character: 0 }, end: { line: line + 30, character: 0 } };
            const asks = [];
            const doc = { textDocument: { uri } };
            if (caps.semanticTokensProvider) asks.push(client.request('textDocument/semanticTokens/full', doc));
            if (caps.documentSymbolProvider) asks.push(client.request('textDocument/documentSymbol', doc));
            if (caps.foldingRangeProvider) asks.push(client.request('textDocument/foldingRange', doc));
            if (caps.inlayHintProvider) asks.push(client.request('textDocument/inlayHint', { ...doc, range: visible }));
            if (caps.codeActionProvider) asks.push(client.request('textDocument/codeAction', { ...doc, range: { start: { line, character: col }, end: { line, character: col } }, context: { diagnostics: [] } }));
            const got = await waiting;
            await Promise.all(asks);
            editorLike.push(got.at - sent);
            editorLikeAll.push(performance.now() - sent);
        }
        result.memory_by_stage.editor_like = memoryOf(client.pid);
        result.editor_like_requests = ['semanticTokens', 'documentSymbol', 'foldingRange', 'inlayHint', 'codeAction']
            .filter((_, i) => [caps.semanticTokensProvider, caps.documentSymbolProvider, caps.foldingRangeProvider, caps.inlayHintProvider, caps.codeActionProvider][i]);
        result.edit_to_diagnostics_editor_like_ms = quantiles(editorLike);
        result.edit_to_all_answers_editor_like_ms = quantiles(editorLikeAll);
        log(`  ${editorLike.length} edits with ${result.editor_like_requests.join(', ')} requests: diagnostics p50 ${result.edit_to_diagnostics_editor_like_ms.p50} ms, p95 ${result.edit_to_diagnostics_editor_like_ms.p95} ms; all answers p95 ${result.edit_to_all_answers_editor_like_ms.p95} ms`);

        // ---- completion on the settled document: inside {…} after a prefix of a name, and after [
        const completion = [];
        const completionItems = [];
        for (let i = 0; i < requests; i++) {
            let position;
            if (i % 5 < 3) {
                const n = pick(marks.names);
                position = { line: n.line, character: n.col + Math.min(n.name.length, 2 + (i % 3)) };
            } else {
                const c = pick(marks.cites);
                position = { line: c.line, character: c.col + (i % 2) };
            }
            const r = await client.request('textDocument/completion', { textDocument: { uri }, position });
            completion.push(r.ms);
            completionItems.push(Array.isArray(r.result) ? r.result.length : r.result?.items?.length ?? 0);
        }
        result.memory_by_stage.completion = memoryOf(client.pid);
        result.completion_ms = quantiles(completion);
        result.completion_items = quantiles(completionItems);
        log(`  ${completion.length} completions: p50 ${result.completion_ms.p50} ms, p95 ${result.completion_ms.p95} ms (${result.completion_items.p50} items typical)`);

        // ---- completion as typed: "{" at the end of a prose line, completion requested at once
        const typedCompletion = [];
        for (let i = 0; i < Math.min(40, requests); i++) {
            const line = pick(marks.prose);
            const col = lines[line].length;
            lines[line] += ' {';
            version++;
            const waiting = client.nextDiagnostics(uri);
            client.notify('textDocument/didChange', {
                textDocument: { uri, version },
                contentChanges: incremental ? [{ range: { start: { line, character: col }, end: { line, character: col } }, text: ' {' }] : [{ text: lines.join('\n') }],
            });
            const r = await client.request('textDocument/completion', { textDocument: { uri }, position: { line, character: col + 2 } });
            typedCompletion.push(r.ms);
            await waiting;
            await change(line, col, col + 2, '');
        }
        result.memory_by_stage.completion_after_keystroke = memoryOf(client.pid);
        result.completion_after_keystroke_ms = quantiles(typedCompletion);
        log(`  ${typedCompletion.length} completions right after typing "{": p50 ${result.completion_after_keystroke_ms.p50} ms, p95 ${result.completion_after_keystroke_ms.p95} ms`);

        // ---- hover on indicator references
        const hover = [];
        let hoverEmpty = 0;
        for (let i = 0; i < requests; i++) {
            const n = pick(marks.names);
            const r = await client.request('textDocument/hover', { textDocument: { uri }, position: { line: n.line, character: n.col + 1 } });
            hover.push(r.ms);
            if (!r.result) hoverEmpty++;
        }
        result.hover_ms = quantiles(hover);
        result.hover_empty = hoverEmpty;
        log(`  ${hover.length} hovers: p50 ${result.hover_ms.p50} ms, p95 ${result.hover_ms.p95} ms`);
        result.memory_at_end = memoryOf(client.pid);
        result.server_stderr = client.stderr.slice(0, 2000);
    } finally {
        await client.shutdown();
    }
    return result;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
    const arg = (name, fallback) => { const i = process.argv.indexOf(name); return i > 0 ? process.argv[i + 1] : fallback; };
    const result = await measureLive({
        edits: Number(arg('--edits', 100)), requests: Number(arg('--requests', 120)), cpuProfDir: arg('--cpu-prof', undefined),
        log: m => process.stderr.write(`${m}\n`),
    });
    process.stdout.write(JSON.stringify(result, null, 2) + '\n');
}
