import { basename, dirname, join } from 'node:path';
import type { LangiumDocument } from 'langium';
import type { Diagnostic, Position, Range } from 'vscode-languageserver';
import type { BcytServices } from '../../language-server/src/bcyt-module.js';
import { resolveDocument } from '../../language-server/src/document-model/resolve.js';
import type { Model } from '../../language-server/src/generated/ast.js';
import { INCOMPLETE_EXPRESSION, type PrintedDocument, type PrintProblem } from '../../language-server/src/document-model/model.js';
import { DocxWriteError, renderDocx, writeDocxAtomically } from '../docx/render.js';
import type { RenderMemory } from '../docx/render-memory.js';
import { buildText } from './build-text.js';
import { refuseTarget } from './output-guard.js';

export type CompileOutcome =
    | { readonly status: 'written'; readonly output: string; readonly warnings: number }
    /** errors remain (diagnostics or values the engine cannot compute) and the build was not forced */
    | { readonly status: 'refused'; readonly errors: readonly Diagnostic[]; readonly problems: readonly PrintProblem[] }
    /** the file holds declarations only */
    | { readonly status: 'no-document' }
    | { readonly status: 'failed'; readonly message: string };

/**
 * Compiles one checked document to DOCX: the entry point of `bcyt build` and of the editor's
 * compile command. Refuses while errors remain unless forced; never writes over a file it read
 * or anything but a writable DOCX (output-guard.ts); writes atomically. `memory`: what the last
 * compile of this document rendered, kept by a caller that compiles it again after each edit.
 */
export async function compileDocument(
    services: BcytServices, document: LangiumDocument, output: string, force = false, onStep?: (step: 'resolve' | 'render' | 'write') => void,
    memory?: RenderMemory,
): Promise<CompileOutcome> {
    const model = document.parseResult.value as Model;
    if (!model.document) return { status: 'no-document' };
    const diagnostics = document.diagnostics ?? [];
    const language = services.workspace.Settings.language;
    let printed: ReturnType<typeof resolveDocument>;
    try {
        printed = resolveDocument(model, services.evaluation.Evaluator.session(model), language);
    } catch (error) {
        // a bug on some input: said plainly, as a failed build, never a stack
        return { status: 'failed', message: buildText('internalError', language, { detail: (error as Error).message }) };
    }
    onStep?.('resolve');
    if (!printed) return { status: 'no-document' };
    const { errors, problems } = whatStopsTheBuild(diagnostics, printed);
    if ((errors.length || problems.length) && !force) return { status: 'refused', errors, problems };
    const refusal = refuseTarget(output);
    if (refusal) return { status: 'failed', message: refusal.inLanguage(language) };
    try {
        const buffer = await renderDocx(printed, memory);
        onStep?.('render');
        await writeDocxAtomically(buffer, output);
        onStep?.('write');
    } catch (error) {
        return { status: 'failed', message: error instanceof DocxWriteError ? error.inLanguage(language) : (error as Error).message };
    }
    return { status: 'written', output, warnings: diagnostics.length - errors.length };
}

/**
 * What refuses a build: the document's errors, and what the printed document cannot show that no
 * error reports (the checker reports each at the same place with the same code, so this is empty
 * unless they disagree — a test holds them to it).
 */
export function whatStopsTheBuild(diagnostics: readonly Diagnostic[], printed: PrintedDocument): { errors: Diagnostic[]; problems: PrintProblem[] } {
    const errors = diagnostics.filter(d => d.severity === 1);
    const problems = printed.problems.filter(p => !errors.some(e => (e.code === p.code || p.code === INCOMPLETE_EXPRESSION) && within(e.range.start, p.range)));
    return { errors, problems };
}

function within(position: Position, range: Range): boolean {
    const after = (a: Position, b: Position) => a.line > b.line || (a.line === b.line && a.character >= b.character);
    return after(position, range.start) && after(range.end, position);
}

/** `report.bcyt` → `report.docx` beside it, or in the given folder. */
export function defaultOutput(source: string, outDir?: string): string {
    const name = `${basename(source).replace(/\.bcyt$/i, '')}.docx`;
    return join(outDir ?? dirname(source), name);
}

