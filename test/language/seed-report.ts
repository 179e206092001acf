import type { Diagnostic } from 'vscode-languageserver';
import { check, coveredText, type Checked } from '../helpers.js';

/** A report of TTYT Hoằng Hóa (seed 001) for Q1/2024 around the given declarations and body. */
export function report(declarations: string, body: string, header = 'report BC issuer TTYT period Q1/2024 date 14/4/2024'): string {
    return `${declarations}
org SYT "Sở Y tế Thanh Hóa" code SYT
org TTYT "Trung tâm Y tế Hoằng Hóa" code TTYT parent SYT
${header}
---
${body}
`;
}

export interface Finding {
    readonly code: string;
    /** the text the diagnostic's range covers */
    readonly covered: string;
    readonly severity: number;
    readonly message: string;
}

/** The findings of one file, optionally only of the given codes, in document order. */
export function findings(checked: Checked, codes?: readonly string[]): Finding[] {
    const document = checked.documents['main.bcyt'];
    return [...checked.diagnostics()]
        .filter(d => !codes || codes.includes(String(d.code)))
        .sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character)
        .map((d: Diagnostic) => ({ code: String(d.code), covered: coveredText(document, d), severity: d.severity ?? 1, message: String(d.message) }));
}

/** `code "covered"` strings, compact for table-driven expectations. */
export async function checkCodes(text: string, codes?: readonly string[]): Promise<string[]> {
    return findings(await check(text), codes).map(f => `${f.code} ${f.covered}`);
}
