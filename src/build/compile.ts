import { basename, dirname, join } from 'node:path';
import type { LangiumDocument } from 'langium';
import type { Diagnostic } from 'vscode-languageserver';
import type { BcytServices } from '../../language-server/src/bcyt-module.js';
import { resolveDocument } from '../../language-server/src/document-model/resolve.js';
import type { Model } from '../../language-server/src/generated/ast.js';
import { renderDocx, writeDocxAtomically } from '../docx/render.js';
import { refuseTarget } from './output-guard.js';

export type CompileOutcome =
    | { readonly status: 'written'; readonly output: string; readonly warnings: number }
    /** errors remain (diagnostics or values the engine cannot compute) and the build was not forced */
    | { readonly status: 'refused'; readonly errors: readonly Diagnostic[]; readonly problems: readonly string[] }
    /** the file holds declarations only */
    | { readonly status: 'no-document' }
    | { readonly status: 'failed'; readonly message: string };

/**
 * Compiles one checked document to DOCX: the entry point of `bcyt build` and of the editor's
 * compile command. Refuses while errors remain unless forced; never writes over a file it read
 * or anything but a writable DOCX (output-guard.ts); writes atomically.
 */
export async function compileDocument(services: BcytServices, document: LangiumDocument, output: string, force = false): Promise<CompileOutcome> {
    const model = document.parseResult.value as Model;
    if (!model.document) return { status: 'no-document' };
    const diagnostics = document.diagnostics ?? [];
    const errors = diagnostics.filter(d => d.severity === 1);
    let printed: ReturnType<typeof resolveDocument>;
    try {
        printed = resolveDocument(model, services.evaluation.Evaluator.session(model));
    } catch (error) {
        // a bug on some input: said plainly, as a failed build, never a stack
        return { status: 'failed', message: `lỗi nội bộ khi dựng văn bản (xin báo lỗi này kèm tệp): ${(error as Error).message}` };
    }
    if (!printed) return { status: 'no-document' };
    const problems = printed.problems.map(p => `${p.line + 1}: ${p.message}`);
    if ((errors.length || problems.length) && !force) return { status: 'refused', errors, problems };
    const refusal = refuseTarget(output);
    if (refusal) return { status: 'failed', message: refusal.message };
    try {
        const buffer = await renderDocx(printed);
        await writeDocxAtomically(buffer, output);
    } catch (error) {
        return { status: 'failed', message: (error as Error).message };
    }
    return { status: 'written', output, warnings: diagnostics.length - errors.length };
}

/** `report.bcyt` → `report.docx` beside it, or in the given folder. */
export function defaultOutput(source: string, outDir?: string): string {
    const name = `${basename(source).replace(/\.bcyt$/i, '')}.docx`;
    return join(outDir ?? dirname(source), name);
}

