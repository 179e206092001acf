import { pathToFileURL } from 'node:url';
import type * as Sarif from 'sarif';
import { DIAGNOSTIC_CODES, defaultSeverity, isDiagnosticCode } from '../../language-server/src/validation/diagnostic-codes.js';
import type { FileDiagnostic } from './check.js';
import { packageVersion, plainText, rulesHelp, type RuleHelp } from './rules.js';

const LEVELS: Readonly<Record<FileDiagnostic['severity'], Sarif.Result.level>> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

/**
 * `bcyt check --format sarif`: SARIF 2.1.0 for code scanning (GitHub, GitLab, Azure). One run;
 * a rule per diagnostic code with its help from docs/CHECKS.md; results with their file, exact
 * region (1-based lines and UTF-16 columns, as the LSP positions are) and the quick fix as a
 * SARIF fix. Paths are relative to the working folder (`%SRCROOT%`), as CI checks out.
 */
export function formatSarif(diagnostics: readonly FileDiagnostic[], cwd: string): string {
    const help = rulesHelp();
    const codes = Object.keys(DIAGNOSTIC_CODES);
    const log: Sarif.Log = {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [{
            tool: {
                driver: {
                    name: 'bcyt', semanticVersion: packageVersion(),
                    rules: codes.map(code => rule(code, help.get(code))),
                },
            },
            originalUriBaseIds: { '%SRCROOT%': { uri: `${pathToFileURL(cwd).href.replace(/\/?$/u, '/')}` } },
            columnKind: 'utf16CodeUnits',
            results: diagnostics.map(d => result(d, codes.indexOf(d.code))),
        }],
    };
    return `${JSON.stringify(log, null, 2)}\n`;
}

function rule(code: string, help: RuleHelp | undefined): Sarif.ReportingDescriptor {
    const severity = isDiagnosticCode(code) ? defaultSeverity(code) : 'error';
    const finds = help ? plainText(help.finds) : code;
    const markdown = help
        ? [`**${code}**: ${help.finds}`, '', `- Range: ${help.range}`, `- Default severity: ${help.severity}`, ...(help.fix ? [`- Quick fix: ${help.fix}`] : []),
            '', 'Severities can be changed in `bcyt.config.json`; see docs/CHECKS.md.'].join('\n')
        : code;
    return {
        id: code,
        name: code.split('-').map(w => w[0].toUpperCase() + w.slice(1)).join(''),
        shortDescription: { text: firstSentence(finds) },
        fullDescription: { text: finds },
        help: { text: plainText(markdown.replace(/^- /gmu, '')), markdown },
        defaultConfiguration: { level: LEVELS[severity] },
        properties: { tags: ['bcyt', ...(code.startsWith('legal-') ? ['citations'] : [])] },
    };
}

function result(d: FileDiagnostic, ruleIndex: number): Sarif.Result {
    const artifactLocation = { uri: uriOf(d.file), uriBaseId: '%SRCROOT%' };
    return {
        ruleId: d.code,
        ...(ruleIndex >= 0 ? { ruleIndex } : {}),
        level: LEVELS[d.severity],
        message: { text: d.message },
        locations: [{ physicalLocation: { artifactLocation, region: region(d.range) } }],
        ...(d.fix ? {
            fixes: [{
                description: { text: d.fix.title },
                artifactChanges: [{
                    artifactLocation,
                    replacements: d.fix.edits.map(edit => ({ deletedRegion: region(edit.range), insertedContent: { text: edit.newText } })),
                }],
            }],
        } : {}),
    };
}

/** An LSP range (0-based, end exclusive) as a SARIF region (1-based, end column exclusive). */
function region(range: FileDiagnostic['range']): Sarif.Region {
    return { startLine: range.start.line + 1, startColumn: range.start.character + 1, endLine: range.end.line + 1, endColumn: range.end.character + 1 };
}

const uriOf = (file: string): string => file.split(/[\\/]/u).map(encodeURIComponent).join('/');

function firstSentence(text: string): string {
    const end = text.search(/[;(]/u);
    return (end > 0 ? text.slice(0, end) : text).trim();
}

/**
 * `bcyt check --format github`: GitHub Actions workflow commands, one line per finding
 * (`::error file=…,line=…,endLine=…,col=…,endColumn=…,title=…::message`), which annotate the
 * lines of a pull request's diff; information and hints are notices.
 */
export function formatGithub(diagnostics: readonly FileDiagnostic[]): string {
    const command = { error: 'error', warning: 'warning', information: 'notice', hint: 'notice' } as const;
    return diagnostics.map(d => {
        const properties = [
            `file=${property(d.file.split('\\').join('/'))}`, `line=${d.range.start.line + 1}`, `endLine=${d.range.end.line + 1}`,
            `col=${d.range.start.character + 1}`, `endColumn=${d.range.end.character + 1}`, `title=${property(`bcyt ${d.code}`)}`,
        ];
        return `::${command[d.severity]} ${properties.join(',')}::${data(d.message)}\n`;
    }).join('');
}

/** Escapes of the workflow command syntax (the runner's own toCommandValue / escapeData rules). */
const data = (text: string): string => text.replace(/%/gu, '%25').replace(/\r/gu, '%0D').replace(/\n/gu, '%0A');
const property = (text: string): string => data(text).replace(/:/gu, '%3A').replace(/,/gu, '%2C');
