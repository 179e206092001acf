import type { ValidationAcceptor } from 'langium';
import type { BcytServices } from '../bcyt-module.js';
import type { EvaluationSession } from '../evaluation/evaluator.js';
import type { World } from '../evaluation/world.js';
import type { Model } from '../generated/ast.js';
import { CharactersCheck } from './characters-check.js';
import { CitationsCheck } from './citations-check.js';
import { ClaimsCheck } from './claims-check.js';
import { ComputabilityCheck } from './computability-check.js';
import type { DiagnosticCode } from './diagnostic-codes.js';
import { DocNumberCheck } from './doc-number-check.js';
import { HeadingNumberingCheck } from './heading-numbering-check.js';
import { LegalDeclarationsCheck } from './legal-declarations-check.js';
import { LegalPeriodsCheck } from './legal-periods-check.js';
import { NamesCheck } from './names-check.js';
import { OutlineCheck } from './outline-check.js';
import { PeriodMentionsCheck } from './period-mentions-check.js';
import { PeriodsCheck } from './periods-check.js';
import { ProseCheck } from './prose-check.js';
import { QuantitiesCheck } from './quantities-check.js';
import { RateCountCheck } from './rate-count-check.js';
import { RecipientsCheck } from './recipients-check.js';
import { RulesCheck } from './rules-check.js';
import { SharesCheck } from './shares-check.js';
import { TargetsCheck } from './targets-check.js';
import { ChangeWordingCheck } from './wording-check.js';

/** What a check family reads: the document, the world it sees, and (for the evaluated lane) its evaluation session. */
export interface CheckInput {
    readonly model: Model;
    readonly world: World;
    readonly session: () => EvaluationSession;
}

type Lane = (input: CheckInput, accept: ValidationAcceptor) => void;

/**
 * A family of checks: the diagnostic codes it owns (no other family reports them) and what it
 * checks in each lane — `fast` on every keystroke (names, numbers as written, units, periods,
 * structure, declarations), `slow` when the editor is idle and always in `bcyt check` and
 * `bcyt build` (everything the evaluation engine computes). Declared in the module
 * (`validation.Families`), run by the validator.
 */
export interface CheckFamily {
    readonly codes: readonly DiagnosticCode[];
    readonly fast?: Lane;
    readonly slow?: Lane;
}

