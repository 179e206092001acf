import { AstUtils, GrammarUtils, type AstNode, type LangiumDocument } from 'langium';
import type { Range } from 'vscode-languageserver';
import * as ast from '../generated/ast.js';
import {
    checkIssuer, checkTypeMatchesSymbol, checkYearMatchesDate, parseLegalSymbol, type CitationProblem, type LegalSymbol,
    type ParseOptions,
} from '../semantics/citations.js';
import { memoByObject } from '../semantics/object-memo.js';
import { parseDate, type SimpleDate } from '../semantics/periods.js';
import { comparisonKey } from '../semantics/vietnamese.js';
import { nameKey } from '../references/names.js';
import type { World } from '../evaluation/world.js';

/** What the visible documents declare about orgs and legal documents, built once per declarations (world.ts). */
export interface LegalIndex {
    readonly options: ParseOptions;
    readonly orgs: readonly ast.Org[];
    /** every declaration of each symbol, by name key, in world order */
    readonly legal: ReadonlyMap<string, readonly ast.LegalDoc[]>;
}

// one per declarations: the worlds after edits of a body share them
const indexes = new WeakMap<World['declarations'], LegalIndex>();

export function legalIndex(world: World): LegalIndex {
    let index = indexes.get(world.declarations);
    if (index) return index;
    const orgs: ast.Org[] = [];
    const legal = new Map<string, ast.LegalDoc[]>();
    for (const document of world.documents) {
        for (const element of (document.parseResult.value as ast.Model).elements) {
            if (ast.isOrg(element)) orgs.push(element);
            else if (ast.isLegalDoc(element) && element.name) {
                const key = nameKey(element.name);
                const known = legal.get(key);
                if (known) known.push(element);
                else legal.set(key, [element]);
            }
        }
    }
    const codes = orgs.map(o => o.code).filter((c): c is string => !!c);
    index = { options: { issuerCodes: codes }, orgs, legal };
    indexes.set(world.declarations, index);
    return index;
}

/** A problem of a declaration; `org-code` when the symbol's issuer differs from the issuing org's own code. */
export interface DeclarationProblem extends CitationProblem {
    readonly orgCode?: string;
}

/**
 * Everything wrong with a declaration by itself: a malformed symbol, a type, year or issuer
 * that contradicts it. Spans are offsets in the symbol.
 */
export function declarationProblems(legal: ast.LegalDoc, index: LegalIndex): DeclarationReading {
    return readingsOf(index)(legal);
}

/** A declaration's symbol as read, and what is wrong with it. Shared: never mutate. */
export interface DeclarationReading {
    readonly parsed?: LegalSymbol;
    readonly problems: readonly DeclarationProblem[];
}

// every citation of a declaration asks again: read once per index (one per world)
const readingsOf = memoByObject((index: LegalIndex) => memoByObject((legal: ast.LegalDoc) => readDeclaration(legal, index)));

function readDeclaration(legal: ast.LegalDoc, index: LegalIndex): DeclarationReading {
    const parsed = parseLegalSymbol(legal.name, index.options);
    if (!parsed.ok) return { problems: [parsed.error] };
    const symbol = parsed.symbol;
    const problems: DeclarationProblem[] = [];
    if (legal.type) problems.push(...checkTypeMatchesSymbol(legal.type, symbol));
    const date = legal.date ? parseDate(legal.date) : undefined;
    problems.push(...checkYearMatchesDate(symbol, date?.year));
    const issuer = legal.issuer?.ref;
    if (issuer) {
        const byName = checkIssuer(symbol, issuer.label);
        if (byName.length) problems.push(...byName);
        else if (issuer.code && issuer.code.normalize('NFC') !== symbol.issuerCode) {
            problems.push({
                code: 'legal-issuer-mismatch', severity: 'warning', messageVi: '', messageEn: '', orgCode: issuer.code,
                start: symbol.spans.issuer[0], end: symbol.spans.issuer[1],
            });
        }
    }
    return { parsed: symbol, problems };
}

/** The range of characters [start, end) of a string property, inside its quotes. */
export function stringRange(document: LangiumDocument, node: AstNode, property: string, start = 0, end?: number): Range | undefined {
    const cst = GrammarUtils.findNodeForProperty(node.$cstNode, property);
    if (!cst) return undefined;
    const quoted = cst.text.startsWith('"') ? 1 : 0;
    const inner = cst.text.length - 2 * quoted;
    const from = cst.offset + quoted + Math.min(start, inner);
    const to = cst.offset + quoted + Math.min(end ?? inner, inner);
    return { start: document.textDocument.positionAt(from), end: document.textDocument.positionAt(to) };
}

