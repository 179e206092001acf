// "BCYT: Import data…" where it asks nothing: the file given, a CSV (no sheet to choose). The
// happy path, through the dialogs, the diff and "Áp dụng", is driven by the UI smoke test
// (scripts/e2e/run-ui-smoke.mjs), which can click a modal dialog; here the refusals.
import * as assert from 'node:assert';
import { rmSync, writeFileSync } from 'node:fs';
import * as vscode from 'vscode';
import type { ImportDataOutcome } from '../../../src/extension/data-import.js';
import { workspaceFile } from './helpers.js';

const DOCUMENT = 'import "catalog/thanh-hoa"\n\ndata TYT_ThieuToan Q1/2024 {\n  tre_tiem_chung_day_du = 45\n}\n';

suite('import data', () => {
    const made: string[] = [];
    const file = (name: string, text: string) => {
        const uri = workspaceFile(name);
        writeFileSync(uri.fsPath, text);
        made.push(uri.fsPath);
        return uri;
    };
    suiteTeardown(async () => {
        await vscode.commands.executeCommand('workbench.action.closeAllEditors');
        for (const path of made) rmSync(path, { force: true });
    });

    test('an unknown indicator and a text in a number cell: failed, the cells named, the document untouched', async () => {
        const target = file('so-lieu-loi.bcyt', DOCUMENT);
        const csv = file('loi.csv', 'Chỉ số,Đơn vị,Kỳ,Giá trị\nso_ca_sot_ret,TYT_ThieuToan,Q1/2024,3\ntre_tiem_soi_2,TYT_ThieuToan,Q1/2024,bốn mốt\n');
        const document = await vscode.workspace.openTextDocument(target);
        const outcome = await vscode.commands.executeCommand<ImportDataOutcome>('bcyt.importData', target, { input: csv });
        assert.strictEqual(outcome.status, 'failed', JSON.stringify(outcome));
        assert.ok(outcome.status === 'failed');
        assert.strictEqual(outcome.problems.length, 2, outcome.problems.join('\n'));
        assert.match(outcome.problems[0], /^loi\.csv, ô D2: lỗi: không biết chỉ số "so_ca_sot_ret"/);
        assert.match(outcome.problems[1], /^loi\.csv, ô D3: lỗi: /);
        assert.strictEqual(document.getText(), DOCUMENT);
        assert.strictEqual(document.isDirty, false);
    });

    test('figures the document already has: nothing to change', async () => {
        const target = file('so-lieu-du.bcyt', DOCUMENT);
        const csv = file('du.csv', 'Chỉ số,Đơn vị,Kỳ,Giá trị\ntre_tiem_chung_day_du,Trạm Y tế xã Thiệu Toán,2024Q1,45\n');
        const outcome = await vscode.commands.executeCommand<ImportDataOutcome>('bcyt.importData', target, { input: csv });
        assert.deepStrictEqual(outcome, { status: 'unchanged', summary: 'so-lieu-du.bcyt: thêm 0, sửa 0, giữ nguyên 1' });
    });

    test('a document that is not .bcyt: nothing asked, nothing done', async () => {
        const outcome = await vscode.commands.executeCommand<ImportDataOutcome>('bcyt.importData', workspaceFile('khong-phai.txt'));
        assert.deepStrictEqual(outcome, { status: 'cancelled' });
    });
});
