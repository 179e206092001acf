import { AstUtils, type LangiumDocument, type ValidationAcceptor } from 'langium';
import type { Decimal } from 'decimal.js';
import type { Range } from 'vscode-languageserver';
import * as ast from '../generated/ast.js';
import { changeShape, type ChangeShape } from '../evaluation/change-shape.js';
import { scopeOf, type EvaluationSession } from '../evaluation/evaluator.js';
import { explainExpression } from '../evaluation/explain.js';
import type { InlineValue, InlineValues } from '../evaluation/inline-values.js';
import { textChunkAfter, textChunkBeside } from '../evaluation/unit-words.js';
import { POINTS_WORDS, signAfter, verbBefore, verbOf, type VerbBefore } from '../semantics/change-words.js';
import { formatVi, matchesAtPrecision } from '../semantics/numbers.js';
import type { MessageLanguage } from './diagnostic-codes.js';
import { rangeInChunk, report, type FixData, type FixEdit } from './report.js';
import { inlineExpressions } from '../body.js';

type Direction = 'increase' | 'decrease';

/** A `{…}` after a change verb, with what the check reads of it. */
interface Claimed {
    readonly node: ast.InlineExpression;
    readonly verb: VerbBefore & { readonly direction: Direction };
    readonly verbRange: Range;
    readonly shape: ChangeShape;
    readonly value: InlineValue;
    readonly document: LangiumDocument;
    readonly how: (lang: MessageLanguage) => string;
    /** the sign written with the number, as printed after it ("%", " điểm phần trăm", or none) */
    readonly sign: string;
    /** where a "%" is written: inside the braces (`= 6,7%`) or right after them (`}%`, `} %`) */
    readonly percent?: WrittenPercent;
}

/**
 * `change-wording`: the verb before a stated change against what the expression is, as the
 * inline values service computes it (the expression's form from evaluation/change-shape.ts, the
 * words from semantics/change-words.ts):
 * - "tăng {x of prev = 106%}": an index written as a growth — "bằng 106%" or "tăng 6%";
 * - "tăng {a - b = 5,1%}" of two percentages: "tăng 5,1 điểm phần trăm";
 * - "giảm" before a change the data show is an increase, "tăng" before a decrease: an error;
 *   and the right verb before an expression that comes out negative ("giảm {x - prev(x)}" prints
 *   "giảm -88"): the expression turned round.
 * When a value is missing, the direction is not judged: nothing is said.
 */
export class ChangeWordingCheck {
    constructor(private readonly values: InlineValues) {}

    check(model: ast.Model, session: EvaluationSession, accept: ValidationAcceptor): void {
        const document = AstUtils.getDocument(model);
        for (const node of inlineExpressions(model)) {
            const claimed = this.read(node, session, document);
            if (!claimed) continue;
            if (claimed.shape.kind === 'index') this.checkIndex(claimed, accept);
            else {
                this.checkPoints(claimed, accept);
                this.checkDirection(claimed, accept);
            }
        }
    }

    private read(node: ast.InlineExpression, session: EvaluationSession, document: LangiumDocument): Claimed | undefined {
        if (!node.expression) return undefined;
        const before = textChunkBefore(node);
        const verb = before ? verbBefore(before.text) : undefined;
        if (!before || !verb || verb.direction === 'level') return undefined;
        const shape = changeShape(node.expression);
        if (!shape) return undefined;
        const value = this.values.of(node, session);
        // a statement gives a value ("tăng lên {x = 703}"): a level, no change
        if (value.kind === 'statement' || value.verdict === 'invalid') return undefined;
        const scope = scopeOf(session.contextOf(node));
        const how = (lang: MessageLanguage) => value.comparisons[0]?.how(lang) ?? explainExpression(node.expression, scope, session, lang);
        return {
            node, verb: verb as Claimed['verb'], verbRange: rangeInChunk(document, before, verb.offset, verb.length),
            shape, value, document, how, ...writtenSign(node),
        };
    }

    /** "tăng {x of prev = 106%}": the text means "bằng 106%", or the growth "tăng 6%". */
    private checkIndex(c: Claimed, accept: ValidationAcceptor): void {
        if (c.shape.kind !== 'index') return;
        const { verb, node } = c;
        const number = numberAsPrinted(c);
        if (!number) return;
        const level = c.shape.against === 'prev' ? 'bằng' : 'đạt';
        const fixes: FixData[] = [{ replacement: level, text: `${level} ${number}` }];
        const growth = c.shape.against === 'prev' ? this.growthFix(c, c.shape) : undefined;
        if (growth) fixes.push(growth);
        report(accept, 'change-wording', {
            kind: 'index', written: `${verb.written} ${number}`, number, how: c.how('vi'), howEn: c.how('en'),
            against: c.shape.against === 'prev' ? 'cùng kỳ' : 'kế hoạch', againstEn: c.shape.against === 'prev' ? 'the same period' : 'the target',
            change: verbOf(verb.direction), changeEn: verb.direction === 'increase' ? 'an increase' : 'a decrease',
            level: `${level} ${number}`, growth: growth?.text,
        }, { node: node.$container, range: c.verbRange }, { ...fixes[0], alternatives: fixes.slice(1) });
    }

