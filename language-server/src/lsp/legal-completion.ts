import type { AstNode, LangiumDocument, ScopeProvider } from 'langium';
import { CompletionItemKind, type CompletionItem, type Range } from 'vscode-languageserver';
import * as ast from '../generated/ast.js';
import { docTypeByName } from '../semantics/citations.js';
import { citationVi } from './describe.js';

/**
 * Completion of legal documents inside prose. In a citation `[…` by symbol ("1300", "QĐ-BYT")
 * or by words of the type, issuer or subject; in plain prose after "Quyết định số " (the
 * phrase becomes the citation, which prints it), after a symbol being typed ("1300/"), or
 * after three or more words of a declared subject ("tiêu chí quốc gia"). Every item is
 * labelled with the full citation and inserts a `[…]` citation. Filtering is done here, so
 * the list is marked incomplete and each item's filterText starts with what was typed.
 */
const PROSE_CONTEXT = 2000;

export class LegalCompletion {
    constructor(private readonly scopeProvider: ScopeProvider) {}

    /** Inside `[`: `from` is just after the bracket. */
    inCitation(document: LangiumDocument, text: string, from: number, offset: number): CompletionItem[] {
        const typed = text.slice(from, offset);
        const tail = /^[^\]\s|]*/.exec(text.slice(offset))![0];
        const end = offset + tail.length;
        const close = text[end] === ']' || text[end] === '|' ? '' : ']';
        const bar = typed.lastIndexOf('|');
        const range = rangeOf(document, bar >= 0 ? from + bar + 1 : from, end);
        if (bar >= 0) {
            return ['full', 'short', 'symbol'].map((style, i) => ({
                label: style, kind: CompletionItemKind.EnumMember, sortText: String(i),
                detail: { full: 'đầy đủ: loại, số, ngày, cơ quan, trích yếu', short: 'ngắn: loại và số', symbol: 'chỉ số ký hiệu' }[style],
                textEdit: { range, newText: style + close },
            }));
        }
        const query = typed.trim();
        const matches = looksLikeSymbol(query) ? this.bySymbol(document, query)
            : query ? this.byWords(document, words(query), 1) : this.legalDocs(document).map(legal => ({ legal, rank: 0 }));
        return matches.map(({ legal, rank }, i) => item(legal, range, legal.name + close, typed, rank, i));
    }

    /**
     * In plain prose; `line` is the start of the line. What is typed is read in the last
     * PROSE_CONTEXT characters: enough for a citation's words, and a line of a hundred thousand
     * characters costs no more than a short one.
     */
    inText(document: LangiumDocument, text: string, line: number, offset: number): CompletionItem[] {
        const lineStart = Math.max(line, offset - PROSE_CONTEXT);
        const before = text.slice(lineStart, offset);
        const partial = /[^\s[\]{}()“”"';,]*$/u.exec(before)![0];
        const partialStart = offset - partial.length;
        const end = offset + /^[^\s[\]{}]*/.exec(text.slice(offset))![0].length;
        const tokens = [...text.slice(lineStart, partialStart).matchAll(/[\p{L}\p{M}\p{N}]+/gu)];
        const last = tokens[tokens.length - 1];
        const gapAfter = (t: RegExpMatchArray) => text.slice(lineStart + t.index! + t[0].length, partialStart);

        // "Quyết định số ", "kế hoạch số 03", "Kế hoạch hành động số "
        if (last && last[0].normalize('NFC').toLowerCase() === 'số' && /^\s+$/.test(gapAfter(last))) {
            const type = typeBefore(tokens, tokens.length - 1);
            if (type) {
                const matches = this.ranked(document, partial, type.name);
                if (type.exact) {
                    const start = lineStart + tokens[type.index].index!;
                    return matches.map(({ legal, rank }, i) => item(legal, rangeOf(document, start, end), `[${legal.name}]`, text.slice(start, offset), rank, i));
                }
                return matches.map(({ legal, rank }, i) =>
                    item(legal, rangeOf(document, partialStart, end), `[${legal.name}|symbol]`, partial, rank, i));
            }
        }
        // "Quyết định 1300"
        if (/\d/.test(partial) && last && /^\s+$/.test(gapAfter(last))) {
            const type = typeBefore(tokens, tokens.length);
            if (type?.exact) {
                const start = lineStart + tokens[type.index].index!;
                return this.ranked(document, partial, type.name, true)
                    .map(({ legal, rank }, i) => item(legal, rangeOf(document, start, end), `[${legal.name}]`, text.slice(start, offset), rank, i));
            }
        }
        // a symbol being typed: "1300", "1300/QĐ", "QĐ-BYT"
        if (looksLikeSymbol(partial) && (partial.length >= 3 || /[/-]/.test(partial))) {
            return this.bySymbol(document, partial)
                .map(({ legal, rank }, i) => item(legal, rangeOf(document, partialStart, end), `[${legal.name}]`, partial, rank, i));
        }
        // words of a subject: the last words of the clause, longest match first
        const clause = /[^,;:.!?()[\]{}“”"]*$/u.exec(before)![0];
        const clauseWords = [...clause.matchAll(/[\p{L}\p{M}\p{N}]+/gu)];
        for (let k = Math.min(8, clauseWords.length); k >= 3; k--) {
            const phrase = clauseWords.slice(-k);
            const matches = this.byWords(document, phrase.map(w => w[0]), 2);
            if (matches.length) {
                const start = offset - clause.length + phrase[0].index!;
                return matches.map(({ legal, rank }, i) => item(legal, rangeOf(document, start, end), `[${legal.name}]`, text.slice(start, offset), rank, i));
            }
        }
        return [];
    }

    /** The legal documents a document can cite: its own, its imports', the starter catalog's. */
    legalDocs(document: LangiumDocument): ast.LegalDoc[] {
        const model = document.parseResult.value;
        const container = { $type: ast.Citation.$type, $container: model } as unknown as AstNode;
        const scope = this.scopeProvider.getScope({ container, property: 'legal', reference: { $refText: '' } as never });
        return scope.getAllElements().map(d => d.node).filter(ast.isLegalDoc).toArray();
    }

    /** All documents, those whose symbol matches the partial first, those of the typed type before others. */
    private ranked(document: LangiumDocument, partial: string, typeName: string, symbolOnly = false) {
        const wantedType = docTypeByName(typeName)?.name;
        const key = looseKey(partial);
        return this.legalDocs(document)
            .filter(legal => !key || looseKey(legal.name).includes(key))
            .filter(() => !symbolOnly || !!key)
            .map(legal => ({
                legal,
                rank: (docTypeByName(legal.type ?? '')?.name === wantedType ? 0 : 2) + (key && !looseKey(legal.name).startsWith(key) ? 1 : 0),
            }))
            .sort((a, b) => a.rank - b.rank || a.legal.name.localeCompare(b.legal.name));
    }

    private bySymbol(document: LangiumDocument, query: string) {
        const key = looseKey(query);
        return this.legalDocs(document)
            .map(legal => ({ legal, symbol: looseKey(legal.name) }))
            .filter(({ symbol }) => symbol.includes(key))
            .map(({ legal, symbol }) => ({ legal, rank: symbol.startsWith(key) ? 0 : 1 }))
            .sort((a, b) => a.rank - b.rank || a.legal.name.localeCompare(b.legal.name));
    }

    /** Documents whose type, issuer or subject contains the words as a phrase. */
    private byWords(document: LangiumDocument, typedWords: string[], minLength: number) {
        const phrase = ` ${typedWords.map(looseKey).join(' ')}`;
        if (phrase.replace(/\s/g, '').length < minLength * 4) return [];
        return this.legalDocs(document)
            .map(legal => {
                const subject = ` ${words(legal.subject ?? '').map(looseKey).join(' ')} `;
                const described = ` ${words(`${legal.type ?? ''} ${legal.issuer?.ref?.label ?? ''}`).map(looseKey).join(' ')} `;
                const rank = subject.includes(`${phrase} `) ? 0 : subject.includes(phrase) ? 1
                    : described.includes(phrase) ? 2 : -1;
                return { legal, rank };
            })
            .filter(m => m.rank >= 0)
            .sort((a, b) => a.rank - b.rank || a.legal.name.localeCompare(b.legal.name));
    }
}

function item(legal: ast.LegalDoc, range: Range, newText: string, typed: string, rank: number, index: number): CompletionItem {
    return {
        label: citationVi(legal, 'full'),
        kind: CompletionItemKind.Reference,
        detail: `[${legal.name}]`,
        filterText: `${typed} ${legal.name} ${legal.subject ?? ''}`,
        sortText: `${rank}${String(index).padStart(4, '0')}`,
        textEdit: { range, newText },
    };
}

/** The type name ending just before token `at` ("Quyết định", "kế hoạch hành động"); exact when nothing follows the type name. */
function typeBefore(tokens: RegExpMatchArray[], at: number): { name: string; index: number; exact: boolean } | undefined {
    for (let j = at - 1; j >= Math.max(0, at - 6); j--) {
        const phrase = tokens.slice(j, at).map(t => t[0]).join(' ');
        const type = docTypeByName(phrase);
        if (type && tokens.slice(j, at).length >= words(type.name).length) {
            return { name: type.name, index: j, exact: words(type.name).length === at - j };
        }
    }
    return undefined;
}

function looksLikeSymbol(text: string): boolean {
    return /\d/.test(text) || /^\p{Lu}[\p{Lu}\p{Ll}]*[-/]/u.test(text) || /^\p{Lu}{2,}$/u.test(text);
}

function words(text: string): string[] {
    return text.match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];
}

/** Accent-, case- and "đ"-insensitive, so that "QD-BYT" finds "QĐ-BYT" and "tieu chi" finds "tiêu chí". */
export function looseKey(text: string): string {
    return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase();
}

function rangeOf(document: LangiumDocument, start: number, end: number): Range {
    return { start: document.textDocument.positionAt(start), end: document.textDocument.positionAt(end) };
}
