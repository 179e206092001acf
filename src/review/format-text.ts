import type { DocumentChanges, Review, WordPiece } from './model.js';
import { around, labelsFor, type Labels, type ReportLanguage } from './labels.js';
import { hasChanges } from './compare.js';

type Paint = (text: string) => string;
interface Palette {
    readonly added: Paint;
    readonly removed: Paint;
    readonly changed: Paint;
    readonly title: Paint;
    readonly dim: Paint;
}

const ansi = (open: number, close: number): Paint => text => (text ? `\u001b[${open}m${text}\u001b[${close}m` : text);
const COLOURS: Palette = { added: ansi(32, 39), removed: ansi(31, 39), changed: ansi(33, 39), title: ansi(1, 22), dim: ansi(2, 22) };
const plain: Paint = text => text;
const PLAIN: Palette = { added: plain, removed: plain, changed: plain, title: plain, dim: plain };

/**
 * The report for a terminal: one block per file, a section per kind of change; `+` what came,
 * `-` what went, `~` what changed; word diffs as `[-old-]{+new+}` (git's plain word diff),
 * coloured when `colour`.
 */
export function formatText(review: Review, lang: ReportLanguage, colour = false): string {
    const l = labelsFor(lang);
    const p = colour ? COLOURS : PLAIN;
    const out: string[] = [p.title(`bcyt diff ${review.from} → ${review.to ?? l.workingTree}`), l.summary(review.summary)];
    if (!review.documents.length) out.push(l.noDocuments);
    for (const document of review.documents) {
        const changed = hasChanges(document);
        if (!changed && document.status === 'affected') continue;
        out.push('', p.title(`${document.file}${document.oldFile ? ` (${l.from} ${document.oldFile})` : ''}`) + p.dim(` — ${l.status[document.status]}`));
        if (!changed) out.push(`  ${l.nothing}`);
        else out.push(...documentLines(document, l, p));
    }
    return `${out.join('\n')}\n`;
}

function documentLines(d: DocumentChanges, l: Labels, p: Palette): string[] {
    const out: string[] = [];
    const section = (title: string, lines: string[]) => {
        if (lines.length) out.push(`  ${title}`, ...lines.map(line => `    ${line}`));
    };
    const at = (line: number, inOld = false) => p.dim(`${l.line} ${line}${inOld ? l.inOld : ''}`);
    const arrow = (old: string | null, now: string | null) =>
        `${old === null ? l.none : p.removed(old)} → ${now === null ? l.none : p.added(now)}`;
    section(l.sections.values, d.values.map(v =>
        `${at(v.line)}  ${l.kind[v.kind]} ${v.label} — ${v.orgLabel}, ${v.periodLabel}: ${arrow(v.old, v.new)}`));
    section(l.sections.figures, d.figures.map(f => {
        const cut = around(f.sentence, f.at, f.new.length);
        return `${at(f.line)}  ${arrow(f.old, f.new)}  «${cut.before}${p.added(cut.figure)}${cut.after}»`;
    }));
    section(l.sections.claims, d.claims.map(c => {
        const stated = c.oldStated === c.newStated ? c.newStated : arrow(c.oldStated, c.newStated);
        const verdict = c.oldVerdict === c.newVerdict ? l.verdict[c.newVerdict]
            : `${l.verdict[c.oldVerdict]} → ${(c.newVerdict === 'ok' ? p.added : c.newVerdict === 'mismatch' ? p.removed : p.changed)(l.verdict[c.newVerdict])}`;
        return `${at(c.line)}  ${c.source}  ${stated}; ${verdict}`;
    }));
    section(l.sections.findings, [
        ...d.findings.introduced.map(f => `${p.removed('+')} ${at(f.line)}:${f.column} ${l.severity[f.severity]} ${f.code} ${f.message}`),
        ...d.findings.resolved.map(f => `${p.added('-')} ${at(f.line)}:${f.column}${l.inOld} ${l.severity[f.severity]} ${f.code} ${f.message} (${l.resolved})`),
    ]);
    section(l.sections.headings, d.headings.map(h => {
        const mark = h.change === 'added' ? p.added('+') : h.change === 'removed' ? p.removed('-') : p.changed('~');
        const text = h.old !== null && h.new !== null ? arrow(h.old, h.new) : h.new ?? h.old ?? '';
        return `${mark} ${at(h.line, h.change === 'removed')}  ${'#'.repeat(h.level)} ${text} (${l.heading[h.change]})`;
    }));
    section(l.sections.citations, d.citations.map(c =>
        `${c.change === 'added' ? p.added('+') : p.removed('-')} ${at(c.line, c.change === 'removed')}  [${c.symbol}]`));
    section(l.sections.prose, d.prose.map(s => {
        if (s.change === 'added') return `${p.added('+')} ${at(s.line)}  ${p.added(s.new!)}`;
        if (s.change === 'removed') return `${p.removed('-')} ${at(s.line, true)}  ${p.removed(s.old!)}`;
        return `${p.changed('~')} ${at(s.line)}  ${wordDiffText(s.words, p)}`;
    }));
    return out;
}

function wordDiffText(words: readonly WordPiece[], p: Palette): string {
    return words.map((w, i) => {
        if (w.op === '=') return w.text;
        // a replacement reads [-old-]{+new+}, the two touching
        const lead = w.op === '+' && words[i - 1]?.op === '-' ? '' : /^\s*/u.exec(w.text)![0];
        const text = w.text.trimStart();
        return w.op === '-' ? `${lead}${p.removed(`[-${text}-]`)}` : `${lead}${p.added(`{+${text}+}`)}`;
    }).join('');
}
