import type { AstNode, DiagnosticInfo, LangiumDocument, ValidationAcceptor } from 'langium';
import type { Range } from 'vscode-languageserver';
import { defaultSeverity, fixTitle, message, type DiagnosticCode, type MessageLanguage, type Severity } from './diagnostic-codes.js';

type Args = Record<string, string | number | undefined>;

/** The range of `length` characters from `offset` in a text chunk of the body: where a finding in prose is. */
export function rangeInChunk(document: LangiumDocument, chunk: { readonly $cstNode?: { readonly offset: number } }, offset: number, length: number): Range {
    const start = chunk.$cstNode!.offset + offset;
    return { start: document.textDocument.positionAt(start), end: document.textDocument.positionAt(start + length) };
}

/** One text edit of a quick fix, in the diagnostic's own document. */
export interface FixEdit {
    readonly range: Range;
    readonly newText: string;
}

/**
 * Data carried by a diagnostic for its quick fix (lsp/code-actions.ts):
 * - `replacement`: the text to write instead of the diagnostic's range (a number, a symbol);
 * - `edits`: edits computed by the check when the fix touches other places (a declaration
 *   inserted before the document, a section skeleton inserted after a heading);
 * - `fix`: the kind of fix, naming its title (diagnostic-codes.ts, FIX_TITLES);
 * - `text`: what the title quotes, when the fix edits several places ("bằng 106%");
 * - `alternatives`: other fixes offered after this one ("bằng 106%" or "tăng 6%").
 */
export interface FixData {
    readonly replacement?: string;
    readonly edits?: readonly FixEdit[];
    readonly fix?: string;
    readonly text?: string;
    readonly alternatives?: readonly FixData[];
    readonly [key: string]: unknown;
}

/**
 * Reports a diagnostic by its code: severity and message come from the code's definition,
 * so every check speaks with the same voice in both languages. The message is made in both
 * (args carry both where a check phrases part of it: `detail`/`detailEn`, `how`/`howEn` …); the
 * document validator keeps the one the user's settings ask for (MESSAGE_EN carries the other). `severity` lowers or raises
 * one finding where the code's default does not fit it (a stated claim that cannot be
 * verified is information, one that cannot be printed an error). The user's configuration
 * (bcyt.config.json) overrides both, in the document validator.
 */
export function report<N extends AstNode>(
    accept: ValidationAcceptor, code: DiagnosticCode, args: Args,
    target: DiagnosticInfo<N>, fix?: FixData, severity: Severity = defaultSeverity(code),
): void {
    accept(severity === 'information' ? 'info' : severity, message(code, args, 'vi'), {
        ...target, code, data: { ...fix, code, [MESSAGE_EN]: message(code, args, 'en') },
    } as DiagnosticInfo<N>);
}

/** The key of a diagnostic's data under which report() leaves the English message for the document validator. */
export const MESSAGE_EN = 'messageEn';

/** Both languages of a detail phrase, chosen when the message is built. */
export function detail(vi: string, en: string): { detail: string; detailEn: string } {
    return { detail: vi, detailEn: en };
}

/** A quick fix as offered: its title in the message language and its edits. */
export interface OfferedFix {
    readonly title: string;
    readonly edits: readonly FixEdit[];
}

/**
 * The fixes a diagnostic's data offer, the preferred one first (the code actions and
 * `bcyt check --format sarif` both read them): a replacement of the diagnostic's range, or edits.
 */
export function offeredFixes(data: FixData | undefined, range: Range, lang: MessageLanguage): OfferedFix[] {
    if (!data) return [];
    return [data, ...(data.alternatives ?? [])].flatMap(fix => {
        const edits = fix.edits ?? (fix.replacement !== undefined ? [{ range, newText: fix.replacement }] : undefined);
        if (!edits?.length) return [];
        const args = { text: fix.text ?? fix.replacement, symbol: data.symbol as string | undefined, section: data.section as string | undefined, chars: data.chars as string | undefined };
        return [{ title: fixTitle(fix.fix ?? 'replace', args, lang), edits }];
    });
}
