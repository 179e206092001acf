/**
 * `bcyt import`: a document (DOCX, text, Markdown) as a `.bcyt` draft that builds back to it.
 * Header and closing become the document's fields, headings keep their numbering, paragraphs
 * are written one sentence a line, citations cite declarations, numbers in the common claim
 * patterns become claims; everything else stays as the author wrote it. The draft remembers
 * where each of its characters came from (`bcyt check file.docx` reports there). Pure.
 */
import { relative } from 'node:path';
import { parseLegalSymbol } from '../../language-server/src/semantics/citations.js';
import type { Catalog } from './catalog.js';
import { Citations } from './citations.js';
import { findClaims } from './claims.js';
import { readAppendices, readClosing, type Appendix } from './closing.js';
import { documentKind, documentPeriod, type DocumentKind } from './fields.js';
import { readHeader } from './header.js';
import { IndicatorRegistry } from './indicators.js';
import { edit, join, originOf, slice, type Edit, type Mapped } from './mapped.js';
import { Orgs, type DeclaredOrg } from './orgs.js';
import { isHardWrapped, joinLines } from './paragraphs.js';
import { UnitWords } from './quantities.js';
import { splitSentences } from './sentences.js';
import type { SourceDocument } from './source.js';
import { structure, type Block } from './structure.js';
import { plain, quoted, slug, squeeze, uniqueName } from './text.js';

export interface ImportOptions {
    readonly catalog: Catalog;
    /** the folder the draft is written to: catalog imports are relative to it */
    readonly outputDir: string;
    /** the document's name in the draft; from the file name when absent */
    readonly documentName?: string;
}

/** A line of the draft and the origin of each character (or one origin for all of them). */
export interface DraftLine {
    readonly text: string;
    readonly origin: readonly number[] | number;
}

export interface Draft {
    readonly text: string;
    readonly lines: readonly DraftLine[];
    readonly summary: {
        readonly kind: DocumentKind;
        readonly claims: number;
        readonly citations: number;
        readonly indicators: number;
        readonly legal: number;
    };
}

const KIND_PREFIX: Record<DocumentKind, string> = { report: 'BC', plan: 'KH', letter: 'CV', article: 'Tin' };

