import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const BCYT = resolve(__dirname, '../bin/bcyt.js');

/** A temporary folder holding the given files (relative path → text). */
export function workspace(files: Record<string, string>, prefix = 'bcyt-test-'): string {
    const dir = mkdtempSync(join(tmpdir(), prefix));
    for (const [name, text] of Object.entries(files)) {
        mkdirSync(join(dir, name, '..'), { recursive: true });
        writeFileSync(join(dir, name), text);
    }
    return dir;
}

/** `bcyt …` in `cwd`, as a user runs it; a hang past `timeout` ms is killed (signal set). */
export function runBcyt(args: string[], cwd: string, timeout = 60_000) {
    const result = spawnSync(process.execPath, [BCYT, ...args], { cwd, encoding: 'utf8', timeout });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr, signal: result.signal };
}