/** Each family of checks, by name: the module declares them (bcyt-module.ts), the validator runs them in order. */
export const CHECK_FAMILIES = {
    /** `duplicate-name`; imports naming no file (linking errors are phrased by the document validator) */
    Names: (services: BcytServices): CheckFamily => {
        const names = new NamesCheck(services);
        return { codes: ['duplicate-name', 'unresolved-reference'], fast: (i, accept) => names.check(i.model, accept) };
    },
    /** how numbers are written and what they count: in declarations and `{…}` (fast), in the prose around them, a rate given as a count (slow) */
    Numbers: (services: BcytServices): CheckFamily => {
        const quantities = new QuantitiesCheck();
        const prose = new ProseCheck(services.evaluation.InlineValues);
        const rates = new RateCountCheck();
        return {
            codes: ['count-not-integer', 'number-format', 'unit-mismatch', 'rate-as-count'],
            fast: (i, accept) => quantities.check(i.model, i.world, accept),
            slow: (i, accept) => {
                prose.check(i.model, i.session(), accept);
                rates.check(i.model, i.session(), accept);
            },
        };
    },
    Periods: (): CheckFamily => {
        const periods = new PeriodsCheck();
        return { codes: ['period-invalid', 'date-before-period-end'], fast: (i, accept) => periods.check(i.model, accept) };
    },
    /** periods named in the prose of a sentence that gives a value of the document's period (slow: it reads every sentence) */
    PeriodMentions: (): CheckFamily => {
        const mentions = new PeriodMentionsCheck();
        return { codes: ['period-mention'], slow: (i, accept) => mentions.check(i.model, i.world, accept) };
    },
    /** legal documents where declared (fast) and where cited, in brackets, as plain text or by a short name (slow) */
    Legal: (): CheckFamily => {
        const declarations = new LegalDeclarationsCheck();
        const citations = new CitationsCheck();
        const periods = new LegalPeriodsCheck();
        return {
            codes: ['legal-number-format', 'legal-type-mismatch', 'legal-issuer-mismatch', 'legal-year-mismatch',
                'legal-date-after-document', 'legal-conflict', 'legal-undeclared', 'legal-period-mismatch'],
            fast: (i, accept) => {
                declarations.check(i.model, i.world, accept);
                periods.checkDeclarations(i.model, accept);
            },
            slow: (i, accept) => {
                citations.check(i.model, i.world, accept);
                periods.check(i.model, i.world, accept);
            },
        };
    },
    DocNumber: (): CheckFamily => {
        const docNumber = new DocNumberCheck();
        return { codes: ['doc-number-format'], fast: (i, accept) => docNumber.check(i.model, i.world, accept) };
    },
    /** what the header says about the document itself: its "Nơi nhận" */
    Recipients: (): CheckFamily => {
        const recipients = new RecipientsCheck();
        return { codes: ['recipients-wording'], fast: (i, accept) => recipients.check(i.model, accept) };
    },
    Headings: (): CheckFamily => {
        const headings = new HeadingNumberingCheck();
        return { codes: ['heading-numbering'], fast: (i, accept) => headings.check(i.model, accept) };
    },
    Outline: (): CheckFamily => {
        const outline = new OutlineCheck();
        return { codes: ['outline-missing-section'], fast: (i, accept) => outline.check(i.model, accept) };
    },
    /** characters the DOCX cannot hold, and direction controls beside digits */
    Characters: (): CheckFamily => {
        const characters = new CharactersCheck();
        return { codes: ['character-invalid'], fast: (i, accept) => characters.check(i.model, accept) };
    },
    Claims: (services: BcytServices): CheckFamily => {
        const claims = new ClaimsCheck(services.evaluation.InlineValues);
        return { codes: ['claim-mismatch', 'sum-mismatch', 'implied-mismatch'], slow: (i, accept) => claims.check(i.model, i.session(), accept) };
    },
    Shares: (services: BcytServices): CheckFamily => {
        const shares = new SharesCheck(services.evaluation.InlineValues);
        return { codes: ['percent-out-of-range'], slow: (i, accept) => shares.check(i.model, i.session(), accept) };
    },
    /** the verb before a stated change against what the expression is and what the data show */
    Wording: (services: BcytServices): CheckFamily => {
        const wording = new ChangeWordingCheck(services.evaluation.InlineValues);
        return { codes: ['change-wording'], slow: (i, accept) => wording.check(i.model, i.session(), accept) };
    },
    Computability: (services: BcytServices): CheckFamily => {
        const computability = new ComputabilityCheck(services.evaluation.InlineValues);
        return { codes: ['missing-data', 'not-computable'], slow: (i, accept) => computability.check(i.model, i.session(), accept) };
    },
    Rules: (): CheckFamily => {
        const rules = new RulesCheck();
        return { codes: ['rule-violated'], slow: (i, accept) => rules.check(i.model, i.session(), accept) };
    },
    Targets: (): CheckFamily => {
        const targets = new TargetsCheck();
        return { codes: ['target-rollup', 'target-period', 'target-status'], slow: (i, accept) => targets.check(i.model, i.session(), accept) };
    },
} satisfies Record<string, (services: BcytServices) => CheckFamily>;

export type CheckFamilies = { readonly [K in keyof typeof CHECK_FAMILIES]: CheckFamily };

/**
 * The codes the document validator reports itself: text that does not parse, a configuration
 * that cannot be read, a part of the text past the documented limits; and the validator's own:
 * a family that failed on some input.
 */
export const DOCUMENT_VALIDATOR_CODES: readonly DiagnosticCode[] = ['syntax-error', 'config-invalid', 'limit-exceeded', 'internal-error'];
