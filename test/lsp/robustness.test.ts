import { describe, expect, test } from 'vitest';
import { clearDocuments, parseDocument } from 'langium/test';
import type { BcytServices } from '../../language-server/src/bcyt-module.js';
import { example, exampleServices } from './lsp-helpers.js';

/** Every editor feature on truncated examples at many positions: answers, never exceptions. */
async function everything(services: BcytServices, text: string, uri: string): Promise<number> {
    const document = await parseDocument(services, text, { documentUri: uri });
    const lsp = services.lsp;
    const textDocument = { uri };
    let answers = 0;
    const step = Math.max(1, Math.floor(text.length / 15));
    for (let offset = 0; offset <= text.length; offset += step) {
        const position = document.textDocument.positionAt(offset);
        await lsp.CompletionProvider!.getCompletion(document, { textDocument, position });
        await lsp.CompletionProvider!.getCompletion(document, { textDocument, position, context: { triggerKind: 2, triggerCharacter: ' ' } });
        await lsp.HoverProvider!.getHoverContent(document, { textDocument, position });
        try {
            await lsp.RenameProvider!.prepareRename(document, { textDocument, position });
        } catch (error) {
            expect(String(error)).toMatch(/danh mục dùng chung/); // the only refusal prepareRename gives
        }
        answers++;
    }
    const whole = { start: { line: 0, character: 0 }, end: document.textDocument.positionAt(text.length) };
    await lsp.InlayHintProvider!.getInlayHints(document, { textDocument, range: whole });
    await lsp.DocumentSymbolProvider!.getSymbols(document, { textDocument });
    await lsp.FoldingRangeProvider!.getFoldingRanges(document, { textDocument });
    await lsp.SemanticTokenProvider!.semanticHighlight(document, { textDocument });
    const edits = await lsp.Formatter!.formatDocument(document, { textDocument, options: { tabSize: 2, insertSpaces: true } });
    const body = text.search(/^---/m);
    if (body >= 0) expect(edits.every(e => document.textDocument.offsetAt(e.range.end) <= body)).toBe(true);
    await clearDocuments(services, [document]);
    return answers;
}

describe('robustness of the editor features', () => {
    test.each(['000', '001', '002', '003', '004'])('example %s truncated anywhere', async name => {
        const services = await exampleServices();
        const { text, uri } = example(name);
        let answers = 0;
        for (let cut = 1; cut <= 5; cut++) {
            const truncated = text.slice(0, Math.floor((text.length * cut) / 5) - (cut % 3) * 7);
            answers += await everything(services, truncated, uri.replace('.bcyt', `-cut${cut}.bcyt`));
        }
        expect(answers).toBeGreaterThan(40);
    });

    test('random bytes and broken lines', async () => {
        const services = await exampleServices();
        const samples = ['{', '[', '---\n{x @', 'data {\n}', 'report\n---\n{round(', 'indicator "x" unit = = +', '\u0000\uffff{[}]|', 'report R\n---\n[|]{}{@}{of}\n'];
        for (const [i, text] of samples.entries()) await everything(services, text, `file:///virtual/random${i}.bcyt`);
    });

    test.each([
        ['the end of a prose line of 150 000 characters', `report R\n---\n- Căn cứ ${'số 1a/ '.repeat(21_000)}, số 1a`],
        ['400 nested parentheses in prose', `report R\n---\nSố {${'('.repeat(400)}`],
        ['400 nested parentheses in a formula', `indicator x "X" unit người = ${'('.repeat(400)}`],
        ['a data value of 100 000 tokens', `data T 2024 {\n  x = 1${' 1'.repeat(100_000)}`],
    ])('completion and hover at %s: answers', async (_where, text) => {
        const services = await exampleServices();
        const document = await parseDocument(services, text, { documentUri: 'file:///virtual/long.bcyt' });
        const position = document.textDocument.positionAt(text.length);
        const params = { textDocument: { uri: 'file:///virtual/long.bcyt' }, position };
        expect(await services.lsp.CompletionProvider!.getCompletion(document, params)).toBeDefined();
        await services.lsp.HoverProvider!.getHoverContent(document, params);
        await clearDocuments(services, [document]);
    });
});
