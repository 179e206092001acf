import './polyfill.js';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './lsp/start-server.js';

// `bcyt-language-server --stdio` for any LSP client; VS Code starts its bundled server (src/server).
startServer(createConnection(ProposedFeatures.all));
