import { AstUtils, GrammarUtils, type LangiumDocument, type ValidationAcceptor } from 'langium';
import type { Position } from 'vscode-languageserver';
import * as ast from '../generated/ast.js';
import { parseHeadingNumber } from '../semantics/headings.js';
import { comparisonKey } from '../semantics/vietnamese.js';
import { bodyHeadings, type BodyHeading } from './heading-numbering-check.js';
import { report } from './report.js';

interface Scope {
    /** headings [from, to) that may hold the sections */
    readonly from: number;
    readonly to: number;
    /** the heading the sections belong under, when matched */
    readonly parent?: BodyHeading;
}

/**
 * `outline-missing-section`: a document that `follows` an outline (đề cương) must have each of
 * its sections as a heading, in order and under the heading of the parent section. A heading
 * matches a section by number and title compared by Vietnamese comparison key, tolerant of
 * small wording differences ("Tồn tại, hạn chế" = "Tồn tại và hạn chế"). The quick fix inserts
 * the missing section's skeleton (its heading and its subsections') where it belongs.
 */
export class OutlineCheck {
    check(model: ast.Model, accept: ValidationAcceptor): void {
        const document = model.document;
        const outline = document?.outline?.ref;
        if (!document || !outline) return;
        const langiumDocument = AstUtils.getDocument(model);
        const headings = bodyHeadings(document.body);
        const context = { headings, outline, document, langiumDocument, accept };
        this.matchSections(outline.sections, { from: 0, to: headings.length }, undefined, context);
    }

    private matchSections(sections: readonly ast.OutlineSection[], scope: Scope, parent: ast.OutlineSection | undefined, c: MatchContext): void {
        // first the sections found, in order, each within the heading of its parent section
        const found: Array<{ index: number; end: number } | undefined> = [];
        let cursor = scope.from;
        for (const section of sections) {
            const index = findHeading(section, c.headings, cursor, scope.to);
            if (index === undefined) {
                found.push(undefined);
                continue;
            }
            let end = index + 1;
            while (end < scope.to && c.headings[end].level > c.headings[index].level) end++;
            found.push({ index, end });
            cursor = end;
        }
        const matchedLevel = found.find(f => f)?.index;
        const level = matchedLevel !== undefined ? c.headings[matchedLevel].level : levelFor(scope, c.headings);
        cursor = scope.from;
        sections.forEach((section, i) => {
            const match = found[i];
            if (match) {
                this.matchSections(section.sections, { from: match.index + 1, to: match.end, parent: c.headings[match.index] }, section, c);
                cursor = match.end;
                return;
            }
            // before the next heading at this level or above: the following sibling, or what follows the parent
            let before = cursor;
            while (before < scope.to && c.headings[before].level > level) before++;
            const next = before < scope.to ? c.headings[before] : c.headings[scope.to];
            const at = this.insertionPoint(next, c);
            const reference = GrammarUtils.findNodeForProperty(c.document.$cstNode, 'outline');
            report(c.accept, 'outline-missing-section', {
                section: sectionText(section), outline: c.outline.label ?? c.outline.name, parent: parent ? sectionText(parent) : undefined,
            }, { node: c.document, range: reference?.range }, {
                fix: 'insert-section', section: sectionText(section),
                edits: [{ range: { start: at.position, end: at.position }, newText: at.prefix + sectionSkeleton(section, level) }],
            });
        });
    }

    /** The start of the given heading's line, or the end of the document. */
    private insertionPoint(heading: BodyHeading | undefined, c: MatchContext): { position: Position; prefix: string } {
        const text = c.langiumDocument.textDocument.getText();
        if (heading?.node.$cstNode) {
            const position = c.langiumDocument.textDocument.positionAt(heading.node.$cstNode.offset);
            return { position: { line: position.line, character: 0 }, prefix: '' };
        }
        return { position: c.langiumDocument.textDocument.positionAt(text.length), prefix: text.endsWith('\n') ? '\n' : '\n\n' };
    }
}

interface MatchContext {
    readonly headings: readonly BodyHeading[];
    readonly outline: ast.Outline;
    readonly document: ast.Document;
    readonly langiumDocument: LangiumDocument;
    readonly accept: ValidationAcceptor;
}

/** The level sections of a scope are written at: that of the headings there, else one below the parent. */
function levelFor(scope: Scope, headings: readonly BodyHeading[]): number {
    if (scope.parent) return scope.parent.level + 1;
    let level = Infinity;
    for (let i = scope.from; i < scope.to; i++) level = Math.min(level, headings[i].level);
    return Number.isFinite(level) ? level : 2;
}

function findHeading(section: ast.OutlineSection, headings: readonly BodyHeading[], from: number, to: number): number | undefined {
    for (let i = from; i < to; i++) if (matches(section, headings[i])) return i;
    return undefined;
}

function matches(section: ast.OutlineSection, heading: BodyHeading): boolean {
    const number = parseHeadingNumber(heading.text);
    const title = words(number ? number.title : heading.text);
    const wanted = words(section.title ?? '');
    const similarity = dice(title, wanted);
    const sameNumber = !!number && numberKey(number.text) === numberKey(section.number ?? '');
    return similarity >= 0.75 || (sameNumber && similarity >= 0.4);
}

function numberKey(text: string): string {
    return comparisonKey(text).replace(/[.)\s]+$/u, '');
}

function words(text: string): string[] {
    return comparisonKey(text).match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];
}

/** Dice coefficient over word multisets: 1 for the same words, 0 for none in common. */
function dice(a: readonly string[], b: readonly string[]): number {
    if (!a.length && !b.length) return 1;
    const counts = new Map<string, number>();
    for (const w of a) counts.set(w, (counts.get(w) ?? 0) + 1);
    let common = 0;
    for (const w of b) {
        const n = counts.get(w) ?? 0;
        if (n > 0) {
            common++;
            counts.set(w, n - 1);
        }
    }
    return (2 * common) / (a.length + b.length);
}

function sectionText(section: ast.OutlineSection): string {
    return `${section.number ?? ''} ${section.title ?? ''}`.trim();
}

/** "## II. ĐÁNH GIÁ CHUNG" and its subsections, each followed by a blank line. */
function sectionSkeleton(section: ast.OutlineSection, level: number): string {
    const own = `${'#'.repeat(Math.min(Math.max(level, 1), 6))} ${sectionText(section)}\n\n`;
    return own + section.sections.map(child => sectionSkeleton(child, level + 1)).join('');
}
