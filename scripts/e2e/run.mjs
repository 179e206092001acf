// `npm run test:e2e`: the extension in a real VS Code, from a fresh machine if need be.
//   1. installs what is missing (idempotent, quick when present): LibreOffice
//      (scripts/install-system-deps.sh), code-server + Chromium (scripts/e2e/install-vscode.sh);
//      E2E_SKIP_INSTALL=1 skips this;
//   2. type-checks the Mocha suites, packages bcyt-<version>.vsix (npm run package) and
//      bundles the suites;
//   3. runs the Mocha suites inside the real extension host (run-exthost-tests.mjs);
//   4. runs the Playwright smoke test on the installed .vsix (run-ui-smoke.mjs).
// Prints each phase's time and ends with "e2e: N passed, M failed".
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const times = [];

/** Runs a command in the repository, echoing its output; resolves with exit code and output. */
function run(command, args) {
    return new Promise((resolve) => {
        const child = spawn(command, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' } });
        let output = '';
        child.stdout.on('data', (chunk) => { output += chunk; process.stdout.write(chunk); });
        child.stderr.on('data', (chunk) => { output += chunk; process.stderr.write(chunk); });
        child.on('close', (code) => resolve({ code: code ?? 1, output }));
    });
}

async function phase(name, command, args) {
    const t0 = Date.now();
    const result = await run(command, args);
    times.push(`${name} ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    return result;
}

const t0 = Date.now();
let passed = 0, failed = 0;
const finish = () => {
    console.log(`[e2e] ${times.join(', ')}; total ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    console.log(`e2e: ${passed} passed, ${failed} failed`);
    process.exit(failed ? 1 : 0);
};
const setupFailed = (what) => { console.error(`[e2e] ${what} failed`); failed++; finish(); };

if (process.env.E2E_SKIP_INSTALL !== '1') {
    if (existsSync(path.join(root, 'scripts/install-system-deps.sh'))
        && (await phase('LibreOffice install', 'bash', ['scripts/install-system-deps.sh'])).code) setupFailed('installing LibreOffice');
    if ((await phase('VS Code install', 'bash', ['scripts/e2e/install-vscode.sh'])).code) setupFailed('installing code-server and Chromium');
}
if ((await phase('type-check tests', 'node', ['node_modules/typescript/bin/tsc', '-p', 'test/e2e'])).code) setupFailed('type-checking test/e2e');
if ((await phase('package', 'npm', ['run', '--silent', 'package'])).code) setupFailed('npm run package');
if ((await phase('bundle tests', 'node', ['scripts/bundle.mjs', '--tests-only'])).code) setupFailed('bundling the tests');

const exthost = await phase('extension-host tests', 'node', ['scripts/e2e/run-exthost-tests.mjs']);
const passing = Number(/(\d+) passing/.exec(exthost.output)?.[1] ?? 0);
const failing = Number(/(\d+) failing/.exec(exthost.output)?.[1] ?? 0);
passed += passing;
failed += failing || (exthost.code ? 1 : 0);

const ui = await phase('UI smoke test', 'node', ['scripts/e2e/run-ui-smoke.mjs']);
if (ui.code) failed++; else passed++;
finish();
