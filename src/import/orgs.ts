/**
 * The organisations a draft names: its issuer (from the header) and the issuers of the
 * documents it cites. A catalog org is used when its name is the one written ("TRUNG TÂM Y TẾ
 * HOẰNG HOÁ" is "Trung tâm Y tế Hoằng Hóa"; "UBND tỉnh Thanh Hóa" is "Ủy ban nhân dân tỉnh
 * Thanh Hóa"); otherwise the draft declares one, named as written. Pure.
 */
import { comparisonKey } from '../../language-server/src/semantics/vietnamese.js';
import type { Catalog, CatalogOrg } from './catalog.js';
import { isUpper, slug, squeeze, uniqueName } from './text.js';

export interface DeclaredOrg {
    readonly name: string;
    readonly label: string;
    code?: string;
    place?: string;
    governing?: string;
}

const ABBREVIATIONS: ReadonlyArray<[RegExp, string]> = [
    [/\bUBND\b/gu, 'Ủy ban nhân dân'], [/\bHĐND\b/gu, 'Hội đồng nhân dân'], [/\bTTYT\b/gu, 'Trung tâm Y tế'],
    [/\bBCH\b/gu, 'Ban Chấp hành'], [/\bSYT\b/gu, 'Sở Y tế'], [/\bBYT\b/gu, 'Bộ Y tế'],
];

/** Kinds of bodies, as written in sentence case, and the short form of their names. */
const KINDS: ReadonlyArray<[string, string]> = [
    ['Trung tâm Kiểm soát bệnh tật', 'CDC'], ['Trung tâm Y tế', 'TTYT'], ['Trạm Y tế', 'TYT'], ['Sở Y tế', 'SYT'],
    ['Bệnh viện đa khoa', 'BVDK'], ['Bệnh viện', 'BV'], ['Ủy ban nhân dân', 'UBND'], ['Hội đồng nhân dân', 'HDND'],
    ['Phòng Y tế', 'PYT'], ['Chi cục Dân số - Kế hoạch hóa gia đình', 'CCDS'], ['Chi cục An toàn vệ sinh thực phẩm', 'CCATVSTP'],
    ['Sở Nội vụ', 'SNV'], ['Sở Tài chính', 'STC'], ['Bộ Y tế', 'BYT'], ['Chính phủ', 'CP'],
];
const ACRONYMS = new Set(['UBND', 'HĐND', 'TTYT', 'CDC', 'BHXH', 'BHYT', 'KHHGĐ', 'ATVSTP', 'YTDP']);
const PLACE_WORDS = new Set(['huyện', 'tỉnh', 'xã', 'thị trấn', 'thành phố', 'thị xã', 'quận', 'phường']);

function expand(text: string): string {
    let out = text.normalize('NFC');
    for (const [re, full] of ABBREVIATIONS) out = out.replace(re, full);
    return out;
}

/** "TRUNG TÂM Y TẾ HOẰNG HOÁ" → "Trung tâm Y tế Hoằng Hoá": the kind as it is written, place names capitalised. */
export function sentenceCase(name: string): string {
    const text = squeeze(name);
    if (!isUpper(text)) return text;
    const key = comparisonKey(text);
    const kind = KINDS.find(([k]) => key.startsWith(`${comparisonKey(k)} `) || key === comparisonKey(k));
    const head = kind ? kind[0] : '';
    const rest = text.slice(head.length).trim().split(' ').filter(Boolean);
    const words = rest.map(w => {
        const lower = w.toLowerCase();
        if (PLACE_WORDS.has(lower)) return lower;
        return ACRONYMS.has(w) || !/[aeiouyàáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹ]/iu.test(w)
            ? w : lower.charAt(0).toUpperCase() + lower.slice(1);
    });
    return [head, ...words].filter(Boolean).join(' ').replace(/^./u, c => c.toUpperCase());
}

/** A readable name: "TTYT_HoangHoa" for "Trung tâm Y tế Hoằng Hoá". */
export function orgName(label: string): string {
    const key = comparisonKey(expand(label));
    const kind = KINDS.find(([k]) => key.startsWith(comparisonKey(k)));
    const rest = kind ? expand(label).slice(kind[0].length) : expand(label);
    const place = slug(rest.replace(/(?<![\p{L}])(?:huyện|tỉnh|xã|thị trấn|thành phố|thị xã|quận|phường)(?![\p{L}])/giu, ' '), 4)
        .split('_').filter(Boolean).map(w => w.charAt(0).toUpperCase() + w.slice(1)).join('');
    return [kind?.[1], place].filter(Boolean).join('_') || 'DonVi';
}

export class Orgs {
    readonly declared: DeclaredOrg[] = [];
    readonly catalogUsed = new Set<CatalogOrg>();
    private readonly byKey = new Map<string, DeclaredOrg | CatalogOrg>();

    constructor(private readonly catalog: Catalog, private readonly taken: Set<string>) {
        for (const o of catalog.orgs) taken.add(o.name.toLowerCase());
    }

    /** The catalog org named `text` (abbreviations expanded; a unique one whose name starts so). */
    find(text: string): CatalogOrg | undefined {
        const key = comparisonKey(expand(text));
        const exact = this.catalog.orgs.filter(o => comparisonKey(expand(o.label)) === key);
        if (exact.length === 1) return exact[0];
        const prefix = this.catalog.orgs.filter(o => comparisonKey(expand(o.label)).startsWith(`${key} `));
        return prefix.length === 1 ? prefix[0] : undefined;
    }

    /** The org for a name as written: the catalog's, or one the draft declares. */
    named(text: string): { name: string; declared?: DeclaredOrg } {
        const key = comparisonKey(expand(text));
        const seen = this.byKey.get(key);
        if (seen) {
            const declared = this.declared.find(d => d === seen);
            return declared ? { name: seen.name, declared } : { name: seen.name };
        }
        const found = this.find(text);
        if (found) {
            this.catalogUsed.add(found);
            this.byKey.set(key, found);
            return { name: found.name };
        }
        const label = sentenceCase(text);
        const declared: DeclaredOrg = { name: uniqueName(orgName(label), this.taken), label };
        this.declared.push(declared);
        this.byKey.set(key, declared);
        return { name: declared.name, declared };
    }
}
