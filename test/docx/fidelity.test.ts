import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NodeFileSystem } from 'langium/node';
import { beforeAll, describe, expect, test } from 'vitest';
import { createBcytServices, type BcytServices } from '../../language-server/src/bcyt-module.js';
import { loadFiles } from '../../language-server/src/workspace/headless.js';
import type { LangiumDocument } from 'langium';
import { compileDocument } from '../../src/build/compile.js';
import { reproducedShare } from './fidelity.js';
import { convertToPdf, pdfPages, pdfText } from './libreoffice.js';
import { readDocx, text } from './ooxml.js';

// the seeds' original texts, public documents, kept beside the tests (test/fixtures/seeds/README.md)
const SEEDS = 'test/fixtures/seeds';
const CASES = [
    ['000-cong-van-thieu-hoa-tong-ket-2023', '000_a1fca0587a0e5332.txt'],
    ['001-bao-cao-hoang-hoa-quy-1-2024', '001_316d7e0bfbb6ed84.txt'],
    ['002-ke-hoach-hanh-dong-thieu-hoa-2024', '002_93408b3416f1baa6.txt'],
    ['003-tin-dak-song-tong-ket-2023', '003_653dcc8e01e3b730.txt'],
    ['004-cong-van-kon-tum-tong-ket-2023', '004_1b79146656086287.txt'],
] as const;

/** The text of a DOCX body, a line per paragraph, in reading order (header table cells left to right). */
async function docxText(path: string): Promise<string> {
    const docx = await readDocx(readFileSync(path));
    return docx.document.split('</w:p>').map(text).join('\n');
}

describe('fidelity: each built example reproduces its seed word by word', () => {
    let services: BcytServices;
    let documents: LangiumDocument[];
    const out = mkdtempSync(join(tmpdir(), 'bcyt-fidelity-'));

    beforeAll(async () => {
        services = createBcytServices(NodeFileSystem).Bcyt;
        documents = (await loadFiles(services, CASES.map(([name]) => `examples/${name}.bcyt`))).documents;
    });

    test.each(CASES)('%s ≥ 98 %% of %s', async (name, seedFile) => {
        const document = documents.find(d => d.uri.path.endsWith(`${name}.bcyt`))!;
        const output = join(out, `${name}.docx`);
        // forced: the seeds contain real slips; the printed numbers are the engine's
        const outcome = await compileDocument(services, document, output, true);
        expect(outcome.status).toBe('written');
        const seed = readFileSync(join(SEEDS, seedFile), 'utf8');
        const { share, seedWords, reproduced } = reproducedShare(seed, await docxText(output));
        console.log(`${name}: ${reproduced}/${seedWords} seed words in order (${(share * 100).toFixed(2)} %)`);
        expect(share).toBeGreaterThanOrEqual(0.98);

        // and LibreOffice opens it: A4 pages, the national motto on the first
        const pdf = await convertToPdf(output, out);
        const pages = await pdfPages(pdf);
        expect(pages.length).toBeGreaterThan(0);
        expect(Math.round(pages[0].width)).toBe(595);
        const firstPage = await pdfText(pdf, { first: 1, last: 1 });
        if (name.startsWith('003')) expect(firstPage).toContain('Hội nghị tổng kết');
        else expect(firstPage).toContain('Độc lập - Tự do - Hạnh phúc');
    });
});
