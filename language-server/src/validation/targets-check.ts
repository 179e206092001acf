import { Decimal } from '../semantics/decimal.js';
import { AstUtils, type AstNode, type LangiumDocument, type ValidationAcceptor } from 'langium';
import * as ast from '../generated/ast.js';
import { formatVi } from '../semantics/numbers.js';
import { containsPeriod, formatPeriodVi, periodEquals, periodKey } from '../semantics/periods.js';
import { comparisonKey } from '../semantics/vietnamese.js';
import type { EvaluationSession } from '../evaluation/evaluator.js';
import type { TargetFact, World } from '../evaluation/world.js';
import { report } from './report.js';
import { holds } from '../semantics/comparison.js';

/**
 * Targets (chỉ tiêu kế hoạch) against each other and against what was achieved:
 * - `target-rollup`: the targets of an org's units against the org's own (counts add up); a
 *   count target against the list that details it (`= 13 xã detail …` names 13 orgs, each
 *   once, each a unit of the org);
 * - `target-period`: targets of sub-periods against the period containing them (quarters of a
 *   count add up to the year, none exceeds it);
 * - `target-status` (information): an actual value against the target of the same org and
 *   period, by the target's operator and the indicator's direction.
 * Sums are taken over counts with `=` targets only: shares and bounds do not add up.
 */
export class TargetsCheck {
    check(model: ast.Model, session: EvaluationSession, accept: ValidationAcceptor): void {
        const world = session.world;
        const document = AstUtils.getDocument(model);
        for (const [indicator, targets] of world.targetsByIndicator) {
            const local = targets.filter(t => t.document === document);
            // targets of imported catalogs are checked where they are written
            if (!local.length) continue;
            for (const target of local) if (target.node.details.length) this.checkDetails(target, world, accept);
            if (!isAdditive(indicator, world)) continue;
            const exact = targets.filter(t => t.value && isEquality(t.operator));
            this.checkChildren(exact, world, document, accept);
            this.checkSubPeriods(exact, document, accept);
        }
        this.checkStatus(world, document, accept);
    }

    private checkDetails(target: TargetFact, world: World, accept: ValidationAcceptor): void {
        const node = target.node;
        const seen = new Set<ast.Org>();
        node.details.forEach((reference, index) => {
            const org = reference.ref;
            if (!org) return;
            if (seen.has(org)) report(accept, 'target-rollup', { kind: 'detail-duplicate', name: org.label }, { node, property: 'details', index });
            else if (!isUnder(org, target.org)) report(accept, 'target-rollup', { kind: 'detail-outside', name: org.label, org: target.org.label }, { node, property: 'details', index });
            seen.add(org);
        });
        const unit = world.unitOf(target.indicator.unit?.ref);
        if (unit?.kind !== 'count' || !target.value) return;
        const listed = new Set(node.details.map(d => d.ref ?? d.$refText)).size;
        const count = new Decimal(listed);
        if (holds(count, target.operator, target.value)) return;
        report(accept, 'target-rollup', {
            kind: 'detail-count', label: target.indicator.label, operator: target.operator,
            total: `${formatVi(target.value)} ${unit.name}`, count: listed,
        }, { node: node.quantity, property: 'value' }, isEquality(target.operator) ? { replacement: String(listed) } : undefined);
    }

    private checkChildren(targets: TargetFact[], world: World, document: LangiumDocument, accept: ValidationAcceptor): void {
        // the targets of each org's units, by parent and period: one pass, whatever the org tree's size
        const byParent = new Map<ast.Org, Map<string, TargetFact[]>>();
        for (const t of targets) {
            const parent = t.org.parent?.ref;
            if (!parent) continue;
            const periods = byParent.get(parent) ?? new Map<string, TargetFact[]>();
            byParent.set(parent, periods);
            const key = periodKey(t.period);
            const list = periods.get(key) ?? [];
            if (!list.some(other => other.org === t.org)) list.push(t);
            periods.set(key, list);
        }
        for (const parent of targets) {
            const given = byParent.get(parent.org)?.get(periodKey(parent.period));
            if (!given?.length) continue;
            const children = world.children.get(parent.org) ?? [];
            const sum = given.reduce((a, t) => a.plus(t.value!), new Decimal(0));
            const complete = given.length === children.length;
            if (complete ? sum.equals(parent.value!) : sum.lte(parent.value!)) continue;
            const at = [parent, ...given].find(t => t.document === document);
            if (!at) continue;
            report(accept, 'target-rollup', {
                kind: complete ? 'children' : 'children-exceed', label: parent.indicator.label, org: parent.org.label,
                period: formatPeriodVi(parent.period), total: formatVi(parent.value!), sum: formatVi(sum),
                parts: given.map(t => formatVi(t.value!)).join(' + '),
            }, { node: at.node.quantity, property: 'value' });
        }
    }

