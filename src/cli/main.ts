import '../../language-server/src/polyfill.js';
import { parseArgs } from 'node:util';
import { runCheck, type CheckOptions } from './check.js';
import { askedLanguage, cliText } from './cli-text.js';
import { isBuildThread } from './build-thread.js';

/** Exit codes: 0 no errors, 1 errors found, 2 usage or I/O failure. */
async function main(argv: string[]): Promise<number> {
    const [command, ...rest] = argv;
    const usage = cliText('usage', askedLanguage(argv));
    if (command === 'check') {
        let parsed;
        try {
            parsed = parseArgs({
                args: rest, allowPositionals: true,
                options: {
                    format: { type: 'string', default: 'text' }, lang: { type: 'string', default: 'vi' },
                    catalog: { type: 'string', multiple: true, default: [] },
                },
            });
        } catch (error) {
            process.stderr.write(`${(error as Error).message}\n${usage}\n`);
            return 2;
        }
        const { format, lang } = parsed.values;
        if (!['text', 'json', 'sarif', 'github'].includes(format!) || !['vi', 'en'].includes(lang!) || parsed.positionals.length === 0) {
            process.stderr.write(`${usage}\n`);
            return 2;
        }
        return runCheck(parsed.positionals, { format: format as CheckOptions['format'], lang: lang as 'vi' | 'en', catalogs: parsed.values.catalog ?? [] });
    }
    if (command === 'import') {
        let parsed;
        try {
            parsed = parseArgs({
                args: rest, allowPositionals: true,
                options: {
                    output: { type: 'string', short: 'o' }, catalog: { type: 'string', multiple: true, default: [] },
                    force: { type: 'boolean', default: false }, lang: { type: 'string', default: 'vi' },
                },
            });
        } catch (error) {
            process.stderr.write(`${(error as Error).message}\n${usage}\n`);
            return 2;
        }
        if (parsed.positionals.length !== 1 || !['vi', 'en'].includes(parsed.values.lang!)) {
            process.stderr.write(`${usage}\n`);
            return 2;
        }
        const { runImport } = await import('./import.js');
        return runImport(parsed.positionals[0], {
            output: parsed.values.output, catalogs: parsed.values.catalog ?? [], force: parsed.values.force ?? false,
            lang: parsed.values.lang as 'vi' | 'en',
        });
    }
    if (command === 'build') {
        let parsed;
        try {
            parsed = parseArgs({
                args: rest, allowPositionals: true,
                options: {
                    output: { type: 'string', short: 'o' }, 'out-dir': { type: 'string' }, force: { type: 'boolean', default: false },
                    lang: { type: 'string', default: 'vi' }, timings: { type: 'boolean', default: false },
                },
            });
        } catch (error) {
            process.stderr.write(`${(error as Error).message}\n${usage}\n`);
            return 2;
        }
        if (parsed.positionals.length !== 1 || !['vi', 'en'].includes(parsed.values.lang!)) {
            process.stderr.write(`${usage}\n`);
            return 2;
        }
        // loaded on demand: `check` needs no DOCX writer
        const { runBuild } = await import('./build.js');
        return runBuild(parsed.positionals[0], {
            output: parsed.values.output, outDir: parsed.values['out-dir'], force: parsed.values.force ?? false,
            lang: parsed.values.lang as 'vi' | 'en', timings: parsed.values.timings,
        });
    }
    if (command === 'diff') return (await import('./diff.js')).runDiff(rest);
    if (command === 'data') return (await import('./data.js')).runData(rest);
    if (command === 'watch') return (await import('./watch.js')).runWatch(rest);
    if (command === 'textconv') return (await import('./textconv.js')).runTextconv(rest);
    if (command === '--help' || command === '-h' || command === 'help') {
        process.stdout.write(`${usage}\n`);
        return 0;
    }
    process.stderr.write(`${usage}\n`);
    return 2;
}

// a thread of `bcyt build <folder>` (build-pool.ts) runs this file too
const run = isBuildThread() ? import('./build-pool.js').then(pool => pool.serveBuildThread()).then(() => 0) : main(process.argv.slice(2));
run.then(
    code => { process.exitCode = code; },
    error => {
        process.stderr.write(`bcyt: ${(error as Error).stack ?? error}\n`);
        process.exitCode = 2;
    },
);
