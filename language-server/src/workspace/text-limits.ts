import { MAX_INLINE_VALUES_PER_LINE, MAX_NESTING, MAX_OPERATORS, MAX_SOURCE_BYTES } from '../limits.js';

/**
 * A region of a document left out before parsing because it passes a documented limit
 * (limits.ts); the document validator reports it as `limit-exceeded`.
 */
export interface LimitFinding {
    readonly kind: 'parentheses' | 'braces' | 'operators' | 'inline' | 'size' | 'errors';
    /** offsets of the region in the text, end exclusive */
    readonly start: number;
    readonly end: number;
}

export interface ScannedText {
    /** the text to parse: the regions blanked with spaces, line ends kept, so offsets and lines stay */
    readonly text: string;
    readonly findings: readonly LimitFinding[];
}

const NL = 10, CR = 13, QUOTE = 34, BACKSLASH = 92, SLASH = 47, STAR = 42, PLUS = 43, MINUS = 45;
const OPEN_PAREN = 40, CLOSE_PAREN = 41, OPEN_BRACE = 123, CLOSE_BRACE = 125, EQUALS = 61, LESS = 60, GREATER = 62;

/** Words that start a declaration. */
const DECLARATION_WORDS = new Set(['import', 'unit', 'org', 'indicator', 'data', 'target', 'rule', 'legal', 'outline', 'report', 'letter', 'article']);

/** Words that start or end a declaration's part: an expression never runs across them. */
const STATEMENT_WORDS = new Set([
    'import', 'unit', 'org', 'indicator', 'data', 'target', 'rule', 'legal', 'outline', 'section', 'report', 'letter',
    'article', 'direction', 'severity', 'missing', 'number', 'issuer', 'governing', 'place', 'date', 'period', 'compare',
    'heading', 'title', 'subject', 'to', 'cc', 'signer', 'follows', 'code', 'parent', 'replaces', 'from', 'type', 'detail',
]);

const LESS_EQUAL = 0x2264, GREATER_EQUAL = 0x2265;
const isWordChar = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95
    || (c > 127 && c !== LESS_EQUAL && c !== GREATER_EQUAL);

/** Parentheses and operators of one expression, and which limit it passed first. */
class ExpressionCounter {
    private parens = 0;
    private operators = 0;
    over: LimitFinding['kind'] | undefined;

    /** Counts one character of the expression. */
    see(c: number): void {
        if (c === OPEN_PAREN) {
            if (++this.parens > MAX_NESTING) this.over ??= 'parentheses';
        } else if (c === CLOSE_PAREN) {
            if (this.parens > 0) this.parens--;
        } else if (c === PLUS || c === MINUS || c === STAR || c === SLASH) {
            if (++this.operators > MAX_OPERATORS) this.over ??= 'operators';
        }
    }
}

/**
 * Finds what the parser and the tree walkers cannot take — parentheses nested more than
 * MAX_NESTING deep, outline sections nested as deep, an expression of more than MAX_OPERATORS
 * operators, a text larger than MAX_SOURCE_BYTES — and blanks it, as data blocks are blanked:
 * the parser (whose rules recurse once per level) and every walker of the tree then see only
 * what they can handle, and the rest of the document is checked as usual. One pass, linear.
 * Nothing of a real document comes near these limits; the common case returns the text as is.
 */
