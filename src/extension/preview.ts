import { randomBytes } from 'node:crypto';
import { basename } from 'node:path';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node.js';
import { previewPage } from '../preview/page.js';
import { esc, renderPrintedDocument } from '../preview/render.js';
import { PRINTED_DOCUMENT_REQUEST, type PrintedDocumentParams, type PrintedDocumentResult } from '../server/protocol.js';
import { t } from './i18n.js';

const SOURCE_SCHEMES = new Set(['file', 'untitled']);

const DEBOUNCE_MS = 300;

/**
 * The live preview: one webview panel beside the editor, reused for whichever .bcyt file is in
 * front, showing the document as it will print (the server resolves it; src/preview renders
 * it). Re-rendered shortly after typing stops; clicking a block reveals its source line.
 */
export class Preview implements vscode.Disposable {
    private panel: vscode.WebviewPanel | undefined;
    private source: vscode.Uri | undefined;
    private ready = false;
    private timer: ReturnType<typeof setTimeout> | undefined;
    private generation = 0;
    private rendered: Array<() => void> = [];
    private readonly subscriptions: vscode.Disposable[];

    constructor(private readonly client: () => Promise<LanguageClient>) {
        this.subscriptions = [
            vscode.workspace.onDidChangeTextDocument(e => {
                if (this.panel && e.document.uri.toString() === this.source?.toString()) this.schedule();
            }),
            vscode.window.onDidChangeActiveTextEditor(editor => {
                // follow the file in front, as the Markdown preview does; not a virtual document
                // (a diff's side): the server knows files and untitled documents only
                const document = editor?.document;
                if (this.panel && document?.languageId === 'bcyt' && SOURCE_SCHEMES.has(document.uri.scheme) && document.uri.toString() !== this.source?.toString()) {
                    this.show(document.uri);
                }
            }),
            vscode.window.onDidChangeTextEditorVisibleRanges(e => {
                if (this.panel?.visible && e.textEditor.document.uri.toString() === this.source?.toString() && e.visibleRanges[0]) {
                    void this.panel.webview.postMessage({ type: 'reveal', line: e.visibleRanges[0].start.line });
                }
            }),
        ];
    }

    /** `bcyt.openPreview`; resolves once the first content is shown (tests wait on it). */
    async open(target?: vscode.Uri): Promise<{ title: string } | undefined> {
        const uri = target instanceof vscode.Uri ? target : vscode.window.activeTextEditor?.document.uri;
        if (!uri) {
            void vscode.window.showWarningMessage(t('Open a .bcyt file to preview it.'));
            return undefined;
        }
        const shown = new Promise<void>(resolve => this.rendered.push(resolve));
        this.show(uri);
        await Promise.race([shown, new Promise(resolve => setTimeout(resolve, 30_000))]);
        return this.panel ? { title: this.panel.title } : undefined;
    }

    private show(uri: vscode.Uri): void {
        this.source = uri;
        const title = t('Preview {0}', basename(uri.fsPath));
        if (this.panel) {
            this.panel.title = title;
            this.panel.reveal(undefined, true);
            this.schedule(0);
            return;
        }
        this.panel = vscode.window.createWebviewPanel('bcyt.preview', title,
            { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
            { enableScripts: true, localResourceRoots: [] });
        this.ready = false;
        const nonce = randomBytes(16).toString('base64');
        this.panel.webview.html = previewPage(nonce, this.panel.webview.cspSource, { title: esc(title), loading: esc(t('Preparing the preview…')) });
        this.panel.webview.onDidReceiveMessage((message: { type: string; line?: number }) => {
            if (message.type === 'ready') {
                // also after the panel was hidden and shown again: the page was rebuilt
                this.ready = true;
                this.schedule(0);
            } else if (message.type === 'reveal' && typeof message.line === 'number') {
                void this.revealSource(message.line);
            }
        });
        this.panel.onDidDispose(() => {
            this.panel = undefined;
            this.source = undefined;
            clearTimeout(this.timer);
        });
    }

    private schedule(delay = DEBOUNCE_MS): void {
        clearTimeout(this.timer);
        this.timer = setTimeout(() => void this.refresh(), delay);
    }

    private async refresh(): Promise<void> {
        const panel = this.panel, source = this.source;
        if (!panel || !source || !this.ready) return;
        const generation = ++this.generation;
        let result: PrintedDocumentResult;
        try {
            const client = await this.client();
            const params: PrintedDocumentParams = { uri: client.code2ProtocolConverter.asUri(source) };
            result = await client.sendRequest<PrintedDocumentResult>(PRINTED_DOCUMENT_REQUEST, params);
        } catch {
            return;
        }
        if (generation !== this.generation || panel !== this.panel) return; // a newer request is on its way
        const html = result.printed
            ? renderPrintedDocument(result.printed)
            : `<p class="empty">${esc(t('This file holds declarations only: there is nothing to print.'))}</p>`;
        await panel.webview.postMessage({ type: 'update', html, notice: this.notice(result) });
        this.rendered.splice(0).forEach(resolve => resolve());
    }

    private notice(result: PrintedDocumentResult): string {
        const problems = result.printed?.problems ?? [];
        if (!result.errors && !problems.length) return '';
        const head = esc(t('{0} errors remain: compiling to DOCX is refused until they are fixed.', result.errors + problems.length));
        const items = problems.slice(0, 5).map(p => `<li>${esc(t('Line {0}: {1}', p.line + 1, p.message))}</li>`).join('');
        return `${head}${items ? `<ul>${items}</ul>` : ''}`;
    }

    private async revealSource(line: number): Promise<void> {
        if (!this.source) return;
        const document = await vscode.workspace.openTextDocument(this.source);
        const visible = vscode.window.visibleTextEditors.find(e => e.document.uri.toString() === this.source?.toString());
        const position = new vscode.Position(line, 0);
        await vscode.window.showTextDocument(document, {
            viewColumn: visible?.viewColumn ?? vscode.ViewColumn.One,
            selection: new vscode.Range(position, position),
        });
        visible?.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    }

    dispose(): void {
        this.panel?.dispose();
        this.subscriptions.forEach(s => s.dispose());
    }
}
