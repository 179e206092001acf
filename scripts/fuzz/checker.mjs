// The fuzz run's checker, in a process of its own (forked by fuzz.mjs, talking over IPC): each
// input is checked as the editor and `bcyt build --force` would — parsed, linked, every check,
// completion and hover at a few places, the printed document and its DOCX — and answered with
// what went wrong and the CPU time it took. A hang is noticed by the parent, which kills this.
import '../../out/language-server/src/polyfill.js';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { EmptyFileSystem, URI } from 'langium';
import { createBcytServices } from '../../out/language-server/src/bcyt-module.js';
import { resolveDocument } from '../../out/language-server/src/document-model/resolve.js';
import { renderDocx } from '../../out/src/docx/render.js';
import { loadExamples, randomSource } from './mutate.mjs';

const EXAMPLES = process.argv[2];
const { Bcyt, shared } = createBcytServices(EmptyFileSystem);
const documents = shared.workspace.LangiumDocuments;
const factory = shared.workspace.LangiumDocumentFactory;
const builder = shared.workspace.DocumentBuilder;
Bcyt.workspace.Builtins.load(documents, factory);
for (const { name } of loadExamples(EXAMPLES).filter(e => e.name.startsWith('catalog/'))) {
    const path = join(EXAMPLES, name);
    documents.addDocument(factory.fromString(readFileSync(path, 'utf8'), URI.file(path)));
}
await builder.build([...documents.all], { validation: false });

const cpu = () => {
    const { user, system } = process.cpuUsage();
    return (user + system) / 1000;
};

async function check({ source, text, index }) {
    const uri = URI.file(join(EXAMPLES, dirname(source), 'fuzz-input.bcyt'));
    const started = cpu();
    const problems = [];
    try {
        const document = factory.fromString(text, uri);
        documents.addDocument(document);
        try {
            await builder.build([document], { validation: true });
            for (const d of document.diagnostics ?? []) {
                if (d.code === 'internal-error' || !d.code) problems.push(`diagnostic without a code or internal: ${d.message}`);
            }
            const r = randomSource(index);
            for (let n = 0; n < 2; n++) {
                const position = document.textDocument.positionAt(r.int(text.length + 1));
                await Bcyt.lsp.CompletionProvider.getCompletion(document, { textDocument: { uri: uri.toString() }, position });
                await Bcyt.lsp.HoverProvider.getHoverContent(document, { textDocument: { uri: uri.toString() }, position });
            }
            const model = document.parseResult.value;
            const printed = model.document ? resolveDocument(model, Bcyt.evaluation.Evaluator.session(model)) : undefined;
            // the DOCX of every other input: rendering is the slowest step and the least varied
            if (printed && index % 2 === 0) await renderDocx(printed);
        } finally {
            await builder.update([], [uri]);
        }
    } catch (error) {
        problems.push(String(error?.stack ?? error));
    }
    return { problems, cpuMs: cpu() - started };
}

process.on('message', async message => {
    process.send({ id: message.id, ...(await check(message)) });
});
process.send({ ready: true });
