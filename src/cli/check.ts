import { relative } from 'node:path';
import { NodeFileSystem } from 'langium/node';
import type { Diagnostic } from 'vscode-languageserver';
import { createBcytServices } from '../../language-server/src/bcyt-module.js';
import type { MessageLanguage } from '../../language-server/src/validation/diagnostic-codes.js';
import { offeredFixes, type FixData, type FixEdit } from '../../language-server/src/validation/report.js';
import { loadFiles, type UnreadableFile } from '../../language-server/src/workspace/headless.js';
import { formatGithub, formatSarif } from './check-formats.js';
import { cliText } from './cli-text.js';

export interface CheckOptions {
    readonly format: 'text' | 'json' | 'sarif' | 'github';
    readonly lang: MessageLanguage;
    /** catalogs a Word document is matched against (default: its folder) */
    readonly catalogs?: readonly string[];
}

export interface FileDiagnostic {
    readonly file: string;
    readonly range: Diagnostic['range'];
    readonly severity: 'error' | 'warning' | 'information' | 'hint';
    readonly code: string;
    readonly message: string;
    /** a Word document: the paragraph (from 1) and the sentence the finding is in; `range` counts paragraphs as lines */
    readonly paragraph?: number;
    readonly quote?: string;
    /** the quick fix's edits in the same file (for SARIF), when the check computed one */
    readonly fix?: { readonly title: string; readonly edits: readonly FixEdit[] };
}

export const SEVERITIES = ['error', 'error', 'warning', 'information', 'hint'] as const;

/** Checks files and folders; returns the diagnostics of the files asked for, in file order. */
export async function checkFiles(inputs: string[], lang: MessageLanguage, catalogs: readonly string[] = []): Promise<{ diagnostics: FileDiagnostic[]; unreadable: UnreadableFile[]; unimported: readonly string[] }> {
    const { Bcyt } = createBcytServices(NodeFileSystem, { production: true, language: lang });
    // a Word document is imported in memory and checked as its draft (src/import/check-imported.ts),
    // one that cannot be is named with its reason on stderr there
    const words = inputs.filter(i => /\.docx$/i.test(i));
    const imported = words.length ? (await import('../import/check-imported.js')).addImportedFiles(Bcyt, words, catalogs, lang) : undefined;
    const { documents, unreadable } = await loadFiles(Bcyt, inputs.filter(i => !words.includes(i)));
    const diagnostics: FileDiagnostic[] = imported ? await imported.check() : [];
    for (const document of documents) {
        const file = relative(process.cwd(), document.uri.fsPath) || document.uri.fsPath;
        const sorted = [...(document.diagnostics ?? [])].sort((a, b) =>
            a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
        for (const d of sorted) {
            diagnostics.push({
                file, range: d.range, severity: SEVERITIES[d.severity ?? 1],
                code: String(d.code ?? 'syntax-error'), message: typeof d.message === 'string' ? d.message : d.message.value,
                ...fixOf(d, lang),
            });
        }
    }
    return { diagnostics, unreadable, unimported: imported?.unreadable ?? [] };
}

export async function runCheck(inputs: string[], options: CheckOptions): Promise<number> {
    const { diagnostics, unreadable, unimported } = await checkFiles(inputs, options.lang, options.catalogs);
    for (const { path, reason } of unreadable) {
        const shown = relative(process.cwd(), path) || path;
        process.stderr.write(`bcyt: ${cliText('unreadable', options.lang, { file: shown, reason: reason[options.lang] })}\n`);
    }
    if (options.format === 'json') {
        // the quick fix is for SARIF; a Word document's findings name their paragraph and sentence
        const plain = diagnostics.map(({ fix: _fix, ...diagnostic }) => diagnostic);
        process.stdout.write(`${JSON.stringify({ diagnostics: plain }, null, 2)}\n`);
    } else if (options.format === 'sarif') {
        process.stdout.write(formatSarif(diagnostics, process.cwd()));
    } else if (options.format === 'github') {
        process.stdout.write(formatGithub(diagnostics));
    } else {
        for (const d of diagnostics) {
            process.stdout.write(`${d.file}:${d.range.start.line + 1}:${d.range.start.character + 1} ${d.severity} ${d.code} ${d.message}${d.quote ? ` — “${d.quote}”` : ''}\n`);
        }
    }
    if (unreadable.length || unimported.length) return 2;
    return diagnostics.some(d => d.severity === 'error') ? 1 : 0;
}

/** The edits of a diagnostic's quick fix (lsp/code-actions.ts turns the same data into a code action). */
function fixOf(d: Diagnostic, lang: MessageLanguage): Pick<FileDiagnostic, 'fix'> {
    const [fix] = offeredFixes(d.data as FixData | undefined, d.range, lang);
    return fix ? { fix } : {};
}
