import './polyfill.js';
import { startLanguageServer } from 'langium/lsp';
import { NodeFileSystem } from 'langium/node';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { createBcytServices } from './bcyt-module.js';
import { runSlowChecksWhenIdle } from './lsp/slow-checks.js';

// `bcyt-language-server --stdio` for any LSP client; VS Code starts it over node IPC.
const connection = createConnection(ProposedFeatures.all);
const { shared } = createBcytServices({ connection, ...NodeFileSystem });
runSlowChecksWhenIdle(shared);
startLanguageServer(shared);
