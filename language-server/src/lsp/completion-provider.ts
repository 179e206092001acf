import {
    AstUtils, GrammarAST, stream, TextDocument, type AstNodeDescription, type LangiumDocument, type MaybePromise,
    type ReferenceInfo, type Stream,
} from 'langium';
import {
    DefaultCompletionProvider, type CompletionAcceptor, type CompletionBacktrackingInformation, type CompletionContext, type CompletionProviderOptions,
    type CompletionValueItem, type NextFeature,
} from 'langium/lsp';
import {
    CompletionItemKind, CompletionList, CompletionTriggerKind, InsertTextFormat, type CompletionParams,
} from 'vscode-languageserver';
import type { BcytServices } from '../bcyt-module.js';
import type { BcytEvaluator } from '../evaluation/evaluator.js';
import type { BuiltinLibrary } from '../workspace/builtins.js';
import { typeOf } from '../evaluation/typing.js';
import * as ast from '../generated/ast.js';
import { addTypes, isAssignable, unitType, type UnitType } from '../semantics/units.js';
import { citationVi } from './describe.js';
import { anchorPeriods, directiveSnippets, documentSnippets, periodItems } from './completion-snippets.js';
import { scanLimits } from '../workspace/text-limits.js';
import { CompletionWindows } from './completion-window.js';
import { LegalCompletion } from './legal-completion.js';
import { lspText } from './lsp-text.js';
import type { BcytSettings } from '../workspace/settings.js';
import type { MessageLanguage } from '../validation/diagnostic-codes.js';

/**
 * Completion. Declarations and `{…}` follow the grammar (Langium's completion parser, run on
 * the body line or the top-level declaration at the cursor only: see CompletionWindows), and
 * names are filtered by what is legal there: units assignable to the indicator after a number,
 * indicators whose unit adds to the left operand after `+`/`-`, no indicator twice in one data
 * block, no cycle of parents. Period literals around the document's period, `of plan`,
 * `of prev`, `plan(…)`, `prev(…)`, document snippets. Plain prose and `[…]` offer legal
 * documents (see LegalCompletion).
 */
export class BcytCompletionProvider extends DefaultCompletionProvider {
    override readonly completionOptions: CompletionProviderOptions = { triggerCharacters: ['{', '[', '@', '(', ' ', '|'] };
    private readonly legal: LegalCompletion;
    private readonly evaluator: BcytEvaluator;
    private readonly builtins: BuiltinLibrary;
    private readonly windows = new CompletionWindows();
    private readonly settings: BcytSettings;

    constructor(services: BcytServices) {
        super(services);
        this.settings = services.workspace.Settings;
        this.legal = new LegalCompletion(services.references.ScopeProvider);
        this.evaluator = services.evaluation.Evaluator;
        this.builtins = services.workspace.Builtins;
    }

    private get lang(): MessageLanguage {
        return this.settings.language;
    }

