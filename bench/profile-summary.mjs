#!/usr/bin/env node
// Summarises V8 .cpuprofile files (node --cpu-prof): self and inclusive time by function, grouped
// by origin (our code in out/ mapped back to the .ts source through the source maps, langium,
// chevrotain, docx/jszip, node and V8).
//
//   node bench/profile-summary.mjs <file.cpuprofile | dir> [--top 25] [--json]
//   node bench/profile-summary.mjs <file.cpuprofile | dir> --callers 'iterator langium/lib/utils/stream.js' [--depth 3] [--inclusive]
//   node bench/profile-summary.mjs <file.cpuprofile | dir> --callees 'claimed language-server/src/evaluation/inline-values.ts' [--top 25]
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

// ---- source maps (VLQ) for our compiled code
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
function decodeMappings(mappings) {
    const lines = [];
    let source = 0, origLine = 0;
    for (const lineText of mappings.split(';')) {
        const segments = [];
        let genCol = 0;
        for (const segText of lineText.split(',')) {
            if (!segText) continue;
            const values = [];
            let value = 0, shift = 0;
            for (const ch of segText) {
                const digit = B64.indexOf(ch);
                value += (digit & 31) << shift;
                if (digit & 32) shift += 5;
                else {
                    values.push(value & 1 ? -(value >>> 1) : value >>> 1);
                    value = 0; shift = 0;
                }
            }
            genCol += values[0];
            if (values.length >= 4) {
                source += values[1]; origLine += values[2];
                segments.push([genCol, source, origLine]);
            }
        }
        lines.push(segments);
    }
    return lines;
}
const maps = new Map();
function original(path, line, column) {
    if (!maps.has(path)) {
        let map;
        try {
            const raw = JSON.parse(readFileSync(`${path}.map`, 'utf8'));
            map = { sources: raw.sources.map(s => resolve(dirname(path), raw.sourceRoot ?? '', s)), lines: decodeMappings(raw.mappings) };
        } catch { map = undefined; }
        maps.set(path, map);
    }
    const map = maps.get(path);
    const segments = map?.lines[line];
    if (!segments?.length) return undefined;
    let best = segments[0];
    for (const s of segments) if (s[0] <= column) best = s;
    return { file: relative(ROOT, map.sources[best[1]]), line: best[2] + 1 };
}

export function origin(url) {
    if (!url) return 'v8';
    if (url.includes('/out/language-server/')) return 'ours:language-server';
    if (url.includes('/out/src/')) return 'ours:src';
    if (url.includes('/node_modules/chevrotain') || url.includes('/node_modules/@chevrotain')) return 'chevrotain';
    if (url.includes('/node_modules/langium/')) return 'langium';
    if (url.includes('/node_modules/vscode-')) return 'vscode-languageserver';
    if (url.includes('/node_modules/docx/')) return 'docx';
    if (url.includes('/node_modules/jszip/') || url.includes('/node_modules/pako/')) return 'jszip';
    if (url.includes('/node_modules/decimal.js/')) return 'decimal.js';
    if (url.includes('/node_modules/')) return `npm:${/node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url)[1]}`;
    if (url.startsWith('node:')) return 'node';
    return 'other';
}

