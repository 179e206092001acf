import { describe, expect, test } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'langium';
import * as ast from '../../language-server/src/generated/ast.js';
import { checkFiles } from '../helpers.js';

describe('the reference index, computed when first asked for', () => {
    test('finds references across files, and again after an edit', async () => {
        const checked = await checkFiles({
            'catalog.bcyt': 'org T "TTYT"\nindicator x "X" unit người',
            'report.bcyt': 'import "catalog"\ndata T 2024 {\n  x = 1\n}\nreport R issuer T period 2024\n---\n{x = 1} người, {x @ T}.\n',
        });
        const shared = checked.services.shared;
        const catalog = checked.documents['catalog.bcyt'].parseResult.value;
        const x = catalog.elements.find(ast.isIndicator)!;
        const path = checked.services.workspace.AstNodeLocator.getAstNodePath(x);
        const lines = () => shared.workspace.IndexManager.findAllReferences(x, path)
            .map(r => `${r.sourceUri.path.split('/').pop()}:${r.segment.range.start.line + 1}`).toArray().sort();
        expect(lines()).toEqual(['report.bcyt:3', 'report.bcyt:7', 'report.bcyt:7']);

        const uri = URI.parse('file:///virtual/report.bcyt');
        const changed = 'import "catalog"\nreport R issuer T period 2024\n---\n{x = 1} người.\n';
        const documents = shared.workspace.LangiumDocuments;
        documents.deleteDocument(uri);
        const edited = shared.workspace.LangiumDocumentFactory.fromTextDocument(TextDocument.create(uri.toString(), 'bcyt', 2, changed));
        documents.addDocument(edited);
        await shared.workspace.DocumentBuilder.build([edited], {});
        expect(lines()).toEqual(['report.bcyt:4']);
    });
});
