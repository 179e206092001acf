import { AstUtils, CstUtils, type AstNode, type CstNode, type GrammarConfig, type LangiumDocument, type References } from 'langium';
import type { HoverProvider } from 'langium/lsp';
import type { Decimal } from 'decimal.js';
import type { Hover, HoverParams } from 'vscode-languageserver';
import type { BcytServices } from '../bcyt-module.js';
import { scopeOf, type BcytEvaluator } from '../evaluation/evaluator.js';
import { explainExpression, formatInterval } from '../evaluation/explain.js';
import type { Derivation } from '../evaluation/inference.js';
import { shownComputed, type InlineValue, type InlineValues, type InlineVerdict } from '../evaluation/inline-values.js';
import { periodOf } from '../evaluation/world.js';
import * as ast from '../generated/ast.js';
import type { MessageLanguage } from '../validation/diagnostic-codes.js';
import type { BcytSettings } from '../workspace/settings.js';
import { documentKindText, lspText } from './lsp-text.js';
import { formatVi } from '../semantics/numbers.js';
import { formatDateLongVi, formatPeriodVi, parseDate, parsePeriodLiteral, samePeriodPreviousYear } from '../semantics/periods.js';
import {
    citationVi, evaluationText, indicatorFigures, orgPath, periodWithDates, sourceText,
} from './describe.js';

/**
 * Hover in Vietnamese. An indicator: label, unit, formula and its figures for the document's
 * org and period (thực hiện, kế hoạch, % kế hoạch, cùng kỳ, % cùng kỳ) from the engine; a legal
 * document: its full citation; an org: its path in the tree; a period: its dates and its
 * same period; anywhere else in `{…}`: the value of the expression.
 */
export class BcytHoverProvider implements HoverProvider {
    private readonly references: References;
    private readonly grammarConfig: GrammarConfig;
    private readonly evaluator: BcytEvaluator;
    private readonly values: InlineValues;
    private readonly settings: BcytSettings;

    constructor(services: BcytServices) {
        this.settings = services.workspace.Settings;
        this.references = services.references.References;
        this.grammarConfig = services.parser.GrammarConfig;
        this.evaluator = services.evaluation.Evaluator;
        this.values = services.evaluation.InlineValues;
    }

    private get lang(): MessageLanguage {
        return this.settings.language;
    }

    getHoverContent(document: LangiumDocument, params: HoverParams): Hover | undefined {
        const root = document.parseResult.value.$cstNode;
        if (!root) return undefined;
        const offset = document.textDocument.offsetAt(params.position);
        const leaf = CstUtils.findDeclarationNodeAtOffset(root, offset, this.grammarConfig.nameRegexp);
        if (!leaf || leaf.hidden) return undefined;
        const markdown = this.describe(leaf);
        return markdown ? { contents: { kind: 'markdown', value: markdown }, range: leaf.range } : undefined;
    }

    private describe(leaf: CstNode): string | undefined {
        const node = leaf.astNode;
        if (ast.isPeriodLiteral(node)) return periodHover(node.value, this.lang);
        if (ast.isDocument(node) && leaf.text === node.date) return dateHover(leaf.text, this.lang);
        const target = this.references.findDeclarations(leaf)[0];
        if (target) return this.declarationHover(target, node);
        const citation = AstUtils.getContainerOfType(node, ast.isCitation);
        if (citation?.legal?.ref) return legalHover(citation.legal.ref, this.lang);
        const inline = AstUtils.getContainerOfType(node, ast.isInlineExpression);
        return inline ? this.inlineHover(inline) : undefined;
    }

    private declarationHover(target: AstNode, from: AstNode): string | undefined {
        if (ast.isIndicator(target)) return this.indicatorHover(target, from);
        if (ast.isLegalDoc(target)) return legalHover(target, this.lang);
        if (ast.isOrg(target)) return orgHover(target, this.lang);
        if (ast.isUnit(target)) return this.unitHover(target, from);
        if (ast.isRule(target)) return ruleHover(target);
        if (ast.isOutline(target)) return outlineHover(target);
        if (ast.isDocument(target)) return this.documentHover(target);
        return undefined;
    }