export function scanLimits(text: string): ScannedText {
    if (text.length > MAX_SOURCE_BYTES) return { text: '', findings: [{ kind: 'size', start: 0, end: text.length }] };
    const findings: LimitFinding[] = [];
    const length = text.length;
    let i = 0;

    // ---- declarations: until `---` ----
    let braceDepth = 0;
    let deepBrace = -1; // where the first brace past the limit opened
    let run = 0; // where the current expression started: at `=`, `<`, `>`, a statement word, after a brace
    let expression = new ExpressionCounter();
    // a rule is left out whole: without one of its sides the parser would take what follows for it
    let rule = -1;
    let ruleOver: LimitFinding['kind'] | undefined;
    const endRule = (at: number) => {
        if (ruleOver) findings.push({ kind: ruleOver, start: rule, end: at });
        rule = -1;
        ruleOver = undefined;
    };
    const endRun = (at: number) => {
        const over = expression.over;
        if (over && rule >= 0) ruleOver ??= over;
        else if (over) findings.push({ kind: over, start: run, end: at });
        run = at;
        expression = new ExpressionCounter();
    };
    let body = -1;
    while (i < length) {
        const c = text.charCodeAt(i);
        const skipped = skipStringOrComment(text, i);
        if (skipped > i) {
            i = skipped;
            continue;
        }
        if (c === MINUS && text.startsWith('---', i)) {
            endRun(i);
            endRule(i);
            i += 3;
            while (i < length && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
            if (text.charCodeAt(i) === CR) i++;
            if (text.charCodeAt(i) === NL) i++;
            body = i;
            break;
        }
        if (isWordChar(c)) {
            const start = i;
            while (i < length && isWordChar(text.charCodeAt(i))) i++;
            const word = text.slice(start, i);
            if (STATEMENT_WORDS.has(word)) endRun(start);
            if (braceDepth === 0 && DECLARATION_WORDS.has(word)) {
                endRule(start);
                if (word === 'rule') rule = start;
            }
            continue;
        }
        if (c === OPEN_BRACE) {
            endRun(i + 1);
            braceDepth++;
            if (braceDepth > MAX_NESTING && deepBrace < 0) deepBrace = i;
        } else if (c === CLOSE_BRACE) {
            endRun(i);
            run = i + 1;
            if (braceDepth > 0) braceDepth--;
            if (deepBrace >= 0 && braceDepth === MAX_NESTING) {
                findings.push({ kind: 'braces', start: deepBrace, end: i + 1 });
                deepBrace = -1;
            }
        } else if (c === EQUALS || c === LESS || c === GREATER || c === LESS_EQUAL || c === GREATER_EQUAL) {
            // `<=`, `>=` are one comparison
            if (!(c === EQUALS && (text.charCodeAt(i - 1) === LESS || text.charCodeAt(i - 1) === GREATER))) endRun(i);
        } else {
            expression.see(c);
        }
        i++;
    }
    endRun(i);
    endRule(i);
    if (deepBrace >= 0) findings.push({ kind: 'braces', start: deepBrace, end: body >= 0 ? body : length });

    // ---- the body: each `{…}` on its line ----
    if (body >= 0) scanBody(text, body, findings);
    if (!findings.length) return { text, findings };
    const outer = outermost(findings);
    return { text: blank(text, outer), findings: outer };
}

/**
 * The regions not inside a larger one: a region inside a blanked one is not reported again.
 * One sweep in order of start (a text of thousands of regions compared each with each took seconds).
 */
function outermost(findings: readonly LimitFinding[]): LimitFinding[] {
    const sorted = [...findings].sort((a, b) => a.start - b.start || b.end - a.end);
    const kept: LimitFinding[] = [];
    // the furthest end so far, and the start of the first region that reached it
    let furthest = -1, furthestStart = -1;
    for (const f of sorted) {
        const inside = furthest > f.end || (furthest === f.end && furthestStart < f.start);
        if (!inside) kept.push(f);
        if (f.end > furthest) {
            furthest = f.end;
            furthestStart = f.start;
        }
    }
    return kept;
}

/**
 * In declarations, the end of a string or comment starting at `at`, or `at` when none does.
 * As the lexer reads them: a string may span lines; a `"` or `/*` never closed is a character
 * like any other.
 */
function skipStringOrComment(text: string, at: number): number {
    const c = text.charCodeAt(at);
    if (c === QUOTE) return Math.max(skipString(text, at, true), at);
    if (c !== SLASH) return at;
    const next = text.charCodeAt(at + 1);
    if (next === SLASH) {
        const end = text.indexOf('\n', at);
        return end < 0 ? text.length : end;
    }
    if (next === STAR) {
        const close = text.indexOf('*/', at + 2);
        return close < 0 ? at : close + 2;
    }
    return at;
}

/**
 * The braced blocks of the declarations (`data … { … }`, `target`, `outline`) from the line
 * that opens each, largest first:
 * what to leave out when the parser cannot take a block (parseWithin, document-factory.ts).
 */
export function declarationBlocks(text: string): Array<{ start: number; end: number }> {
    const blocks: Array<{ start: number; end: number }> = [];
    let depth = 0, open = -1;
    for (let i = 0; i < text.length; i++) {
        const skipped = skipStringOrComment(text, i);
        if (skipped > i) {
            i = skipped - 1;
            continue;
        }
        const c = text.charCodeAt(i);
        if (c === MINUS && text.startsWith('---', i)) break;
        // the block with the line that opens it (`data T 2024 {`): a header without its block would be an error of its own
        if (c === OPEN_BRACE && depth++ === 0) open = text.lastIndexOf('\n', i) + 1;
        else if (c === CLOSE_BRACE && depth > 0 && --depth === 0) blocks.push({ start: open, end: i + 1 });
    }
    if (depth > 0) blocks.push({ start: open, end: text.length });
    return blocks.sort((a, b) => (b.end - b.start) - (a.end - a.start));
}

/** The text with the regions left out (blanked, lines kept), and the findings that say so. */
export function leaveOut(scanned: ScannedText, regions: ReadonlyArray<{ start: number; end: number }>, kind: LimitFinding['kind']): ScannedText {
    const added = regions.map(r => ({ kind, start: r.start, end: r.end }));
    return { text: blank(scanned.text, added), findings: [...scanned.findings, ...added] };
}

/** The end of the string opening at `at`, or -1 when it never closes (in prose, on its line). */
function skipString(text: string, at: number, acrossLines: boolean): number {
    let i = at + 1;
    while (i < text.length) {
        const c = text.charCodeAt(i);
        if (c === BACKSLASH) i += 2;
        else if (c === QUOTE) return i + 1;
        else if (!acrossLines && (c === NL || c === CR)) return -1;
        else i++;
    }
    return -1;
}

const BRACE_OR_ESCAPE = /[{\\]/g;

/**
 * Inline expressions in the body: a `{` to its `}` or the end of its line; `\{` is a brace as
 * text. Past MAX_INLINE_VALUES_PER_LINE on one line, the rest of the line is left out.
 */
function scanBody(text: string, from: number, findings: LimitFinding[]): void {
    const length = text.length;
    let lineEnd = -1; // the end of the line of the last brace seen (before its \r\n or \n)
    let onLine = 0;
    // prose is most of a body: jump from brace to brace
    BRACE_OR_ESCAPE.lastIndex = from;
    for (let found = BRACE_OR_ESCAPE.exec(text); found; found = BRACE_OR_ESCAPE.exec(text)) {
        let i = found.index;
        if (text.charCodeAt(i) === BACKSLASH) {
            BRACE_OR_ESCAPE.lastIndex = i + 2;
            continue;
        }
        if (i > lineEnd) {
            lineEnd = lineEndAfter(text, i);
            onLine = 0;
        }
        if (++onLine > MAX_INLINE_VALUES_PER_LINE) {
            findings.push({ kind: 'inline', start: i, end: lineEnd });
            BRACE_OR_ESCAPE.lastIndex = lineEnd;
            continue;
        }
        const start = i++;
        const expression = new ExpressionCounter();
        while (i < length) {
            const d = text.charCodeAt(i);
            if (d === NL || d === CR || d === CLOSE_BRACE) break;
            if (d === QUOTE) {
                const end = skipString(text, i, false);
                if (end > 0) {
                    i = end;
                    continue;
                }
            }
            expression.see(d);
            i++;
        }
        const end = text.charCodeAt(i) === CLOSE_BRACE ? i + 1 : i;
        if (expression.over) findings.push({ kind: expression.over, start, end });
        BRACE_OR_ESCAPE.lastIndex = Math.max(end, start + 1);
    }
}

const LINE_END = /[\r\n]/g;

/** Where the line holding `at` ends: at its \r or \n, or the end of the text. */
function lineEndAfter(text: string, at: number): number {
    LINE_END.lastIndex = at;
    return LINE_END.exec(text)?.index ?? text.length;
}

/** The text with each region's characters replaced by spaces, its line ends kept. */
function blank(text: string, regions: readonly LimitFinding[]): string {
    const sorted = [...regions].sort((a, b) => a.start - b.start);
    const parts: string[] = [];
    let at = 0;
    for (const region of sorted) {
        if (region.end <= at) continue;
        const start = Math.max(region.start, at);
        parts.push(text.slice(at, start), text.slice(start, region.end).replace(/[^\r\n]/g, ' '));
        at = region.end;
    }
    parts.push(text.slice(at));
    return parts.join('');
}