/** "kon-tum.bcyt:77": where a node is declared, for messages. */
export function locationOf(node: AstNode): string {
    const document = AstUtils.getDocument(node);
    const file = document.uri.path.substring(document.uri.path.lastIndexOf('/') + 1);
    return `${file}:${(node.$cstNode?.range.start.line ?? 0) + 1}`;
}

export function sameDate(a: SimpleDate, b: SimpleDate): boolean {
    return a.day === b.day && a.month === b.month && a.year === b.year;
}

const ABBREVIATIONS: ReadonlyArray<[RegExp, string]> = [
    [/\bUBND\b/gu, 'Ủy ban nhân dân'], [/\bHĐND\b/gu, 'Hội đồng nhân dân'], [/\bTTYT\b/gu, 'Trung tâm Y tế'],
    [/\bBCH\b/gu, 'Ban Chấp hành'], [/\bSYT\b/gu, 'Sở Y tế'], [/\bBYT\b/gu, 'Bộ Y tế'],
];
const TITLES = /^(?:(?:phó )?(?:chủ tịch|giám đốc)|bộ trưởng|thứ trưởng|thủ trưởng) /u;

/**
 * The declared org an issuer written in prose names: "Bộ Y tế", "UBND tỉnh Thanh Hóa" (the
 * abbreviation expanded), "Chủ tịch UBND tỉnh" (the title dropped, the one provincial UBND in
 * view). Undefined when none or several fit: a quick fix then leaves the issuer to the author.
 */
export function findIssuerOrg(text: string, index: LegalIndex): ast.Org | undefined {
    let expanded = text.normalize('NFC');
    for (const [pattern, full] of ABBREVIATIONS) expanded = expanded.replace(pattern, full);
    const key = comparisonKey(expanded).replace(TITLES, '');
    if (!key) return undefined;
    const exact = index.orgs.filter(o => comparisonKey(o.label ?? '') === key);
    if (exact.length === 1) return exact[0];
    const prefix = index.orgs.filter(o => comparisonKey(o.label ?? '').startsWith(`${key} `));
    return prefix.length === 1 ? prefix[0] : undefined;
}

/**
 * Declared symbols one keystroke from `symbol` ("39/2017/TT-BYT" and "37/2019/TT-BYT" for
 * "37/2017/TT-BYT"), the one whose subject shares most words with `context` first.
 */
export function nearSymbols(symbol: string, index: LegalIndex, context = ''): string[] {
    const near = nearDeclarations(index);
    let candidates = near.get(symbol);
    if (!candidates) near.set(symbol, candidates = [...index.legal.values()].map(list => list[0]).filter(legal => editDistanceIsOne(legal.name, symbol)));
    if (!candidates.length) return [];
    const words = new Set(comparisonKey(context).match(/[\p{L}\p{M}\p{N}]+/gu) ?? []);
    const shared = (legal: ast.LegalDoc) => (comparisonKey(legal.subject ?? '').match(/[\p{L}\p{M}\p{N}]+/gu) ?? []).filter(w => words.has(w)).length;
    return [...candidates]
        .sort((a, b) => shared(b) - shared(a))
        .slice(0, 3).map(legal => legal.name);
}

// a symbol cited a thousand times is compared with the declarations once per index
const nearDeclarations = memoByObject((_index: LegalIndex) => new Map<string, ast.LegalDoc[]>());

function editDistanceIsOne(a: string, b: string): boolean {
    if (a === b || Math.abs(a.length - b.length) > 1) return false;
    let i = 0;
    while (i < a.length && i < b.length && a[i] === b[i]) i++;
    let j = 0;
    while (j < a.length - i && j < b.length - i && a[a.length - 1 - j] === b[b.length - 1 - j]) j++;
    return Math.max(a.length, b.length) - i - j === 1 && /\d/.test((a[i] ?? '') + (b[i] ?? ''));
}

/** Escapes a string for a `"…"` literal. */
export function quoted(text: string): string {
    return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** The message arguments of a declaration's problem. */
export function problemArgs(problem: DeclarationProblem, legal: ast.LegalDoc): Record<string, string | undefined> {
    if (problem.orgCode) {
        return { kind: 'org-code', code: legal.name.slice(problem.start, problem.end), org: legal.issuer?.ref?.label, orgCode: problem.orgCode };
    }
    return { detail: problem.messageVi, detailEn: problem.messageEn };
}
