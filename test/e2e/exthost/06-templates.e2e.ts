import * as assert from 'node:assert';
import * as vscode from 'vscode';

suite('new document from a template', () => {
    teardown(() => vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor'));

    for (const [kind, head, mark] of [
        ['report', /^report BC_DonVi_Q1_2024$/m, '## II. KẾT QUẢ THỰC HIỆN'],
        ['plan', /^plan KH_DonVi_2024$/m, '## II. MỤC TIÊU, CHỈ TIÊU'],
        ['letter', /^letter CV_TongKet_2024$/m, '{appendix "ĐỀ CƯƠNG BÁO CÁO"'],
    ] as const) {
        test(`${kind}: an untitled .bcyt with the template's header and outline`, async () => {
            const editor = await vscode.commands.executeCommand<vscode.TextEditor>('bcyt.newDocument', kind);
            assert.ok(editor);
            assert.strictEqual(editor.document.languageId, 'bcyt');
            const text = editor.document.getText();
            assert.match(text, head);
            assert.ok(text.includes(mark), text);
            assert.ok(text.includes('\n---\n'));
        });
    }

    test('the công văn follows the đề cương of seed 004, with the years filled in', async () => {
        const editor = await vscode.commands.executeCommand<vscode.TextEditor>('bcyt.newDocument', 'letter');
        const text = editor!.document.getText();
        for (const heading of ['## I. ĐÁNH GIÁ KẾT QUẢ HOẠT ĐỘNG Y TẾ NĂM 2024', '### 1. Ưu điểm', '#### 2.2. Nguyên nhân',
            '##### b) *Nguyên nhân khách quan*', '## III. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM THỰC HIỆN TRONG NĂM 2025', '## IV. KIẾN NGHỊ']) {
            assert.ok(text.includes(heading), heading);
        }
    });
});