export function importDocument(source: SourceDocument, options: ImportOptions): Draft {
    const paragraphs = source.paragraphs;
    const header = readHeader(paragraphs);
    const closing = readClosing(paragraphs, header.end);
    const appendices: Appendix[] = closing && closing.end < paragraphs.length ? readAppendices(paragraphs, closing.end) : [];
    const bodyEnd = closing?.start ?? paragraphs.length;
    const { kind, heading } = documentKind(header);

    const taken = new Set<string>();
    const orgs = new Orgs(options.catalog, taken);
    const registry = new IndicatorRegistry(options.catalog, taken);
    const citations = new Citations(options.catalog, header.number);
    const units = new UnitWords(options.catalog.units.map(u => u.name));
    const newUnits = new Set<string>();
    const period = kind === 'plan' ? undefined : documentPeriod(kind, header);
    // a plan states targets, not results; a value needs the issuer and the period it is of
    const claimsOn = period !== undefined;
    let claims = 0;
    let values = 0;
    let cited = 0;

    const issuer = header.issuer ? orgs.named(header.issuer) : undefined;
    // an article prints no issuer: its figures still need one, named for what it is
    const placeholder = !issuer && kind === 'article';
    if (issuer?.declared) {
        const code = header.number ? codeOf(header.number) : undefined;
        if (code) issuer.declared.code = code;
        if (header.place) issuer.declared.place = header.place;
        if (header.governing) issuer.declared.governing = header.governing;
    }

    /** Citations and claims of one text, escapes for the characters the language reserves. */
    const process = (text: Mapped, withClaims: boolean): Mapped => {
        const { plain: bare, index } = stripMarks(text.text);
        const found: Edit[] = citations.find(bare);
        cited += found.length;
        if (withClaims) {
            const more = findClaims(bare, { registry, units, newUnits, values: claimsOn && (!!issuer || placeholder) }).filter(e => !found.some(f => f.start < e.end && e.start < f.end));
            claims += more.length;
            values += more.filter(e => !/^\{[\d,]+ of /u.test(e.text)).length;
            found.push(...more);
        }
        const edits: Edit[] = found.map(e => ({ start: index[e.start], end: e.end > e.start ? index[e.end - 1] + 1 : index[e.start], text: e.text }));
        for (const m of text.text.matchAll(/[{[\\]/g)) {
            if (!edits.some(e => e.start <= m.index && m.index < e.end)) edits.push({ start: m.index, end: m.index, text: '\\' });
        }
        return edit(text, edits);
    };

    const bodyLines: DraftLine[] = [];
    const emitRegion = (from: number, to: number) => {
        const joined = joinLines(paragraphs, from, to, isHardWrapped(paragraphs.slice(from, to)));
        emitBlocks(structure(joined), bodyLines, process);
    };
    if (header.preamble) emitRegion(0, header.preamble);
    emitRegion(header.end, bodyEnd);
    for (const appendix of appendices) {
        bodyLines.push({ text: '', origin: 0 });
        bodyLines.push({ text: `{appendix ${quoted(appendix.label)}${appendix.title ? ` ${quoted(appendix.title)}` : ''}}`, origin: originOf(Math.max(0, appendix.start - 1), 0) });
        emitRegion(appendix.start, appendix.end);
    }

    // declarations: the orgs and legal documents cited, then the units and indicators read
    for (const legal of citations.declarations) if (legal.issuer) orgs.named(legal.issuer);
    const reporter = issuer?.name ?? (placeholder && values ? orgs.named('Đơn vị đưa tin').name : undefined);
    const lines: DraftLine[] = [];
    const add = (text: string, origin: number = 0) => lines.push({ text, origin });
    add(`// Bản nháp do "bcyt import" tạo từ ${source.name}: đọc lại trước khi dùng.`);
    add('// Các con số trong {…} là số liệu văn bản nêu, để trình kiểm tra đối chiếu; số nào không chắc được giữ nguyên là chữ.');
    const imports = new Set<string>();
    for (const used of [...registry.catalogUsed, ...orgs.catalogUsed, ...citations.catalogUsed]) if (used.file) imports.add(used.file);
    if (imports.size) {
        add('');
        for (const file of [...imports].sort()) add(`import ${quoted(importPath(options.outputDir, file))}`);
    }
    if (orgs.declared.length) {
        add('');
        add('// ----- Đơn vị -----');
        for (const org of orgs.declared) add(orgLine(org));
    }
    if (citations.declarations.length) {
        add('');
        add('// ----- Văn bản được trích dẫn (loại, số, ngày, cơ quan ban hành như văn bản ghi) -----');
        for (const legal of citations.declarations) {
            let line = `legal ${quoted(legal.symbol)}`;
            if (legal.type) line += ` type ${quoted(legal.type)}`;
            if (legal.date) line += ` date ${legal.date}`;
            if (legal.issuer) line += ` issuer ${orgs.named(legal.issuer).name}`;
            add(line);
            if (legal.subject) add(`    subject ${quoted(legal.subject)}`);
        }
    }
    if (newUnits.size || registry.declared.length) {
        add('');
        add('// ----- Đơn vị tính và chỉ số đọc từ văn bản -----');
        for (const unit of newUnits) add(`unit ${quoted(unit)}`);
        for (const indicator of registry.declared) {
            const unit = indicator.unit === '%' || indicator.unit === '‰' ? indicator.unit : quoted(indicator.unit);
            add(`indicator ${indicator.name} ${quoted(indicator.label)} unit ${unit}${indicator.sums.map(parts => `\n    = ${parts.join(' + ')}`).join('')}`);
        }
    }

    add('');
    const name = uniqueName(options.documentName ?? `${KIND_PREFIX[kind]}_${slug(source.name.replace(/\.[^.]+$/u, ''), 6) || 'van_ban'}`, taken);
    add(`${kind} ${name}`);
    const field = (key: string, value: string | undefined) => { if (value) add(`  ${key} ${value}`); };
    field('number', header.number !== undefined ? quoted(header.number) : undefined);
    field('issuer', reporter);
    if (!issuer) field('governing', header.governing ? quoted(header.governing) : undefined);
    if (!issuer?.declared) field('place', header.place ? quoted(header.place) : undefined);
    field('date', header.date);
    if (values) field('period', period);
    field('heading', heading ? quoted(heading) : undefined);
    field('title', header.title.length ? quoted(squeeze(header.title.join(' '))) : undefined);
    field('subject', header.subject ? quoted(header.subject) : undefined);
    field('to', header.recipients.length ? header.recipients.map(quoted).join(' ') : undefined);
    if (closing?.copies.length) add(`  cc ${closing.copies.map(quoted).join('\n     ')}`);
    field('signer', closing?.signer.length ? closing.signer.map(quoted).join(' ') : undefined);
    add('---');
    const all = [...lines.flatMap(l => l.text.split('\n').map(text => ({ text, origin: l.origin }))), ...trimBlankLines(bodyLines)];
    return {
        text: `${all.map(l => l.text).join('\n')}\n`,
        lines: all,
        summary: { kind, claims, citations: cited, indicators: registry.declared.length, legal: citations.declarations.length },
    };
}

/** The issuer's code in the document's number: "/BC-TTYT" → "TTYT"; "123/SYT-KHTC" → "SYT". */
function codeOf(number: string): string | undefined {
    const parsed = parseLegalSymbol(number);
    return parsed.ok && /^[\p{L}_][\p{L}\p{N}_]*$/u.test(parsed.symbol.issuerCode) ? parsed.symbol.issuerCode : undefined;
}

function orgLine(org: DeclaredOrg): string {
    let line = `org ${org.name} ${quoted(org.label)}`;
    if (org.code) line += ` code ${org.code}`;
    if (org.place) line += ` place ${quoted(org.place)}`;
    if (org.governing) line += ` governing ${quoted(org.governing)}`;
    return line;
}

function importPath(outputDir: string, file: string): string {
    return relative(outputDir, file).replace(/\\/g, '/').replace(/\.bcyt$/u, '');
}

/** The text without emphasis marks, and for each of its characters the offset in `text`. */
export function stripMarks(text: string): { plain: string; index: number[] } {
    const index: number[] = [];
    let out = '';
    const marks = new Set<number>();
    for (const m of text.matchAll(/\*{1,3}|(?<![\p{L}\p{N}])_{1,2}|_{1,2}(?![\p{L}\p{N}])/gu)) for (let i = 0; i < m[0].length; i++) marks.add(m.index + i);
    for (let i = 0; i < text.length; i++) {
        if (marks.has(i)) continue;
        index.push(i);
        out += text[i];
    }
    index.push(text.length);
    return { plain: out, index };
}

function emitBlocks(blocks: readonly Block[], out: DraftLine[], process: (text: Mapped, withClaims: boolean) => Mapped): void {
    let previous: Block['kind'] | undefined;
    const blank = () => { if (out.length && out[out.length - 1].text !== '') out.push({ text: '', origin: 0 }); };
    const line = (m: Mapped, prefix = '') => {
        let text = m.text;
        // a line that would read as a heading or a table row is text: escape its first character
        if (!prefix && (/^#/u.test(text) || (/^\|/u.test(text) && /\|$/u.test(text)))) text = `\\${text}`;
        const origin = [...new Array<number>(prefix.length + text.length - m.text.length).fill(m.origin[0] ?? 0), ...m.origin];
        out.push({ text: prefix + text, origin });
    };
    for (let i = 0; i < blocks.length; i++) {
        const block = blocks[i];
        const next = blocks[i + 1];
        if ((block.kind === 'item' || block.kind === 'prose') && next?.kind === 'prose' && TRONG_DO.test(plain(next.text.text))) {
            // "Trong đó: …" in a paragraph of its own lists the parts of the total just before it
            const both = process(join([block.text, next.text], '\n'), true);
            const cut = both.text.lastIndexOf('\n');
            const emitted: Block[] = [{ ...block, text: slice(both, 0, cut) }, { ...next, text: slice(both, cut + 1) }];
            for (const b of emitted) emitOne(b, (m: Mapped) => m);
            i++;
            continue;
        }
        emitOne(block, process);
    }

    function emitOne(block: Block, process: (text: Mapped, withClaims: boolean) => Mapped): void {
        switch (block.kind) {
            case 'heading':
                blank();
                line(process(block.text, false), `${'#'.repeat(block.level)} `);
                blank();
                break;
            case 'item': {
                if (previous !== 'item') blank();
                const [first, ...rest] = splitSentences(process(block.text, true));
                if (first) line(first, `${block.marker} `);
                else out.push({ text: block.marker, origin: 0 });
                for (const sentence of rest) line(sentence);
                break;
            }
            case 'prose':
                blank();
                for (const sentence of splitSentences(process(block.text, true))) line(sentence);
                break;
            case 'row': {
                if (previous !== 'row') blank();
                const cells = block.cells.map(c => plain(c.text).replace(/\|/g, '/').trim());
                out.push({ text: `| ${cells.join(' | ')} |`.replace(/\s+\|/g, ' |'), origin: block.cells[0]?.origin[0] ?? 0 });
                break;
            }
        }
        previous = block.kind;
    }
}

const TRONG_DO = /^\s*trong đó(?![\p{L}])/iu;

function trimBlankLines(lines: DraftLine[]): DraftLine[] {
    let start = 0, end = lines.length;
    while (start < end && lines[start].text === '') start++;
    while (end > start && lines[end - 1].text === '') end--;
    return lines.slice(start, end);
}
