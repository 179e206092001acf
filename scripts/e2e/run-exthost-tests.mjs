// Mocha suites (test/e2e/exthost, bundled to out/e2e/) inside the real VS Code extension host,
// the job @vscode/test-electron does on desktop (which cannot download VS Code here).
// The workbench's `payload` parameter — extensionDevelopmentPath and extensionTestsPath as
// vscode-remote:// URIs — makes code-server load the extension from this folder and run the
// tests' exported run(); the page reports through window.codeAutomationLog(type, args) and
// window.codeAutomationExit(code), which this runner provides.
// Prints Mocha's report; exits 0 when every test passed.
import { cpSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { format } from 'node:util';
import { makeProfile, removeProfile, startServer, stopServer, launchChromium, workbenchUrl } from './lib.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const TESTS = path.join(root, 'out/e2e/index.cjs');
const RUN_TIMEOUT = Number(process.env.EXTHOST_TIMEOUT ?? 240_000);
const NOISE = /^(Resolving connection token|Resolved connection token|Creating a socket|Updating additional builtin|\[Service Worker\]|ChatSessionStore)|getaddrinfo ENOTFOUND|open-vsx/;

const t0 = Date.now();
// the workspace: the examples, plus a document without a slip (compiled without forcing)
const profile = makeProfile(path.join(root, 'examples'));
cpSync(path.join(root, 'test/e2e/fixtures'), profile.ws, { recursive: true });
let server, browser, code = 1;
try {
    server = await startServer(profile);
    const remote = (p) => `vscode-remote://${server.authority}${p}`;
    browser = await launchChromium(profile);
    const page = await browser.newPage();
    let onExit;
    const exited = new Promise((resolve) => (onExit = resolve));
    await page.exposeFunction('codeAutomationLog', (type, args) => {
        const line = format(...(Array.isArray(args) ? args : [args])); // mocha logs printf-style
        if (process.env.EXTHOST_VERBOSE !== '1' && NOISE.test(line)) return;
        (type === 'error' ? console.error : console.log)(line);
    });
    await page.exposeFunction('codeAutomationExit', (c) => onExit(c));
    await page.goto(workbenchUrl(server, profile.ws, [
        ['extensionDevelopmentPath', remote(root)],
        ['extensionTestsPath', remote(TESTS)],
    ]));
    code = await Promise.race([exited, new Promise((r) => setTimeout(() => r('timeout'), RUN_TIMEOUT))]);
    if (code === 'timeout') { console.error(`[exthost] no result within ${RUN_TIMEOUT} ms`); code = 1; }
} catch (error) {
    console.error('[exthost] FAILED:', error?.stack ?? error);
    if (server) console.error(server.log.join('').slice(-4000));
} finally {
    if (browser) await browser.close().catch(() => {});
    await stopServer(server);
    removeProfile(profile);
}
console.log(`[exthost] exit code ${code} after ${Date.now() - t0} ms`);
process.exit(code === 0 ? 0 : 1);
