import {
    DefaultDocumentValidator, type AstNode, type AstReflection, type Cancellation, type LangiumCoreServices, type LangiumDocument,
    type ParseResult, type ValidationOptions,
} from 'langium';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import { ConfigurationProvider, type BcytConfiguration } from './configuration.js';
import { defaultSeverity, isDiagnosticCode, message, type ConfiguredSeverity, type DiagnosticCode, type MessageLanguage } from './diagnostic-codes.js';
import type { BcytSettings } from '../workspace/settings.js';
import { MESSAGE_EN } from './report.js';
import type { Model } from '../generated/ast.js';
import { emptyInlines } from '../body.js';
import { limitFindingsOf } from '../workspace/document-factory.js';
import type { LimitFinding } from '../workspace/text-limits.js';
import { MAX_INLINE_VALUES_PER_LINE, MAX_NESTING, MAX_OPERATORS, MAX_SOURCE_BYTES } from '../limits.js';

/** What a reference names, in each language, by the type it expects. */
const REFERENCE_KINDS: Record<string, [string, string]> = {
    Unit: ['đơn vị tính', 'unit'],
    Org: ['đơn vị (tổ chức)', 'organisation'],
    Indicator: ['chỉ số', 'indicator'],
    LegalDoc: ['văn bản', 'legal document'],
    Outline: ['đề cương', 'outline'],
};

/** Token names as a reader knows them. */
/** The tokens a syntax error expects, as a reader names them (the same signs in both languages). */
const TOKEN_WORDS: Record<string, string | { vi: string; en: string }> = {
    INLINE_CLOSE: '}', INLINE_OPEN: '{', CITE_CLOSE: ']', CITE_OPEN: '[', NL: '↵', INLINE_NL: '↵', CITE_NL: '↵',
    EOF: { vi: 'hết tệp', en: 'end of file' }, STRING: '"…"', NUMBER: { vi: 'một số (như 703 hoặc 82,8)', en: 'a number (like 703 or 82,8)' },
    ID: { vi: 'tên', en: 'a name' }, DATE: { vi: 'ngày (dd/mm/yyyy)', en: 'a date (dd/mm/yyyy)' },
    PERIOD: { vi: 'kỳ (Q1/2024, T3/2024 …)', en: 'a period (Q1/2024, T3/2024 …)' },
    SYMBOL: { vi: 'số ký hiệu', en: 'a document symbol' }, BODY_START: '---',
};

const LSP_SEVERITY: Record<Exclude<ConfiguredSeverity, 'off'>, DiagnosticSeverity> = {
    error: DiagnosticSeverity.Error, warning: DiagnosticSeverity.Warning,
    information: DiagnosticSeverity.Information, hint: DiagnosticSeverity.Hint,
};

/**
 * Gives syntax and linking errors the stable codes `syntax-error` and `unresolved-reference`
 * and messages in the chosen language, and applies the workspace configuration: the severity
 * a `bcyt.config.json` gives a code replaces the severity every diagnostic of that code was
 * reported with; `off` drops them. This is the one place every diagnostic passes through, so
 * the CLI and the language server agree.
 */
export class BcytDocumentValidator extends DefaultDocumentValidator {
    private readonly reflection: AstReflection;
    private readonly configuration: ConfigurationProvider;
    private readonly settings: BcytSettings;

    constructor(services: LangiumCoreServices & { workspace: { Settings: BcytSettings } }) {
        super(services);
        this.reflection = services.shared.AstReflection;
        this.configuration = new ConfigurationProvider(() => services.shared.workspace.FileSystemProvider);
        this.settings = services.workspace.Settings;
    }

    private get language(): MessageLanguage {
        return this.settings.language;
    }

    /** All checks are registered on the root (Model): walking the rest of the tree finds none. */
    protected override validateSingleNodeOptions(node: AstNode, options: ValidationOptions): { validateNode: boolean; validateChildren: boolean } {
        const defaults = super.validateSingleNodeOptions(node, options);
        return node.$container === undefined ? { ...defaults, validateChildren: false } : defaults;
    }

