import '../../language-server/src/polyfill.js';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from '../../language-server/src/lsp/start-server.js';
import { registerEditorRequests } from './requests.js';

// The server the VS Code extension bundles (dist/server.cjs): the language server of
// language-server/src/main.ts plus the requests that need what lies outside it — the DOCX
// compiler and the preview's printed document — so the engine runs once, here.
const connection = createConnection(ProposedFeatures.all);
startServer(connection, services => registerEditorRequests(connection, services));
