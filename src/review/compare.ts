import { comparisonKey } from '../../language-server/src/semantics/vietnamese.js';
import type {
    CitationChange, ClaimChange, DocumentChanges, DocumentSnapshot, FigureChange, FileStatus, Finding, FindingChange,
    HeadingChange, HeadingEntry, ValueChange, ValueEntry,
} from './model.js';
import { align } from './align.js';
import { compareProse } from './prose-diff.js';

const EMPTY: DocumentSnapshot = { file: '', values: [], figures: [], claims: [], findings: [], headings: [], citations: [], prose: [] };

/**
 * What changed between two revisions of a file (either may be missing: added or deleted).
 * Pure: the snapshots hold everything needed.
 */
export function compareSnapshots(
    before: DocumentSnapshot | undefined, after: DocumentSnapshot | undefined, status: FileStatus,
): DocumentChanges {
    const old = before ?? EMPTY;
    const now = after ?? EMPTY;
    return {
        file: (after ?? before)!.file,
        oldFile: status === 'renamed' && before ? before.file : null,
        status,
        values: compareValues(old.values, now.values),
        figures: compareFigures(old, now),
        claims: compareClaims(old, now),
        findings: compareFindings(old.findings, now.findings),
        headings: compareHeadings(old.headings, now.headings),
        citations: compareCitations(old, now),
        prose: compareProse(old.prose, now.prose),
    };
}

/** Whether anything is worth showing. */
export function hasChanges(changes: DocumentChanges): boolean {
    return changes.values.length + changes.figures.length + changes.claims.length + changes.findings.introduced.length
        + changes.findings.resolved.length + changes.headings.length + changes.citations.length + changes.prose.length > 0;
}

const valueKey = (v: ValueEntry) => `${v.kind}|${v.indicator}|${v.org}|${v.period}`;

function compareValues(before: readonly ValueEntry[], after: readonly ValueEntry[]): ValueChange[] {
    const old = new Map(before.map(v => [valueKey(v), v]));
    const changes: ValueChange[] = [];
    const seen = new Set<string>();
    for (const value of after) {
        const key = valueKey(value);
        seen.add(key);
        const previous = old.get(key);
        if (previous && previous.value === value.value) continue;
        changes.push(valueChange(value, previous?.value ?? null, value.value, value.line));
    }
    for (const value of before) {
        if (!seen.has(valueKey(value))) changes.push(valueChange(value, value.value, null, value.line));
    }
    return changes;
}

function valueChange(v: ValueEntry, old: string | null, now: string | null, line: number): ValueChange {
    const { value: _value, line: _line, ...entry } = v;
    return { ...entry, old, new: now, line };
}

/**
 * Printed figures whose value moved while their `{…}` stayed as written: what a corrected data
 * value, target or catalog does to the document. A `{…}` whose stated number was edited is a
 * claim change and is shown there.
 */
function compareFigures(before: DocumentSnapshot, after: DocumentSnapshot): FigureChange[] {
    const old = new Map(before.figures.map(f => [f.key, f]));
    const changes: FigureChange[] = [];
    for (const figure of after.figures) {
        const previous = old.get(figure.key);
        if (!previous || previous.value === figure.value || previous.source !== figure.source) continue;
        changes.push({ source: figure.source, old: previous.value, new: figure.value, ...figure.context(), line: figure.line });
    }
    return changes;
}

function compareClaims(before: DocumentSnapshot, after: DocumentSnapshot): ClaimChange[] {
    const old = new Map(before.claims.map(c => [c.key, c]));
    const changes: ClaimChange[] = [];
    for (const claim of after.claims) {
        const previous = old.get(claim.key);
        if (!previous || (previous.stated === claim.stated && previous.verdict === claim.verdict)) continue;
        changes.push({
            source: claim.source, oldStated: previous.stated, newStated: claim.stated,
            oldVerdict: previous.verdict, newVerdict: claim.verdict, line: claim.line,
        });
    }
    return changes;
}

/**
 * Findings are the same finding when code, message and the text they cover agree (lines move
 * with every edit above them; "declared at catalog.bcyt:77" too).
 */
const findingKey = (f: Finding) => `${f.code}|${f.message.replace(/(\.bcyt):\d+/gu, '$1')}|${f.excerpt}`;

function compareFindings(before: readonly Finding[], after: readonly Finding[]): DocumentChanges['findings'] {
    const remaining = new Map<string, number>();
    for (const f of before) remaining.set(findingKey(f), (remaining.get(findingKey(f)) ?? 0) + 1);
    const introduced: FindingChange[] = [];
    for (const f of after) {
        const key = findingKey(f);
        const left = remaining.get(key) ?? 0;
        if (left > 0) remaining.set(key, left - 1);
        else introduced.push(findingChange(f));
    }
    const resolved: FindingChange[] = [];
    for (const f of [...before].reverse()) {
        const key = findingKey(f);
        const left = remaining.get(key) ?? 0;
        if (left > 0) {
            remaining.set(key, left - 1);
            resolved.unshift(findingChange(f));
        }
    }
    return { introduced, resolved };
}

const findingChange = (f: Finding): FindingChange => ({ code: f.code, severity: f.severity, message: f.message, line: f.line, column: f.column });

const headingText = (h: HeadingEntry) => [h.number, h.title].filter(Boolean).join(' ');
const headingKey = (h: HeadingEntry) => `${h.level}|${comparisonKey(h.title)}`;

/**
 * Headings matched by level and title: a matched heading whose number changed was renumbered;
 * of the rest, an old and a new heading at the same place and level were retitled, the others
 * added or removed.
 */
function compareHeadings(before: readonly HeadingEntry[], after: readonly HeadingEntry[]): HeadingChange[] {
    const changes: HeadingChange[] = [];
    for (const hunk of align(before, after, headingKey)) {
        for (let k = 0; k < Math.max(hunk.before.length, hunk.after.length); k++) {
            const o = hunk.before[k];
            const n = hunk.after[k];
            if (hunk.same) {
                if (o.number !== n.number) changes.push({ change: 'renumbered', level: n.level, old: headingText(o), new: headingText(n), line: n.line });
            } else if (o && n && o.level === n.level) {
                changes.push({ change: 'retitled', level: n.level, old: headingText(o), new: headingText(n), line: n.line });
            } else {
                if (o) changes.push({ change: 'removed', level: o.level, old: headingText(o), new: null, line: o.line });
                if (n) changes.push({ change: 'added', level: n.level, old: null, new: headingText(n), line: n.line });
            }
        }
    }
    return changes;
}

function compareCitations(before: DocumentSnapshot, after: DocumentSnapshot): CitationChange[] {
    return align(before.citations, after.citations, c => c.symbol).filter(h => !h.same).flatMap(hunk => [
        ...hunk.before.map(c => ({ change: 'removed' as const, symbol: c.symbol, line: c.line })),
        ...hunk.after.map(c => ({ change: 'added' as const, symbol: c.symbol, line: c.line })),
    ]);
}
