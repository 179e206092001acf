import { AstUtils, type LangiumDocument, type ValidationAcceptor } from 'langium';
import type { Range } from 'vscode-languageserver';
import * as ast from '../generated/ast.js';
import { findNumbersInText, formatVi } from '../semantics/numbers.js';
import { isKindOf, unitType, type UnitInfo, type UnitType } from '../semantics/units.js';
import { comparisonKey } from '../semantics/vietnamese.js';
import { typeOf } from '../evaluation/typing.js';
import { statementTarget, unitName, type World } from '../evaluation/world.js';
import { report } from './report.js';
import { proseLines } from '../body.js';

interface UnitWord {
    readonly key: string;
    readonly unit: UnitInfo;
}

/** The unit words of a world, with what makes looking them up cheap on every `{…}`. */
interface UnitWords {
    readonly words: readonly UnitWord[];
    /** first letters of the words without diacritics ("b" for "bệnh nhân", "%") */
    readonly initials: ReadonlySet<string>;
    readonly longest: number;
}

interface FoundWord {
    readonly unit: UnitInfo;
    /** offset and length in the text searched */
    readonly offset: number;
    readonly length: number;
}

/**
 * What prose says around numbers:
 * - `unit-mismatch`: the unit word right after `{…}` contradicts the indicator's unit
 *   ("{pnct_tiem_uv2 = 694} trẻ" for pregnant women). A word that is no unit is no finding; a
 *   kind of the unit or a broader unit is fine ("666 người" for "phụ nữ").
 * - `number-format` in the text itself: an English decimal point before a unit or a percent
 *   sign ("55.21 lượt", "92.3%"); "1,234 trẻ", a count with a decimal comma; and a stated
 *   percentage without its sign ("đạt {x of prev = 88,5} so với cùng kỳ").
 * Only numbers followed by a unit or a sign are judged: "4.0" in "công nghệ 4.0", dates,
 * symbols, "Covid-19", "UV2+", "2020-2025" and section numbers are not quantities.
 */
export class ProseCheck {
    check(model: ast.Model, world: World, accept: ValidationAcceptor): void {
        const body = model.document?.body;
        if (!body) return;
        const document = AstUtils.getDocument(model);
        const words = unitWords(world);
        const context = world.contextOf(model);
        for (const parts of proseLines(model)) {
            parts.forEach((part, index) => {
                const next = parts[index + 1];
                const after = ast.isTextChunk(next) && next.text && !next.text.startsWith('\\') ? next : undefined;
                if (ast.isTextChunk(part) && part.text && !part.text.startsWith('\\')) this.checkText(part, document, words, accept);
                else if (ast.isInlineExpression(part) && part.expression) {
                    const indicator = statementTarget(part, context)?.indicator;
                    const type = indicator?.unit?.ref ? unitType(world.unitOf(indicator.unit.ref)) : typeOf(part.expression, world);
                    this.checkUnitWord(part, type, indicator, after, document, words, accept);
                    this.checkPercentSign(part, type, after, words, accept);
                }
            });
        }
    }

    private checkUnitWord(expression: ast.InlineExpression, type: UnitType, indicator: ast.Indicator | undefined,
        after: ast.TextChunk | undefined, document: LangiumDocument, words: UnitWords, accept: ValidationAcceptor): void {
        // A percentage may be followed by what it is a share of ("95% trẻ em"): only counts and
        // measures are judged, and only when the braces do not carry a unit of their own.
        if (!after || expression.stated?.unit || type.kind !== 'unit' || type.unit.kind === 'ratio') return;
        const found = unitWordAt(after.text, 0, words);
        if (!found || related(found.unit, type.unit)) return;
        const label = indicator?.label ?? expression.expression.$cstNode?.text ?? '';
        const unit = type.unit.name;
        report(accept, 'unit-mismatch', { kind: 'prose', word: after.text.substr(found.offset, found.length), label, unit },
            { node: after, range: rangeIn(document, after, found.offset, found.length) }, { replacement: unit });
    }

    /** A stated percentage needs its sign, inside the braces or right after them ("95}%", "11,41} ‰", "138}/100"). */
    private checkPercentSign(expression: ast.InlineExpression, type: UnitType, after: ast.TextChunk | undefined,
        words: UnitWords, accept: ValidationAcceptor): void {
        const stated = expression.stated;
        if (!stated?.value || stated.unit) return;
        const unit = type.kind === 'dimensionless' ? undefined : type.kind === 'unit' && type.unit.kind === 'ratio' ? type.unit : undefined;
        if (type.kind !== 'dimensionless' && !unit) return;
        const text = after?.text ?? '';
        if (/^[ \t\u00a0]*(?:%|‰|\/\s*1000?(?!\d)|phần (?:trăm|nghìn|ngàn))/iu.test(text)) return;
        const word = unitWordAt(text, 0, words);
        if (word?.unit.kind === 'ratio' && (!unit || word.unit.factor === unit.factor)) return;
        const sign = unit?.name ?? '%';
        const glued = sign === '%' || sign === '‰';
        report(accept, 'number-format', {
            kind: 'percent-sign', text: stated.value, sign, how: expression.expression.$cstNode?.text ?? '',
            suggestion: glued ? `${stated.value}${sign}` : `${stated.value} "${sign}"`,
        }, { node: stated, property: 'value' }, { replacement: glued ? `${stated.value}${sign}` : `${stated.value} "${sign}"` });
    }

