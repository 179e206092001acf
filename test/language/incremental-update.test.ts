import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { URI, type LangiumDocument } from 'langium';
import { describe, expect, test } from 'vitest';
import { createBcytServices } from '../../language-server/src/bcyt-module.js';
import type { Model } from '../../language-server/src/generated/ast.js';
import { EXAMPLES } from '../lsp/lsp-helpers.js';
import { EditableFiles } from './random-edits.js';

const CATALOG = join(EXAMPLES, 'catalog/thanh-hoa.bcyt');
const REPORT = join(EXAMPLES, '001-bao-cao-hoang-hoa-quy-1-2024.bcyt');

/** The example report (with the given text) and its catalog, built with validation. */
async function workspace(reportText: string) {
    const files = new EditableFiles();
    const { Bcyt, shared } = createBcytServices({ fileSystemProvider: () => files });
    const documents = shared.workspace.LangiumDocuments;
    const factory = shared.workspace.LangiumDocumentFactory;
    Bcyt.workspace.Builtins.load(documents, factory);
    for (const [path, text] of [[CATALOG, readFileSync(CATALOG, 'utf8')], [REPORT, reportText]]) {
        const uri = pathToFileURL(path).toString();
        files.texts.set(uri, text);
        documents.addDocument(factory.fromString(text, URI.parse(uri)));
    }
    await shared.workspace.DocumentBuilder.build([...documents.all], { validation: true });
    const report = documents.getDocument(URI.parse(pathToFileURL(REPORT).toString())) as LangiumDocument<Model>;
    return { files, shared, report };
}

const inBody = (text: string, edit: (body: string) => string) => {
    const start = text.indexOf('\n---\n') + 5;
    return text.slice(0, start) + edit(text.slice(start));
};

const summary = (document: LangiumDocument) => (document.diagnostics ?? [])
    .map(d => `${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${d.code} ${d.message}`).sort();

describe('an edited report gets the diagnostics of a fresh build', () => {
    const original = readFileSync(REPORT, 'utf8');
    test.each<[string, (text: string) => string]>([
        ['a stated number changed', text => text.replace(/\{(\w+) = (\d)/, '{$1 = 9$2')],
        ['a line with an unknown name inserted at the top of the body', text => text.replace('\n---\n', '\n---\nMột dòng mới với {xyz_khong_co = 1}.\n')],
        ['a paragraph of the body removed', text => inBody(text, body => body.replace(/\n\n[^\n]+\n/, '\n\n'))],
        ['typing at the end', text => `${text}Thêm một câu.`],
    ])('%s', async (_, edit) => {
        const changed = edit(original);
        expect(changed).not.toBe(original);
        const { files, shared, report } = await workspace(original);
        const tree = report.parseResult.value;
        files.texts.set(report.uri.toString(), changed);
        // what the server does: the keystroke's build, then the slow lane when typing pauses
        await shared.workspace.DocumentBuilder.update([report.uri], []);
        await shared.workspace.DocumentBuilder.build([report], { validation: { categories: ['slow'] } });
        // the body was re-parsed in place: the same tree, updated
        expect(report.parseResult.value).toBe(tree);
        expect(tree.$cstNode!.root.fullText).toBe(changed);
        const { report: rebuilt } = await workspace(changed);
        expect(summary(rebuilt).length).toBeGreaterThan(0);
        expect(summary(report)).toEqual(summary(rebuilt));
    });
});
