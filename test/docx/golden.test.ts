/**
 * The DOCX of the test fixtures and of the five examples against the goldens committed as
 * readable text in test/docx/golden/: every unzipped part, its XML one element a line
 * (golden-text.ts; docProps/core.xml without its creation and modification times), so that a
 * change to how the DOCX is written must leave every part as it was. For the examples the
 * printed model (what the engine computed) is a golden too (`*.model.txt`, one block a line),
 * so that a change of the engine is told apart from a change of the renderer.
 *
 * On a difference the test prints a unified diff of the golden against the new text. After a
 * deliberate change: look at the documents (scripts/docx-diff.mjs against the old ones,
 * LibreOffice), then `BCYT_UPDATE_GOLDEN=1 npx vitest run test/docx/golden.test.ts` and read
 * `git diff test/docx/golden`.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { NodeFileSystem } from 'langium/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBcytServices } from '../../language-server/src/bcyt-module.js';
import { resolveDocument } from '../../language-server/src/document-model/resolve.js';
import type { PrintedDocument } from '../../language-server/src/document-model/model.js';
import type { Model } from '../../language-server/src/generated/ast.js';
import { loadFiles } from '../../language-server/src/workspace/headless.js';
import { renderDocx } from '../../src/docx/render.js';
import { unifiedDiff } from '../unified-diff.js';
import { FIXTURES } from './fixtures.js';
import { docxText, modelText } from './golden-text.js';

const GOLDEN = fileURLToPath(new URL('./golden/', import.meta.url));
const EXAMPLES = fileURLToPath(new URL('../../examples', import.meta.url));
const update = !!process.env.BCYT_UPDATE_GOLDEN;
/** the golden files this run compared or wrote: in update mode, the others are removed */
const written = new Set<string>();
/** at most this many lines of a diff are printed: a change to every paragraph says enough in its first hunks */
const DIFF_LINES = 150;

/** Compares a text with its golden file (or writes it in update mode); `what` says what a difference means. */
function compare(file: string, text: string, what: string): void {
    written.add(file);
    const path = join(GOLDEN, file);
    if (update) {
        if (!existsSync(path) || readFileSync(path, 'utf8') !== text) writeFileSync(path, text);
        return;
    }
    const golden = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
    if (golden === text) return;
    const name = `test/docx/golden/${file}`;
    if (golden === undefined) expect.fail(`${name} is missing: BCYT_UPDATE_GOLDEN=1 npx vitest run test/docx/golden.test.ts writes it`);
    const diff = unifiedDiff(name, golden, text).split('\n');
    const shown = diff.length > DIFF_LINES ? [...diff.slice(0, DIFF_LINES), `… ${diff.length - DIFF_LINES} more lines of diff`] : diff;
    expect.fail(`${what}:\n${shown.join('\n')}\nAfter a deliberate change: BCYT_UPDATE_GOLDEN=1 npx vitest run test/docx/golden.test.ts, then read git diff test/docx/golden.`);
}

const examples: Record<string, PrintedDocument> = {};
beforeAll(async () => {
    const { Bcyt } = createBcytServices(NodeFileSystem);
    const { documents } = await loadFiles(Bcyt, [EXAMPLES]);
    for (const document of documents) {
        const model = document.parseResult.value as Model;
        const printed = model.document && resolveDocument(model, Bcyt.evaluation.Evaluator.session(model));
        if (printed) examples[document.uri.path.split('/').pop()!.replace(/\.bcyt$/, '')] = printed;
    }
    if (update) mkdirSync(GOLDEN, { recursive: true });
}, 120_000);

afterAll(() => {
    if (!update) return;
    for (const file of readdirSync(GOLDEN)) if (!written.has(file)) rmSync(join(GOLDEN, file));
});

describe('the DOCX parts are as committed in test/docx/golden', () => {
    it.each(Object.keys(FIXTURES))('fixture %s', async name => {
        const text = await docxText(await renderDocx(FIXTURES[name as keyof typeof FIXTURES]));
        compare(`fixture-${name}.docx.txt`, text, `fixture ${name}: the DOCX changed`);
    });

    it('the five examples are there', () => {
        expect(Object.keys(examples).sort()).toEqual(readdirSync(EXAMPLES).filter(f => f.endsWith('.bcyt')).map(f => f.replace(/\.bcyt$/, '')).sort());
    });

    it.each(readdirSync(EXAMPLES).filter(f => f.endsWith('.bcyt')).map(f => f.replace(/\.bcyt$/, '')))('example %s', async name => {
        const printed = examples[name];
        compare(`${name}.model.txt`, modelText(printed),
            `${name}: the printed model changed (the engine or the resolver, not the renderer): check the DOCX and the examples' findings`);
        compare(`${name}.docx.txt`, await docxText(await renderDocx(printed)), `${name}: the DOCX changed`);
    });
});
