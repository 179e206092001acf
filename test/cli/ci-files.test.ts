import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { seed001Repo } from '../review/git-repo.js';

/** The `bcyt …` commands of a CI file, as its shell lines run them. */
function bcytLines(file: string): string[] {
    return readFileSync(resolve('docs/ci', file), 'utf8').split('\n')
        .map(line => line.replace(/^\s*(?:-\s+|run:\s+)?/u, ''))
        .filter(line => /^bcyt (check|diff|build)\b/u.test(line));
}

/** A pull request on seed 001: `main` holds the report, the branch corrects a value and breaks a total. */
function pullRequest() {
    const repo = seed001Repo();
    repo.git('remote', 'add', 'origin', repo.dir);
    repo.git('fetch', '-q', 'origin', 'main');
    repo.git('checkout', '-q', '-b', 'sua-so-lieu');
    repo.edit('bc.bcyt', /bai_viet_khac = 91\n/, 'bai_viet_khac = 191\n');
    repo.edit('bc.bcyt', '{cb_ttyt_bien_che = 50}', '{cb_ttyt_bien_che = 49}');
    repo.commit('sửa số liệu');
    mkdirSync(join(repo.dir, '.bin'));
    writeFileSync(join(repo.dir, '.bin', 'bcyt'), `#!/bin/sh\nexec "${process.execPath}" "${resolve('bin/bcyt.js')}" "$@"\n`);
    chmodSync(join(repo.dir, '.bin', 'bcyt'), 0o755);
    return repo;
}

function sh(line: string, cwd: string, env: Record<string, string>) {
    return spawnSync('sh', ['-c', line], { cwd, encoding: 'utf8', env: { ...process.env, ...env, PATH: `${join(cwd, '.bin')}:${process.env.PATH}` } });
}

describe('docs/ci', () => {
    test.each([
        ['github-actions.yml', { REPORTS: '.', BASE: 'origin/main' }],
        ['gitlab-ci.yml', { REPORTS: '.', CI_MERGE_REQUEST_TARGET_BRANCH_NAME: 'main' }],
    ])('%s: every bcyt command runs on a pull request of seed 001', (file, env) => {
        const repo = pullRequest();
        const lines = bcytLines(file);
        expect(lines.length).toBeGreaterThanOrEqual(4);
        const status = new Map<string, number | null>();
        for (const line of lines) {
            const result = sh(line, repo.dir, env);
            // 1: errors found (the seed has some; the branch adds one); 2 would be a usage error
            expect([0, 1], `${line}\n${result.stderr}`).toContain(result.status);
            status.set(line, result.status);
        }
        expect(readFileSync(join(repo.dir, 'bcyt-diff.md'), 'utf8')).toContain('| số liệu | Số bài viết tuyên truyền về nội dung khác');
        const diff = JSON.parse(readFileSync(join(repo.dir, 'bcyt-diff.json'), 'utf8'));
        expect(diff.summary.errorsIntroduced).toBe(1);
        expect(status.get(lines.find(l => l.includes('--fail-on-new-errors'))!)).toBe(1);
        expect(existsSync(join(repo.dir, 'docx', 'bc.docx'))).toBe(true);
    });

    test('bcyt-codequality.mjs: a GitLab Code Quality report of the seeds', () => {
        const dir = resolve('examples');
        const check = spawnSync(process.execPath, [resolve('bin/bcyt.js'), 'check', '.', '--format', 'json'], { cwd: dir, encoding: 'utf8' });
        const converted = spawnSync(process.execPath, [resolve('docs/ci/bcyt-codequality.mjs')], { input: check.stdout, encoding: 'utf8' });
        expect(converted.status).toBe(0);
        const issues = JSON.parse(converted.stdout);
        const { diagnostics } = JSON.parse(check.stdout);
        expect(issues).toHaveLength(diagnostics.length);
        expect(new Set(issues.map((i: { fingerprint: string }) => i.fingerprint)).size).toBe(issues.length);
        for (const issue of issues) {
            expect(issue).toMatchObject({ type: 'issue', description: expect.any(String), check_name: expect.stringMatching(/^[a-z-]+$/) });
            expect(['info', 'minor', 'major', 'critical', 'blocker']).toContain(issue.severity);
            expect(issue.location.path).toMatch(/\.bcyt$/);
            expect(issue.location.lines.begin).toBeGreaterThanOrEqual(1);
        }
        const sum = issues.find((i: { check_name: string }) => i.check_name === 'sum-mismatch');
        expect(sum).toMatchObject({ severity: 'major', location: { path: '001-bao-cao-hoang-hoa-quy-1-2024.bcyt' } });
    });

    test('the GitLab file runs the converter from ci/, where its header says to put it', () => {
        expect(readFileSync(resolve('docs/ci/gitlab-ci.yml'), 'utf8')).toContain('node ci/bcyt-codequality.mjs < bcyt-check.json');
        const repo = pullRequest();
        cpSync(resolve('docs/ci/bcyt-codequality.mjs'), join(repo.dir, 'ci', 'bcyt-codequality.mjs'));
        const lines = readFileSync(resolve('docs/ci/gitlab-ci.yml'), 'utf8').split('\n').map(l => l.replace(/^\s*-\s+/u, ''));
        const script = lines.slice(lines.findIndex(l => l.startsWith('bcyt check')), lines.findIndex(l => l.startsWith('node ci/')) + 1);
        for (const line of script) expect(sh(line, repo.dir, { REPORTS: '.' }).status, line).toBe(0);
        expect(JSON.parse(readFileSync(join(repo.dir, 'gl-code-quality-report.json'), 'utf8')).length).toBeGreaterThan(5);
    });
});
