// Runs before the templates suite (06): after it the server mishandles the closed untitled documents
// ("ENOENT open Untitled-1", "no services for the extension ''") and stops answering updates.
import * as assert from 'node:assert';
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { strToU8, zipSync } from 'fflate';
import * as vscode from 'vscode';
import type { ImportResult } from '../../../src/server/protocol.js';
import { diagnosticsWithCode, waitFor, workspaceFile } from './helpers.js';

/** A Word file of `lines`, a paragraph each (as Word saves a pasted text). */
function wordFile(lines: readonly string[]): Uint8Array {
    const body = lines.map(line => `<w:p><w:r><w:t xml:space="preserve">${line}</w:t></w:r></w:p>`).join('');
    return zipSync({
        'word/document.xml': strToU8(`<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`),
    });
}

const REPORT = [
    'SỞ Y TẾ THANH HOÁ', 'TRUNG TÂM Y TẾ HOẰNG HOÁ', 'Số: /BC-TTYT', 'Hoằng Hoá, ngày 14 tháng 4 năm 2024', 'BÁO CÁO',
    'KẾT QUẢ THỰC HIỆN CÔNG TÁC Y TẾ QUÝ I NĂM 2024', '',
    'Số bài viết truyền thông là 530 bài. Trong đó: về phòng chống dịch là 176 bài, về an toàn thực phẩm là 105 bài, về các bệnh xã hội là 58 bài, về nội dung khác là 91 bài.',
    'Tổng số mũi tiêm là 300 liều. Trong đó: mũi 1 là 150 liều, mũi 2 là 160 liều.',
    '', 'Nơi nhận:', '- Lưu: VT.', 'GIÁM ĐỐC', 'Lê Văn An',
];

suite('import a document', () => {
    const made: string[] = [];
    suiteTeardown(() => { for (const path of made) rmSync(path, { force: true }); });

    test('a Word report becomes a draft opened beside, matched to the workspace catalog, its sums checked', async () => {
        const copy = workspaceFile('bao-cao-word.docx');
        writeFileSync(copy.fsPath, wordFile(REPORT));
        made.push(copy.fsPath);

        const result = await vscode.commands.executeCommand<ImportResult>('bcyt.importDocument', copy);
        assert.strictEqual(result?.status, 'written', JSON.stringify(result));
        const draft = vscode.Uri.file(result.status === 'written' ? result.output : '');
        made.push(draft.fsPath);
        assert.ok(draft.fsPath.endsWith('bao-cao-word.bcyt'));
        const editor = vscode.window.activeTextEditor;
        assert.strictEqual(editor?.document.uri.fsPath, draft.fsPath);
        assert.strictEqual(editor?.viewColumn, vscode.ViewColumn.Two);
        const text = editor.document.getText();
        assert.ok(text.includes('import "catalog/thanh-hoa"'), text.slice(0, 400));
        assert.ok(text.includes('issuer TTYT_HoangHoa'));
        await waitFor(() => diagnosticsWithCode(draft, 'sum-mismatch').length === 2, 'the two sums that do not add up, in the draft');
    });

    test('imported again, the draft is not overwritten: a new name', async () => {
        const result = await vscode.commands.executeCommand<ImportResult>('bcyt.importDocument', workspaceFile('bao-cao-word.docx'));
        assert.strictEqual(result?.status, 'written');
        assert.ok(result.status === 'written' && result.output.endsWith('bao-cao-word-2.bcyt'), JSON.stringify(result));
        made.push(result.status === 'written' ? result.output : '');
    });

    test('a damaged file: an error, nothing written', async () => {
        const bad = workspaceFile('hong.docx');
        writeFileSync(bad.fsPath, 'không phải Word');
        made.push(bad.fsPath);
        const result = await vscode.commands.executeCommand<ImportResult>('bcyt.importDocument', bad);
        assert.strictEqual(result?.status, 'failed');
        assert.ok(result.status === 'failed' && result.message.includes('hong.docx'));
        assert.ok(!existsSync(workspaceFile('hong.bcyt').fsPath));
    });
});
