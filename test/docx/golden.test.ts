/**
 * The DOCX of the test fixtures and of the five examples, part by part, against digests committed
 * in golden.json: a change to how the DOCX is written (the renderer, the zip) must leave every
 * unzipped part as it was. docProps/core.xml is compared without its creation and modification
 * times. For the examples the printed model (what the engine computed) is digested too, so that a
 * change of the engine is told apart from a change of the renderer.
 *
 * After a deliberate change of the DOCX: look at the documents (scripts/docx-diff.mjs against the
 * old ones, LibreOffice), then `BCYT_UPDATE_GOLDEN=1 npx vitest run test/docx/golden.test.ts`.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';
import { NodeFileSystem } from 'langium/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBcytServices } from '../../language-server/src/bcyt-module.js';
import { resolveDocument } from '../../language-server/src/document-model/resolve.js';
import type { PrintedDocument } from '../../language-server/src/document-model/model.js';
import type { Model } from '../../language-server/src/generated/ast.js';
import { loadFiles } from '../../language-server/src/workspace/headless.js';
import { renderDocx } from '../../src/docx/render.js';
import { FIXTURES } from './fixtures.js';

interface Golden {
    /** digest of the printed model (examples only) */
    readonly model?: string;
    /** part path → digest of its normalised text */
    readonly parts: Record<string, string>;
}

const GOLDEN_FILE = fileURLToPath(new URL('./golden.json', import.meta.url));
const EXAMPLES = fileURLToPath(new URL('../../examples', import.meta.url));
const update = !!process.env.BCYT_UPDATE_GOLDEN;
const golden: Record<string, Golden> = update ? {} : JSON.parse(readFileSync(GOLDEN_FILE, 'utf8'));
const found: Record<string, Golden> = {};

const digest = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 24);

/** The parts of a DOCX, each digested; the times of core.xml left out. */
async function partDigests(buffer: Buffer): Promise<Record<string, string>> {
    const zip = await JSZip.loadAsync(buffer);
    const out: Record<string, string> = {};
    for (const name of Object.keys(zip.files).sort()) {
        if (zip.files[name].dir) continue;
        let text = await zip.file(name)!.async('string');
        if (name === 'docProps/core.xml') text = text.replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*/g, '$1');
        out[name] = digest(text);
    }
    return out;
}

const examples: Record<string, PrintedDocument> = {};
beforeAll(async () => {
    const { Bcyt } = createBcytServices(NodeFileSystem);
    const { documents } = await loadFiles(Bcyt, [EXAMPLES]);
    for (const document of documents) {
        const model = document.parseResult.value as Model;
        const printed = model.document && resolveDocument(model, Bcyt.evaluation.Evaluator.session(model));
        if (printed) examples[document.uri.path.split('/').pop()!] = printed;
    }
}, 120_000);

afterAll(() => {
    if (update) writeFileSync(GOLDEN_FILE, `${JSON.stringify(found, null, 2)}\n`);
});

describe('the DOCX parts are as committed in golden.json', () => {
    it.each(Object.keys(FIXTURES))('fixture %s', async name => {
        const parts = await partDigests(await renderDocx(FIXTURES[name as keyof typeof FIXTURES]));
        found[`fixture ${name}`] = { parts };
        if (!update) expect(parts).toEqual(golden[`fixture ${name}`]?.parts);
    });

    it('of every example', async () => {
        expect(Object.keys(examples).length).toBe(5);
        for (const [name, printed] of Object.entries(examples)) {
            const model = digest(JSON.stringify(printed));
            const parts = await partDigests(await renderDocx(printed));
            found[`example ${name}`] = { model, parts };
            if (update) continue;
            const expected = golden[`example ${name}`];
            expect(model, `${name}: the printed model changed (engine or resolver), not the renderer: check the DOCX and regenerate golden.json`)
                .toBe(expected?.model);
            expect({ name, parts }).toEqual({ name, parts: expected?.parts });
        }
    });
});

