import { AstUtils, Cancellation, interruptAndCheck, type ValidationAcceptor, type ValidationChecks } from 'langium';
import type { BcytAstType, Model } from '../generated/ast.js';
import type { BcytServices } from '../bcyt-module.js';
import { CHECK_FAMILIES, type CheckFamily, type CheckInput } from './families.js';

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
    private families?: readonly CheckFamily[];
    /** codes a family reported without owning them (families.ts says which it owns): kept for the tests, empty when all is well */
    readonly strayCodes = new Set<string>();

    constructor(private readonly services: BcytServices) {}

    private all(): readonly CheckFamily[] {
        const families = this.services.validation.Families;
        return this.families ??= (Object.keys(CHECK_FAMILIES) as Array<keyof typeof CHECK_FAMILIES>).map(name => families[name]);
    }

    private input(model: Model): CheckInput {
        const evaluator = this.services.evaluation.Evaluator;
        return { model, world: evaluator.worldOf(AstUtils.getDocument(model)), session: () => evaluator.session(model) };
    }

    checkFast(model: Model, accept: ValidationAcceptor): void {
        const input = this.input(model);
        for (const family of this.all()) family.fast?.(input, this.owned(family, accept));
    }

    /**
     * Between check families the slow lane lets the event loop run (every 10 ms at most), so that
     * a keystroke arriving meanwhile cancels it instead of waiting for all of it.
     */
    async checkSlow(model: Model, accept: ValidationAcceptor, cancelToken = Cancellation.CancellationToken.None): Promise<void> {
        const input = this.input(model);
        for (const family of this.all()) {
            if (!family.slow) continue;
            await interruptAndCheck(cancelToken);
            family.slow(input, this.owned(family, accept));
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
