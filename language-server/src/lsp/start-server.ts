import { startLanguageServer } from 'langium/lsp';
import { NodeFileSystem } from 'langium/node';
import type { Connection } from 'vscode-languageserver';
import { createBcytServices, type BcytServices } from '../bcyt-module.js';
import { syncSettings } from './settings-sync.js';
import { answerRequestsBeforeChecks } from './requests-before-checks.js';
import { runSlowChecksWhenIdle } from './slow-checks.js';

/**
 * The language server, one for every client: `bcyt-language-server --stdio` (any LSP editor)
 * and the VS Code extension's bundled server, which adds its requests (DOCX compile, preview)
 * through `extend`. Both take the `bcyt.language` and `bcyt.severity` settings.
 */
export function startServer(connection: Connection, extend?: (services: BcytServices) => void): void {
    // A client may refuse a request the server makes (a plain client has no client/registerCapability,
    // which Langium asks for its configuration and file watchers): logged, never the end of the server.
    process.on('unhandledRejection', reason => connection.console.error(`bcyt: ${String((reason as Error)?.message ?? reason)}`));
    const { shared, Bcyt } = createBcytServices({ connection, ...NodeFileSystem });
    syncSettings(shared, Bcyt);
    extend?.(Bcyt);
    runSlowChecksWhenIdle(shared);
    answerRequestsBeforeChecks(shared);
    startLanguageServer(shared);
}