    private indicatorHover(indicator: ast.Indicator, from: AstNode): string {
        const unit = indicator.unit?.ref;
        const lines = [`**${indicator.label ?? indicator.name}** \`${indicator.name}\``, ''];
        const facts = [lspText('unit', this.lang, { unit: unit ? unitWord(unit) : '?' })];
        if (indicator.direction) facts.push(lspText(indicator.direction === 'down' ? 'lowerIsBetter' : 'higherIsBetter', this.lang));
        lines.push(facts.join(' · '));
        for (const formula of indicator.formulas) lines.push('', lspText('formula', this.lang, { formula: `\`${indicator.name} = ${sourceText(formula)}\`` }));
        const session = this.evaluator.session(from);
        const context = session.contextOf(from);
        // a reference says where it looks (`x @ TYT_A Q1/2023`); an entry of a data or target block is about the block's org and period
        const ref = ast.isIndicatorRef(from) ? from : undefined;
        const block = ast.isDataValue(from) || ast.isTargetValue(from) ? from.$container : undefined;
        const org = ref?.org?.ref ?? block?.org?.ref ?? context.org;
        const period = (ref?.period ? periodOf(ref.period) : block ? periodOf(block.period) : undefined) ?? context.period;
        const figures = indicatorFigures(session, indicator, context, this.lang, org, period);
        if (figures) {
            lines.push('', `**${figures.org.label ?? figures.org.name}, ${formatPeriodVi(figures.period)}**`, '');
            lines.push(...figures.lines.map(line => `- ${line}`));
        }
        return lines.join('\n');
    }

    private unitHover(unit: ast.Unit, from: AstNode): string {
        const info = this.evaluator.session(from).world.unitOf(unit);
        const name = unitWord(unit);
        if (!info) return lspText('unitPlain', this.lang, { name });
        if (info.kind === 'ratio') return lspText('unitRatio', this.lang, { name, factor: info.factor ?? '?' });
        if (info.kind === 'measure') return lspText('unitMeasure', this.lang, { name });
        const bases: string[] = [];
        for (let base = info.base; base && bases.length < 10; base = base.base) bases.push(base.name);
        return lspText('unitCount', this.lang, { name, bases: bases.length ? bases.join(' › ') : undefined });
    }

    private documentHover(document: ast.Document): string {
        const context = this.evaluator.session(document).contextOf(document);
        const lines = [`**${documentKindText(document.kind, this.lang)}** \`${document.name}\``];
        if (context.org) lines.push('', lspText('documentOrg', this.lang, { org: orgPath(context.org) }));
        if (context.period) lines.push('', lspText('documentPeriod', this.lang, { period: periodWithDates(context.period) }));
        if (context.compare) lines.push('', lspText('samePeriod', this.lang, { period: periodWithDates(context.compare) }));
        if (context.plan) lines.push('', lspText('planPeriod', this.lang, { period: formatPeriodVi(context.plan) }));
        return lines.join('\n');
    }

    /** What `{…}` is and comes to, as the inline values service reads it, and what prints. */
    private inlineHover(inline: ast.InlineExpression): string | undefined {
        const lang = this.lang;
        const value = this.values.of(inline);
        const session = this.evaluator.session(inline);
        const lines = [`\`{${sourceText(inline.expression)}}\``, ''];
        const how = value.comparisons.find(c => !c.agrees) ?? value.comparisons[0];
        if (value.verdict === 'given') {
            lines.push(lspText('givesValue', lang, { value: inline.stated?.$cstNode?.text ?? '' }));
        } else if (value.computed) {
            lines.push(lspText('computed', lang, { value: `**${shownComputed(value)}**` }));
            const from = how ? how.how(lang) : explainExpression(inline.expression, scopeOf(session.contextOf(inline)), session, lang);
            lines.push('', lspText('computedFrom', lang, { how: from }));
        } else {
            lines.push(lspText('computed', lang, { value: evaluationText(value.failure ?? { ok: false, missing: value.missing }, lang) }));
        }
        if (value.stated && value.verdict !== 'given') {
            const verdict = VERDICTS[value.verdict];
            lines.push('', lspText('stated', lang, { stated: inline.stated?.$cstNode?.text ?? '', verdict: verdict ? lspText(verdict, lang) : undefined }));
            const bound = claimedBound(value);
            if (bound) lines.push('', bound(lang));
        }
        const what = (d: Derivation) => `${d.indicator.label ?? d.indicator.name} (${d.org.label ?? d.org.name}, ${formatPeriodVi(d.period)})`;
        if (value.derivation) lines.push('', lspText('implies', lang, { what: what(value.derivation), value: formatInterval(value.derivation.interval) }));
        for (const used of value.derived?.filter(d => d !== value.derivation && d.from !== inline) ?? []) {
            const where = `${AstUtils.getDocument(used.from).uri.path.split('/').pop()}:${(used.from.$cstNode?.range.start.line ?? 0) + 1}`;
            lines.push('', lspText('derivedFrom', lang, { where, what: what(used), value: formatInterval(used.interval) }));
        }
        if (value.printed !== undefined && value.printed !== inline.stated?.$cstNode?.text) lines.push('', lspText('prints', lang, { text: value.printed }));
        return lines.join('\n');
    }
}

