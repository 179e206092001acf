import { AstUtils, type AstNode, type LangiumDocument, type ValidationAcceptor } from 'langium';
import type { Range } from 'vscode-languageserver';
import * as ast from '../generated/ast.js';
import {
    chooseReading, firstReading, formatNumber, nextReading, parseHeadingNumber, type HeadingNumber, type HeadingNumberReading,
} from '../semantics/headings.js';
import { stringRange } from './legal-support.js';
import { report } from './report.js';

/**
 * The parent of the body's first level. A body may begin anywhere ("## II." when part I is
 * another file), so only nested levels and outlines must start at 1 / I / A / a.
 */
const TOP: HeadingNumberReading = { scheme: 'part', value: 0 };

/** A numbered heading or outline section, with the range of its number (worked out when a finding needs it). */
interface Numbered {
    readonly node: AstNode;
    readonly number: HeadingNumber;
    readonly range: () => Range;
}

/**
 * A number as checked, the sibling the next one is compared with: the reading chosen for it among
 * its siblings, and the one it should have had when it was a slip.
 */
type Checked = Numbered & { readonly reading: HeadingNumberReading; readonly slipOf?: HeadingNumberReading };

/** A heading of the body: its level (number of `#`), its text, and where that text starts. */
export interface BodyHeading {
    readonly node: ast.Heading;
    readonly level: number;
    readonly text: string;
    readonly textOffset: number;
    /** index of the enclosing heading in the list, -1 at the top */
    readonly parent: number;
    /** 0 before the first `{appendix}`, then 1, 2 …: each appendix numbers its headings anew */
    readonly segment: number;
}

/** The body's headings in order, with their nesting; an `{appendix}` starts a new numbering. */
export function bodyHeadings(body: ast.Body | undefined): BodyHeading[] {
    const headings: BodyHeading[] = [];
    let stack: number[] = [];
    let segment = 0;
    for (const block of body?.blocks ?? []) {
        if (!ast.isHeading(block)) {
            if (!ast.isBlankLine(block) && block.parts.some(ast.isAppendixDirective)) {
                stack = [];
                segment++;
            }
            continue;
        }
        const cst = block.$cstNode;
        if (!cst) continue;
        const marker = block.marker ?? '';
        const level = marker.trim().length;
        while (stack.length && headings[stack[stack.length - 1]].level >= level) stack.pop();
        const text = cst.text.slice(marker.length).replace(/\r?\n$/, '');
        headings.push({ node: block, level, text, textOffset: cst.offset + marker.length, parent: stack.length ? stack[stack.length - 1] : -1, segment });
        stack.push(headings.length - 1);
    }
    return headings;
}

/**
 * `heading-numbering`: numbers that do not follow on within a level — A, B, C, D then VI
 * (seed 002), 3. then 6. (seed 004's đề cương), "1.1." first under "2." — in the body and in
 * declared outlines. Each heading is compared with the one before it as written, so one slip
 * gives one finding; after a slip, the number after the one expected is no second finding. A
 * sibling written unlike all the others ("6.14" among "6.13." and "6.15.", seed 001) is
 * information: the numbering holds, the style does not.
 */
export class HeadingNumberingCheck {
    check(model: ast.Model, accept: ValidationAcceptor): void {
        const document = AstUtils.getDocument(model);
        const headings = bodyHeadings(model.document?.body);
        // per level under one parent, the runs of numbers: one, or nested ones (below)
        const levels = new Map<string, Checked[][]>();
        const readings = new Map<number, HeadingNumberReading>();
        headings.forEach((heading, index) => {
            const number = parseHeadingNumber(heading.text);
            if (!number) return;
            const start = heading.textOffset + number.offset;
            const item: Numbered = { node: heading.node, number, range: () => rangeOf(document, start, start + number.text.length) };
            const key = `${heading.segment}|${heading.parent}|${heading.level}`;
            const runs = levels.get(key) ?? [[]];
            levels.set(key, runs);
            const run = runOf(number, runs);
            const previous = run[run.length - 1];
            const enclosing = runs[runs.indexOf(run) - 1]?.at(-1);
            const parent = enclosing?.reading ?? (heading.parent < 0 ? TOP : readings.get(heading.parent));
            const checked = this.checkItem(item, previous, parent, accept);
            readings.set(index, checked.reading);
            run.push({ ...item, ...checked });
        });
        for (const runs of levels.values()) for (const run of runs) this.checkStyle(run, accept);
        for (const element of model.elements) {
            if (ast.isOutline(element)) this.checkSections(element.sections, undefined, document, accept);
        }
    }

    private checkSections(sections: readonly ast.OutlineSection[], parent: HeadingNumberReading | undefined, document: LangiumDocument, accept: ValidationAcceptor): void {
        let previous: Checked | undefined;
        const group: Numbered[] = [];
        for (const section of sections) {
            const number = section.number ? parseHeadingNumber(section.number) : undefined;
            if (!number) {
                this.checkSections(section.sections, undefined, document, accept);
                continue;
            }
            const item: Numbered = { node: section, number, range: () => stringRange(document, section, 'number', number.offset, number.offset + number.text.length)! };
            const { reading, slipOf } = this.checkItem(item, previous, parent, accept);
            group.push(item);
            previous = { ...item, reading, slipOf };
            this.checkSections(section.sections, reading, document, accept);
        }
        this.checkStyle(group, accept);
    }

