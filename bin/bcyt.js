#!/usr/bin/env node
// Runs the command line bundled into one file (out/bundle/cli.cjs, made by `npm run build`): it
// starts in a third of the time of the ~400 modules of out/ it is made of. V8 keeps the code it
// compiled in a run in out/bundle/cli.cjs.cache, which the next runs reuse (about 100 ms less on
// a 100-page build). The modules are loaded instead when there is no bundle, when TypeScript
// compiled after it was made (`tsc -b` alone: the bundle would be stale), or with BCYT_NO_BUNDLE=1.
import { readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';
import vm from 'node:vm';

// `bcyt build --timings` reads these marks (src/cli/timings.ts)
performance.mark('bcyt:script');
// A command runs for a second or two: V8's optimising compiler (TurboFan) spent more compiling the
// functions that grew hot than its code then saved. With 16 times V8's interrupt budget only what
// stays hot is optimised: a cold build of the 100-page report takes 0.6 of the CPU time, a 50,000-line
// check 0.9 (bench/README.md, issue 20). Set before the bundle is compiled: the code cache records
// the flags it was made with, and is used only with the same ones.
v8.setFlagsFromString(`--interrupt-budget=${16 * 67584}`);

const bundle = fileURLToPath(new URL('../out/bundle/cli.cjs', import.meta.url));
const mtime = (path) => statSync(path, { throwIfNoEntry: false })?.mtimeMs;
const compiled = mtime(fileURLToPath(new URL('../out/tsconfig.tsbuildinfo', import.meta.url))) ?? Infinity;
const bundled = mtime(bundle);

if (!process.env.BCYT_NO_BUNDLE && bundled !== undefined && bundled >= compiled) {
    const cacheFile = `${bundle}.cache`;
    let cachedData;
    try {
        cachedData = readFileSync(cacheFile);
    } catch {
        // the first run after a build
    }
    const source = readFileSync(bundle, 'utf8');
    const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: bundle, cachedData });
    performance.mark('bcyt:bundle-compiled');
    const module = { exports: {} };
    script.runInThisContext()(module.exports, createRequire(bundle), module, bundle, dirname(bundle));
    // BCYT_CODE_CACHE=add (scripts/bundle.mjs): a second command adds what it compiled to the cache the first one made
    if (cachedData === undefined || script.cachedDataRejected || process.env.BCYT_CODE_CACHE === 'add') {
        // once the command is done, V8 has compiled the functions it ran: keep them for the next runs
        process.once('beforeExit', () => {
            const temp = `${cacheFile}.${process.pid}`;
            try {
                writeFileSync(temp, script.createCachedData());
                renameSync(temp, cacheFile);
            } catch {
                // a read-only installation runs without the cache
            }
        });
    }
} else {
    await import('../out/src/cli/main.js');
}
