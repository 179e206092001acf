import { AstUtils, Cancellation, interruptAndCheck, type ValidationAcceptor, type ValidationChecks } from 'langium';
import type { BcytAstType, Model } from '../generated/ast.js';
import type { BcytServices } from '../bcyt-module.js';
import { CitationsCheck } from './citations-check.js';
import { ClaimsCheck } from './claims-check.js';
import { DocNumberCheck } from './doc-number-check.js';
import { HeadingNumberingCheck } from './heading-numbering-check.js';
import { LegalDeclarationsCheck } from './legal-declarations-check.js';
import { ComputabilityCheck } from './computability-check.js';
import { NamesCheck } from './names-check.js';
import { OutlineCheck } from './outline-check.js';
import { PeriodsCheck } from './periods-check.js';
import { ProseCheck } from './prose-check.js';
import { QuantitiesCheck } from './quantities-check.js';
import { RulesCheck } from './rules-check.js';
import { SharesCheck } from './shares-check.js';
import { TargetsCheck } from './targets-check.js';

/**
 * Registers the checks, one family per module, all run once per document, in two lanes:
 * `fast` checks (names, numbers as written, units, periods, structure, declarations) run on
 * every keystroke; `slow` checks (everything the evaluation engine computes: claims, sums,
 * rules, targets, units and citations in prose) run when the editor is idle (lsp/slow-checks.ts)
 * and always in `bcyt check` and `bcyt build`.
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
    private readonly names: NamesCheck;
    private readonly quantities = new QuantitiesCheck();
    private readonly prose: ProseCheck;
    private readonly claims: ClaimsCheck;
    private readonly shares: SharesCheck;
    private readonly computability: ComputabilityCheck;
    private readonly rules = new RulesCheck();
    private readonly targets = new TargetsCheck();
    private readonly periods = new PeriodsCheck();
    private readonly legalDeclarations = new LegalDeclarationsCheck();
    private readonly citations = new CitationsCheck();
    private readonly docNumber = new DocNumberCheck();
    private readonly headings = new HeadingNumberingCheck();
    private readonly outline = new OutlineCheck();

    constructor(private readonly services: BcytServices) {
        this.names = new NamesCheck(services);
        const values = services.evaluation.InlineValues;
        this.prose = new ProseCheck(values);
        this.claims = new ClaimsCheck(values);
        this.shares = new SharesCheck(values);
        this.computability = new ComputabilityCheck(values);
    }

    /** Both lanes, in order (for callers outside the document builder). */
    async checkModel(model: Model, accept: ValidationAcceptor): Promise<void> {
        this.checkFast(model, accept);
        await this.checkSlow(model, accept);
    }

    checkFast(model: Model, accept: ValidationAcceptor): void {
        const world = this.services.evaluation.Evaluator.worldOf(AstUtils.getDocument(model));
        this.names.check(model, accept);
        this.quantities.check(model, world, accept);
        this.periods.check(model, accept);
        this.legalDeclarations.check(model, world, accept);
        this.docNumber.check(model, world, accept);
        this.headings.check(model, accept);
        this.outline.check(model, accept);
    }

    /**
     * Between check families the slow lane lets the event loop run (every 10 ms at most), so that
     * a keystroke arriving meanwhile cancels it instead of waiting for all of it.
     */
    async checkSlow(model: Model, accept: ValidationAcceptor, cancelToken = Cancellation.CancellationToken.None): Promise<void> {
        const evaluator = this.services.evaluation.Evaluator;
        const world = evaluator.worldOf(AstUtils.getDocument(model));
        const session = evaluator.session(model);
        const families: Array<() => void> = [
            () => this.prose.check(model, session, accept),
            () => this.citations.check(model, world, accept),
            () => this.claims.check(model, session, accept),
            () => this.shares.check(model, session, accept),
            () => this.computability.check(model, session, accept),
            () => this.rules.check(model, session, accept),
            () => this.targets.check(model, session, accept),
        ];
        for (const family of families) {
            await interruptAndCheck(cancelToken);
            family();
        }
    }
}