    /**
     * Compares one number with the previous sibling (or, first, with 1 under its parent); returns
     * its reading, and what it should have been when it is a slip. After a slip, the number that
     * follows the one expected is no second slip: 1, 2, 4, 4 is one typo, as 1, 2, 4, 5 is one skip.
     */
    private checkItem(item: Numbered, previous: Checked | undefined,
        parent: HeadingNumberReading | undefined, accept: ValidationAcceptor): { reading: HeadingNumberReading; slipOf?: HeadingNumberReading } {
        const reading = chooseReading(item.number, previous?.reading);
        const actual = item.number.text;
        if (previous) {
            const expected = nextReading(previous.reading);
            const afterTypo = previous.slipOf && sameReading(reading, nextReading(previous.slipOf));
            if (!sameReading(reading, expected) && !afterTypo) {
                const text = formatNumber(expected, reading.scheme === expected.scheme ? item.number : previous.number);
                report(accept, 'heading-numbering', { kind: 'sequence', previous: previous.number.text, expected: text, actual },
                    { node: item.node, range: item.range() }, { replacement: text });
                return { reading, slipOf: expected };
            }
            return { reading };
        }
        const parentPath = parent?.scheme === 'decimal' ? parent.path ?? [parent.value] : undefined;
        const path = reading.path ?? [];
        const nested = reading.scheme === 'decimal' && parentPath && path.length === parentPath.length + 1;
        const expected = firstReading(reading.scheme, nested ? parentPath : path.slice(0, -1));
        if (nested && path.slice(0, -1).join('.') !== parentPath!.join('.')) {
            const text = formatNumber(expected, item.number);
            report(accept, 'heading-numbering', { kind: 'prefix', parent: formatNumber(parent!, { punctuation: '.', text: '' }), expected: text, actual },
                { node: item.node, range: item.range() }, { replacement: text });
        } else if (reading.value !== 1 && parent !== TOP) {
            const text = formatNumber(expected, item.number);
            report(accept, 'heading-numbering', { kind: 'first', expected: text, actual }, { node: item.node, range: item.range() }, { replacement: text });
        }
        return { reading };
    }

    /** Decimals of one level end with a dot, or all do not: the odd one out is information. */
    private checkStyle(group: readonly Numbered[], accept: ValidationAcceptor): void {
        const decimals = group.filter(item => item.number.readings[0]?.scheme === 'decimal');
        const dotted = decimals.filter(item => item.number.punctuation === '.');
        const bare = decimals.filter(item => item.number.punctuation === '');
        const [majority, minority, punctuation] = dotted.length >= bare.length ? [dotted, bare, '.'] : [bare, dotted, ''];
        if (majority.length < 2 || majority.length < 2 * minority.length) return;
        const siblings = majority.slice(0, 3).map(item => item.number.text).join(', ') + (majority.length > 3 ? ', …' : '');
        for (const item of minority) {
            const expected = item.number.text.replace(/[.)]?$/, punctuation);
            report(accept, 'heading-numbering', { kind: 'style', actual: item.number.text, expected, siblings },
                { node: item.node, range: item.range() }, { replacement: expected }, 'information');
        }
    }
}

/**
 * The run of numbers a heading belongs to among those of its level. Headings written at one
 * level with the numbers of several ("# A.", "# I.", "# 1.", "# 2.", "# II.", "# B."): a first
 * number of another scheme that does not follow on (1. after I.) opens a run nested in the one
 * before; a number that follows on the last of an enclosing run goes back to it. Anything else
 * stays in the current run, where a number that does not follow on is a slip.
 */
function runOf(number: HeadingNumber, runs: Checked[][]): Checked[] {
    const current = runs[runs.length - 1];
    const last = current.at(-1);
    if (!last || followsOn(number, last)) return current;
    for (let i = runs.length - 2; i >= 0; i--) {
        if (followsOn(number, runs[i].at(-1)!)) {
            runs.length = i + 1;
            return runs[i];
        }
    }
    const opens = number.readings.some(r => r.value === 1 && r.scheme !== last.reading.scheme && !(r.path && r.path.length > 1));
    if (!opens) return current;
    runs.push([]);
    return runs[runs.length - 1];
}

function followsOn(number: HeadingNumber, previous: Checked): boolean {
    const next = nextReading(previous.reading);
    return number.readings.some(reading => sameReading(reading, next));
}

function sameReading(a: HeadingNumberReading, b: HeadingNumberReading): boolean {
    return a.scheme === b.scheme && a.value === b.value && (a.path ?? []).join('.') === (b.path ?? []).join('.');
}

function rangeOf(document: LangiumDocument, from: number, to: number): Range {
    return { start: document.textDocument.positionAt(from), end: document.textDocument.positionAt(to) };
}
