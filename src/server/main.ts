import '../../language-server/src/polyfill.js';
import { startLanguageServer } from 'langium/lsp';
import { NodeFileSystem } from 'langium/node';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { createBcytServices } from '../../language-server/src/bcyt-module.js';
import { runSlowChecksWhenIdle } from '../../language-server/src/lsp/slow-checks.js';
import { registerEditorRequests } from './requests.js';
import { registerReviewRequest } from './review.js';
import { watchSettings } from './settings.js';

// The server the VS Code extension bundles (dist/server.cjs): the language server of
// language-server/src/main.ts plus the requests that need what lies outside it — the DOCX
// compiler and the preview's printed document — so the engine runs once, here.
const connection = createConnection(ProposedFeatures.all);
const { shared, Bcyt } = createBcytServices({ connection, ...NodeFileSystem });
watchSettings(shared);
registerEditorRequests(connection, Bcyt);
registerReviewRequest(connection);
runSlowChecksWhenIdle(shared);
startLanguageServer(shared);
