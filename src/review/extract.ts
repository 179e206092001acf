import type { LangiumDocument } from 'langium';
import type { Diagnostic } from 'vscode-languageserver';
import type { BcytServices } from '../../language-server/src/bcyt-module.js';
import { resolveDocument } from '../../language-server/src/document-model/resolve.js';
import * as ast from '../../language-server/src/generated/ast.js';
import { parseHeadingNumber } from '../../language-server/src/semantics/headings.js';
import { formatPeriodVi, parsePeriodLiteral } from '../../language-server/src/semantics/periods.js';
import { printedFigures } from './figures.js';
import type { CitationEntry, Claim, DocumentSnapshot, Finding, HeadingEntry, Severity, ValueEntry, Verdict } from './model.js';
import { expressionKey, proseLines } from './words.js';

const SEVERITIES: readonly Severity[] = ['error', 'error', 'warning', 'information', 'hint'];

/**
 * Codes whose presence on a `{… = stated}` says how the claim stands (`not-computable`, where the
 * checker has it, is a claim the engine cannot verify either).
 */
const VERDICT_CODES: Readonly<Record<string, Verdict>> = {
    'claim-mismatch': 'mismatch', 'sum-mismatch': 'mismatch', 'missing-data': 'unverified', 'not-computable': 'unverified',
};

/**
 * What one checked file means, for comparing it with another revision of itself: its data and
 * targets, the figures it prints, its claims and their verdicts, its findings, headings,
 * citations and sentences. Reads only the AST, the printed document and the diagnostics.
 */
export function snapshotOf(services: BcytServices, document: LangiumDocument, file: string): DocumentSnapshot {
    const model = document.parseResult.value as ast.Model;
    const diagnostics = document.diagnostics ?? [];
    const body = model.document;
    const printed = body ? resolveDocument(model, services.evaluation.Evaluator.session(model)) : undefined;
    return {
        file,
        kind: body?.kind,
        values: valuesOf(model),
        figures: body && printed ? printedFigures(body, printed) : [],
        claims: body ? claimsOf(body, diagnostics) : [],
        findings: diagnostics.map(d => findingOf(document, d)),
        headings: body ? headingsOf(body) : [],
        citations: body ? citationsOf(body) : [],
        prose: body ? proseLines(body) : [],
    };
}

function valuesOf(model: ast.Model): ValueEntry[] {
    const values: ValueEntry[] = [];
    for (const element of model.elements) {
        const data = ast.isDataBlock(element);
        if (!data && !ast.isTargetBlock(element)) continue;
        const period = element.period?.value ?? '';
        const parsed = parsePeriodLiteral(period);
        const common = {
            org: element.org?.$refText ?? '', orgLabel: element.org?.ref?.label ?? element.org?.$refText ?? '',
            period, periodLabel: parsed.ok ? formatPeriodVi(parsed.period) : period,
        };
        const entries: Array<ast.DataValue | ast.TargetValue> = data ? element.values : element.targets;
        for (const entry of entries) {
            const text = entry.$cstNode?.text ?? '';
            const name = entry.indicator?.$refText ?? '';
            values.push({
                kind: data ? 'data' : 'target', indicator: name, label: entry.indicator?.ref?.label ?? name, ...common,
                value: text.slice(text.indexOf(name) + name.length).replace(/^\s*=\s*/u, data ? '' : '= ').replace(/\s+/gu, ' ').trim(),
                line: (entry.$cstNode?.range.start.line ?? 0) + 1,
            });
        }
    }
    return values;
}

function claimsOf(document: ast.Document, diagnostics: readonly Diagnostic[]): Claim[] {
    const verdicts = diagnostics.filter(d => VERDICT_CODES[String(d.code)]);
    const occurrences = new Map<string, number>();
    const claims: Claim[] = [];
    for (const block of document.body?.blocks ?? []) {
        if (ast.isBlankLine(block)) continue;
        for (const part of block.parts ?? []) {
            if (!ast.isInlineExpression(part)) continue;
            const base = expressionKey(part);
            const n = (occurrences.get(base) ?? 0) + 1;
            occurrences.set(base, n);
            const range = part.$cstNode?.range;
            if (!part.stated || !range) continue;
            const on = verdicts.filter(d => within(d.range.start, range) && within(d.range.end, range));
            const verdict = on.map(d => VERDICT_CODES[String(d.code)]).sort()[0] ?? 'ok'; // 'mismatch' before 'unverified'
            claims.push({
                key: `${base}#${n}`, source: part.$cstNode?.text ?? '', stated: part.stated.$cstNode?.text ?? part.stated.value,
                verdict, line: range.start.line + 1,
            });
        }
    }
    return claims;
}

type Position = Diagnostic['range']['start'];
const within = (p: Position, range: Diagnostic['range']): boolean =>
    (p.line > range.start.line || (p.line === range.start.line && p.character >= range.start.character))
    && (p.line < range.end.line || (p.line === range.end.line && p.character <= range.end.character));

function findingOf(document: LangiumDocument, d: Diagnostic): Finding {
    return {
        code: String(d.code ?? 'syntax-error'), severity: SEVERITIES[d.severity ?? 1],
        message: typeof d.message === 'string' ? d.message : String(d.message),
        line: d.range.start.line + 1, column: d.range.start.character + 1,
        excerpt: document.textDocument.getText(d.range).slice(0, 200),
    };
}

function headingsOf(document: ast.Document): HeadingEntry[] {
    return (document.body?.blocks ?? []).filter(ast.isHeading).map(heading => {
        const text = (heading.$cstNode?.text ?? '').slice(heading.marker.length).trim();
        const number = parseHeadingNumber(text);
        return {
            level: heading.marker.trim().length, number: number?.text ?? '', title: number ? number.title : text,
            line: (heading.$cstNode?.range.start.line ?? 0) + 1,
        };
    });
}

function citationsOf(document: ast.Document): CitationEntry[] {
    const citations: CitationEntry[] = [];
    for (const block of document.body?.blocks ?? []) {
        if (ast.isBlankLine(block)) continue;
        for (const part of block.parts ?? []) {
            if (ast.isCitation(part)) citations.push({ symbol: part.legal?.$refText ?? '', line: (part.$cstNode?.range.start.line ?? 0) + 1 });
        }
    }
    return citations;
}
