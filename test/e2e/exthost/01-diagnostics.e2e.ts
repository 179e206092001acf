import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { diagnosticsWithCode, EXAMPLE_001, openEditor, waitFor, workspaceFile } from './helpers.js';

suite('diagnostics from the bundled language server', () => {
    test('a .bcyt file is in the bcyt language and activates the extension', async () => {
        const editor = await openEditor(EXAMPLE_001);
        assert.strictEqual(editor.document.languageId, 'bcyt');
        const extension = vscode.extensions.all.find(e => e.packageJSON?.name === 'bcyt');
        assert.ok(extension, 'extension bcyt is loaded');
        await waitFor(() => extension.isActive, 'activation');
    });

    test("seed 001's two totals that do not add up are sum-mismatch errors", async () => {
        const uri = workspaceFile(EXAMPLE_001);
        const found = await waitFor(() => diagnosticsWithCode(uri, 'sum-mismatch').length >= 2 && diagnosticsWithCode(uri, 'sum-mismatch'), 'sum-mismatch');
        assert.deepStrictEqual(found.map(d => d.range.start.line + 1).sort((a, b) => a - b), [223, 237]);
        assert.ok(found.every(d => d.severity === vscode.DiagnosticSeverity.Error));
        assert.match(found[0].message, /^Tổng số/, 'Vietnamese by default');
    });
});
