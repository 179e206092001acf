import { hasChanges } from './compare.js';
import { around, labelsFor, type Labels, type ReportLanguage } from './labels.js';
import type { DocumentChanges, Review, Verdict, WordPiece } from './model.js';

/**
 * The report as GitHub-flavoured Markdown, for a pull-request comment or VS Code's preview:
 * a summary line, then per file a table for data, figures and claims and lists for findings,
 * headings, citations and edited sentences (removed words struck through, added ones bold).
 */
export function formatMarkdown(review: Review, lang: ReportLanguage): string {
    const l = labelsFor(lang);
    const out: string[] = [`### BCYT: \`${review.from}\` → ${review.to ? `\`${review.to}\`` : l.workingTree}`, '', l.summary(review.summary)];
    if (!review.documents.length) out.push('', l.noDocuments);
    for (const document of review.documents) {
        const changed = hasChanges(document);
        if (!changed && document.status === 'affected') continue;
        const renamed = document.oldFile ? ` (${l.from} \`${document.oldFile}\`)` : '';
        out.push('', `#### \`${document.file}\`${renamed} — ${l.status[document.status]}`);
        if (!changed) out.push('', l.nothing);
        else out.push(...documentMarkdown(document, l));
    }
    return `${out.join('\n')}\n`;
}

// marks every font has (an emoji may print as a box where there is no emoji font)
const VERDICT_MARK: Readonly<Record<Verdict, string>> = { ok: '✔', mismatch: '✘', unverified: '?' };

function documentMarkdown(d: DocumentChanges, l: Labels): string[] {
    const out: string[] = [];
    const section = (title: string, lines: string[]) => {
        if (lines.length) out.push('', `**${title}**`, '', ...lines);
    };
    const c = l.columns;
    const old = (line: number) => `${l.line} ${line}${l.inOld}`;
    const value = (text: string | null) => (text === null ? l.none : md(text));
    section(l.sections.values, d.values.length ? [
        `| ${l.line} | | ${c.indicator} | ${c.org} | ${c.period} | ${c.old} | ${c.new} |`, '|---:|---|---|---|---|---:|---:|',
        ...d.values.map(v => `| ${v.line} | ${l.kind[v.kind]} | ${md(v.label)} | ${md(v.orgLabel)} | ${md(v.periodLabel)} | ${value(v.old)} | **${value(v.new)}** |`),
    ] : []);
    section(l.sections.figures, d.figures.length ? [
        `| ${l.line} | ${c.old} | ${c.new} | ${c.sentence} |`, '|---:|---:|---:|---|',
        ...d.figures.map(f => {
            const cut = around(f.sentence, f.at, f.new.length);
            return `| ${f.line} | ${md(f.old)} | **${md(f.new)}** | ${md(cut.before)}${cut.figure ? `**${md(cut.figure)}**` : ''}${md(cut.after)} |`;
        }),
    ] : []);
    section(l.sections.claims, d.claims.length ? [
        `| ${l.line} | ${c.claim} | ${c.stated} | ${c.verdict} |`, '|---:|---|---|---|',
        ...d.claims.map(claim => {
            const stated = claim.oldStated === claim.newStated ? md(claim.newStated) : `~~${md(claim.oldStated)}~~ **${md(claim.newStated)}**`;
            const verdict = (v: Verdict) => `${VERDICT_MARK[v]} ${l.verdict[v]}`;
            const verdicts = claim.oldVerdict === claim.newVerdict ? verdict(claim.newVerdict) : `${verdict(claim.oldVerdict)} → ${verdict(claim.newVerdict)}`;
            return `| ${claim.line} | ${code(claim.source)} | ${stated} | ${verdicts} |`;
        }),
    ] : []);
    section(l.sections.findings, [
        ...d.findings.introduced.map(f => `- ${l.line} ${f.line}, **${l.introduced}**: **${l.severity[f.severity]}** \`${f.code}\` ${md(f.message)}`),
        ...d.findings.resolved.map(f => `- ${old(f.line)}, ✔ ${l.resolved}: ~~${l.severity[f.severity]}~~ \`${f.code}\` ${md(f.message)}`),
    ]);
    section(l.sections.headings, d.headings.map(h => {
        const text = h.old !== null && h.new !== null ? `${md(h.old)} → **${md(h.new)}**` : md(h.new ?? h.old ?? '');
        return `- ${h.change === 'removed' ? old(h.line) : `${l.line} ${h.line}`}, ${l.heading[h.change]}: ${text}`;
    }));
    section(l.sections.citations, d.citations.map(citation =>
        `- ${citation.change === 'added' ? `${l.line} ${citation.line}, ${l.added}` : `${old(citation.line)}, ${l.removed}`}: \`[${citation.symbol}]\``));
    section(l.sections.prose, d.prose.map(s => {
        if (s.change === 'added') return `- ${l.line} ${s.line}, ${l.added}: ${md(s.new!)}`;
        if (s.change === 'removed') return `- ${old(s.line)}, ${l.removed}: ~~${md(s.old!)}~~`;
        return `- ${l.line} ${s.line}: ${wordDiffMarkdown(s.words)}`;
    }));
    return out;
}

function wordDiffMarkdown(words: readonly WordPiece[]): string {
    return words.map((w, i) => {
        if (w.op === '=') return md(w.text);
        const lead = w.op === '+' && words[i - 1]?.op === '-' ? ' ' : /^\s*/u.exec(w.text)![0];
        const text = md(w.text.trimStart());
        return w.op === '-' ? `${lead}~~${text}~~` : `${lead}**${text}**`;
    }).join('');
}

/** Text that Markdown shows as written (no emphasis, links, HTML or table cells out of it). */
function md(text: string): string {
    return text.replace(/[\\`*_[\]<>|~#]/gu, c => `\\${c}`).replace(/\r?\n/gu, ' ');
}

/** Inline code that may contain backticks and bars (a table cell). */
function code(text: string): string {
    const ticks = /`+/u.exec(text)?.[0].length ?? 0;
    const fence = '`'.repeat(ticks + 1);
    return `${fence}${text.replace(/\|/gu, '\\|')}${fence}`;
}
