#!/usr/bin/env node
// `bcyt diff` of two revisions of the 5,000-line bench report against one `bcyt check` of it
// (issue 18: the diff takes ≤ 2 × the check). The province workspace (bench/generate.mjs) is
// committed to a temporary git repository; the second commit corrects a data value (which moves
// the figures printed from it and a total's check), edits a sentence and renumbers a heading.
// Whole processes, alternately (ABAB…), medians.
//
//   node bench/diff.mjs [--runs N]        (default 7 each)
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { generate, REPORT_5000, ROOT, WORKSPACE } from './generate.mjs';

const argv = process.argv.slice(2);
const runs = Number(argv[argv.indexOf('--runs') + 1] || 7) || 7;
const cli = join(ROOT, 'bin', 'bcyt.js');
const median = values => { const s = [...values].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };

if (!existsSync(REPORT_5000)) generate();
const repo = mkdtempSync(join(tmpdir(), 'bcyt-bench-diff-'));
const git = (...args) => execFileSync('git', ['-c', 'user.name=bench', '-c', 'user.email=bench@bcyt.invalid', '-c', 'commit.gpgsign=false', ...args], { cwd: repo, encoding: 'utf8' });
try {
    cpSync(WORKSPACE, repo, { recursive: true });
    git('init', '-q');
    git('add', '-A');
    git('commit', '-q', '-m', 'báo cáo');
    const report = join(repo, 'report-5000.bcyt');
    const text = readFileSync(report, 'utf8');
    const edited = text
        .replace(/^(\s+tcmr_day_du_xa = )(\d+)$/m, (_, lead, n) => `${lead}${Number(n) + 100}`)
        .replace(/^(#+ )(\d+)\. /m, (_, marks, n) => `${marks}${Number(n) + 1}. `)
        .replace(/^([^{#\n|-][^{\n]{40,}?) (và) /m, '$1 cùng ');
    if (edited === text) throw new Error('the edit changed nothing');
    writeFileSync(report, edited);
    git('commit', '-q', '-am', 'sửa số liệu');

    const time = args => {
        const start = performance.now();
        const r = spawnSync(process.execPath, [cli, ...args], { cwd: repo, encoding: 'utf8', maxBuffer: 64 << 20 });
        const ms = performance.now() - start;
        if (r.status === 2 || r.error) throw new Error(`bcyt ${args.join(' ')}: ${r.stderr || r.error}`);
        return { ms, stdout: r.stdout };
    };
    const check = ['check', 'report-5000.bcyt'];
    const diff = ['diff', 'HEAD~1', 'HEAD', '--format', 'json'];
    time(check);
    const first = JSON.parse(time(diff).stdout);
    const checks = [];
    const diffs = [];
    for (let i = 0; i < runs; i++) {
        checks.push(time(check).ms);
        diffs.push(time(diff).ms);
    }
    const [document] = first.documents;
    const result = {
        lines: text.split('\n').length,
        check_ms: Math.round(median(checks)),
        diff_ms: Math.round(median(diffs)),
        ratio: +(median(diffs) / median(checks)).toFixed(2),
        target: '≤ 2',
        changes: {
            values: document.values.length, figures: document.figures.length, claims: document.claims.length,
            findings_introduced: document.findings.introduced.length, findings_resolved: document.findings.resolved.length,
            headings: document.headings.length, prose: document.prose.length,
        },
        runs, load: loadavg().map(l => +l.toFixed(2)),
    };
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
} finally {
    rmSync(repo, { recursive: true, force: true });
}
