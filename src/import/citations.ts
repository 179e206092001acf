/**
 * Legal citations written as text ("Quyết định số 1300/QĐ-BYT ngày 09/3/2023 của Bộ Y tế")
 * become citations of a declaration: the symbol is written `[1300/QĐ-BYT|symbol]`, the words
 * around it stay as the author wrote them (so the checker still reads the type, date and
 * issuer they restate), and the draft declares the document from its first mention (type,
 * number, date, issuer as written, subject) unless a catalog declares it already. The
 * document's own number is no citation. Pure.
 */
import { docTypeByName, findRawCitations, type RawCitation } from '../../language-server/src/semantics/citations.js';
import { formatDateVi } from '../../language-server/src/semantics/periods.js';
import { nameKey } from '../../language-server/src/references/names.js';
import type { Catalog, CatalogLegal } from './catalog.js';
import type { Edit } from './mapped.js';
import { capitalise } from './indicators.js';
import { squeeze } from './text.js';

export interface LegalDeclaration {
    readonly symbol: string;
    type?: string;
    /** `d/m/yyyy` */
    date?: string;
    /** the issuing body as written ("UBND tỉnh Thanh Hóa"), title dropped */
    issuer?: string;
    subject?: string;
}

const TITLE = /^(?:(?:phó )?(?:chủ tịch|giám đốc|trưởng ban)|bộ trưởng|thứ trưởng|thủ trưởng)\s+/iu;

export class Citations {
    readonly declarations: LegalDeclaration[] = [];
    readonly catalogUsed = new Set<CatalogLegal>();
    private readonly byKey = new Map<string, LegalDeclaration>();
    private readonly catalogByKey: Map<string, CatalogLegal>;
    private readonly options: { issuerCodes: string[] };

    constructor(catalog: Catalog, private readonly ownNumber?: string) {
        this.catalogByKey = new Map(catalog.legal.map(l => [nameKey(l.symbol), l]));
        this.options = { issuerCodes: catalog.orgs.map(o => o.code).filter((c): c is string => !!c) };
    }

    /** The edits that cite the documents `text` names, and the declarations they need. */
    find(text: string): Edit[] {
        if (!/\/(?:\d{4}\/)?\p{L}|\d-\p{Lu}/u.test(text)) return [];
        const edits: Edit[] = [];
        for (const raw of findRawCitations(text, this.options)) {
            if (!raw.parsed.ok || !raw.parsed.symbol.number) continue;
            const key = nameKey(raw.symbol);
            if (this.ownNumber && key === nameKey(this.ownNumber)) continue;
            const known = this.catalogByKey.get(key);
            if (known) this.catalogUsed.add(known);
            else this.declare(raw, text, key);
            edits.push({ start: raw.symbolStart, end: raw.symbolEnd, text: `[${raw.symbol}|symbol]` });
        }
        return edits;
    }

    private declare(raw: RawCitation, text: string, key: string): void {
        let declaration = this.byKey.get(key);
        if (!declaration) {
            declaration = { symbol: raw.symbol };
            this.byKey.set(key, declaration);
            this.declarations.push(declaration);
        }
        const typeWords = raw.typeText && docTypeByName(raw.typeText) ? capitalise(raw.typeText) : undefined;
        declaration.type ??= typeWords ?? raw.typeName ?? (raw.parsed.ok ? raw.parsed.symbol.typeName : undefined);
        if (raw.date) declaration.date ??= formatDateVi(raw.date);
        if (raw.issuer) declaration.issuer ??= squeeze(raw.issuer.replace(TITLE, ''));
        if (raw.subjectEnd !== undefined && !declaration.subject) {
            const subject = squeeze(text.slice(raw.end, raw.subjectEnd).replace(/^[\s,]+/u, ''));
            if (subject) declaration.subject = subject;
        }
    }
}
