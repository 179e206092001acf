import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { EXAMPLE_001, openEditor, workspaceFile } from './helpers.js';

const previewTabs = () => vscode.window.tabGroups.all.flatMap(group => group.tabs)
    .filter(tab => tab.input instanceof vscode.TabInputWebview && (tab.input as vscode.TabInputWebview).viewType.endsWith('bcyt.preview'));

suite('live preview', () => {
    test('opens beside the editor once the printed document arrived, and is reused', async () => {
        await openEditor(EXAMPLE_001);
        const shown = await vscode.commands.executeCommand<{ title: string }>('bcyt.openPreview', workspaceFile(EXAMPLE_001));
        assert.ok(shown?.title.includes('001-bao-cao'), JSON.stringify(shown));
        assert.strictEqual(previewTabs().length, 1);
        const editorColumn = vscode.window.visibleTextEditors.find(e => e.document.uri.toString() === workspaceFile(EXAMPLE_001).toString())?.viewColumn;
        assert.notStrictEqual(previewTabs()[0].group.viewColumn, editorColumn, 'beside, not over the editor');
        await vscode.commands.executeCommand('bcyt.openPreview', workspaceFile(EXAMPLE_001));
        assert.strictEqual(previewTabs().length, 1, 'one panel, reused');
    });

    test('keeps answering while the source is edited', async () => {
        const editor = await openEditor(EXAMPLE_001);
        await editor.edit(edit => edit.insert(new vscode.Position(editor.document.lineCount - 1, 0), 'Một đoạn mới.\n'));
        const shown = await vscode.commands.executeCommand<{ title: string }>('bcyt.openPreview', editor.document.uri);
        assert.ok(shown);
        await vscode.commands.executeCommand('workbench.action.files.revert');
    });
});
