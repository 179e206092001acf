import { basename } from 'node:path';
import * as vscode from 'vscode';
import type { CompileResult } from '../server/protocol.js';
import { t } from './i18n.js';

/**
 * Two status-bar items while a .bcyt file is in front: the errors of that document (click:
 * Problems) and the result of the last compile (click: compile again).
 */
export class StatusBar implements vscode.Disposable {
    private readonly errors = vscode.window.createStatusBarItem('bcyt.errors', vscode.StatusBarAlignment.Left, 50);
    private readonly compile = vscode.window.createStatusBarItem('bcyt.compile', vscode.StatusBarAlignment.Left, 49);
    private readonly subscriptions: vscode.Disposable[];

    constructor() {
        this.errors.name = t('BCYT errors');
        this.errors.command = 'workbench.actions.view.problems';
        this.compile.name = t('BCYT compile');
        this.compile.command = 'bcyt.compile';
        this.compile.text = '$(file-binary) DOCX';
        this.compile.tooltip = t('Compile to DOCX');
        this.subscriptions = [
            vscode.window.onDidChangeActiveTextEditor(() => this.update()),
            vscode.languages.onDidChangeDiagnostics(() => this.update()),
        ];
        this.update();
    }

    compiling(source: vscode.Uri): void {
        this.compile.text = '$(sync~spin) DOCX';
        this.compile.tooltip = t('Compiling {0}…', basename(source.fsPath));
        this.compile.backgroundColor = undefined;
        this.update();
    }

    compiledWith(source: vscode.Uri, result: CompileResult): void {
        const name = basename(source.fsPath);
        const time = new Date().toLocaleTimeString();
        const [icon, tooltip, failed] =
            result.status === 'written' ? ['$(check)', t('{0} → {1} at {2}', name, basename(result.output), time), false]
            : result.status === 'refused' ? ['$(error)', t('{0}: not compiled, {1} errors remain ({2})', name, result.errors.length, time), true]
            : result.status === 'no-document' ? ['$(info)', t('{0} holds declarations only: nothing to compile', name), false]
            : ['$(error)', t('{0}: compile failed: {1}', name, result.message), true];
        this.compile.text = `${icon} DOCX`;
        this.compile.tooltip = tooltip;
        this.compile.backgroundColor = failed ? new vscode.ThemeColor('statusBarItem.errorBackground') : undefined;
        this.update();
    }

    private update(): void {
        const document = vscode.window.activeTextEditor?.document;
        if (document?.languageId !== 'bcyt') {
            this.errors.hide();
            this.compile.hide();
            return;
        }
        const count = vscode.languages.getDiagnostics(document.uri).filter(d => d.severity === vscode.DiagnosticSeverity.Error).length;
        this.errors.text = count ? `$(error) ${t('{0} errors', count)}` : `$(check) ${t('No errors')}`;
        this.errors.tooltip = count ? t('{0} errors in this document: compiling is refused until they are fixed', count) : t('No errors in this document');
        this.errors.show();
        this.compile.show();
    }

    dispose(): void {
        this.errors.dispose();
        this.compile.dispose();
        this.subscriptions.forEach(s => s.dispose());
    }
}
