import '../../language-server/src/polyfill.js';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from '../../language-server/src/lsp/start-server.js';
import { registerEditorRequests } from './requests.js';
import { registerReviewRequest } from './review.js';

// The server the VS Code extension bundles (dist/server.cjs): the language server of
// language-server/src/main.ts plus the requests that need what lies outside it — the DOCX
// compiler, the preview's printed document, the figures compared with HEAD — so the engine runs once, here.
const connection = createConnection(ProposedFeatures.all);
startServer(connection, services => {
    registerEditorRequests(connection, services);
    registerReviewRequest(connection);
});
