/**
 * What `bcyt diff` compares and what it reports. A snapshot is what one revision of one file
 * means (read from its AST, its printed document and its diagnostics, extract.ts); a change
 * list is what differs between two snapshots (compare.ts). The change list is also the JSON
 * output of `bcyt diff --format json` (docs/REVIEW.md documents its keys): lines there are
 * 1-based, in the new file for what is there, in the old file for what went.
 */

/** How a claim stands: no finding on it, a `claim-mismatch` / `sum-mismatch`, or `missing-data`. */
export type Verdict = 'ok' | 'mismatch' | 'unverified';

export type Severity = 'error' | 'warning' | 'information' | 'hint';

/** A data value or a target of a data / target block. */
export interface ValueEntry {
    readonly kind: 'data' | 'target';
    readonly indicator: string;
    /** the indicator's label, or its name when it does not resolve */
    readonly label: string;
    readonly org: string;
    readonly orgLabel: string;
    /** as written (`Q1/2024`) */
    readonly period: string;
    /** in words (`quý I năm 2024`) */
    readonly periodLabel: string;
    /** as written after the name: `703`, `> 95 %`, `= 13 xã detail A, B` */
    readonly value: string;
    readonly line: number;
}

/** A value the engine printed: a `{…}` of the prose or a cell of an indicator table. */
export interface Figure {
    /** identity across revisions: the expression without its stated number, and its occurrence */
    readonly key: string;
    /** the source as written, `{tre_tiem_chung_day_du of plan = 20%}`, or the table cell's row and column */
    readonly source: string;
    /** as printed */
    readonly value: string;
    readonly line: number;
    /** the printed sentence the figure is in and its offset there (-1: a table cell); asked only of figures that moved */
    context(): { readonly sentence: string; readonly at: number };
}

/** A `{… = stated}` of the prose: the number the author states and how the checks judge it. */
export interface Claim {
    readonly key: string;
    readonly source: string;
    /** the stated number as written, its unit included (`20%`, `11,41 ‰`) */
    readonly stated: string;
    readonly verdict: Verdict;
    readonly line: number;
}

export interface Finding {
    readonly code: string;
    readonly severity: Severity;
    readonly message: string;
    readonly line: number;
    readonly column: number;
    /** the text the finding covers, for matching findings across revisions */
    readonly excerpt: string;
}

export interface HeadingEntry {
    readonly level: number;
    /** the number as written ("II.", "6.14"), "" when unnumbered */
    readonly number: string;
    readonly title: string;
    readonly line: number;
}

export interface CitationEntry {
    readonly symbol: string;
    readonly line: number;
}

/** A word of the prose: `text` as written, `key` what it is compared by (a `{…}` without its stated number). */
export interface Word {
    readonly text: string;
    readonly key: string;
    /** the white space before the word as written ("" when it touches the previous one) */
    readonly gap: string;
}

export interface Sentence {
    readonly words: readonly Word[];
    /** the words' keys: two sentences with the same key read the same */
    readonly key: string;
    readonly line: number;
}

/** A line of prose as written; its sentences are read only when the line differs between revisions. */
export interface ProseLine {
    readonly text: string;
    readonly line: number;
}

export interface DocumentSnapshot {
    /** path shown to the user (relative to the repository or the working folder) */
    readonly file: string;
    /** `report` … `article`, or undefined for a file of declarations */
    readonly kind?: string;
    readonly values: readonly ValueEntry[];
    readonly figures: readonly Figure[];
    readonly claims: readonly Claim[];
    readonly findings: readonly Finding[];
    readonly headings: readonly HeadingEntry[];
    readonly citations: readonly CitationEntry[];
    readonly prose: readonly ProseLine[];
}

// ---------------------------------------------------------------------------------------------
// the change list

/** A data value or target that changed: its value before and after (null: not there). */
export interface ValueChange extends Omit<ValueEntry, 'value'> {
    readonly old: string | null;
    readonly new: string | null;
}

export interface FigureChange {
    readonly source: string;
    readonly old: string;
    readonly new: string;
    readonly sentence: string;
    readonly at: number;
    readonly line: number;
}

export interface ClaimChange {
    readonly source: string;
    readonly oldStated: string;
    readonly newStated: string;
    readonly oldVerdict: Verdict;
    readonly newVerdict: Verdict;
    readonly line: number;
}

export interface FindingChange {
    readonly code: string;
    readonly severity: Severity;
    readonly message: string;
    readonly line: number;
    readonly column: number;
}

export interface HeadingChange {
    readonly change: 'added' | 'removed' | 'renumbered' | 'retitled';
    readonly level: number;
    /** the heading as written before and after (`3. Khó khăn.`); null when added / removed */
    readonly old: string | null;
    readonly new: string | null;
    readonly line: number;
}

export interface CitationChange {
    readonly change: 'added' | 'removed';
    readonly symbol: string;
    readonly line: number;
}

/** A piece of a word diff: kept (`=`), removed (`-`) or added (`+`) words. */
export interface WordPiece {
    readonly op: '=' | '-' | '+';
    readonly text: string;
}

export interface SentenceChange {
    readonly change: 'added' | 'removed' | 'changed';
    readonly line: number;
    readonly old: string | null;
    readonly new: string | null;
    /** for `changed`: the word diff */
    readonly words: readonly WordPiece[];
}

export type FileStatus = 'modified' | 'added' | 'deleted' | 'renamed' | 'affected';

export interface DocumentChanges {
    /** the file in the new revision (the old one when deleted) */
    readonly file: string;
    /** the file in the old revision when renamed */
    readonly oldFile: string | null;
    /** `affected`: unchanged itself, but a file it imports changed */
    readonly status: FileStatus;
    readonly values: readonly ValueChange[];
    readonly figures: readonly FigureChange[];
    readonly claims: readonly ClaimChange[];
    readonly findings: { readonly introduced: readonly FindingChange[]; readonly resolved: readonly FindingChange[] };
    readonly headings: readonly HeadingChange[];
    readonly citations: readonly CitationChange[];
    readonly prose: readonly SentenceChange[];
}

export interface Review {
    /** what was compared: revisions as given (`HEAD`, `main`) or paths; `to` is null for the working tree */
    readonly from: string;
    readonly to: string | null;
    readonly documents: readonly DocumentChanges[];
    readonly summary: ReviewSummary;
}

export interface ReviewSummary {
    readonly documents: number;
    readonly values: number;
    readonly figures: number;
    readonly claims: number;
    readonly errorsIntroduced: number;
    readonly errorsResolved: number;
    readonly findingsIntroduced: number;
    readonly findingsResolved: number;
}
