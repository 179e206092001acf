// Bundles the VS Code extension with esbuild, so the .vsix carries no node_modules:
//   dist/extension.cjs  the client (vscode is provided by the host)
//   dist/server.cjs     the language server + compile/preview requests, Node 20, CommonJS
//   dist/exceljs.cjs    the workbook library, required by the server when figures are first imported
//   dist/builtins/      the starter catalog, found beside the server bundle
// `--tests` also bundles the Mocha suites that run inside the extension host (out/e2e/),
// `--tests-only` only them; `--dev` skips minifying.
// `--cli` only bundles the command line compiled by tsc (out/src/cli/main.js) into
// out/bundle/cli.cjs (the last step of `npm run build`), which bin/bcyt.js runs instead of the
// ~400 modules of out/ (see there).
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const at = (p) => path.join(root, p);
const flag = (name) => process.argv.includes(name);

const common = {
    bundle: true, platform: 'node', target: 'node20', format: 'cjs',
    logLevel: 'warning', minify: !flag('--dev'), keepNames: true, legalComments: 'none',
};

async function bundleExtension() {
    // The server's sources are ESM: in a CommonJS bundle import.meta.url is empty, so the
    // builtins (found relative to it) would be lost. Give it the bundle's own URL instead.
    // Object.groupBy (chevrotain needs it, Node 20 lacks it) is installed before any module runs.
    const polyfill = await build({ ...common, entryPoints: [at('language-server/src/polyfill.ts')], format: 'iife', write: false });
    const serverBanner = [
        polyfill.outputFiles[0].text.trim(),
        'var __bcyt_import_meta_url = require("url").pathToFileURL(__filename).href;',
    ].join('\n');
    rmSync(at('dist'), { recursive: true, force: true });
    await Promise.all([
        build({ ...common, entryPoints: [at('src/extension/extension.ts')], outfile: at('dist/extension.cjs'), external: ['vscode'] }),
        build({
            ...common, entryPoints: [at('src/server/main.ts')], outfile: at('dist/server.cjs'),
            banner: { js: serverBanner }, define: { 'import.meta.url': '__bcyt_import_meta_url' },
            // exceljs is half of the server's code and only "Import data…" needs it: a bundle of
            // its own beside the server, so a start does not compile it
            plugins: [{ name: 'exceljs-beside', setup: (b) => b.onResolve({ filter: /^exceljs$/ }, () => ({ path: './exceljs.cjs', external: true })) }],
        }),
        build({ ...common, entryPoints: [at('node_modules/exceljs')], outfile: at('dist/exceljs.cjs') }),
    ]);
    cpSync(at('language-server/builtins'), at('dist/builtins'), { recursive: true });
}

async function bundleTests() {
    const suite = at('test/e2e/exthost');
    rmSync(at('out/e2e'), { recursive: true, force: true });
    await build({
        ...common, minify: false,
        entryPoints: readdirSync(suite).filter((f) => f === 'index.ts' || f.endsWith('.e2e.ts')).map((f) => path.join(suite, f)),
        outdir: at('out/e2e'), outExtension: { '.js': '.cjs' }, external: ['vscode', 'mocha'],
    });
}

async function bundleCli() {
    // CommonJS, so that bin/bcyt.js can run it with a V8 code cache (vm.Script); the cache of
    // the previous bundle goes with it
    rmSync(at('out/bundle'), { recursive: true, force: true });
    await build({
        ...common, minify: false, keepNames: false, entryPoints: [at('out/src/cli/main.js')], outfile: at('out/bundle/cli.cjs'),
        banner: { js: 'var __bcyt_import_meta_url = require("url").pathToFileURL(__filename).href;' },
        define: { 'import.meta.url': '__bcyt_import_meta_url' },
        // back to our .ts (through tsc's maps) and the packages' files, for bench/profile-summary.mjs
        sourcemap: 'linked',
        // `bcyt data` alone reads and writes workbooks: exceljs (a dependency) is required from
        // node_modules when it runs, not carried in the bundle every command loads
        external: ['exceljs'],
    });
    // esbuild writes strings and names in ASCII but keeps its comments' Vietnamese and typography
    // ("…", "—"): one such character makes V8 hold the whole 3 MB source in two bytes a character,
    // decoded and copied at every start (~18 ms of CPU for any command). \uXXXX means the same
    // character in a string, a regular expression or a name, and nothing in a comment.
    const cli = at('out/bundle/cli.cjs');
    writeFileSync(cli, readFileSync(cli, 'utf8').replace(/[\u0080-\uFFFF]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));
    // one run to fill the code cache (out/bundle/cli.cjs.cache) with what a build compiles:
    // checking, rendering and writing the DOCX of every kind of document, in this one thread (a
    // folder is otherwise built by worker threads, whose compiled code this cache would not hold)
    const temp = mkdtempSync(path.join(tmpdir(), 'bcyt-bundle-'));
    try {
        const run = spawnSync(process.execPath, [at('bin/bcyt.js'), 'build', at('examples'), '--force', '--out-dir', temp], {
            env: { ...process.env, BCYT_BUILD_THREADS: '1' },
        });
        if (run.status !== 0 || !existsSync(at('out/bundle/cli.cjs.cache'))) throw new Error(`the bundled CLI failed: ${run.stderr}`);
        // then what `bcyt data import` compiles (a CSV, quoted or not, matched by label; values
        // updated, added to a block and in a new block), added to that cache: ~50 ms less CPU for
        // an import of 10 000 values (bench/README.md, data_import_s)
        writeFileSync(path.join(temp, 'so-lieu.bcyt'), 'org TYT_A "Trạm Y tế xã A"\nindicator kham "Số người được khám" unit người\n'
            + 'indicator luot "Số lượt khám" unit lượt\n\ndata TYT_A T1/2024 {\n  kham = 1\n}\n');
        writeFileSync(path.join(temp, 'so-lieu.csv'), 'Chỉ số,Đơn vị,Kỳ,Giá trị,ĐVT\nSố người được khám,Trạm Y tế xã A,202401,2,người\n'
            + 'Số lượt khám,Trạm Y tế xã A,202401,"1.234",lượt\nkham,TYT_A,Q1/2024,3,\n');
        const data = spawnSync(process.execPath, [at('bin/bcyt.js'), 'data', 'import', 'so-lieu.csv', '--into', 'so-lieu.bcyt'], {
            cwd: temp, env: { ...process.env, BCYT_CODE_CACHE: 'add' },
        });
        if (data.status !== 0 || !readFileSync(path.join(temp, 'so-lieu.bcyt'), 'utf8').includes('kham = 3')) throw new Error(`the bundled CLI failed: ${data.stderr}`);
    } finally {
        rmSync(temp, { recursive: true, force: true });
    }
}

const done = [];
if (flag('--cli')) { await bundleCli(); console.log('bundled out/bundle/cli.cjs and its code cache'); process.exit(0); }
if (!flag('--tests-only')) { await bundleExtension(); done.push('dist/'); }
if (flag('--tests') || flag('--tests-only')) { await bundleTests(); done.push('out/e2e/'); }
console.log(`bundled ${done.join(' and ')}`);
