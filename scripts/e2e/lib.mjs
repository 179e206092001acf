// Helpers of the end-to-end runs: a throw-away code-server profile, the server's start and
// stop, headless Chromium. code-server is VS Code 1.100.3 with a real Node extension host,
// installed by install-vscode.sh into a cache folder outside the repository.
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync, rmSync, cpSync } from 'node:fs';
import { tmpdir, homedir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';

const CS_DIR = process.env.CS_DIR ?? path.join(process.env.XDG_CACHE_HOME ?? path.join(homedir(), '.cache'),
    'bcyt-e2e', `code-server-${process.env.CS_VERSION ?? '4.100.3'}`);
export const CODE_SERVER = process.env.CODE_SERVER ?? path.join(CS_DIR, 'node_modules/.bin/code-server');
export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
export const TIMEOUT = Number(process.env.E2E_TIMEOUT ?? 60_000);

// First-run noise off: welcome page, telemetry, trust prompt, update checks, gallery lookups.
const SETTINGS = {
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'workbench.enableExperiments': false,
    'telemetry.telemetryLevel': 'off',
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'extensions.ignoreRecommendations': true,
    'update.mode': 'none',
    'security.workspace.trust.enabled': false,
    'chat.commandCenter.enabled': false,
    'workbench.secondarySideBar.defaultVisibility': 'hidden',
};

/** A fresh profile (user data, extensions, XDG dirs, TMPDIR) and a copy of the workspace. */
export function makeProfile(workspace, extraSettings = {}) {
    const root = mkdtempSync(path.join(tmpdir(), 'bcyt-e2e-'));
    const p = {
        root,
        userData: path.join(root, 'user-data'),
        extensions: path.join(root, 'extensions'),
        xdg: path.join(root, 'xdg'),
        tmp: path.join(root, 'tmp'),
        ws: path.join(root, 'ws'),
        config: path.join(root, 'config.yaml'),
    };
    for (const dir of [p.userData, p.extensions, p.xdg, p.tmp, p.ws]) mkdirSync(dir, { recursive: true });
    if (workspace) cpSync(workspace, p.ws, { recursive: true });
    mkdirSync(path.join(p.userData, 'User'), { recursive: true });
    writeFileSync(path.join(p.userData, 'User', 'settings.json'), JSON.stringify({ ...SETTINGS, ...extraSettings }, null, 2));
    // port 0: the kernel picks a free port, read back from the log
    writeFileSync(p.config, 'bind-addr: 127.0.0.1:0\nauth: none\ncert: false\n');
    // code-server writes config and logs under XDG dirs, sockets under TMPDIR: keep them in the profile
    p.env = { ...process.env, XDG_CONFIG_HOME: p.xdg, XDG_DATA_HOME: p.xdg, TMPDIR: p.tmp };
    p.args = ['--config', p.config, '--user-data-dir', p.userData, '--extensions-dir', p.extensions];
    return p;
}

export function removeProfile(p) {
    if (process.env.E2E_KEEP === '1') console.log(`[e2e] kept profile ${p.root}`);
    else rmSync(p.root, { recursive: true, force: true });
}

export function installVsix(p, vsix) {
    return execFileSync(CODE_SERVER, [...p.args, '--install-extension', path.resolve(vsix)], { env: p.env, encoding: 'utf8' });
}

/** Starts code-server in its own process group; resolves with its URL once it listens. */
export async function startServer(p) {
    const proc = spawn(CODE_SERVER, [...p.args,
        '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
        '--disable-getting-started-override', '--ignore-last-opened', p.ws],
    { env: p.env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    const log = [];
    const baseUrl = await new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('code-server did not start in time')), TIMEOUT);
        const onData = (buffer) => {
            log.push(buffer.toString());
            const m = /HTTP server listening on (http:\/\/[\d.]+:\d+)/.exec(log.join(''));
            if (m) { clearTimeout(timer); resolve(m[1]); }
        };
        proc.stdout.on('data', onData);
        proc.stderr.on('data', onData);
        proc.on('exit', (code) => { clearTimeout(timer); reject(new Error(`code-server exited (${code}): ${log.join('')}`)); });
    });
    return { proc, baseUrl, log, authority: new URL(baseUrl).host };
}

/** Kills the whole process group: the launcher alone would leave its file watcher running. */
export async function stopServer(server) {
    if (!server?.proc?.pid) return;
    try { process.kill(-server.proc.pid, 'SIGTERM'); } catch { /* gone */ }
    await new Promise((r) => setTimeout(r, 500));
    try { process.kill(-server.proc.pid, 'SIGKILL'); } catch { /* gone */ }
}

/** Debian's Chromium, headless; HOME in the profile, or it writes ~/.config/chromium. */
export function launchChromium(p) {
    return chromium.launch({
        executablePath: CHROMIUM,
        headless: true,
        env: { ...process.env, HOME: p.root, XDG_CONFIG_HOME: p.xdg },
        args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
            '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
}

export function workbenchUrl(server, folder, payload) {
    let url = `${server.baseUrl}/?folder=${encodeURIComponent(folder)}`;
    if (payload) url += `&payload=${encodeURIComponent(JSON.stringify(payload))}`;
    return url;
}

/** Lap timer: prints the time since start with a label. */
export function stopwatch(tag) {
    const t0 = Date.now();
    const laps = {};
    return {
        laps,
        lap(name) { laps[name] = Date.now() - t0; console.log(`[${tag}] ${String(laps[name]).padStart(6)} ms  ${name}`); },
        elapsed: () => Date.now() - t0,
    };
}