const VERDICTS: Partial<Record<InlineVerdict, 'agrees' | 'differs' | 'unverifiable' | 'invalid'>> = {
    agrees: 'agrees', differs: 'differs', unverifiable: 'unverifiable', invalid: 'invalid',
};

function unitWord(unit: ast.Unit): string {
    return unit.label ?? unit.name.replace(/^"|"$/g, '');
}

/** The full citation, then the short names prose uses for it and the span of years it covers. */
function legalHover(legal: ast.LegalDoc, lang: MessageLanguage): string {
    const lines = [`**${legal.name}**`, '', citationVi(legal, 'full')];
    const facts = [
        legal.aliases.length ? lspText('legalAliases', lang, { aliases: legal.aliases.map(a => `“${a}”`).join(', ') }) : undefined,
        legal.periodFrom && legal.periodTo ? lspText('legalPeriod', lang, { from: legal.periodFrom, to: legal.periodTo }) : undefined,
    ].filter(Boolean);
    if (facts.length) lines.push('', facts.join(' · '));
    return lines.join('\n');
}

function orgHover(org: ast.Org, lang: MessageLanguage): string {
    const lines = [`**${org.label ?? org.name}** \`${org.name}\``, '', orgPath(org)];
    const facts = [org.code && lspText('orgCode', lang, { code: org.code }), org.place && lspText('orgPlace', lang, { place: org.place })].filter(Boolean);
    if (facts.length) lines.push('', facts.join(' · '));
    const predecessors = org.predecessors.map(p => p.ref?.label ?? p.$refText);
    if (predecessors.length) lines.push('', lspText('replaces', lang, { orgs: predecessors.join(', '), since: org.since ?? '?' }));
    return lines.join('\n');
}

function ruleHover(rule: ast.Rule): string {
    return [`**${rule.label ?? rule.name}** \`${rule.name}\``, '',
        `\`${sourceText(rule.left)} ${rule.operator} ${sourceText(rule.right)}\``].join('\n');
}

function outlineHover(outline: ast.Outline): string {
    const lines = [`**${outline.label ?? outline.name}** \`${outline.name}\``, ''];
    const walk = (sections: readonly ast.OutlineSection[], depth: number) => {
        for (const section of sections) {
            lines.push(`${'  '.repeat(depth)}- ${section.number} ${section.title}`);
            walk(section.sections, depth + 1);
        }
    };
    walk(outline.sections, 0);
    return lines.join('\n');
}

function periodHover(text: string | undefined, lang: MessageLanguage): string | undefined {
    if (!text) return undefined;
    const parsed = parsePeriodLiteral(text);
    if (!parsed.ok) return lang === 'en' ? parsed.messageEn : parsed.message;
    const period = parsed.period;
    return [`**${formatPeriodVi(period)}**: ${periodWithDates(period).replace(/^.*\(|\)$/g, '')}`, '',
        lspText('samePeriod', lang, { period: periodWithDates(samePeriodPreviousYear(period)) })].join('\n');
}

function dateHover(text: string, lang: MessageLanguage): string | undefined {
    const date = parseDate(text);
    return date ? formatDateLongVi(date) : periodHover(text, lang);
}

/** What an approximate or bounded number allows ("gần {x ≈ 80.000}", "trên {x > 85%}"), as checked, in its written scale. */
function claimedBound(value: InlineValue): ((lang: MessageLanguage) => string) | undefined {
    const { relation, range } = value;
    if (!relation || relation === '=' || !range) return undefined;
    const sign = value.factor === 100 ? '%' : value.factor === 1000 ? '‰' : '';
    const shown = (n: Decimal) => `${formatVi(n)}${sign}`;
    const strict = relation === '>' || relation === '<' ? 'yes' : undefined;
    if (relation === '≈' && range.lo && range.hi) return lang => lspText('claimedAbout', lang, { range: `${formatInterval(range)}${sign}` });
    if ((relation === '>' || relation === '>=') && range.lo) return lang => lspText('claimedAbove', lang, { bound: shown(range.lo!), strict });
    if ((relation === '<' || relation === '<=') && range.hi) return lang => lspText('claimedBelow', lang, { bound: shown(range.hi!), strict });
    return undefined;
}