function describe(frame) {
    const name = frame.functionName || '(anonymous)';
    let url = frame.url ?? '';
    if (!url) return { key: name, name, where: '', origin: 'v8' };
    if (url.includes('/out/bundle/')) {
        // the CLI's bundle (bin/bcyt.js): its source map gives each function's own file
        const mapped = original(url.startsWith('file://') ? fileURLToPath(url) : url, frame.lineNumber, frame.columnNumber);
        if (mapped) {
            const file = mapped.file.replace(/^webpack:\/[^/]*\//, 'node_modules/vscode-uri/');
            const where = `${file.includes('node_modules/') ? file.slice(file.lastIndexOf('node_modules/') + 13) : file}:${mapped.line}`;
            url = file.startsWith('node_modules/') ? `/${file}` : file.endsWith('.ts') ? `/out/${file}` : file;
            return { key: `${name} ${where}`, name, where, origin: origin(url) };
        }
    }
    const path = url.startsWith('file://') ? fileURLToPath(url) : url;
    const o = origin(url);
    let where;
    if (o.startsWith('ours')) {
        const mapped = original(path, frame.lineNumber, frame.columnNumber);
        where = mapped ? `${mapped.file}:${mapped.line}` : `${relative(ROOT, path)}:${frame.lineNumber + 1}`;
    } else {
        where = `${path.includes('/node_modules/') ? path.slice(path.lastIndexOf('/node_modules/') + 14) : relative(ROOT, path) || path}:${frame.lineNumber + 1}`;
    }
    return { key: `${name} ${where}`, name, where, origin: o };
}

export function summarise(profile) {
    const parent = new Map();
    for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    const info = new Map(profile.nodes.map(n => [n.id, describe(n.callFrame)]));
    const self = new Map();
    const inclusive = new Map();
    const originSelf = new Map();
    const originInclusive = new Map();
    let total = 0;
    const deltas = profile.timeDeltas ?? [];
    profile.samples.forEach((id, i) => {
        const dt = (deltas[i + 1] ?? deltas[i] ?? 0) / 1000; // ms
        total += dt;
        const leaf = info.get(id);
        if (leaf.name === '(idle)') return;
        self.set(leaf.key, (self.get(leaf.key) ?? 0) + dt);
        originSelf.set(leaf.origin, (originSelf.get(leaf.origin) ?? 0) + dt);
        const seen = new Set();
        const seenOrigins = new Set();
        for (let n = id; n !== undefined; n = parent.get(n)) {
            const d = info.get(n);
            if (!seen.has(d.key)) { seen.add(d.key); inclusive.set(d.key, (inclusive.get(d.key) ?? 0) + dt); }
            if (!seenOrigins.has(d.origin)) { seenOrigins.add(d.origin); originInclusive.set(d.origin, (originInclusive.get(d.origin) ?? 0) + dt); }
        }
    });
    const meta = new Map([...info.values()].map(d => [d.key, d]));
    const rows = map => [...map].map(([key, ms]) => ({ ...meta.get(key), ms: Math.round(ms * 10) / 10 })).sort((a, b) => b.ms - a.ms);
    const idle = [...profile.samples].reduce((a, id, i) => a + (info.get(id).name === '(idle)' ? (deltas[i + 1] ?? 0) / 1000 : 0), 0);
    return {
        total_ms: Math.round(total), busy_ms: Math.round(total - idle), self: rows(self), inclusive: rows(inclusive),
        origins: [...originSelf].map(([o, ms]) => ({ origin: o, self_ms: Math.round(ms), inclusive_ms: Math.round(originInclusive.get(o) ?? 0) }))
            .sort((a, b) => b.self_ms - a.self_ms),
    };
}

/** Each node's parent and function, and the samples' time deltas. */
function stacks(profile) {
    const parent = new Map();
    for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    const info = new Map(profile.nodes.map(n => [n.id, describe(n.callFrame)]));
    return { parent, info, deltas: profile.timeDeltas ?? [] };
}

/** Who calls the functions whose key contains `needle`: their self time, by chain of callers (up to `depth` frames). */
export function callers(profile, needle, depth = 3, inclusive = false) {
    const { parent, info, deltas } = stacks(profile);
    const chains = new Map();
    profile.samples.forEach((id, i) => {
        let hit = info.get(id).key.includes(needle) ? id : undefined;
        if (inclusive) {
            // the outermost frame of the stack that matches
            for (let n = id; n !== undefined; n = parent.get(n)) if (info.get(n).key.includes(needle)) hit = n;
        }
        if (hit === undefined) return;
        const chain = [];
        for (let n = parent.get(hit); n !== undefined && chain.length < depth; n = parent.get(n)) chain.push(`${info.get(n).name} ${info.get(n).where}`);
        const key = chain.join('  <  ');
        chains.set(key, (chains.get(key) ?? 0) + (deltas[i + 1] ?? 0) / 1000);
    });
    return [...chains].sort((a, b) => b[1] - a[1]).map(([chain, ms]) => ({ ms: Math.round(ms * 10) / 10, chain }));
}

/** What the functions whose key contains `needle` spend their time in: inclusive time by the function they call directly (outermost match). */
export function callees(profile, needle) {
    const { parent, info, deltas } = stacks(profile);
    const byCallee = new Map();
    profile.samples.forEach((id, i) => {
        let hit, below;
        for (let n = id, child; n !== undefined; child = n, n = parent.get(n)) {
            if (info.get(n).key.includes(needle)) { hit = n; below = child; }
        }
        if (hit === undefined) return;
        const key = below === undefined ? '(self)' : `${info.get(below).name} ${info.get(below).where}`;
        byCallee.set(key, (byCallee.get(key) ?? 0) + (deltas[i + 1] ?? 0) / 1000);
    });
    return [...byCallee].sort((a, b) => b[1] - a[1]).map(([callee, ms]) => ({ ms: Math.round(ms * 10) / 10, callee }));
}

export function merge(profiles) {
    // several profiles (e.g. one per process): summarise each, add the rows up
    const add = (into, rows, field = 'ms') => { for (const r of rows) { const k = r.key ?? r.origin; const o = into.get(k); if (o) o[field] += r[field]; else into.set(k, { ...r }); } };
    const self = new Map(), inclusive = new Map(), origins = new Map();
    let total = 0, busy = 0;
    for (const p of profiles) {
        const s = summarise(p);
        total += s.total_ms; busy += s.busy_ms;
        add(self, s.self); add(inclusive, s.inclusive);
        for (const o of s.origins) { const x = origins.get(o.origin); if (x) { x.self_ms += o.self_ms; x.inclusive_ms += o.inclusive_ms; } else origins.set(o.origin, { ...o }); }
    }
    const sort = m => [...m.values()].sort((a, b) => (b.ms ?? b.self_ms) - (a.ms ?? a.self_ms));
    return { total_ms: total, busy_ms: busy, self: sort(self), inclusive: sort(inclusive), origins: sort(origins) };
}

export function format(summary, top = 25) {
    const out = [];
    const pct = ms => `${((100 * ms) / Math.max(1, summary.busy_ms)).toFixed(1).padStart(5)}%`;
    out.push(`busy ${summary.busy_ms} ms of ${summary.total_ms} ms sampled`);
    out.push('by origin (self / inclusive):');
    for (const o of summary.origins) out.push(`  ${o.origin.padEnd(24)} ${String(o.self_ms).padStart(7)} ms ${pct(o.self_ms)}   ${String(o.inclusive_ms).padStart(7)} ms ${pct(o.inclusive_ms)}`);
    out.push(`top ${top} self time:`);
    for (const r of summary.self.slice(0, top)) out.push(`  ${String(r.ms).padStart(8)} ms ${pct(r.ms)}  [${r.origin}] ${r.name}  ${r.where}`);
    const ours = summary.inclusive.filter(r => r.origin.startsWith('ours'));
    out.push(`top ${top} inclusive time, our code:`);
    for (const r of ours.slice(0, top)) out.push(`  ${String(r.ms).padStart(8)} ms ${pct(r.ms)}  ${r.name}  ${r.where}`);
    const lib = summary.inclusive.filter(r => r.origin === 'langium' || r.origin === 'chevrotain');
    out.push(`top ${top} inclusive time, langium and chevrotain:`);
    for (const r of lib.slice(0, top)) out.push(`  ${String(r.ms).padStart(8)} ms ${pct(r.ms)}  [${r.origin}] ${r.name}  ${r.where}`);
    return out.join('\n');
}

export function loadProfiles(target) {
    const files = statSync(target).isDirectory()
        ? readdirSync(target).filter(f => f.endsWith('.cpuprofile')).map(f => join(target, f))
        : [target];
    return files.filter(existsSync).map(f => JSON.parse(readFileSync(f, 'utf8')));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
    const target = process.argv[2];
    const topArg = process.argv.indexOf('--top');
    const top = topArg > 0 ? Number(process.argv[topArg + 1]) : 25;
    const calleesArg = process.argv.indexOf('--callees');
    if (calleesArg > 0) {
        const totals = new Map();
        for (const p of loadProfiles(target)) for (const { ms, callee } of callees(p, process.argv[calleesArg + 1])) totals.set(callee, (totals.get(callee) ?? 0) + ms);
        for (const [callee, ms] of [...totals].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${String(Math.round(ms * 10) / 10).padStart(10)} ms  ${callee}`);
        process.exit(0);
    }
    const callersArg = process.argv.indexOf('--callers');
    if (callersArg > 0) {
        const depth = Number(process.argv[process.argv.indexOf('--depth') + 1]) || 3;
        const rows = loadProfiles(target).flatMap(p => callers(p, process.argv[callersArg + 1], depth, process.argv.includes('--inclusive')));
        for (const r of rows.slice(0, top)) process.stdout.write(`${String(r.ms).padStart(8)} ms  < ${r.chain}\n`);
        process.exit(0);
    }
    const summary = merge(loadProfiles(target));
    if (process.argv.includes('--json')) process.stdout.write(JSON.stringify({ ...summary, self: summary.self.slice(0, 100), inclusive: summary.inclusive.slice(0, 300) }, null, 2) + '\n');
    else process.stdout.write(format(summary, top) + '\n');
}