    private checkText(chunk: ast.TextChunk, document: LangiumDocument, words: UnitWords, accept: ValidationAcceptor): void {
        const text = chunk.text;
        // only "92.3" and "1,234" can be judged: a digit, a dot or comma, a digit
        if (!/\d[.,]\d/.test(text)) return;
        for (const token of findNumbersInText(text)) {
            if (token.kind !== 'number' || !token.parsed) continue;
            const style = token.parsed.style;
            if (style !== 'en-decimal' && style !== 'ambiguous') continue;
            const end = token.offset + token.length;
            const word = unitWordAt(text, end, words);
            const range = rangeIn(document, chunk, token.offset, token.length);
            if (style === 'en-decimal' && (token.percent || word)) {
                const count = !token.percent && word?.unit.kind === 'count' ? word.unit.name : undefined;
                report(accept, 'number-format', { kind: 'en-decimal', text: token.text, suggestion: token.parsed.suggestion, unit: count },
                    { node: chunk, range }, count ? undefined : { replacement: token.parsed.suggestion });
            } else if (style === 'ambiguous' && !token.percent && word?.unit.kind === 'count') {
                const suggestion = formatVi(token.parsed.alternative!);
                report(accept, 'number-format', { kind: 'ambiguous-count', text: token.text, unit: word.unit.name, suggestion },
                    { node: chunk, range }, { replacement: suggestion });
            }
        }
    }
}

const cache = new WeakMap<World, UnitWords>();

/** Units as prose writes them (label and name), longest first so that "bệnh nhân" wins over a shorter word. */
function unitWords(world: World): UnitWords {
    const known = cache.get(world);
    if (known) return known;
    const words: UnitWord[] = [];
    for (const [node, unit] of world.units) {
        for (const written of new Set([unitName(node), node.name.replace(/^"|"$/g, '')])) {
            const key = comparisonKey(written);
            if (key) words.push({ key, unit });
        }
    }
    words.sort((a, b) => b.key.length - a.key.length);
    const result = { words, initials: new Set(words.map(w => initial(w.key))), longest: words[0]?.key.length ?? 0 };
    cache.set(world, result);
    return result;
}

function initial(text: string): string {
    return text.charAt(0).normalize('NFD').charAt(0).toLowerCase();
}

/** The unit word starting at `from` after spaces, matched by comparison key ("Thủy" = "thuỷ", NFD = NFC). */
function unitWordAt(text: string, from: number, units: UnitWords): FoundWord | undefined {
    const spaces = /^[ \t\u00a0]*/.exec(text.slice(from, from + 16))![0].length;
    const start = from + spaces;
    // a few characters more than the longest word: NFD text is longer, and a boundary follows
    const window = text.slice(start, start + 2 * units.longest + 2);
    if (!window || !units.initials.has(initial(window))) return undefined;
    const words = units.words;
    const key = comparisonKey(window);
    // NFC text with single spaces keeps its length under the comparison key: no search needed
    const simple = window.normalize('NFC') === window && !/\s\s/.test(window);
    for (const word of words) {
        if (!key.startsWith(word.key)) continue;
        if (/^[\p{L}\p{M}\p{N}]/u.test(key.slice(word.key.length))) continue;
        if (simple && comparisonKey(window.slice(0, word.key.length)) === word.key) return { unit: word.unit, offset: start, length: word.key.length };
        for (let length = 1; length <= window.length; length++) {
            if (comparisonKey(window.slice(0, length)) === word.key && !/^[\p{M}]/u.test(window.slice(length))) {
                return { unit: word.unit, offset: start, length };
            }
        }
    }
    return undefined;
}

/** "trẻ" said of people, or "người" said of women: one is a kind of the other. */
function related(a: UnitInfo, b: UnitInfo): boolean {
    return isKindOf(a, b) || isKindOf(b, a);
}

function rangeIn(document: LangiumDocument, chunk: ast.TextChunk, offset: number, length: number): Range {
    const start = chunk.$cstNode!.offset + offset;
    return { start: document.textDocument.positionAt(start), end: document.textDocument.positionAt(start + length) };
}