    /** The growth an index stands for: `{x of prev = 106%}` is `{(x - prev(x)) of prev(x) = 6%}`. */
    private growthFix(c: Claimed, shape: Extract<ChangeShape, { kind: 'index' }>): FixData | undefined {
        const { value } = c;
        const index = value.computed ?? value.stated?.value;
        if (!index || value.factor !== 100) return undefined;
        const decimals = value.stated?.decimals ?? 1;
        const growth = index.minus(100);
        if (isZeroAt(growth, decimals)) return undefined;
        const direction: Direction = growth.isPositive() ? 'increase' : 'decrease';
        const part = textOf(shape.part);
        const whole = shape.whole.argument ? textOf(shape.whole) : `prev(${part})`;
        const [newer, older] = [grouped(part), grouped(whole)];
        const difference = direction === 'increase' ? `${newer} - ${older}` : `${older} - ${newer}`;
        const expression = `(${difference}) of ${multiplicative(whole)}`;
        const number = formatVi(growth.abs(), decimals);
        return {
            text: `${verbOf(direction)} ${number}%`,
            edits: [
                { range: c.verbRange, newText: verbOf(direction) },
                ...this.rewrite(c, expression, value.stated ? number : undefined),
            ],
        };
    }

    /** "tăng {a - b = 5,1%}" of two percentages: "tăng 5,1 điểm phần trăm". */
    private checkPoints(c: Claimed, accept: ValidationAcceptor): void {
        const { node, value, document, percent } = c;
        if (c.shape.kind !== 'difference' || !inPercent(value) || !percent) return;
        const number = node.stated?.value ?? (value.computed ? formatVi(value.computed, 1) : undefined);
        if (!number) return;
        // the "%" is what is wrong: the finding covers it, the fix writes the words after the braces
        const close = node.$cstNode!.end;
        const next = textChunkAfter(node)?.text.charAt(0) ?? '';
        const edit = percent.inside
            ? { range: offsets(document, percent.from, close), newText: `} ${POINTS_WORDS}${/[\p{L}\p{N}]/u.test(next) ? ' ' : ''}` }
            : { range: offsets(document, close, percent.end), newText: ` ${POINTS_WORDS}` };
        const right = `${c.verb.written} ${number} ${POINTS_WORDS}`;
        report(accept, 'change-wording', {
            kind: 'points', written: `${c.verb.written} ${number}%`, right, how: c.how('vi'), howEn: c.how('en'),
        }, { node: node.$container, range: offsets(document, percent.end - 1, percent.end) }, { edits: [edit], text: right });
    }

    /**
     * The verb against the data: "giảm" before an increase, "tăng" before a decrease (an error,
     * with the verb and the expression put right); the right verb before an expression that comes
     * out negative (a warning when it prints "giảm -88"; information when it states the number the
     * text says, which the verb's sign makes right).
     */
    private checkDirection(c: Claimed, accept: ValidationAcceptor): void {
        const { shape, value, verb } = c;
        if (shape.kind === 'index' || !shape.orientation) return;
        const computed = value.computed;
        if (!computed || !['agrees', 'differs', 'computed'].includes(value.verdict)) return;
        const decimals = value.stated?.decimals ?? (value.type.kind === 'unit' && value.type.unit.kind === 'count' ? 0 : 1);
        if (isZeroAt(computed, decimals)) return;
        const data: Direction = (computed.isPositive() ? shape.orientation : -shape.orientation) === 1 ? 'increase' : 'decrease';
        const magnitude = computed.abs();
        const stated = value.stated;
        const number = stated && matchesAtPrecision(stated.value, stated.decimals, magnitude) ? c.node.stated!.value : formatVi(magnitude, decimals);
        const turned = computed.isNegative() ? turnedRound(shape) : undefined;
        const edits = this.rewrite(c, turned, stated ? number : undefined);
        const args = { number: number + c.sign, how: c.how('vi'), howEn: c.how('en') };
        if (data !== verb.direction) {
            const right = `${verbOf(data)} ${number}${c.sign}`;
            report(accept, 'change-wording', {
                ...args, kind: 'direction', written: verb.written, right,
                change: verbOf(data), changeEn: data === 'increase' ? 'an increase' : 'a decrease',
            }, { node: c.node.$container, range: c.verbRange }, { edits: [{ range: c.verbRange, newText: verbOf(data) }, ...edits], text: right }, 'error');
        } else if (turned) {
            report(accept, 'change-wording', {
                ...args, kind: 'orientation', written: `${verb.written} ${number}${c.sign}`,
                computed: formatVi(computed, decimals) + c.sign, swapped: turned,
            }, { node: c.node, range: rangeOf(c.document, c.node.expression) }, { edits, text: `{${turned}}` }, c.node.stated ? 'information' : undefined);
        }
    }

