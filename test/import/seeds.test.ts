import { execFile } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, test } from 'vitest';
import { compileDocument } from '../../src/build/compile.js';
import { importDocument, type Draft } from '../../src/import/draft.js';
import { readDocx } from '../../src/import/read-docx.js';
import { readText } from '../../src/import/read-text.js';
import { reproducedShare } from '../docx/fidelity.js';
import { readDocx as readBuilt, text } from '../docx/ooxml.js';
import { checkFiles, coveredText } from '../helpers.js';
import { starterCatalog } from './helpers.js';

const SEEDS = 'test/fixtures/seeds';

// What `bcyt check` finds in each seed's raw import (errors and warnings, with the text they
// cover), no annotation added: every finding is a slip of examples/README.md.
const EXPECTED: Record<string, string[]> = {
    '000_a1fca0587a0e5332': ['recipients-wording Như quyết định'],
    '001_316d7e0bfbb6ed84': [
        'legal-period-mismatch 2020', 'sum-mismatch 509.549', 'sum-mismatch 530', 'number-format 88,5', 'unit-mismatch trẻ', 'number-format 92.3', 'number-format 55.21',
    ],
    '002_93408b3416f1baa6': ['heading-numbering VI.'],
    '003_653dcc8e01e3b730': ['legal-period-mismatch 2020', 'number-format 66.7', 'claim-mismatch 66.7'],
    // the issuer where the draft declares the plan and again where the text cites it
    '004_1b79146656086287': ['legal-issuer-mismatch UBND', 'legal-issuer-mismatch Sở Y tế', 'heading-numbering 6.'],
};

async function slips(draft: Draft): Promise<string[]> {
    const checked = await checkFiles({ 'draft.bcyt': draft.text });
    return checked.diagnostics().filter(d => (d.severity ?? 1) <= 2)
        .sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character)
        .map(d => `${d.code} ${coveredText(checked.documents['draft.bcyt'], d)}`);
}

/** The built DOCX's text reproduces the seed's words, in order. */
async function fidelity(draft: Draft, out: string): Promise<number> {
    const checked = await checkFiles({ 'draft.bcyt': draft.text });
    const output = join(out, 'draft.docx');
    // forced: the seeds contain real slips
    const outcome = await compileDocument(checked.services, checked.documents['draft.bcyt'], output, true);
    expect(outcome.status).toBe('written');
    const built = await readBuilt(readFileSync(output));
    return built.document.split('</w:p>').map(text).join('\n');
}

describe.each(Object.keys(EXPECTED))('seed %s imported raw', seed => {
    const out = mkdtempSync(join(tmpdir(), 'bcyt-import-seed-'));
    const original = readFileSync(join(SEEDS, `${seed}.txt`), 'utf8');
    let docx: Uint8Array;

    beforeAll(async () => {
        // a DOCX of the seed's text, as LibreOffice makes it (its own profile)
        copyFileSync(join(SEEDS, `${seed}.txt`), join(out, `${seed}.txt`));
        const profile = mkdtempSync(join(tmpdir(), 'bcyt-lo-profile-'));
        try {
            await promisify(execFile)('soffice', [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--norestore',
                '--convert-to', 'docx:MS Word 2007 XML', '--outdir', out, join(out, `${seed}.txt`)], { timeout: 120_000 });
        } finally {
            rmSync(profile, { recursive: true, force: true });
        }
        docx = readFileSync(join(out, `${seed}.docx`));
    }, 150_000);

    test.each(['text', 'docx'] as const)('from its %s: the slips of examples/README.md, nothing else; ≥ 98 % of its words built back', async format => {
        const source = format === 'text' ? readText(`${seed}.txt`, original, 'text') : readDocx(`${seed}.docx`, docx);
        const draft = importDocument(source, { catalog: starterCatalog(), outputDir: out });
        expect(await slips(draft)).toEqual(EXPECTED[seed]);
        const { share, seedWords, reproduced } = reproducedShare(original, await fidelity(draft, out));
        console.log(`${seed} (${format}): ${reproduced}/${seedWords} words in order (${(share * 100).toFixed(2)} %)`);
        expect(share).toBeGreaterThanOrEqual(0.98);
    });
});
