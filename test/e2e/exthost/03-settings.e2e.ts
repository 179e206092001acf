import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { diagnosticsWithCode, EXAMPLE_001, openEditor, waitFor, workspaceFile } from './helpers.js';

suite('settings reach the server', () => {
    const config = () => vscode.workspace.getConfiguration('bcyt');
    suiteTeardown(() => config().update('language', undefined, vscode.ConfigurationTarget.Global));

    test('bcyt.language = en turns the messages English, vi turns them back', async () => {
        await openEditor(EXAMPLE_001);
        const uri = workspaceFile(EXAMPLE_001);
        const message = () => diagnosticsWithCode(uri, 'sum-mismatch')[0]?.message ?? '';
        await waitFor(() => message().startsWith('Tổng số'), 'Vietnamese message');
        await config().update('language', 'en', vscode.ConfigurationTarget.Global);
        await waitFor(() => message().startsWith('Total'), 'English message');
        await config().update('language', 'vi', vscode.ConfigurationTarget.Global);
        await waitFor(() => message().startsWith('Tổng số'), 'Vietnamese message again');
        assert.ok(true);
    });
});
