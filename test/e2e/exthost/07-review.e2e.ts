import * as assert from 'node:assert';
import { execFileSync } from 'node:child_process';
import * as vscode from 'vscode';
import { EXAMPLE_001, openEditor, waitFor } from './helpers.js';

const markdownPreviews = () => vscode.window.tabGroups.all.flatMap(group => group.tabs)
    .filter(tab => tab.input instanceof vscode.TabInputWebview && /markdown\.preview/.test((tab.input as vscode.TabInputWebview).viewType));

suite('compare figures with HEAD', () => {
    test('an unsaved correction of seed 001: the claim it fixes and the finding it resolves, in the Markdown preview', async () => {
        const folder = vscode.workspace.workspaceFolders![0].uri.fsPath;
        const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=e2e', '-c', 'user.email=e2e@bcyt.invalid', '-c', 'commit.gpgsign=false', ...args], { cwd: folder });
        git('init', '-q');
        git('add', '-A');
        git('commit', '-q', '-m', 'examples');
        const editor = await openEditor(EXAMPLE_001);
        const at = editor.document.getText().indexOf('{bai_viet = 530}');
        assert.ok(at > 0);
        const start = editor.document.positionAt(at + '{bai_viet = '.length);
        // a workspace edit needs no visible editor (earlier suites open editors beside this one)
        const correction = new vscode.WorkspaceEdit();
        correction.replace(editor.document.uri, new vscode.Range(start, start.translate(0, 3)), '430');
        assert.ok(await vscode.workspace.applyEdit(correction));
        const report = await vscode.commands.executeCommand<string>('bcyt.compareWithHead', editor.document.uri);
        assert.ok(report, 'a report');
        assert.match(report, /001-bao-cao-hoang-hoa-quy-1-2024\.bcyt/);
        assert.match(report, /`\{bai_viet = 430\}` \| ~~530~~ \*\*430\*\* \| ✘ sai → ✔ đúng/);
        assert.match(report, /✔ đã hết: ~~lỗi~~ `sum-mismatch` Tổng số 530/);
        await waitFor(() => markdownPreviews().length > 0, 'the Markdown preview');
        await vscode.commands.executeCommand('workbench.action.files.revert');
    });

    test('outside a git repository it says why', async () => {
        const report = await vscode.commands.executeCommand<string | undefined>('bcyt.compareWithHead', vscode.Uri.file('/tmp/khong-co-kho-git/x.bcyt'));
        assert.strictEqual(report, undefined);
    });
});
