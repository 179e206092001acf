import { AstUtils, Cancellation, interruptAndCheck, isOperationCancelled, type ValidationAcceptor, type ValidationChecks } from 'langium';
import type { BcytAstType, Model } from '../generated/ast.js';
import type { BcytServices } from '../bcyt-module.js';
import { CHECK_FAMILIES, type CheckFamily, type CheckInput } from './families.js';
import { report } from './report.js';

/**
 * Registers the checks, all run once per document on its root, in two lanes: `fast` on every
 * keystroke, `slow` when the editor is idle (lsp/slow-checks.ts) and always in `bcyt check` and
 * `bcyt build`. What runs is the module's `validation.Families` (families.ts), in their order.
 */
export function registerValidationChecks(services: BcytServices): void {
    const registry = services.validation.ValidationRegistry;
    const validator = services.validation.BcytValidator;
    const fast: ValidationChecks<BcytAstType> = { Model: (model, accept) => validator.checkFast(model, accept) };
    const slow: ValidationChecks<BcytAstType> = { Model: (model, accept, cancelToken) => validator.checkSlow(model, accept, cancelToken) };
    registry.register(fast, validator, 'fast');
    registry.register(slow, validator, 'slow');
}

export class BcytValidator {
    private families?: ReadonlyArray<readonly [string, CheckFamily]>;
    /** codes a family reported without owning them (families.ts says which it owns): kept for the tests, empty when all is well */
    readonly strayCodes = new Set<string>();

    constructor(private readonly services: BcytServices) {}

    /** The families by name, in their order. */
    private all(): ReadonlyArray<readonly [string, CheckFamily]> {
        const families = this.services.validation.Families;
        return this.families ??= (Object.keys(CHECK_FAMILIES) as Array<keyof typeof CHECK_FAMILIES>).map(name => [name, families[name]] as const);
    }

    /**
     * The input of every family, the world and the session built once each: when one fails to
     * build (a bug on some input) it is one `internal-error`, and the families that need it are
     * left out while the others still run.
     */
    private input(model: Model, accept: ValidationAcceptor): CheckInput {
        const evaluator = this.services.evaluation.Evaluator;
        const built = <T>(name: string, build: () => T): () => T => {
            let state: { value: T } | 'failed' | undefined;
            return () => {
                if (state === undefined) state = isolatedBuild(name, build, model, accept);
                if (state === 'failed') throw new Unavailable(name);
                return state.value;
            };
        };
        const world = built('world', () => evaluator.worldOf(AstUtils.getDocument(model)));
        const session = built('session', () => { world(); return evaluator.session(model); });
        try { world(); } catch { /* reported; the families that need it are left out */ }
        return { model, get world() { return world(); }, session };
    }

    checkFast(model: Model, accept: ValidationAcceptor): void {
        const input = this.input(model, accept);
        for (const [name, family] of this.all()) {
            if (family.fast) isolated(name, () => family.fast!(input, this.owned(family, accept)), model, accept);
        }
    }

    /**
     * Between check families the slow lane lets the event loop run (every 10 ms at most), so that
     * a keystroke arriving meanwhile cancels it instead of waiting for all of it.
     */
    async checkSlow(model: Model, accept: ValidationAcceptor, cancelToken = Cancellation.CancellationToken.None): Promise<void> {
        const input = this.input(model, accept);
        for (const [name, family] of this.all()) {
            if (!family.slow) continue;
            await interruptAndCheck(cancelToken);
            isolated(name, () => family.slow!(input, this.owned(family, accept)), model, accept);
        }
    }

    /** The acceptor a family reports through: what it reports is what it owns. */
    private owned(family: CheckFamily, accept: ValidationAcceptor): ValidationAcceptor {
        return (severity, message, info) => {
            const code = String(info.code ?? '');
            if (!family.codes.includes(code as never)) this.strayCodes.add(code);
            accept(severity, message, info);
        };
    }
}

/** What a family needed and could not be built (already reported once). */
class Unavailable extends Error {}

/**
 * Runs one family of checks: a family that fails on some input (a bug) is reported as
 * `internal-error` at the top of the document and the others still run, so one failure never
 * costs the user every other finding of the document.
 */
function isolated(name: string, run: () => void, model: Model, accept: ValidationAcceptor): void {
    try {
        run();
    } catch (error) {
        if (error instanceof Unavailable) return;
        if (isOperationCancelled(error)) throw error;
        reportInternalError(name, error, model, accept);
    }
}

function isolatedBuild<T>(name: string, build: () => T, model: Model, accept: ValidationAcceptor): { value: T } | 'failed' {
    try {
        return { value: build() };
    } catch (error) {
        if (isOperationCancelled(error)) throw error;
        reportInternalError(name, error, model, accept);
        return 'failed';
    }
}

function reportInternalError(check: string, error: unknown, model: Model, accept: ValidationAcceptor): void {
    console.error(`bcyt: the ${check} checks failed:`, error);
    report(accept, 'internal-error', { check, detail: error instanceof Error ? error.message : String(error) },
        { node: model, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } });
}
