import { DocumentState, URI } from 'langium';
import { describe, expect, test } from 'vitest';
import { createBcytServices } from '../../language-server/src/bcyt-module.js';
import { answerRequestsBeforeChecks } from '../../language-server/src/lsp/requests-before-checks.js';
import { EditableFiles } from '../language/random-edits.js';

const REPORT = 'report BC issuer TTYT period Q1/2024 date 14/4/2024\n---\nTrong quý đã tiêm {x = 703} trẻ.\n';

/**
 * A keystroke, and a request that needs the re-linked document sent with it (completion after
 * `{`): what happens first, the request's answer or the keystroke's checks. The request is read
 * as the server reads a message, in a turn of the event loop of its own after the keystroke's.
 */
async function firstAfterKeystroke(): Promise<string[]> {
    const files = new EditableFiles();
    const { shared } = createBcytServices({ fileSystemProvider: () => files });
    answerRequestsBeforeChecks(shared);
    const builder = shared.workspace.DocumentBuilder;
    const uri = URI.parse('file:///work/report.bcyt');
    files.texts.set(uri.toString(), REPORT);
    const document = shared.workspace.LangiumDocumentFactory.fromString(REPORT, uri);
    shared.workspace.LangiumDocuments.addDocument(document);
    await builder.build([document], { validation: true });

    const order: string[] = [];
    builder.onBuildPhase(DocumentState.Validated, () => { order.push('checked'); });
    files.texts.set(uri.toString(), REPORT.replace('trẻ.', 'trẻ {'));
    let answered!: Promise<unknown>;
    setImmediate(() => { answered = builder.waitUntil(DocumentState.Linked, uri).then(() => order.push('answered')); });
    await builder.update([uri], []);
    await answered;
    return order;
}

describe('after a keystroke, requests on the re-linked document come before its checks', () => {
    test('completion sent with the keystroke is answered before the document is checked', async () => {
        expect(await firstAfterKeystroke()).toEqual(['answered', 'checked']);
    });
});