    override async getCompletion(document: LangiumDocument, params: CompletionParams): Promise<CompletionList | undefined> {
        const text = document.textDocument.getText();
        const offset = document.textDocument.offsetAt(params.position);
        const bodyStart = this.bodyStart(document);
        const trigger = params.context?.triggerKind === CompletionTriggerKind.TriggerCharacter ? params.context.triggerCharacter : undefined;
        const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
        let inline = false;
        if (bodyStart !== undefined && offset >= bodyStart) {
            const island = proseIsland(text, Math.max(lineStart, bodyStart), offset);
            if (island.mode === 'cite') return CompletionList.create(this.legal.inCitation(document, text, island.start + 1, offset), true);
            if (island.mode === 'text') {
                return CompletionList.create(trigger && trigger !== ' ' ? [] : this.legal.inText(document, text, lineStart, offset), true);
            }
            inline = true;
        }
        if (trigger === ' ' && !inline && !SPACE_TRIGGERS.test(text.slice(Math.max(lineStart, offset - 40), offset))) {
            return CompletionList.create([], false);
        }
        this.windows.update(document, bodyStart);
        const list = await super.getCompletion(document, params);
        if (list && inline && /\{\s*\p{L}*$/u.test(text.slice(lineStart, offset)) && /^\s*\{/.test(text.slice(lineStart, offset))) {
            list.items.push(...directiveSnippets());
        }
        return list;
    }

    /** The features at an offset depend on its body line, or on its top-level declaration only. */
    protected override findFeaturesAt(document: TextDocument, offset: number): NextFeature[] {
        const window = this.windows.windowAt(document.getText(), offset, document.uri);
        const source = window ? window.text.slice(0, offset - window.shift) : document.getText().slice(0, offset);
        // the completion parser sees what the document's parser saw: past the limits, blanks
        const prefix = scanLimits(source).text;
        return super.findFeaturesAt(TextDocument.create(document.uri, document.languageId, 0, prefix), prefix.length);
    }

    /** Lexes the window around the offset rather than the whole file. */
    protected override backtrackToAnyToken(text: string, offset: number): CompletionBacktrackingInformation {
        const window = this.windows.windowAt(text, offset);
        if (!window) return super.backtrackToAnyToken(text, offset);
        const local = offset - window.shift;
        let found = super.backtrackToAnyToken(window.text, local);
        // inside `{}` (one EMPTY_INLINE token) the cursor is after an opening brace, not in a word
        if (window.text.charCodeAt(found.nextTokenStart) === 123 /* { */ && found.nextTokenStart < local) {
            found = { nextTokenStart: local, nextTokenEnd: local, previousTokenStart: found.nextTokenStart, previousTokenEnd: found.nextTokenStart + 1 };
        }
        const shift = (n: number | undefined) => (n === undefined ? undefined : Math.max(n + window.shift, 0));
        return {
            nextTokenStart: shift(found.nextTokenStart)!, nextTokenEnd: shift(found.nextTokenEnd)!,
            previousTokenStart: shift(found.previousTokenStart), previousTokenEnd: shift(found.previousTokenEnd),
        };
    }

    protected override completionFor(context: CompletionContext, next: NextFeature, acceptor: CompletionAcceptor): MaybePromise<void> {
        const feature = next.feature;
        if (GrammarAST.isRuleCall(feature) && (feature.rule.ref?.name === 'PeriodLiteral'
            || AstUtils.getContainerOfType(feature, GrammarAST.isParserRule)?.name === 'PeriodLiteral')) {
            const model = context.document.parseResult.value as ast.Model;
            const session = this.evaluator.session(model);
            for (const item of periodItems(model, session.contextOf(model))) acceptor(context, item);
            return;
        }
        if (GrammarAST.isKeyword(feature)) return this.keywordCompletion(context, feature, acceptor);
        return super.completionFor(context, next, acceptor);
    }

    private keywordCompletion(context: CompletionContext, keyword: GrammarAST.Keyword, acceptor: CompletionAcceptor): MaybePromise<void> {
        const rule = AstUtils.getContainerOfType(keyword, GrammarAST.isParserRule)?.name;
        const inExpression = rule === 'PlanOf' || rule === 'PrevOf';
        switch (keyword.value) {
            case 'of':
                acceptor(context, { label: 'of plan', kind: CompletionItemKind.Keyword, detail: lspText('completeOfPlan', this.lang), sortText: '1a' });
                acceptor(context, { label: 'of prev', kind: CompletionItemKind.Keyword, detail: lspText('completeOfPrev', this.lang), sortText: '1b' });
                break;
            case 'plan':
            case 'prev':
                if (inExpression) {
                    const text = context.textDocument.getText();
                    const afterOf = /\bof\s+$/.test(text.slice(Math.max(0, context.tokenOffset - 10), context.tokenOffset));
                    if (afterOf) return super.completionFor(context, { feature: keyword }, acceptor); // `x of plan`
                    acceptor(context, {
                        label: `${keyword.value}(…)`, kind: CompletionItemKind.Function, insertText: `${keyword.value}($1)`,
                        insertTextFormat: InsertTextFormat.Snippet, filterText: keyword.value, sortText: '1c',
                        detail: lspText(keyword.value === 'plan' ? 'completePlan' : 'completePrev', this.lang),
                    });
                    return;
                }
                break;
            case 'round':
                acceptor(context, {
                    label: 'round(…, 1)', kind: CompletionItemKind.Function, insertText: 'round($1, ${2:1})',
                    insertTextFormat: InsertTextFormat.Snippet, filterText: 'round', sortText: '1d', detail: lspText('completeRound', this.lang),
                });
                return;
            case 'report':
                if (!(context.document.parseResult.value as ast.Model).document) {
                    const model = context.document.parseResult.value as ast.Model;
                    const period = anchorPeriods(model, this.evaluator.session(model).contextOf(model))[0];
                    for (const snippet of documentSnippets(this.visibleOrgs(context.document), period)) acceptor(context, snippet);
                }
                break;
            case 'table':
            case 'appendix':
                return; // offered as snippets
        }
        // the relation of a stated number: what each means, in the words authors write
        const relation = rule === 'InlineExpression' ? RELATION_TEXT[keyword.value] : undefined;
        if (relation) {
            acceptor(context, { label: keyword.value, kind: CompletionItemKind.Operator, detail: lspText(relation, this.lang), sortText: `2${keyword.value}` });
            return;
        }
        return super.completionFor(context, { feature: keyword }, acceptor);
    }

    protected override getReferenceCandidates(refInfo: ReferenceInfo, context: CompletionContext): Stream<AstNodeDescription> {
        const candidates = super.getReferenceCandidates(refInfo, context);
        if (refInfo.property === 'indicator' && (ast.isDataValue(refInfo.container) || ast.isTargetValue(refInfo.container))
            && afterNumberOnLine(context.textDocument.getText(), context.tokenOffset)) {
            return stream([]); // a name after a number on the same line is its unit, not the next entry
        }
        if (refInfo.property === 'unit' && (ast.isQuantity(refInfo.container) || ast.isNumberLiteral(refInfo.container))
            && !afterNumberOnLine(context.textDocument.getText(), context.tokenOffset)) {
            return stream([]); // a unit follows its number on the same line
        }
        const legal = this.legalFilter(refInfo, context);
        return legal ? stream(candidates).filter(d => !!d.node && legal(d.node)) : candidates;
    }

    protected override createReferenceCompletionItem(description: AstNodeDescription, refInfo: ReferenceInfo, context: CompletionContext): CompletionValueItem {
        const item = super.createReferenceCompletionItem(description, refInfo, context);
        const node = description.node;
        const detail = ast.isIndicator(node) ? `${node.label} (${node.unit?.$refText ?? '?'})`
            : ast.isOrg(node) ? node.label
                : ast.isLegalDoc(node) ? citationVi(node, 'full')
                    : ast.isUnit(node) ? (node.factor ? lspText('completeRatioUnit', this.lang, { factor: node.factor }) : lspText(node.kind === 'measure' ? 'completeMeasureUnit' : 'completeCountUnit', this.lang))
                        : ast.isOutline(node) ? node.label : undefined;
        const local = AstUtils.getDocument(node ?? refInfo.container).uri.toString() === context.document.uri.toString();
        // a unit name that is not a word is written quoted ("cơ sở")
        const label = ast.isUnit(node) && !/^(?:[\p{L}_][\p{L}\p{M}\p{N}_]*|%|‰)$/u.test(description.name) ? `"${description.name}"` : undefined;
        return { ...item, ...(label ? { label } : {}), detail: detail ?? item.detail, sortText: local ? '0' : '0b' };
    }

    /** What may be referenced here, beyond the type of the reference. */
    private legalFilter(refInfo: ReferenceInfo, context: CompletionContext): ((node: object) => boolean) | undefined {
        const container = refInfo.container;
        const world = this.evaluator.worldOf(context.document);
        if (refInfo.property === 'unit' && ast.isQuantity(container)) {
            const owner = container.$container;
            if (ast.isDataValue(owner) || ast.isTargetValue(owner)) {
                const unit = world.unitOf(owner.indicator?.ref?.unit?.ref);
                return unit ? n => ast.isUnit(n) && isAssignable(unitType(world.unitOf(n)), unit) : undefined;
            }
            if (ast.isInlineExpression(owner)) {
                const type = typeOf(owner.expression, world);
                if (type.kind === 'dimensionless') return n => ast.isUnit(n) && world.unitOf(n)?.kind === 'ratio';
                if (type.kind === 'unit') return n => ast.isUnit(n) && isAssignable(unitType(world.unitOf(n)), type.unit);
            }
            return undefined;
        }
        if (refInfo.property === 'base' && ast.isUnit(container)) {
            return n => ast.isUnit(n) && n !== container && world.unitOf(n)?.kind === 'count';
        }
        if (ast.isOrg(container) && (refInfo.property === 'parent' || refInfo.property === 'predecessors')) {
            return n => ast.isOrg(n) && n !== container && !(refInfo.property === 'parent' && isBelow(n, container));
        }
        if ((ast.isDataValue(container) || ast.isTargetValue(container)) && refInfo.property === 'indicator') {
            const block = AstUtils.getContainerOfType(container.$container, n => ast.isDataBlock(n) || ast.isTargetBlock(n)) as ast.DataBlock | ast.TargetBlock | undefined;
            const entries: Array<ast.DataValue | ast.TargetValue> = ast.isDataBlock(block) ? block.values : ast.isTargetBlock(block) ? block.targets : [];
            const taken = new Set(entries.filter(e => e !== container).map(e => e.indicator?.ref));
            return n => ast.isIndicator(n) && !taken.has(n);
        }
        if (ast.isIndicatorRef(container) && refInfo.property === 'indicator') {
            const self = AstUtils.getContainerOfType(container.$container, ast.isIndicator);
            const operation = container.$container;
            let left: UnitType | undefined;
            if (ast.isBinaryExpression(operation) && (operation.operator === '+' || operation.operator === '-')
                && operation.left && operation.left !== container) {
                left = typeOf(operation.left, world);
            }
            return n => ast.isIndicator(n) && n !== self
                && (!left || left.kind !== 'unit' || !('left' in addTypes(left, unitType(world.unitOf(n.unit?.ref))) ));
        }
        return undefined;
    }

    private bodyStart(document: LangiumDocument): number | undefined {
        const body = (document.parseResult.value as ast.Model).document?.body?.$cstNode;
        if (body) {
            const first = body.text.match(/^---[ \t]*(\r?\n)?/);
            return body.offset + (first?.[0].length ?? 3);
        }
        const match = /^---[ \t]*(\r?\n|$)/m.exec(document.textDocument.getText());
        return match ? match.index + match[0].length : undefined;
    }

    private visibleOrgs(document: LangiumDocument): string[] {
        const model = document.parseResult.value as ast.Model;
        const container = { $type: ast.DataBlock.$type, $container: model } as never;
        return this.scopeProvider.getScope({ container, property: 'org', reference: { $refText: '' } as never }).getAllElements()
            .filter(d => !this.builtins.isBuiltin(d.documentUri)).map(d => d.name).toArray();
    }
}

/** Where the cursor is in a body line: plain text, a `{…}` island or a `[…]` citation (and where it opened). */
export function proseIsland(text: string, from: number, offset: number): { mode: 'text' | 'inline' | 'cite'; start: number } {
    let mode: 'text' | 'inline' | 'cite' = 'text';
    let start = from;
    let quoted = false;
    for (let i = from; i < offset; i++) {
        const c = text[i];
        if (mode === 'text') {
            if (c === '\\') i++;
            else if (c === '{' || c === '[') {
                mode = c === '{' ? 'inline' : 'cite';
                start = i;
            }
        } else if (mode === 'inline') {
            if (c === '"') quoted = !quoted;
            else if (c === '}' && !quoted) mode = 'text';
        } else if (c === ']') mode = 'text';
    }
    return { mode, start };
}

/** The relations a stated number is written with, and the words that say each. */
const RELATION_TEXT: Record<string, 'completeEquals' | 'completeAbout' | 'completeAbove' | 'completeBelow'> = {
    '=': 'completeEquals', '≈': 'completeAbout', '~': 'completeAbout',
    '>': 'completeAbove', '>=': 'completeAbove', '≥': 'completeAbove', '<': 'completeBelow', '<=': 'completeBelow', '≤': 'completeBelow',
};

/** A space asks for completion only after a number (units), `@`, `of` and keywords followed by a name or a period. */
const SPACE_TRIGGERS = /(?:\d|@|\bof|\bunit|\bperiod|\bcompare|\bplan|\bissuer|\bparent|\bfollows|\bdata|\btarget|\bdetail|\bimport|,)\s$/u;

function afterNumberOnLine(text: string, offset: number): boolean {
    return /\d[ \t]+$/.test(text.slice(text.lastIndexOf('\n', offset - 1) + 1, offset));
}

function isBelow(org: ast.Org, ancestor: ast.Org): boolean {
    const seen = new Set<ast.Org>();
    for (let p = org.parent?.ref; p && !seen.has(p); p = p.parent?.ref) {
        if (p === ancestor) return true;
        seen.add(p);
    }
    return false;
}

