import type { AstNode, DiagnosticInfo, ValidationAcceptor } from 'langium';
import { defaultSeverity, message, messageLanguage, type DiagnosticCode } from './diagnostic-codes.js';

type Args = Record<string, string | number | undefined>;

/** Data carried by a diagnostic for its quick fix (e.g. the number to write instead). */
export interface FixData {
    readonly replacement?: string;
    readonly [key: string]: unknown;
}

/**
 * Reports a diagnostic by its code: severity and message come from the code's definition,
 * so every check speaks with the same voice in both languages.
 */
export function report<N extends AstNode>(
    accept: ValidationAcceptor, code: DiagnosticCode, args: Args,
    target: DiagnosticInfo<N>, fix?: FixData,
): void {
    const severity = defaultSeverity(code);
    accept(severity === 'information' ? 'info' : severity, message(code, args, messageLanguage()), {
        ...target, code, data: fix ? { ...fix, code } : { code },
    } as DiagnosticInfo<N>);
}

/** Both languages of a detail phrase, chosen when the message is built. */
export function detail(vi: string, en: string): { detail: string; detailEn: string } {
    return { detail: vi, detailEn: en };
}
