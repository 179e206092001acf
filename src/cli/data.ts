import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DataReadError, findingText, type Finding } from '../data/problems.js';
import type { ImportPlan } from '../data/import.js';
import { DocxWriteError, writeDocxAtomically } from '../docx/write.js';
import { DATA_USAGE } from './usage.js';

type Lang = 'vi' | 'en';

/**
 * `bcyt data import` and `bcyt data export`: figures in from spreadsheets and DHIS2, out for
 * annexes and upload. Exit 0 done, 1 findings (nothing written), 2 usage or an unreadable file.
 */
export async function runData(args: string[]): Promise<number> {
    const [sub, ...rest] = args;
    let parsed;
    try {
        parsed = parseArgs({
            args: rest, allowPositionals: true,
            options: {
                into: { type: 'string' }, map: { type: 'string' }, sheet: { type: 'string' }, org: { type: 'string' },
                period: { type: 'string' }, 'dry-run': { type: 'boolean', default: false }, lang: { type: 'string', default: 'vi' },
                format: { type: 'string' }, output: { type: 'string', short: 'o' },
            },
        });
    } catch (error) {
        return usage((error as Error).message);
    }
    const v = parsed.values;
    if (!['vi', 'en'].includes(v.lang!)) return usage();
    const lang = v.lang as Lang;
    try {
        if (sub === 'import' && parsed.positionals.length === 1 && v.into) {
            return await runImport(parsed.positionals[0], { into: v.into, map: v.map, sheet: v.sheet, org: v.org, period: v.period, dryRun: v['dry-run']!, lang });
        }
        if (sub === 'export' && parsed.positionals.length >= 1 && v.output && ['csv', 'xlsx', 'dhis2-json'].includes(v.format ?? '')) {
            if (/\.bcyt$/iu.test(v.output)) {
                process.stderr.write(lang === 'en' ? `bcyt: ${v.output}: an export is never written over a .bcyt file\n`
                    : `bcyt: ${v.output}: không xuất số liệu đè lên tệp .bcyt\n`);
                return 2;
            }
            const { exportData } = await import('../data/export.js');
            const result = await exportData(parsed.positionals, v.format as 'csv' | 'xlsx' | 'dhis2-json', v.map);
            await writeDocxAtomically(result.bytes, v.output, v.format!.toUpperCase());
            for (const note of result.notes) process.stderr.write(`bcyt: ${lang === 'en' ? note.en : note.vi}\n`);
            process.stdout.write(lang === 'en' ? `${v.output}: ${result.rows} values\n` : `${v.output}: ${result.rows} giá trị\n`);
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
    return usage();
}

interface ImportOptions {
    readonly into: string; readonly map?: string; readonly sheet?: string; readonly org?: string; readonly period?: string;
    readonly dryRun: boolean; readonly lang: Lang;
}

async function runImport(input: string, options: ImportOptions): Promise<number> {
    const { planImport } = await import('../data/import.js');
    const en = options.lang === 'en';
    const plan = await planImport({ input, ...options });
    const out: string[] = [];
    if (options.dryRun) out.push(...matchLines(plan, en));
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
    const summary = en
        ? `${shown}: ${count('added')} added, ${count('updated')} updated, ${count('unchanged')} unchanged`
        : `${shown}: thêm ${count('added')}, sửa ${count('updated')}, giữ nguyên ${count('unchanged')}`;
    if (errors.length) {
        out.push(en ? `${shown}: ${errors.length} errors, nothing written` : `${shown}: ${errors.length} lỗi, không ghi gì`);
    } else if (options.dryRun) {
        out.push(`${summary}${en ? ' (dry run: nothing written)' : ' (chạy thử: không ghi gì)'}`);
    } else {
        if (plan.text !== undefined) await writeDocxAtomically(Buffer.from(plan.text, 'utf8'), options.into, '.bcyt');
        out.push(summary);
    }
    process.stdout.write(out.map(l => `${l}\n`).join(''));
    return errors.length ? 1 : 0;
}

const HOW: Record<string, { vi: string; en: string }> = {
    map: { vi: 'theo tệp ánh xạ', en: 'by the map file' },
    name: { vi: 'theo tên', en: 'by name' },
    label: { vi: 'theo nhãn tiếng Việt', en: 'by Vietnamese label' },
};

function matchLines(plan: ImportPlan, en: boolean): string[] {
    const lines: string[] = [];
    for (const s of plan.sheets) {
        const shape = s.shape ? (en ? `${s.shape} table, ${s.values} values` : `${s.shape === 'long' ? 'bảng dọc' : 'biểu mẫu ngang'}, ${s.values} giá trị`)
            : (en ? 'no table, skipped' : 'không có bảng, bỏ qua');
        lines.push(`${s.file ? (en ? 'file' : 'tệp') : (en ? 'sheet' : 'trang')} ${s.name}: ${shape}`);
    }
    for (const { kind, source, result } of plan.matcher.seen.values()) {
        const what = kind === 'indicator' ? (en ? 'indicator' : 'chỉ số') : (en ? 'org' : 'đơn vị');
        lines.push(result.ok ? `${what} "${source}" → ${result.match.name} (${en ? HOW[result.match.how].en : HOW[result.match.how].vi})`
            : `${what} "${source}" → ? (${en ? result.text.en : result.text.vi})`);
    }
    return lines;
}

function printFindings(findings: readonly Finding[], en: boolean): void {
    for (const f of findings) process.stderr.write(`${findingText(f, en)}\n`);
}

function usage(message?: string): number {
    process.stderr.write(`${message ? `${message}\n` : ''}Cách dùng / usage:\n${DATA_USAGE}\n`);
    return 2;
}