    private checkSubPeriods(targets: TargetFact[], document: LangiumDocument, accept: ValidationAcceptor): void {
        const byOrg = new Map<ast.Org, TargetFact[]>();
        for (const t of targets) byOrg.set(t.org, [...(byOrg.get(t.org) ?? []), t]);
        for (const list of byOrg.values()) {
            for (const outer of list) {
                const inner = list.filter(t => t !== outer && containsPeriod(outer.period, t.period) && !periodEquals(t.period, outer.period));
                const here = (ts: TargetFact[]) => ts.find(t => t.document === document);
                for (const t of inner) {
                    if (t.value!.lte(outer.value!)) continue;
                    const at = here([t, outer]);
                    if (at) report(accept, 'target-period', {
                        kind: 'inner-exceeds', label: outer.indicator.label, innerPeriod: formatPeriodVi(t.period),
                        inner: formatVi(t.value!), outerPeriod: formatPeriodVi(outer.period), outer: formatVi(outer.value!),
                    }, { node: at.node.quantity, property: 'value' });
                }
                // periods of one kind (quarters, halves, months) never overlap: their sum is comparable
                for (const kind of ['half', 'quarter', 'month'] as const) {
                    const parts = unique(inner.filter(t => t.period.kind === kind));
                    if (parts.length < 2) continue;
                    const sum = parts.reduce((a, t) => a.plus(t.value!), new Decimal(0));
                    const months = parts.reduce((n, t) => n + t.period.toMonth - t.period.fromMonth + 1, 0);
                    const covers = months === outer.period.toMonth - outer.period.fromMonth + 1 && !outer.period.untilDate;
                    const exceeds = sum.gt(outer.value!);
                    if (!exceeds && !(covers && !sum.equals(outer.value!))) continue;
                    const at = here([...parts, outer]);
                    if (at) report(accept, 'target-period', {
                        kind: exceeds ? 'parts-exceed' : 'parts-differ', label: outer.indicator.label,
                        parts: parts.map(t => `${formatPeriodVi(t.period)} (${formatVi(t.value!)})`).join(', '),
                        sum: formatVi(sum), outerPeriod: formatPeriodVi(outer.period), outer: formatVi(outer.value!),
                    }, { node: at.node.quantity, property: 'value' });
                }
            }
        }
    }

    private checkStatus(world: World, document: LangiumDocument, accept: ValidationAcceptor): void {
        for (const [indicator, facts] of world.factsByIndicator) {
            for (const fact of facts) {
                if (!fact.value || fact.document !== document) continue;
                if (world.factsFor(indicator, fact.org, fact.period)[0] !== fact) continue;
                const target = world.targetsFor(indicator, fact.org, fact.period).find(t => t.value);
                if (!target) continue;
                // "= 3515" says how much, not which way is better: only a direction makes it a verdict
                const met = !isEquality(target.operator) ? (holds(fact.value, target.operator, target.value!) ? 'yes' : 'no')
                    : indicator.direction === 'down' ? (fact.value.lte(target.value!) ? 'yes' : 'no')
                        : indicator.direction === 'up' ? (fact.value.gte(target.value!) ? 'yes' : 'no') : 'unknown';
                const unit = world.unitOf(indicator.unit?.ref)?.name;
                const withUnit = (v: Decimal) => `${formatVi(v)}${unit === '%' || unit === '‰' ? unit : unit ? ` ${unit}` : ''}`;
                const node: AstNode = ast.isInlineExpression(fact.node) ? fact.node.stated! : fact.node.quantity;
                report(accept, 'target-status', {
                    met, percent: target.value!.isZero() ? undefined : formatVi(fact.value.times(100).dividedBy(target.value!), 1), label: indicator.label, actual: withUnit(fact.value), operator: target.operator,
                    target: withUnit(target.value!), org: fact.org.label, period: formatPeriodVi(fact.period),
                }, { node, property: 'value' } as never);
            }
        }
    }
}

/**
 * Counts add up over orgs and over periods. Stocks do not — an average population, a
 * cumulative total ("lũy kế") — and a unit alone cannot tell them apart, so such labels are
 * left out.
 */
function isAdditive(indicator: ast.Indicator, world: World): boolean {
    if (world.unitOf(indicator.unit?.ref)?.kind !== 'count') return false;
    const label = comparisonKey(indicator.label ?? '');
    return !['lũy kế', 'trung bình'].some(word => label.includes(comparisonKey(word)));
}

function isEquality(operator: string): boolean {
    return operator === '=';
}

function isUnder(org: ast.Org, ancestor: ast.Org): boolean {
    const seen = new Set<ast.Org>();
    for (let o = org.parent?.ref; o && !seen.has(o); o = o.parent?.ref) {
        if (o === ancestor) return true;
        seen.add(o);
    }
    return false;
}

function unique(targets: TargetFact[]): TargetFact[] {
    const seen = new Set<string>();
    return targets.filter(t => !seen.has(periodKey(t.period)) && !!seen.add(periodKey(t.period)));
}

