import * as assert from 'node:assert';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import * as vscode from 'vscode';
import type { CompileResult } from '../../../src/server/protocol.js';
import { EXAMPLE_001, CLEAN, openEditor, waitFor, workspaceFile } from './helpers.js';

const compile = (name: string, options: { force?: boolean }) =>
    vscode.commands.executeCommand<CompileResult>('bcyt.compile', workspaceFile(name), { ...options, quiet: true });

/** LibreOffice opens the DOCX and writes a PDF: the file is a real Word document. Asynchronous, so the extension host stays responsive. */
async function convertsWithLibreOffice(docx: string): Promise<void> {
    const out = mkdtempSync(path.join(tmpdir(), 'bcyt-lo-'));
    await promisify(execFile)('soffice', [`-env:UserInstallation=file://${out}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', out, docx],
        { timeout: 120_000 });
    const pdf = path.join(out, path.basename(docx).replace(/\.docx$/, '.pdf'));
    const size = existsSync(pdf) ? statSync(pdf).size : 0;
    rmSync(out, { recursive: true, force: true });
    assert.ok(size > 1000, `LibreOffice made no PDF of ${docx}`);
}

suite('compile to DOCX in the server', () => {
    const config = () => vscode.workspace.getConfiguration('bcyt');
    suiteTeardown(() => config().update('outputFolder', undefined, vscode.ConfigurationTarget.Global));

    test('a document with errors is refused, naming them', async () => {
        await openEditor(EXAMPLE_001);
        const result = await compile(EXAMPLE_001, {});
        assert.strictEqual(result?.status, 'refused');
        assert.ok(result.status === 'refused' && result.errors.some(e => e.code === 'sum-mismatch'));
        assert.ok(!existsSync(workspaceFile(EXAMPLE_001.replace('.bcyt', '.docx')).fsPath));
    });

    test('forced, it writes a DOCX beside the source that LibreOffice converts', async () => {
        const result = await compile(EXAMPLE_001, { force: true });
        assert.strictEqual(result?.status, 'written', JSON.stringify(result));
        const docx = workspaceFile(EXAMPLE_001.replace('.bcyt', '.docx')).fsPath;
        assert.strictEqual(result.status === 'written' && result.output, docx);
        await convertsWithLibreOffice(docx);
    });

    test('bcyt.outputFolder puts a clean document into that folder', async () => {
        await config().update('outputFolder', 'docx-out', vscode.ConfigurationTarget.Global);
        const result = await compile(CLEAN, {});
        assert.strictEqual(result?.status, 'written', JSON.stringify(result));
        assert.ok(existsSync(workspaceFile('docx-out', CLEAN.replace('.bcyt', '.docx')).fsPath));
    });

    test('compile the workspace writes the clean documents and refuses the others', async () => {
        const summary = await vscode.commands.executeCommand<{ written: number; refused: number; failed: number }>(
            'bcyt.compileWorkspace', { quiet: true });
        assert.strictEqual(summary.failed, 0);
        assert.ok(summary.written >= 1 && summary.refused >= 1, JSON.stringify(summary));
    });
});

suite('compile on save', () => {
    const config = () => vscode.workspace.getConfiguration('bcyt');
    suiteTeardown(() => config().update('compileOnSave', undefined, vscode.ConfigurationTarget.Global));

    test('bcyt.compileOnSave writes the DOCX when a clean document is saved', async () => {
        const docx = workspaceFile(CLEAN.replace('.bcyt', '.docx')).fsPath;
        assert.ok(!existsSync(docx));
        await config().update('compileOnSave', true, vscode.ConfigurationTarget.Global);
        const editor = await openEditor(CLEAN);
        await editor.edit(edit => edit.insert(new vscode.Position(0, 0), '// lưu để xuất\n'));
        await editor.document.save();
        await waitFor(() => existsSync(docx), 'the DOCX written on save');
    });
});
