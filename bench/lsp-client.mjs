// A minimal LSP client over stdio (JSON-RPC with Content-Length framing), enough to drive the
// real language server for the benchmark: requests with timing, notifications, answers to the
// server's own requests, and waiting for publishDiagnostics.
import { spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';

export class LspClient {
    constructor(command, args, options = {}) {
        this.process = spawn(command, args, { stdio: ['pipe', 'pipe', 'pipe'], ...options });
        this.nextId = 1;
        this.pending = new Map();
        this.diagnosticWaiters = [];
        this.lastDiagnostics = new Map();
        this.buffer = Buffer.alloc(0);
        this.stderr = '';
        this.process.stdout.on('data', chunk => this.onData(chunk));
        this.process.stderr.on('data', chunk => { this.stderr += chunk.toString(); });
        this.exited = new Promise(resolve => this.process.on('exit', (code, signal) => resolve({ code, signal })));
    }

    get pid() { return this.process.pid; }

    onData(chunk) {
        this.buffer = Buffer.concat([this.buffer, chunk]);
        for (;;) {
            const headerEnd = this.buffer.indexOf('\r\n\r\n');
            if (headerEnd < 0) return;
            const header = this.buffer.subarray(0, headerEnd).toString('ascii');
            const length = Number(/Content-Length: (\d+)/i.exec(header)?.[1]);
            if (this.buffer.length < headerEnd + 4 + length) return;
            const body = this.buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8');
            this.buffer = this.buffer.subarray(headerEnd + 4 + length);
            this.onMessage(JSON.parse(body), performance.now());
        }
    }

    onMessage(message, at) {
        if (message.id !== undefined && message.method === undefined) {
            const pending = this.pending.get(message.id);
            if (!pending) return;
            this.pending.delete(message.id);
            if (message.error) pending.reject(Object.assign(new Error(message.error.message), { at }));
            else pending.resolve({ result: message.result, at });
            return;
        }
        if (message.id !== undefined) {
            // a request from the server: answer what a plain editor would
            let result = null;
            if (message.method === 'workspace/configuration') result = (message.params?.items ?? []).map(() => null);
            else if (message.method === 'workspace/workspaceFolders') result = this.workspaceFolders ?? null;
            this.send({ jsonrpc: '2.0', id: message.id, result });
            return;
        }
        if (message.method === 'textDocument/publishDiagnostics') {
            const { uri, diagnostics, version } = message.params;
            this.lastDiagnostics.set(uri, diagnostics);
            const waiters = this.diagnosticWaiters;
            this.diagnosticWaiters = [];
            for (const waiter of waiters) {
                if (waiter.uri === uri) waiter.resolve({ diagnostics, version, at });
                else this.diagnosticWaiters.push(waiter);
            }
        }
    }

    send(message) {
        const body = Buffer.from(JSON.stringify(message), 'utf8');
        this.process.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
        this.process.stdin.write(body);
    }

    /** Sends a request; resolves with { result, ms } (ms: from sending to the response's arrival). */
    request(method, params, timeoutMs = 120000) {
        const id = this.nextId++;
        const start = performance.now();
        return new Promise((resolve, reject) => {
            const timer = setTimeout(() => {
                this.pending.delete(id);
                reject(new Error(`${method}: no answer in ${timeoutMs} ms`));
            }, timeoutMs);
            this.pending.set(id, {
                resolve: ({ result, at }) => { clearTimeout(timer); resolve({ result, ms: at - start }); },
                reject: error => { clearTimeout(timer); reject(error); },
            });
            this.send({ jsonrpc: '2.0', id, method, params });
        });
    }

    notify(method, params) {
        this.send({ jsonrpc: '2.0', method, params });
        return performance.now();
    }

    /** The next publishDiagnostics for `uri` (registered before the change that causes it). */
    nextDiagnostics(uri, timeoutMs = 120000) {
        return new Promise((resolve, reject) => {
            const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri} in ${timeoutMs} ms`)), timeoutMs);
            this.diagnosticWaiters.push({ uri, resolve: value => { clearTimeout(timer); resolve(value); } });
        });
    }

    async shutdown() {
        try {
            await this.request('shutdown', null, 10000);
            this.notify('exit');
        } catch { /* the process is killed below */ }
        const timer = setTimeout(() => this.process.kill('SIGKILL'), 10000);
        const exit = await this.exited;
        clearTimeout(timer);
        return exit;
    }
}
