import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { EXAMPLE_001, openEditor } from './helpers.js';

suite('completion', () => {
    teardown(() => vscode.commands.executeCommand('workbench.action.files.revert'));

    test('a citation opened in prose offers the national decision 1300/QĐ-BYT', async () => {
        const editor = await openEditor(EXAMPLE_001);
        const document = editor.document;
        const end = document.lineAt(document.lineCount - 1).range.end;
        await editor.edit(edit => edit.insert(end, '\nTriển khai theo Quyết định ['));
        const position = document.lineAt(document.lineCount - 1).range.end;
        const list = await vscode.commands.executeCommand<vscode.CompletionList>(
            'vscode.executeCompletionItemProvider', document.uri, position, '[');
        const labels = list.items.map(item => (typeof item.label === 'string' ? item.label : item.label.label));
        assert.ok(labels.some(label => label.includes('1300/QĐ-BYT')), `completion items: ${labels.slice(0, 20).join(', ')}`);
    });
});
