import { AstUtils, Cancellation, interruptAndCheck, isOperationCancelled, type ValidationAcceptor, type ValidationChecks } from 'langium';
import type { BcytAstType, Model } from '../generated/ast.js';
import type { BcytServices } from '../bcyt-module.js';
import { CharactersCheck } from './characters-check.js';
import { CitationsCheck } from './citations-check.js';
import { ClaimsCheck } from './claims-check.js';
import { DocNumberCheck } from './doc-number-check.js';
import { HeadingNumberingCheck } from './heading-numbering-check.js';
import { LegalDeclarationsCheck } from './legal-declarations-check.js';
import { MissingDataCheck } from './missing-data-check.js';
import { NamesCheck } from './names-check.js';
import { OutlineCheck } from './outline-check.js';
import { PeriodsCheck } from './periods-check.js';
import { ProseCheck } from './prose-check.js';
import { QuantitiesCheck } from './quantities-check.js';
import { RulesCheck } from './rules-check.js';
import { SharesCheck } from './shares-check.js';
import { TargetsCheck } from './targets-check.js';
import { report } from './report.js';

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
    private readonly prose = new ProseCheck();
    private readonly claims = new ClaimsCheck();
    private readonly shares = new SharesCheck();
    private readonly missing = new MissingDataCheck();
    private readonly rules = new RulesCheck();
    private readonly targets = new TargetsCheck();
    private readonly periods = new PeriodsCheck();
    private readonly legalDeclarations = new LegalDeclarationsCheck();
    private readonly citations = new CitationsCheck();
    private readonly docNumber = new DocNumberCheck();
    private readonly headings = new HeadingNumberingCheck();
    private readonly outline = new OutlineCheck();
    private readonly characters = new CharactersCheck();

    constructor(private readonly services: BcytServices) {
        this.names = new NamesCheck(services);
    }

    /** Both lanes, in order (for callers outside the document builder). */
    async checkModel(model: Model, accept: ValidationAcceptor): Promise<void> {
        this.checkFast(model, accept);
        await this.checkSlow(model, accept);
    }

    checkFast(model: Model, accept: ValidationAcceptor): void {
        // the world may fail to build too: the families that need it are then left out, not the others
        const world = isolated('world', () => this.services.evaluation.Evaluator.worldOf(AstUtils.getDocument(model)), model, accept);
        const families: Array<[string, (() => void) | false]> = [
            ['names', () => this.names.check(model, accept)],
            ['quantities', !!world && (() => this.quantities.check(model, world, accept))],
            ['periods', () => this.periods.check(model, accept)],
            ['legal-declarations', !!world && (() => this.legalDeclarations.check(model, world, accept))],
            ['doc-number', !!world && (() => this.docNumber.check(model, world, accept))],
            ['headings', () => this.headings.check(model, accept)],
            ['outline', () => this.outline.check(model, accept)],
            ['characters', () => this.characters.check(model, accept)],
        ];
        for (const [name, family] of families) if (family) isolated(name, family, model, accept);
    }

    /**
     * Between check families the slow lane lets the event loop run (every 10 ms at most), so that
     * a keystroke arriving meanwhile cancels it instead of waiting for all of it.
     */
    async checkSlow(model: Model, accept: ValidationAcceptor, cancelToken = Cancellation.CancellationToken.None): Promise<void> {
        const evaluator = this.services.evaluation.Evaluator;
        const world = isolated('world', () => evaluator.worldOf(AstUtils.getDocument(model)), model, accept);
        const session = world && isolated('session', () => evaluator.session(model), model, accept);
        if (!world || !session) return;
        const families: Array<[string, () => void]> = [
            ['prose', () => this.prose.check(model, world, accept)],
            ['citations', () => this.citations.check(model, world, accept)],
            ['claims', () => this.claims.check(model, session, accept)],
            ['shares', () => this.shares.check(model, session, accept)],
            ['missing-data', () => this.missing.check(model, session, accept)],
            ['rules', () => this.rules.check(model, session, accept)],
            ['targets', () => this.targets.check(model, session, accept)],
        ];
        for (const [name, family] of families) {
            await interruptAndCheck(cancelToken);
            isolated(name, family, model, accept);
        }
    }
}

/**
 * Runs one family of checks: a family that fails on some input (a bug) is reported as
 * `internal-error` at the top of the document and the others still run, so one failure never
 * costs the user every other finding of the document.
 */
function isolated<R>(name: string, family: () => R, model: Model, accept: ValidationAcceptor): R | undefined {
    try {
        return family();
    } catch (error) {
        if (isOperationCancelled(error)) throw error;
        console.error(`bcyt: the ${name} checks failed:`, error);
        report(accept, 'internal-error', { check: name, detail: error instanceof Error ? error.message : String(error) },
            { node: model, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } });
        return undefined;
    }
}