    override async validateDocument(document: LangiumDocument, options: ValidationOptions = {}, cancelToken?: Cancellation.CancellationToken): Promise<Diagnostic[]> {
        let diagnostics = (await super.validateDocument(document, options, cancelToken)).map(d => inLanguage(d, this.language));
        const configuration = withEditorSettings(this.configuration.configurationOf(document.uri), this.settings);
        // the slow lane adds to the diagnostics of the fast one: the file's own problems once
        const lanes = options.categories;
        const firstLane = !lanes || lanes.includes('fast') || lanes.includes('built-in');
        if (!lanes || lanes.includes('built-in')) diagnostics = withLimitFindings(document, diagnostics, this.language);
        return applyConfiguration(diagnostics, firstLane ? configuration : { ...configuration, problems: [] }, this.language);
    }

    protected override processLexingErrors(parseResult: ParseResult, diagnostics: Diagnostic[], options: ValidationOptions): void {
        const own: Diagnostic[] = [];
        super.processLexingErrors(parseResult, own, options);
        for (const diagnostic of own) {
            const text = plain(diagnostic.message).match(/->(.*)<-/)?.[1] ?? '';
            diagnostics.push(this.recode(diagnostic, this.language === 'vi'
                ? `ký tự không hợp lệ "${text}"` : `unexpected character "${text}"`));
        }
    }

    protected override processParsingErrors(parseResult: ParseResult, diagnostics: Diagnostic[], options: ValidationOptions): void {
        const own: Diagnostic[] = [];
        super.processParsingErrors(parseResult, own, options);
        for (const diagnostic of own) diagnostics.push(this.recode(diagnostic, translateParserMessage(plain(diagnostic.message), this.language)));
        for (const empty of parseResult.value ? emptyInlines(parseResult.value as Model) : []) {
            const detail = this.language === 'vi'
                ? '"{" chưa có biểu thức: viết tên chỉ số và số liệu, ví dụ {tre_sinh = 746}; nếu là dấu ngoặc thường, viết \\{'
                : '"{" without an expression: write an indicator name and its value, e.g. {tre_sinh = 746}; for a literal brace write \\{';
            diagnostics.push(this.recode(this.toDiagnostic('error', '', { node: empty }), detail));
        }
    }

    protected override processLinkingErrors(document: LangiumDocument, diagnostics: Diagnostic[], _options: ValidationOptions): void {
        for (const reference of document.references) {
            const error = reference.error;
            if (!error) continue;
            const type = this.reflection.getReferenceType(error.info);
            const [kind, kindEn] = REFERENCE_KINDS[type] ?? ['tên', 'name'];
            diagnostics.push(this.toDiagnostic('error', message('unresolved-reference', {
                kind, kindEn, name: reference.$refText,
                hint: type === 'LegalDoc' ? 'khai báo văn bản bằng legal "…" trong danh mục' : 'kiểm tra tên và import',
                hintEn: type === 'LegalDoc' ? 'declare it with legal "…" in a catalog' : 'check the name and the imports',
            }, this.language), {
                node: error.info.container, range: reference.$refNode?.range, property: error.info.property,
                code: 'unresolved-reference',
                data: { code: 'unresolved-reference', refText: reference.$refText, type },
            }));
        }
    }

    private recode(diagnostic: Diagnostic, detail: string): Diagnostic {
        return { ...diagnostic, code: 'syntax-error', message: message('syntax-error', { detail }, this.language), data: { code: 'syntax-error' } };
    }
}

const LIMITS: Record<LimitFinding['kind'], number> = {
    parentheses: MAX_NESTING, braces: MAX_NESTING, operators: MAX_OPERATORS, inline: MAX_INLINE_VALUES_PER_LINE, size: MAX_SOURCE_BYTES / (1024 * 1024), errors: 0,
};

/**
 * `limit-exceeded` for each region the parse left out (workspace/text-limits.ts), in place of
 * the syntax errors its blanks caused: inside it or at the first token after it.
 */
