import * as vscode from 'vscode';

export const EXAMPLE_001 = '001-bao-cao-hoang-hoa-quy-1-2024.bcyt';
/** test/e2e/fixtures: a document without a slip, whatever checks are added to the examples */
export const CLEAN = 'cong-van-sach.bcyt';

/** A file of the test workspace (a copy of examples/ and test/e2e/fixtures/). */
export function workspaceFile(...segments: string[]): vscode.Uri {
    return vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, ...segments);
}

export async function openEditor(name: string): Promise<vscode.TextEditor> {
    return vscode.window.showTextDocument(await vscode.workspace.openTextDocument(workspaceFile(name)));
}

/** Polls until `probe` gives a value (the server answers asynchronously). */
export async function waitFor<T>(probe: () => T | undefined | false | Promise<T | undefined | false>, what: string, ms = 45_000): Promise<T> {
    const end = Date.now() + ms;
    for (;;) {
        const value = await probe();
        if (value) return value;
        if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
        await new Promise(resolve => setTimeout(resolve, 150));
    }
}

export function codeOf(diagnostic: vscode.Diagnostic): string {
    const code = diagnostic.code;
    return typeof code === 'object' && code !== null ? String(code.value) : String(code ?? '');
}

export function diagnosticsWithCode(uri: vscode.Uri, code: string): vscode.Diagnostic[] {
    return vscode.languages.getDiagnostics(uri).filter(d => codeOf(d) === code);
}
