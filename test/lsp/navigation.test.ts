import { describe, expect, test } from 'vitest';
import { expectFindReferences, expectGoToDefinition, parseDocument } from 'langium/test';
import { ResponseError, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { BcytServices } from '../../language-server/src/bcyt-module.js';
import { lspServices, openWithMarkers, virtualUri } from './lsp-helpers.js';

const CATALOG = `org SYT_ThanhHoa "Sở Y tế Thanh Hóa" code SYT
org TTYT_Hoằng_Hóa "Trung tâm Y tế Hoằng Hóa" code TTYT parent SYT_ThanhHoa
unit "cơ sở y tế" < "cơ sở"
indicator tre_tiem "Số trẻ được tiêm" unit trẻ
indicator co_so "Số cơ sở" unit "cơ sở y tế"
legal "23/KH-TTYT" type "Kế hoạch" date 07/02/2024 issuer TTYT_Hoằng_Hóa
`;
const REPORT = `import "catalog"
data TTYT_Hoằng_Hoá Q1/2023 {
  tre_tiem = 645
  co_so = 3 "cơ sở y tế"
}
report BC
  issuer ${'TTYT_Hoằng_Hóa'}
  period Q1/2024
---
Tiêm {tre_tiem = 703} trẻ, đạt {tre_tiem of prev = 109%} so với cùng kỳ; {co_so = 4} cơ sở.
Căn cứ [23/KH-TTYT] và [23/KH-TTYT|short].
`;

describe('go to definition and find references', () => {
    test('a name in prose goes to its declaration in the same file', async () => {
        const services = await lspServices();
        await expectGoToDefinition(services)({
            text: 'indicator <|x|> "X" unit trẻ\nreport R\n---\nCó {<|>x = 1} trẻ.\n',
            index: 0, rangeIndex: 0, disposeAfterCheck: true,
        });
    });

    test('all references of an indicator in one file, with or without its declaration', async () => {
        const services = await lspServices();
        const text = 'indicator <|x|> "X" unit trẻ\nindicator y "Y" unit trẻ = <|x|> + 1\nreport R\n---\nCó {<|x|> = 1} trẻ, {<|><|x|> of prev}.\n';
        await expectFindReferences(services)({ text, includeDeclaration: true, disposeAfterCheck: true });
    });

    test('references across files and imports, also where the name is written with the other tone placement or in NFD', async () => {
        const services = await lspServices({ 'catalog.bcyt': CATALOG });
        const { document } = await openWithMarkers(services, REPORT, virtualUri('report.bcyt'));
        const catalog = services.shared.workspace.LangiumDocuments.getDocument(document.uri.with({ path: '/virtual/catalog.bcyt' }))!;
        const offset = catalog.textDocument.getText().indexOf('TTYT_Hoằng_Hóa "');
        const locations = await services.lsp.ReferencesProvider!.findReferences(catalog, {
            textDocument: { uri: catalog.uri.toString() }, position: catalog.textDocument.positionAt(offset), context: { includeDeclaration: false },
        });
        const texts = locations.map(l => `${l.uri.split('/').pop()}:${textOf(services, l.uri, l.range)}`).sort();
        expect(texts).toEqual(['catalog.bcyt:TTYT_Hoằng_Hóa', 'report.bcyt:TTYT_Hoằng_Hoá', 'report.bcyt:TTYT_Hoằng_Hóa'.normalize('NFD')].sort());
    });

    test('go to definition of a citation opens the legal declaration in the imported catalog', async () => {
        const services = await lspServices({ 'catalog.bcyt': CATALOG });
        const { document } = await openWithMarkers(services, REPORT, virtualUri('report2.bcyt'));
        const offset = REPORT.indexOf('[23/KH') + 3;
        const links = await services.lsp.DefinitionProvider!.getDefinition(document, { textDocument: { uri: document.uri.toString() }, position: document.textDocument.positionAt(offset) });
        expect(links?.map(l => [l.targetUri.split('/').pop(), textOf(services, l.targetUri, l.targetSelectionRange)])).toEqual([['catalog.bcyt', '"23/KH-TTYT"']]);
    });
});

describe('rename across the workspace and imports', () => {
    async function rename(services: BcytServices, uri: string, offset: number, newName: string): Promise<Record<string, string>> {
        const document = services.shared.workspace.LangiumDocuments.getDocument(services.shared.workspace.LangiumDocuments.all.find(d => d.uri.toString() === uri)!.uri)!;
        const position = document.textDocument.positionAt(offset);
        const range = await services.lsp.RenameProvider!.prepareRename(document, { textDocument: { uri }, position });
        expect(range).toBeDefined();
        const edit = await services.lsp.RenameProvider!.rename(document, { textDocument: { uri }, position, newName }) as WorkspaceEdit;
        const out: Record<string, string> = {};
        for (const [changed, edits] of Object.entries(edit.changes ?? {})) {
            const doc = services.shared.workspace.LangiumDocuments.all.find(d => d.uri.toString() === changed)!;
            out[changed.split('/').pop()!] = TextDocument.applyEdits(TextDocument.create(changed, 'bcyt', 0, doc.textDocument.getText()), edits as TextEdit[]);
        }
        return out;
    }

    test('renaming an indicator in the catalog renames its references in the report that imports it', async () => {
        const services = await lspServices({ 'catalog.bcyt': CATALOG });
        await parseDocument(services, REPORT, { documentUri: virtualUri('report.bcyt') });
        const out = await rename(services, virtualUri('catalog.bcyt'), CATALOG.indexOf('tre_tiem'), 'tre_tiem_day_du');
        expect(out['catalog.bcyt']).toContain('indicator tre_tiem_day_du "Số trẻ được tiêm"');
        expect(out['report.bcyt']).toContain('  tre_tiem_day_du = 645\n');
        expect(out['report.bcyt']).toContain('Tiêm {tre_tiem_day_du = 703} trẻ, đạt {tre_tiem_day_du of prev = 109%}');
    });

    test('renaming from a reference in prose renames the declaration in the other file', async () => {
        const services = await lspServices({ 'catalog.bcyt': CATALOG });
        await parseDocument(services, REPORT, { documentUri: virtualUri('report.bcyt') });
        const out = await rename(services, virtualUri('report.bcyt'), REPORT.indexOf('{tre_tiem of') + 2, 'so_tre');
        expect(out['catalog.bcyt']).toContain('indicator so_tre "Số trẻ được tiêm"');
        expect(out['report.bcyt']).toContain('{so_tre of prev = 109%}');
    });

    test('names compared by their comparison key are renamed too (Hoá written for Hóa, NFD for NFC)', async () => {
        const services = await lspServices({ 'catalog.bcyt': CATALOG });
        await parseDocument(services, REPORT, { documentUri: virtualUri('report.bcyt') });
        const out = await rename(services, virtualUri('catalog.bcyt'), CATALOG.indexOf('TTYT_Hoằng_Hóa "'), 'TTYT_HH');
        expect(out['catalog.bcyt']).toContain('org TTYT_HH "Trung tâm Y tế Hoằng Hóa"');
        expect(out['catalog.bcyt']).toContain('issuer TTYT_HH\n');
        expect(out['report.bcyt']).toContain('data TTYT_HH Q1/2023 {');
        expect(out['report.bcyt']).toContain('  issuer TTYT_HH\n');
    });

    test('a legal document is renamed by its symbol: quoted in the declaration, bare in citations', async () => {
        const services = await lspServices({ 'catalog.bcyt': CATALOG });
        await parseDocument(services, REPORT, { documentUri: virtualUri('report.bcyt') });
        const out = await rename(services, virtualUri('report.bcyt'), REPORT.indexOf('[23/KH') + 2, '24/KH-TTYT');
        expect(out['catalog.bcyt']).toContain('legal "24/KH-TTYT" type "Kế hoạch"');
        expect(out['report.bcyt']).toContain('Căn cứ [24/KH-TTYT] và [24/KH-TTYT|short].');
    });

    test('a unit renamed to several words is quoted everywhere', async () => {
        const services = await lspServices({ 'catalog.bcyt': CATALOG });
        await parseDocument(services, REPORT, { documentUri: virtualUri('report.bcyt') });
        const out = await rename(services, virtualUri('catalog.bcyt'), CATALOG.indexOf('"cơ sở y tế" <') + 2, 'cơ sở khám bệnh');
        expect(out['catalog.bcyt']).toContain('unit "cơ sở khám bệnh" < "cơ sở"');
        expect(out['catalog.bcyt']).toContain('unit "cơ sở khám bệnh"\n');
        expect(out['report.bcyt']).toContain('co_so = 3 "cơ sở khám bệnh"');
    });

    test('an invalid name and a declaration of the starter catalog are refused with a message', async () => {
        const services = await lspServices({ 'catalog.bcyt': CATALOG });
        const { document } = await openWithMarkers(services, REPORT, virtualUri('report.bcyt'));
        const uri = document.uri.toString();
        const at = (offset: number) => document.textDocument.positionAt(offset);
        await expect(services.lsp.RenameProvider!.rename(document, { textDocument: { uri }, position: at(REPORT.indexOf('tre_tiem')), newName: 'tên có dấu cách' }))
            .rejects.toBeInstanceOf(ResponseError);
        const builtin = await lspServices();
        const { document: withBuiltin } = await openWithMarkers(builtin, 'report R\n---\nTheo [1300/QĐ-BYT].\n', virtualUri('b.bcyt'));
        const position = withBuiltin.textDocument.positionAt('report R\n---\nTheo [13'.length);
        expect(() => builtin.lsp.RenameProvider!.prepareRename(withBuiltin, { textDocument: { uri: withBuiltin.uri.toString() }, position }))
            .toThrow(/danh mục dùng chung/);
    });
});

function textOf(services: BcytServices, uri: string, range: { start: { line: number; character: number }; end: { line: number; character: number } }): string {
    const doc = services.shared.workspace.LangiumDocuments.all.find(d => d.uri.toString() === uri)!;
    return doc.textDocument.getText(range);
}
