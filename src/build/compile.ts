import { basename, dirname, join } from 'node:path';
import type { LangiumDocument } from 'langium';
import type { Diagnostic } from 'vscode-languageserver';
import type { BcytServices } from '../../language-server/src/bcyt-module.js';
import { resolveDocument } from '../../language-server/src/document-model/resolve.js';
import type { Model } from '../../language-server/src/generated/ast.js';
import type { PrintProblem } from '../../language-server/src/document-model/model.js';
import { renderDocx, writeDocxAtomically } from '../docx/render.js';

export type CompileOutcome =
    | { readonly status: 'written'; readonly output: string; readonly warnings: number }
    /** errors remain (diagnostics or values the engine cannot compute) and the build was not forced */
    | { readonly status: 'refused'; readonly errors: readonly Diagnostic[]; readonly problems: readonly PrintProblem[] }
    /** the file holds declarations only */
    | { readonly status: 'no-document' }
    | { readonly status: 'failed'; readonly message: string };

/**
 * Compiles one checked document to DOCX: the entry point of `bcyt build` and of the editor's
 * compile command. Refuses while errors remain unless forced; writes atomically.
 */
export async function compileDocument(services: BcytServices, document: LangiumDocument, output: string, force = false): Promise<CompileOutcome> {
    const model = document.parseResult.value as Model;
    if (!model.document) return { status: 'no-document' };
    const diagnostics = document.diagnostics ?? [];
    const errors = diagnostics.filter(d => d.severity === 1);
    const printed = resolveDocument(model, services.evaluation.Evaluator.session(model));
    if (!printed) return { status: 'no-document' };
    // what cannot be printed is an error the checker reports at the same place: listed once
    const problems = printed.problems.filter(p => !errors.some(e => e.code === p.code && e.range.start.line === p.line && e.range.start.character === p.character));
    if ((errors.length || problems.length) && !force) return { status: 'refused', errors, problems };
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
