import type { ValidationAcceptor } from 'langium';
import * as ast from '../generated/ast.js';
import type { EvaluationSession } from '../evaluation/evaluator.js';
import { surroundings } from '../evaluation/inline-context.js';
import { inlineValue, type InlineValue } from '../evaluation/inline-values.js';
import { comparisonKey } from '../semantics/vietnamese.js';
import { lineParts } from '../evaluation/unit-words.js';
import { inlineExpressions } from '../body.js';
import { lineText } from './prose-text.js';
import { report } from './report.js';

/**
 * `rate-as-count`: a rate given as a count. A rate needs a percentage or a base:
 * - a % or ‰ indicator whose stated number is followed by a count unit and has no sign
 *   anywhere ("tỷ lệ xã đạt chuẩn … đạt {ty_le = 12} xã");
 * - a count whose own label, the clause before it, calls it a rate ("Tỷ lệ xã … đạt chuẩn …
 *   đạt {plan(xa_dat_chuan_qg) = 13} xã", seed 002) with neither a base after it ("13/15 xã")
 *   nor a percentage in the rest of its clause ("13 xã, đạt 86,7%").
 * A percentage followed by what it is a share of ("95% trẻ em") has its sign and is fine.
 */
export class RateCountCheck {
    check(model: ast.Model, session: EvaluationSession, accept: ValidationAcceptor): void {
        for (const node of inlineExpressions(model)) {
            if (!node.stated?.value || !node.expression) continue;
            const value = inlineValue(node, session);
            const word = countWordAfter(value);
            if (!word) continue;
            if (rateGivenAsCount(value)) {
                report(accept, 'rate-as-count', { kind: 'rate', label: labelOf(value), stated: node.stated.value, word, sign: value.missingSign },
                    { node: node.stated, property: 'value' });
            } else if (countCalledRate(value, session)) {
                const label = surroundings(node).before.trim().replace(/^[-+*•\s]+/u, '').replace(/\s+(?:đạt|là|:)?\s*$/u, '');
                report(accept, 'rate-as-count', { kind: 'count', label: shortened(label), stated: node.stated.value, word },
                    { node: node.stated, property: 'value' });
            }
        }
    }
}

/** A % or ‰ value stated without its sign and followed by a count unit ("{ty_le = 12} xã"): read by the prose check too, which then says nothing of the sign. */
export function rateGivenAsCount(value: InlineValue): boolean {
    return !!value.missingSign && value.type.kind === 'unit' && value.type.unit.kind === 'ratio' && !!countWordAfter(value);
}

/** A count whose clause is labelled "Tỷ lệ …" with no base or percentage given around it. */
function countCalledRate(value: InlineValue, session: EvaluationSession): boolean {
    if (value.type.kind !== 'unit' || value.type.unit.kind !== 'count') return false;
    const around = surroundings(value.node);
    if (around.tableCell || around.before.includes('|')) return false;
    const label = comparisonKey(around.before).replace(/^[-+*•\s]+/u, '');
    if (!/^t[ỷỉ] lệ /u.test(label) || /[%‰]/u.test(label)) return false;
    return !givesBaseOrShare(value.node, session);
}

/** After a count, before its clause ends: a base ("/15", "trên 15") or a percentage ("đạt 86,7%", "{x of y = 86,7%}"). */
function givesBaseOrShare(node: ast.InlineExpression, session: EvaluationSession): boolean {
    const line = lineText(lineParts(node));
    const at = line.placeholders.find(p => p.part === node)?.keyIndex;
    if (at === undefined) return false;
    const rest = line.key.slice(at + 1);
    const stop = rest.search(/;|[.!?](?=\s|$)/u);
    const clause = stop >= 0 ? rest.slice(0, stop) : rest;
    if (/^\s*\//u.test(clause) || /trên\s+(?:\d|\uFFFC)/u.test(clause) || /[%‰]/u.test(clause)) return true;
    return line.placeholders.some(p => p.kind === 'value' && p.keyIndex > at && p.keyIndex <= at + clause.length
        && isRate(inlineValue(p.part, session)));
}

function isRate(value: InlineValue): boolean {
    return value.type.kind === 'dimensionless' || (value.type.kind === 'unit' && value.type.unit.kind === 'ratio');
}

/** The count unit written right after the braces, as written. */
function countWordAfter(value: InlineValue): string | undefined {
    const after = value.wordAfter;
    if (!after || after.word.unit.kind !== 'count') return undefined;
    return after.chunk.text.substr(after.word.offset, after.word.length);
}

function labelOf(value: InlineValue): string {
    const expression = value.node.expression;
    const ref = ast.isIndicatorRef(expression) ? expression : ast.isPlanOf(expression) || ast.isPrevOf(expression) ? expression.argument : undefined;
    return (ast.isIndicatorRef(ref) ? ref.indicator?.ref?.label : undefined) ?? value.target?.indicator.label ?? expression.$cstNode?.text ?? '';
}

/** A label as the message quotes it: its first words when it is long. */
function shortened(label: string): string {
    const words = label.split(/\s+/u);
    return words.length > 12 ? `${words.slice(0, 10).join(' ')} …` : label;
}
