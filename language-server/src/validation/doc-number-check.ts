import { AstUtils, type ValidationAcceptor } from 'langium';
import * as ast from '../generated/ast.js';
import { checkDocNumber, docTypeByCode, parseLegalSymbol, type DocKind } from '../semantics/citations.js';
import type { World } from '../evaluation/world.js';
import { legalIndex, stringRange } from './legal-support.js';
import { report } from './report.js';

/** The type code a document of each kind carries in its number; a letter carries none. */
const KIND_CODE: Record<DocKind, string | undefined> = { report: 'BC', plan: 'KH', letter: undefined };

/**
 * `doc-number-format`: the document's own number (số, ký hiệu) against its kind and its
 * issuer — "/KH-" on a báo cáo, "/BC-SYT" from a TTYT. The quick fix writes the number the
 * kind and the issuer call for, keeping the number and the unit code as written.
 */
export class DocNumberCheck {
    check(model: ast.Model, world: World, accept: ValidationAcceptor): void {
        const document = model.document;
        if (!document?.number || document.kind === 'article') return;
        const kind = document.kind as DocKind;
        const orgCode = document.issuer?.ref?.code;
        const langiumDocument = AstUtils.getDocument(model);
        const options = legalIndex(world).options;
        const corrected = correctedNumber(document.number, kind, orgCode, options);
        for (const problem of checkDocNumber(kind, document.number, orgCode, options)) {
            const fix = problem.suggestion ?? corrected;
            report(accept, 'doc-number-format', { detail: problem.messageVi, detailEn: problem.messageEn }, {
                node: document, range: stringRange(langiumDocument, document, 'number', problem.start, problem.end),
            }, fix ? { replacement: fix, edits: [{ range: stringRange(langiumDocument, document, 'number')!, newText: fix }] } : undefined);
        }
    }
}

/** "/KH-TTYT" on a report → "/BC-TTYT"; "/BC-SYT" on a letter of the SYT → "/SYT"; a wrong issuer code → the org's. */
export function correctedNumber(number: string, kind: DocKind, orgCode: string | undefined, options: Parameters<typeof parseLegalSymbol>[1]): string | undefined {
    const parsed = parseLegalSymbol(number, options);
    if (!parsed.ok) return parsed.error.suggestion;
    const symbol = parsed.symbol;
    const issuer = orgCode?.normalize('NFC') ?? symbol.issuerCode;
    const unit = symbol.unitCode ? `-${symbol.unitCode}` : '';
    const head = symbol.number ?? '';
    const wanted = KIND_CODE[kind];
    const typeOk = kind === 'letter' ? !symbol.typeCode || symbol.typeCode === 'CV' : symbol.typeCode === wanted;
    const type = typeOk ? (symbol.typeCode && docTypeByCode(symbol.typeCode) ? `${symbol.typeCode}-` : '') : wanted ? `${wanted}-` : '';
    const year = symbol.year !== undefined ? `${symbol.year}/` : '';
    const result = `${head}/${year}${type}${issuer}${unit}`;
    return result === number.trim() ? undefined : result;
}
