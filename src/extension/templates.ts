import { readFileSync } from 'node:fs';
import * as vscode from 'vscode';
import { t } from './i18n.js';

interface Snippet {
    readonly prefix: string;
    readonly description: string;
    readonly body: string[];
}

/** The templates are the snippets of snippets/bcyt.code-snippets: one source for both. */
const TEMPLATES = [
    { snippet: 'Báo cáo', label: 'Báo cáo', detail: 'report' },
    { snippet: 'Kế hoạch', label: 'Kế hoạch', detail: 'plan' },
    { snippet: 'Công văn', label: 'Công văn', detail: 'letter' },
] as const;

/** `bcyt.newDocument`: a new untitled .bcyt from a template, its fields ready to fill with Tab. */
export async function newDocumentFromTemplate(context: vscode.ExtensionContext, kind?: string): Promise<vscode.TextEditor | undefined> {
    const snippets = JSON.parse(readFileSync(vscode.Uri.joinPath(context.extensionUri, 'snippets', 'bcyt.code-snippets').fsPath, 'utf8')) as Record<string, Snippet>;
    const choice = TEMPLATES.find(template => template.detail === kind)
        ?? await vscode.window.showQuickPick(
            TEMPLATES.map(template => ({ ...template, description: snippets[template.snippet]?.description })),
            { placeHolder: t('Which kind of document?') });
    const snippet = choice && snippets[choice.snippet];
    if (!snippet) return undefined;
    const document = await vscode.workspace.openTextDocument({ language: 'bcyt', content: '' });
    const editor = await vscode.window.showTextDocument(document);
    await editor.insertSnippet(new vscode.SnippetString(snippet.body.join('\n')));
    return editor;
}
