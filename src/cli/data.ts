import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DataReadError, findingText, type Finding } from '../data/problems.js';
import type { ImportPlan } from '../data/import.js';
import { DocxWriteError, writeDocxAtomically } from '../docx/write.js';
import { dataText } from '../data/data-text.js';
import { askedLanguage, cliText } from './cli-text.js';
import { Timings } from './timings.js';

type Lang = 'vi' | 'en';

/**
 * `bcyt data import` and `bcyt data export`: figures in from spreadsheets and DHIS2, out for
 * annexes and upload. Exit 0 done, 1 findings (nothing written), 2 usage or an unreadable file.
 */
export async function runData(args: string[]): Promise<number> {
    const [sub, ...rest] = args;
    if (sub !== 'import' && sub !== 'export') return usage(askedLanguage(args));
    let parsed;
    try {
        parsed = parseArgs({
            args: rest, allowPositionals: true,
            options: {
                into: { type: 'string' }, map: { type: 'string' }, sheet: { type: 'string' }, org: { type: 'string' },
                period: { type: 'string' }, 'dry-run': { type: 'boolean', default: false }, timings: { type: 'boolean', default: false }, lang: { type: 'string', default: 'vi' },
                format: { type: 'string' }, output: { type: 'string', short: 'o' },
            },
        });
    } catch (error) {
        return usage(askedLanguage(rest), (error as Error).message);
    }
    const v = parsed.values;
    if (!['vi', 'en'].includes(v.lang!)) return usage('vi');
    const lang = v.lang as Lang;
    try {
        if (sub === 'import' && parsed.positionals.length === 1 && v.into) {
            return await runImport(parsed.positionals[0], { into: v.into, map: v.map, sheet: v.sheet, org: v.org, period: v.period, dryRun: v['dry-run']!, lang, timings: v.timings! });
        }
        if (sub === 'export' && parsed.positionals.length >= 1 && v.output && ['csv', 'xlsx', 'dhis2-json'].includes(v.format ?? '')) {
            if (/\.bcyt$/iu.test(v.output)) {
                process.stderr.write(`bcyt: ${dataText('exportOverSource', lang, { file: v.output })}\n`);
                return 2;
            }
            const { exportData } = await import('../data/export.js');
            const result = await exportData(parsed.positionals, v.format as 'csv' | 'xlsx' | 'dhis2-json', v.map);
            await writeDocxAtomically(result.bytes, v.output, v.format!.toUpperCase());
            for (const note of result.notes) process.stderr.write(`bcyt: ${lang === 'en' ? note.en : note.vi}\n`);
            process.stdout.write(`${dataText('exported', lang, { file: v.output, rows: result.rows })}\n`);
            return 0;
        }
    } catch (error) {
        if (error instanceof DataReadError) {
            process.stderr.write(`bcyt: ${lang === 'en' ? error.text.en : error.text.vi}\n`);
            return 2;
        }
        if (error instanceof DocxWriteError) {
            process.stderr.write(`bcyt: ${lang === 'en' ? error.messageEn : error.message}\n`);
            return 2;
        }
        throw error;
    }
    return usage(lang);
}

interface ImportOptions {
    readonly into: string; readonly map?: string; readonly sheet?: string; readonly org?: string; readonly period?: string;
    readonly dryRun: boolean; readonly lang: Lang;
    /** print on stderr where the time went */
    readonly timings: boolean;
}

async function runImport(input: string, options: ImportOptions): Promise<number> {
    const { planImport } = await import('../data/import.js');
    const timings = options.timings ? new Timings() : undefined;
    const en = options.lang === 'en';
    const plan = await planImport({ input, ...options, onStep: timings && (step => timings.step(step)) });
    const out: string[] = [];
    if (options.dryRun) out.push(...matchLines(plan, options.lang));
    for (const c of plan.changes) {
        if (c.kind === 'unchanged' && !options.dryRun) continue;
        const f = c.fact;
        const what = `${f.org} ${f.period} ${f.indicator}`;
        out.push(c.kind === 'updated' ? `~ ${what}: ${c.before} → ${f.source}` : c.kind === 'added' ? `+ ${what} = ${f.source}` : `= ${what} = ${f.source}`);
    }
    const errors = plan.findings.filter(f => f.severity === 'error');
    printFindings(plan.findings, en);
    const count = (kind: string) => plan.changes.filter(c => c.kind === kind).length;
    const shown = relative(process.cwd(), resolve(options.into)) || options.into;
    const summary = dataText('imported', options.lang, { file: shown, added: count('added'), updated: count('updated'), unchanged: count('unchanged') });
    if (errors.length) {
        out.push(dataText('importRefused', options.lang, { file: shown, count: errors.length }));
    } else if (options.dryRun) {
        out.push(dataText('dryRun', options.lang, { summary }));
    } else {
        if (plan.text !== undefined) await writeDocxAtomically(Buffer.from(plan.text, 'utf8'), options.into, '.bcyt');
        timings?.step('write');
        out.push(summary);
    }
    process.stdout.write(out.map(l => `${l}\n`).join(''));
    timings?.print(options.lang, text => process.stderr.write(text));
    return errors.length ? 1 : 0;
}

function matchLines(plan: ImportPlan, lang: Lang): string[] {
    const lines: string[] = [];
    for (const s of plan.sheets) lines.push(dataText('sheet', lang, { file: s.file ? 'yes' : undefined, name: s.name, shape: s.shape, values: s.values }));
    for (const { kind, source, result } of plan.matcher.seen.values()) {
        lines.push(result.ok ? dataText('matched', lang, { kind, source, target: result.match.name, how: result.match.how })
            : dataText('unmatched', lang, { kind, source, reason: lang === 'en' ? result.text.en : result.text.vi }));
    }
    return lines;
}

function printFindings(findings: readonly Finding[], en: boolean): void {
    for (const f of findings) process.stderr.write(`${findingText(f, en)}\n`);
}

function usage(lang: Lang, message?: string): number {
    process.stderr.write(`${message ? `${message}\n` : ''}${cliText('dataUsage', lang)}\n`);
    return 2;
}

