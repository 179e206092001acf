/**
 * `bcyt check file.docx`: the document is imported in memory, the draft is checked like any
 * .bcyt file, and each finding is reported where the author wrote it — the paragraph of the
 * original (as Word counts them: non-empty paragraphs and table rows, from 1), the column in
 * its text, and the sentence quoted.
 */
import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { URI, type LangiumDocument } from 'langium';
import type { Diagnostic } from 'vscode-languageserver';
import type { BcytServices } from '../../language-server/src/bcyt-module.js';
import { SEVERITIES, type FileDiagnostic } from '../cli/check.js';
import { loadCatalog } from './catalog-loader.js';
import { ImportError } from './errors.js';
import { importDocument, stripMarks, type Draft } from './draft.js';
import { offsetOf, paragraphOf } from './mapped.js';
import { readSource } from './read-source.js';
import type { SourceDocument } from './source.js';

export interface Imported {
    readonly path: string;
    readonly source: SourceDocument;
    readonly draft: Draft;
    readonly document: LangiumDocument;
}

/** Imports `path` and adds its draft (and the catalog files it imports) to the workspace, unbuilt. */
export function addImported(services: BcytServices, path: string, catalogs: readonly string[]): Imported {
    const source = readSource(path);
    const catalog = catalogs.length ? loadCatalog(services, catalogs) : loadCatalog(services, [dirname(path)], 2);
    const draft = importDocument(source, { catalog, outputDir: dirname(path) });
    const documents = services.shared.workspace.LangiumDocuments;
    const factory = services.shared.workspace.LangiumDocumentFactory;
    const uri = URI.parse(pathToFileURL(`${path}.bcyt`).toString());
    if (documents.hasDocument(uri)) documents.deleteDocument(uri);
    const document = factory.fromString(draft.text, uri);
    documents.addDocument(document);
    // the catalog files the draft imports, and theirs
    const pending = [document];
    while (pending.length) {
        const next = pending.pop()!;
        for (const target of services.workspace.ImportResolver.importTargets(next)) {
            if (documents.hasDocument(target.uri)) continue;
            let text: string;
            try {
                text = readFileSync(target.uri.fsPath, 'utf8');
            } catch {
                continue;
            }
            const imported = factory.fromString(text, target.uri);
            documents.addDocument(imported);
            pending.push(imported);
        }
    }
    return { path, source, draft, document };
}

export interface SourcePosition {
    /** the paragraph's number in the original, from 1 */
    readonly paragraph: number;
    /** the column in its text, from 0 */
    readonly column: number;
    /** the sentence of the original the finding is in */
    readonly quote: string;
}

/** Where a diagnostic of the draft is in the original. */
export function sourcePosition(imported: Imported, diagnostic: Diagnostic): SourcePosition {
    const { draft, source } = imported;
    const origin = originAt(draft, diagnostic.range.start.line, diagnostic.range.start.character);
    const index = Math.min(paragraphOf(origin), source.paragraphs.length - 1);
    const paragraph = source.paragraphs[Math.max(0, index)];
    if (!paragraph) return { paragraph: 1, column: 0, quote: '' };
    const { plain, index: marks } = stripMarks(paragraph.text);
    const offset = offsetOf(origin);
    let column = marks.findIndex(i => i >= offset);
    if (column < 0) column = plain.length;
    return { paragraph: paragraph.number, column, quote: sentenceAt(plain, column) };
}

/** The origin of a character of the draft; a declaration's is where the text first uses what it declares. */
function originAt(draft: Draft, line: number, character: number): number {
    const at = draft.lines[line];
    if (!at) return 0;
    const body = draft.lines.findIndex(l => l.text === '---');
    if (line < body) {
        const name = /^(?:legal\s+"([^"]+)"|indicator\s+(\S+)|\s+=\s+(\S+)|org\s+(\S+)|unit\s+"([^"]+)")/u.exec(at.text);
        const key = name?.slice(1).find(Boolean);
        if (key) {
            const use = draft.lines.findIndex((l, i) => i > body && (l.text.includes(`[${key}|`) || l.text.includes(`{${key} `) || l.text.includes(`(${key})`) || l.text.includes(`${key} of`)));
            if (use > 0) return originAt(draft, use, draft.lines[use].text.search(new RegExp(escape(`[${key}|`) + '|' + escape(`{${key}`) + '|' + escape(key))));
        }
    }
    const { origin } = at;
    return typeof origin === 'number' ? origin : origin[Math.min(Math.max(character, 0), origin.length - 1)] ?? 0;
}

function escape(text: string): string {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The sentence around `column`, at most 200 characters. */
function sentenceAt(text: string, column: number): string {
    // a sentence ends at ". " before a capital, not after the paragraph's own number ("6. Việc …")
    const starts = [0, ...[...text.matchAll(/[.!?…]\s+(?=\p{Lu})/gu)]
        .filter(m => !/^[\s*#`]*(?:\d{1,3}(?:\.\d{1,3})*|[IVXLC]+|[A-Z])$/u.test(text.slice(0, m.index)))
        .map(m => m.index + m[0].length)];
    const start = starts.filter(s => s <= column).pop() ?? 0;
    const next = starts.find(s => s > start) ?? text.length;
    const sentence = text.slice(start, next).trim();
    return sentence.length > 200 ? `${sentence.slice(0, 199)}…` : sentence;
}

/**
 * Imports each Word document into the workspace (a document that cannot be imported is named
 * on stderr with the reason, and returned as unreadable); `check` validates the drafts once the
 * workspace is built and reports their findings in the originals, one per place and message.
 */
export function addImportedFiles(services: BcytServices, paths: readonly string[], catalogs: readonly string[], lang: 'vi' | 'en') {
    const imported: Imported[] = [];
    const unreadable: string[] = [];
    for (const path of paths) {
        try {
            imported.push(addImported(services, resolve(path), catalogs));
        } catch (error) {
            if (!(error instanceof ImportError)) throw error;
            process.stderr.write(`bcyt: ${lang === 'en' ? error.messageEn : error.message}\n`);
            unreadable.push(path);
        }
    }
    const check = async (): Promise<FileDiagnostic[]> => {
        await services.shared.workspace.DocumentBuilder.build(imported.map(i => i.document), { validation: true });
        const out: FileDiagnostic[] = [];
        for (const item of imported) {
            const file = relative(process.cwd(), item.path) || item.path;
            const seen = new Set<string>();
            const found = (item.document.diagnostics ?? []).map(d => ({ d, at: sourcePosition(item, d) }))
                .sort((a, b) => a.at.paragraph - b.at.paragraph || a.at.column - b.at.column);
            for (const { d, at } of found) {
                const message = typeof d.message === 'string' ? d.message : (d.message as { value: string }).value;
                const code = String(d.code ?? 'syntax-error');
                const key = `${code}|${at.paragraph}|${message}`;
                if (seen.has(key)) continue;
                seen.add(key);
                const position = { line: at.paragraph - 1, character: at.column };
                out.push({ file, range: { start: position, end: position }, severity: SEVERITIES[d.severity ?? 1], code, message, paragraph: at.paragraph, quote: at.quote });
            }
        }
        return out;
    };
    return { unreadable, check };
}
