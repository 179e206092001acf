import { AstUtils, type LangiumDocument, type ValidationAcceptor } from 'langium';
import * as ast from '../generated/ast.js';
import { findNumbersInText, formatVi } from '../semantics/numbers.js';
import { isKindOf, type UnitInfo } from '../semantics/units.js';
import { comparisonKey } from '../semantics/vietnamese.js';
import { scopeOf, type EvaluationSession } from '../evaluation/evaluator.js';
import { explainWords } from '../evaluation/explain.js';
import type { InlineValue, InlineValues } from '../evaluation/inline-values.js';
import { unitWordAt, unitWords, type UnitWords } from '../evaluation/unit-words.js';
import { rateGivenAsCount } from './rate-count-check.js';
import { changeShape } from '../evaluation/change-shape.js';
import { POINTS_WORDS } from '../semantics/change-words.js';
import { rangeInChunk, report } from './report.js';
import { proseLines } from '../body.js';

/**
 * What prose says around numbers:
 * - `unit-mismatch`: the unit word right after `{…}` contradicts the indicator's unit
 *   ("{pnct_tiem_uv2 = 694} trẻ" for pregnant women). A word that is no unit is no finding; a
 *   kind of the unit or a broader unit is fine ("666 người" for "phụ nữ").
 * - `number-format` in the text itself: an English decimal point before a unit or a percent
 *   sign ("55.21 lượt", "92.3%"); "1,234 trẻ", a count with a decimal comma; and a stated
 *   percentage without its sign anywhere around it ("đạt {x of prev = 88,5} so với cùng kỳ"), as
 *   the inline values service finds it.
 * Only numbers followed by a unit or a sign are judged: "4.0" in "công nghệ 4.0", dates,
 * symbols, "Covid-19", "UV2+", "2020-2025" and section numbers are not quantities.
 */
export class ProseCheck {
    constructor(private readonly values: InlineValues) {}

    check(model: ast.Model, session: EvaluationSession, accept: ValidationAcceptor): void {
        const body = model.document?.body;
        if (!body) return;
        const document = AstUtils.getDocument(model);
        const words = unitWords(session.world);
        for (const parts of proseLines(model)) {
            for (const part of parts) {
                if (ast.isTextChunk(part) && part.text && !part.text.startsWith('\\')) this.checkText(part, document, words, accept);
                else if (ast.isInlineExpression(part) && part.expression) {
                    const value = this.values.of(part, session);
                    this.checkUnitWord(value, document, accept);
                    this.checkPercentSign(value, session, document, accept);
                }
            }
        }
    }

    private checkUnitWord(value: InlineValue, document: LangiumDocument, accept: ValidationAcceptor): void {
        // A percentage may be followed by what it is a share of ("95% trẻ em"): only counts and
        // measures are judged, and only when the braces do not carry a unit of their own.
        const type = value.type;
        const after = value.wordAfter;
        if (!after || value.node.stated?.unit || type.kind !== 'unit' || type.unit.kind === 'ratio') return;
        if (related(after.word.unit, type.unit)) return;
        const label = value.target?.indicator.label ?? value.node.expression.$cstNode?.text ?? '';
        const unit = type.unit.name;
        const { chunk, word } = after;
        report(accept, 'unit-mismatch', { kind: 'prose', word: chunk.text.substr(word.offset, word.length), label, unit },
            { node: chunk, range: rangeInChunk(document, chunk, word.offset, word.length) }, { replacement: unit });
    }

    /**
     * A stated percentage needs its sign, inside the braces, right after them or in its label
     * ("95}%", "11,41} ‰", "138}/100"); a difference of percentages is in points, written after
     * the braces ("{a - prev(a) = 5,1} điểm phần trăm").
     */
    private checkPercentSign(value: InlineValue, session: EvaluationSession, document: LangiumDocument, accept: ValidationAcceptor): void {
        const sign = value.missingSign;
        const stated = value.node.stated;
        // "{ty_le = 12} xã": a count where a rate belongs, which rate-as-count says
        if (!sign || !stated?.value || rateGivenAsCount(value)) return;
        const points = sign === '%' && changeShape(value.node.expression)?.kind === 'difference';
        const suggestion = points ? `${stated.value} ${POINTS_WORDS}` : `${stated.value}${sign}`;
        const close = value.node.$cstNode!.end;
        const fix = points
            ? { edits: [{ range: { start: document.textDocument.positionAt(close), end: document.textDocument.positionAt(close) }, newText: ` ${POINTS_WORDS}` }], text: suggestion }
            : { replacement: suggestion };
        const scope = scopeOf(session.contextOf(value.node));
        report(accept, 'number-format', {
            kind: points ? 'points-sign' : 'percent-sign', text: stated.value, sign, suggestion,
            how: explainWords(value.node.expression, scope, 'vi'), howEn: explainWords(value.node.expression, scope, 'en'),
        }, { node: stated, property: 'value' }, fix);
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
            const range = rangeInChunk(document, chunk, token.offset, token.length);
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

/** "trẻ" said of people, or "người" said of women: one is a kind of the other. */
function related(a: UnitInfo, b: UnitInfo): boolean {
    return isKindOf(a, b) || isKindOf(b, a) || (a.kind === 'count' && b.kind === 'count' && (isCase(a) || isCase(b) || inMultiples(a, b) || inMultiples(b, a)));
}

/** "đồng" after a number of "triệu đồng", or "triệu đồng" after one of "đồng": the same money in another scale. */
function inMultiples(unit: UnitInfo, multiple: UnitInfo): boolean {
    return !!multiple.counts && (multiple.counts === comparisonKey(unit.name) || multiple.counts === unit.counts);
}

/**
 * "ca" (a case) counts whatever the sentence is about: "1.137 ca mắc" of patients, "2 ca tử vong",
 * "35 ca phẫu thuật". Authors write it for any count, and the starter catalog's "Số ca mắc …"
 * counts bệnh nhân, so it never contradicts the indicator's unit.
 */
function isCase(unit: UnitInfo): boolean {
    return unit.name === 'ca';
}

