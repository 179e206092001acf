import { AstUtils, type ValidationAcceptor, type ValidationChecks } from 'langium';
import type { BcytAstType, Model } from '../generated/ast.js';
import type { BcytServices } from '../bcyt-module.js';
import { ClaimsCheck } from './claims-check.js';
import { NamesCheck } from './names-check.js';
import { QuantitiesCheck } from './quantities-check.js';
import { RulesCheck } from './rules-check.js';

/** Registers the checks, one family per module, all run once per document. */
export function registerValidationChecks(services: BcytServices): void {
    const registry = services.validation.ValidationRegistry;
    const validator = services.validation.BcytValidator;
    const checks: ValidationChecks<BcytAstType> = {
        Model: (model, accept) => validator.checkModel(model, accept),
    };
    registry.register(checks, validator);
}

export class BcytValidator {
    private readonly names: NamesCheck;
    private readonly quantities = new QuantitiesCheck();
    private readonly claims = new ClaimsCheck();
    private readonly rules = new RulesCheck();

    constructor(private readonly services: BcytServices) {
        this.names = new NamesCheck(services);
    }

    checkModel(model: Model, accept: ValidationAcceptor): void {
        const evaluator = this.services.evaluation.Evaluator;
        const world = evaluator.worldOf(AstUtils.getDocument(model));
        this.names.check(model, accept);
        this.quantities.check(model, world, accept);
        const session = evaluator.session(model);
        this.claims.check(model, session, accept);
        this.rules.check(model, session, accept);
    }
}
