import type { LangiumDocument } from 'langium';
import type { Diagnostic } from 'vscode-languageserver';

const SEVERITIES = ['', 'error', 'warning', 'information', 'hint'] as const;

/** A line break inside a covered text or a message, kept on one line of the .expected file. */
const oneLine = (text: string) => text.replace(/\r?\n/g, '⏎');
const messageOf = (diagnostic: Diagnostic) => (typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value);

/**
 * One finding as a line of an .expected file: `line:col severity code «covered» message`, the
 * position 1-based as `bcyt check` prints it, then the text the finding's range covers (so the
 * range is asserted whole, and a reader sees which number is meant without counting columns).
 */
export function findingLine(document: LangiumDocument, diagnostic: Diagnostic): string {
    const { line, character } = diagnostic.range.start;
    const covered = oneLine(document.textDocument.getText(diagnostic.range));
    return `${line + 1}:${character + 1} ${SEVERITIES[diagnostic.severity ?? 1]} ${diagnostic.code} «${covered}» ${oneLine(messageOf(diagnostic))}`;
}

/** Every finding of a document, in document order, as the lines of its .expected file. */
export function findingLines(document: LangiumDocument): string[] {
    return [...document.diagnostics ?? []]
        .sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character
            || String(a.code).localeCompare(String(b.code)) || messageOf(a).localeCompare(messageOf(b)))
        .map(d => findingLine(document, d));
}

/** The text of an .expected file: its lines, each ended by a line break (none when the document is silent). */
export const expectedText = (lines: readonly string[]): string => lines.map(l => `${l}\n`).join('');
