import { AstUtils, type LangiumDocument, type ValidationAcceptor } from 'langium';
import * as ast from '../generated/ast.js';
import { docTypeByName } from '../semantics/citations.js';
import { parseDate } from '../semantics/periods.js';
import { comparisonKey } from '../semantics/vietnamese.js';
import { nameKey } from '../references/names.js';
import { differencePhrase } from './diagnostic-codes.js';
import type { World } from '../evaluation/world.js';
import { declarationProblems, legalIndex, locationOf, problemArgs, sameDate, stringRange } from './legal-support.js';
import { report } from './report.js';

/**
 * Legal documents where they are declared: `legal-number-format` (with the corrected symbol
 * as quick fix), `legal-type-mismatch`, `legal-year-mismatch`, `legal-issuer-mismatch`, and
 * `legal-conflict` between two declarations of one symbol.
 *
 * How `legal-conflict` and `duplicate-name` relate: a symbol names one real document, so two
 * catalogs may both declare it (the starter catalog and a province's, say). Declarations that
 * agree are harmless and raise nothing; declarations that disagree on type, date, issuer or
 * subject are `legal-conflict`, naming what differs. `duplicate-name` is for every other kind
 * of name (see names-check.ts).
 */
export class LegalDeclarationsCheck {
    check(model: ast.Model, world: World, accept: ValidationAcceptor): void {
        const document = AstUtils.getDocument(model);
        const index = legalIndex(world);
        for (const legal of model.elements) {
            if (!ast.isLegalDoc(legal) || !legal.name) continue;
            const { problems } = declarationProblems(legal, index);
            for (const problem of problems) {
                const range = stringRange(document, legal, 'name', problem.start, problem.end);
                const fullRange = stringRange(document, legal, 'name');
                const fix = problem.suggestion && fullRange
                    ? { fix: 'rename-legal', replacement: problem.suggestion, edits: [{ range: fullRange, newText: problem.suggestion }] }
                    : undefined;
                report(accept, problem.code as 'legal-number-format', problemArgs(problem, legal), { node: legal, range }, fix);
            }
            this.checkConflicts(legal, index.legal.get(nameKey(legal.name)) ?? [], document, accept);
        }
    }

    private checkConflicts(legal: ast.LegalDoc, twins: readonly ast.LegalDoc[], document: LangiumDocument, accept: ValidationAcceptor): void {
        for (const other of twins) {
            if (other === legal) return; // only declarations seen before this one
            const differences = differencesBetween(legal, other);
            if (!differences.vi.length) continue;
            report(accept, 'legal-conflict', {
                symbol: legal.name, other: locationOf(other),
                differences: differences.vi.join('; '), differencesEn: differences.en.join('; '),
            }, { node: legal, range: stringRange(document, legal, 'name') });
            return;
        }
    }
}

/** What two declarations of one symbol disagree on; what one of them leaves out is no disagreement. */
function differencesBetween(a: ast.LegalDoc, b: ast.LegalDoc): { vi: string[]; en: string[] } {
    const fields: Array<['type' | 'date' | 'issuer' | 'subject', string, string]> = [];
    if (a.type && b.type && docTypeByName(a.type) !== docTypeByName(b.type) && comparisonKey(a.type) !== comparisonKey(b.type)) {
        fields.push(['type', b.type, a.type]);
    }
    const da = a.date ? parseDate(a.date) : undefined;
    const db = b.date ? parseDate(b.date) : undefined;
    if (da && db && !sameDate(da, db)) fields.push(['date', b.date!, a.date!]);
    const ia = a.issuer?.ref;
    const ib = b.issuer?.ref;
    if (ia && ib && ia !== ib) fields.push(['issuer', ib.label, ia.label]);
    if (a.subject && b.subject) {
        const sa = subjectKey(a.subject);
        const sb = subjectKey(b.subject);
        if (!sa.includes(sb) && !sb.includes(sa)) fields.push(['subject', b.subject, a.subject]);
    }
    return {
        vi: fields.map(([field, theirs, ours]) => differencePhrase(field, theirs, ours, 'vi')),
        en: fields.map(([field, theirs, ours]) => differencePhrase(field, theirs, ours, 'en')),
    };
}

function subjectKey(subject: string): string {
    return comparisonKey(subject).replace(/^về (?:việc )?/u, '').replace(/[“”"'.,;:]/gu, '');
}