    /** Edits writing a new expression and/or stated number into the braces. */
    private rewrite(c: Claimed, expression: string | undefined, number: string | undefined): FixEdit[] {
        const edits: FixEdit[] = [];
        if (expression) edits.push({ range: rangeOf(c.document, c.node.expression), newText: expression });
        const quantity = c.node.stated;
        if (number !== undefined && quantity?.$cstNode && number !== quantity.value) {
            const start = quantity.$cstNode.offset;
            edits.push({ range: offsets(c.document, start, start + quantity.value.length), newText: number });
        }
        return edits;
    }
}

/** The number as the document prints it, with its sign: "106%", "106,4%". */
function numberAsPrinted(c: Claimed): string | undefined {
    const printed = c.value.printed;
    if (!printed) return undefined;
    return /[%‰]$/.test(printed) ? printed : printed + c.sign;
}

/** A percentage in the value's own terms: a `%` indicator's difference, or shares (`of`) read in percent. */
function inPercent(value: InlineValue): boolean {
    const type = value.type;
    if (type.kind === 'unit') return type.unit.kind === 'ratio' && type.unit.name === '%';
    return type.kind === 'dimensionless' && value.factor === 100;
}

/** "88" of 87,6 at 0 decimals is not zero; 0,04 at 1 decimal is. */
function isZeroAt(value: Decimal, decimals: number): boolean {
    return value.abs().toDecimalPlaces(decimals).isZero();
}

/** `x - prev(x)` → `prev(x) - x`, inside whatever holds it (`round(…)`, `(…) of prev(x)`). */
function turnedRound(shape: Extract<ChangeShape, { kind: 'difference' | 'growth' }>): string | undefined {
    const difference = shape.difference;
    const expression = AstUtils.getContainerOfType(difference, ast.isInlineExpression)?.expression;
    const whole = expression?.$cstNode;
    const inner = difference.$cstNode;
    if (!whole || !inner || !difference.left || !difference.right) return undefined;
    const turned = `${textOf(difference.right)} - ${grouped(textOf(difference.left), difference.left)}`;
    // a difference in parentheses ("(x - prev(x)) of prev(x)") keeps them: its node covers them
    const swapped = /^\(.*\)$/su.test(inner.text) ? `(${turned})` : turned;
    const text = whole.text;
    const from = inner.offset - whole.offset;
    return text.slice(0, from) + swapped + text.slice(from + inner.length);
}

function textOf(node: ast.Expression): string {
    return node.$cstNode?.text ?? '';
}

/** An operand after "-": a sum or difference needs parentheses. */
function grouped(text: string, node?: ast.Expression): string {
    const additive = node ? ast.isBinaryExpression(node) && (node.operator === '+' || node.operator === '-') : /\s[+-]\s/.test(text);
    return additive && !/^\(.*\)$/.test(text) ? `(${text})` : text;
}

/** A whole after "of": anything looser than a product needs parentheses. */
function multiplicative(text: string): string {
    return /\s(?:[+-]|of)\s/.test(text) && !/^\(.*\)$/.test(text) ? `(${text})` : text;
}

/** A "%" written with a number: `from` where its unit starts (inside the braces, after the number), `end` after the sign. */
interface WrittenPercent {
    readonly inside: boolean;
    readonly from: number;
    readonly end: number;
}

/** The sign written with the number, inside the braces or right after them. */
function writtenSign(node: ast.InlineExpression): { sign: string; percent?: WrittenPercent } {
    const quantity = node.stated?.unit ? node.stated.$cstNode : undefined;
    const inside = quantity ? quantity.text.slice(node.stated!.value.length).trim() : '';
    if (quantity && inside === '%') return { sign: '%', percent: { inside: true, from: quantity.offset + node.stated!.value.length, end: quantity.end } };
    if (inside === '‰') return { sign: inside };
    const after = textChunkAfter(node);
    const sign = after ? signAfter(after.text) : undefined;
    if (sign?.kind === 'points') return { sign: ` ${POINTS_WORDS}` };
    if (!after || !sign) return { sign: '' };
    return { sign: '%', percent: { inside: false, from: after.$cstNode!.offset + sign.offset, end: after.$cstNode!.offset + sign.offset + sign.length } };
}

/** The prose chunk right before a `{…}`, when it is plain text. */
function textChunkBefore(node: ast.InlineExpression): ast.TextChunk | undefined {
    return textChunkBeside(node, -1);
}


function rangeOf(document: LangiumDocument, node: ast.Expression): Range {
    const cst = node.$cstNode!;
    return offsets(document, cst.offset, cst.end);
}

function offsets(document: LangiumDocument, start: number, end: number): Range {
    return { start: document.textDocument.positionAt(start), end: document.textDocument.positionAt(end) };
}