function withLimitFindings(document: LangiumDocument, diagnostics: Diagnostic[], language: MessageLanguage): Diagnostic[] {
    const findings = limitFindingsOf(document.parseResult.value);
    if (!findings.length) return diagnostics;
    const text = document.textDocument.getText();
    const regions = findings.map(finding => {
        let end = finding.end;
        while (end < text.length && /\s/.test(text[end])) end++;
        // a whole document: its first line, not a squiggle over all of it
        let shown = finding.kind === 'size' || (finding.kind === 'errors' && finding.start === 0) ? finding.start : finding.end;
        while (shown > finding.start && /\s/.test(text[shown - 1])) shown--;
        return { finding, end, shown };
    });
    const offsetOf = (d: Diagnostic) => document.textDocument.offsetAt(d.range.start);
    const kept = diagnostics.filter(d => d.code !== 'syntax-error'
        || !regions.some(r => r.finding.start <= offsetOf(d) && offsetOf(d) <= r.end));
    for (const { finding, shown } of regions) {
        kept.push({
            range: { start: document.textDocument.positionAt(finding.start), end: document.textDocument.positionAt(shown) },
            severity: LSP_SEVERITY[defaultSeverity('limit-exceeded')], code: 'limit-exceeded', source: 'bcyt',
            message: message('limit-exceeded', { kind: finding.kind, limit: LIMITS[finding.kind] }, language),
            data: { code: 'limit-exceeded' },
        });
    }
    return kept;
}

/**
 * The workspace file's levels with the editor's `bcyt.severity` setting on top: the editor's
 * setting wins, being the more personal choice (workspace/settings.ts).
 */
function withEditorSettings(configuration: BcytConfiguration, settings: BcytSettings): BcytConfiguration {
    const editor = Object.entries(settings.severity).filter(([code]) => isDiagnosticCode(code));
    if (!editor.length) return configuration;
    const severity = new Map(configuration.severity);
    for (const [code, level] of editor) severity.set(code as DiagnosticCode, level);
    return { ...configuration, severity };
}

/** A diagnostic's message in the language asked for (report() made both), its data without the other. */
function inLanguage(diagnostic: Diagnostic, language: MessageLanguage): Diagnostic {
    const data = diagnostic.data as Record<string, unknown> | undefined;
    if (!data || !(MESSAGE_EN in data)) return diagnostic;
    const { [MESSAGE_EN]: english, ...rest } = data;
    return { ...diagnostic, message: language === 'en' ? String(english) : diagnostic.message, data: rest };
}

/** The diagnostics with the configured severities, plus one `config-invalid` per problem of the file. */
export function applyConfiguration(diagnostics: Diagnostic[], configuration: BcytConfiguration, language: MessageLanguage): Diagnostic[] {
    const result: Diagnostic[] = [];
    for (const diagnostic of diagnostics) {
        const code = String(diagnostic.code ?? '');
        const level = isDiagnosticCode(code) ? configuration.severity.get(code) : undefined;
        if (level === 'off') continue;
        result.push(level ? { ...diagnostic, severity: LSP_SEVERITY[level] } : diagnostic);
    }
    for (const problem of configuration.problems) {
        const level = configuration.severity.get('config-invalid') ?? defaultSeverity('config-invalid');
        if (level === 'off') continue;
        result.push({
            range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
            severity: LSP_SEVERITY[level], code: 'config-invalid', source: 'bcyt',
            message: message('config-invalid', { ...problem }, language),
            data: { code: 'config-invalid' },
        });
    }
    return result;
}

/** Chevrotain's "Expecting token of type 'X' but found `y`." in the reader's language. */
export function translateParserMessage(text: string, language: MessageLanguage): string {
    const found = text.match(/but found:? ?[`'](.*?)[`']/s)?.[1];
    const expected = [...text.matchAll(/(?:token of type |\[)'?([A-Za-z_]+|'[^']+')'?/g)].map(m => m[1].replace(/'/g, ''));
    const word = (token: string) => {
        const known = TOKEN_WORDS[token];
        return known === undefined ? token : typeof known === 'string' ? known : known[language];
    };
    const words = [...new Set(expected.map(word))].slice(0, 6);
    const shownFound = found === '' || found === undefined ? '↵' : found.replace(/\n/g, '↵');
    if (language === 'en') {
        return words.length ? `expected ${words.join(', ')} but found "${shownFound}"` : text;
    }
    return words.length ? `cần ${words.join(', ')} nhưng gặp "${shownFound}"` : `không đọc được "${shownFound}"`;
}

function plain(text: Diagnostic['message']): string {
    return typeof text === 'string' ? text : text.value;
}
