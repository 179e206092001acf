/**
 * The DOCX as LibreOffice prints it: every fixture converts to PDF; the text has the national
 * name, the motto, the title and the signer; the báo cáo runs over several pages with the page
 * number at the top from page 2 and the table header repeated; the appendix page is landscape.
 * Needs soffice and poppler (scripts/install-system-deps.sh); nothing here is skipped.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrintedDocument } from '../../language-server/src/document-model/model.js';
import { renderDocx } from '../../src/docx/render.js';
import { ARTICLE_TITLE, FIXTURES, REPORT_SIGNER } from './fixtures.js';
import { convertToPdf, pdfPages, pdfText, pdfToPngs, pdfWords, pngSize, type PageSize } from './libreoffice.js';

const A4 = { width: 595.3, height: 841.9 };
const NATIONAL_NAME = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
const MOTTO = 'Độc lập - Tự do - Hạnh phúc';

let dir = '';
const pdfs: Record<string, string> = {};
const pages: Record<string, PageSize[]> = {};
const texts: Record<string, string> = {};

beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'bcyt-lo-'));
    await Promise.all(Object.entries(FIXTURES).map(async ([name, doc]) => {
        const docx = join(dir, `${name}.docx`);
        writeFileSync(docx, await renderDocx(doc));
        pdfs[name] = await convertToPdf(docx, dir);
        pages[name] = await pdfPages(pdfs[name]);
        texts[name] = (await pdfText(pdfs[name])).replace(/\s+/g, ' ');
    }));
}, 300_000);

afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
});

const titleOf = (doc: PrintedDocument): string[] =>
    doc.kind === 'article' ? [ARTICLE_TITLE] : doc.kind === 'letter' ? [doc.header.subjectLine!] : [doc.header.typeTitle!.toLocaleUpperCase('vi'), ...doc.header.titleLines];

describe.each(Object.entries(FIXTURES))('%s', (name, doc) => {
    it('converts to an A4 PDF with the national name, the motto, the title and the signer', () => {
        expect(pages[name].length).toBeGreaterThanOrEqual(1);
        expect(pages[name][0].width).toBeCloseTo(A4.width, 0);
        expect(pages[name][0].height).toBeCloseTo(A4.height, 0);
        const content = texts[name];
        if (doc.kind !== 'article') {
            expect(content).toContain(NATIONAL_NAME);
            expect(content).toContain(MOTTO);
            expect(content).toContain(doc.header.placeDateLine!.replace(/\s+/g, ' '));
        } else {
            expect(content).not.toContain(NATIONAL_NAME);
        }
        for (const line of titleOf(doc)) {
            // a long line may wrap: compare words in order
            expect(content).toContain(line.split(/\s+/).slice(0, 4).join(' '));
        }
        expect(content).toContain(doc.closing.signerName!);
        for (const title of doc.closing.signerTitles) expect(content).toContain(title);
    });

    it('keeps the national name on one line and the signature in the right half of the page', async () => {
        const words = await pdfWords(pdfs[name], 1);
        if (doc.kind !== 'article') {
            const cong = words.find(w => w.text === 'CỘNG')!;
            const nam = words.find(w => w.text === 'NAM' && Math.abs(w.yMin - cong.yMin) < 2);
            expect(nam, 'national name wraps').toBeDefined();
            // left column: issuing body to the left of the national name, on the same line as the motto
            const issuer = doc.header.issuingBody!.split(' ')[0];
            const issuerWord = words.find(w => w.text === issuer && w.xMax < cong.xMin)!;
            expect(issuerWord).toBeDefined();
        }
        const last = pages[name].length;
        const signerWords = await pdfWords(pdfs[name], last - (doc.appendices.length > 0 ? doc.appendices.length : 0));
        const surname = signerWords.filter(w => w.text === doc.closing.signerName!.split(' ')[0]).at(-1)!;
        expect(surname, 'signer on the last page of the body').toBeDefined();
        expect((surname.xMin + surname.xMax) / 2).toBeGreaterThan(A4.width / 2);
    });
});

describe('báo cáo', () => {
    it('runs over several pages; page 2 has its number centred at the top, page 1 none', async () => {
        expect(pages['bao-cao'].length).toBeGreaterThanOrEqual(2);
        const page2 = await pdfWords(pdfs['bao-cao'], 2);
        const top2 = page2.filter(w => w.yMax < 70);
        expect(top2.map(w => w.text)).toEqual(['2']);
        // centred over the text area (left margin 30 mm, right 15 mm)
        const centre = (top2[0].xMin + top2[0].xMax) / 2;
        const textCentre = ((30 + (210 - 15)) / 2) * (72 / 25.4);
        expect(Math.abs(centre - textCentre)).toBeLessThan(10);
        const page1 = await pdfWords(pdfs['bao-cao'], 1);
        expect(page1.filter(w => w.yMax < 50)).toEqual([]);
        const lines = (await pdfText(pdfs['bao-cao'], { first: 2, last: 2, layout: true })).split('\n').filter(l => l.trim() !== '');
        expect(lines[0].trim()).toBe('2');
        for (let page = 3; page <= pages['bao-cao'].length; page++) {
            expect((await pdfWords(pdfs['bao-cao'], page)).filter(w => w.yMax < 70).map(w => w.text)).toEqual([String(page)]);
        }
    });

    it('repeats the indicator table header on every page the table reaches', async () => {
        let pagesWithRows = 0;
        for (let page = 1; page <= pages['bao-cao'].length; page++) {
            const content = (await pdfText(pdfs['bao-cao'], { first: page, last: page })).replace(/\s+/g, ' ');
            if (/Xét nghiệm|Trẻ tiêm sởi|Ca mắc/.test(content)) {
                pagesWithRows++;
                expect(content, `page ${page}`).toContain('STT');
                expect(content, `page ${page}`).toContain('% cùng kỳ');
            }
        }
        expect(pagesWithRows).toBeGreaterThanOrEqual(2);
        expect(texts['bao-cao']).toContain(REPORT_SIGNER);
    });
});

describe('kế hoạch', () => {
    it('prints the appendix on a landscape page of its own', async () => {
        const sizes = pages['ke-hoach'];
        expect(sizes.length).toBeGreaterThanOrEqual(2);
        expect(sizes[0].height).toBeGreaterThan(sizes[0].width);
        const appendix = sizes.at(-1)!;
        expect(appendix.width).toBeCloseTo(A4.height, 0);
        expect(appendix.height).toBeCloseTo(A4.width, 0);
        const last = sizes.length;
        const [png] = await pdfToPngs(pdfs['ke-hoach'], join(dir, 'ke-hoach-appendix'), { first: last, last, resolution: 30 });
        const { width, height } = pngSize(png);
        expect(width).toBeGreaterThan(height);
        const content = (await pdfText(pdfs['ke-hoach'], { first: last, last })).replace(/\s+/g, ' ');
        expect(content).toContain('Phụ lục 01');
        expect(content).toContain('Xã Thiệu Nguyên');
        expect(content).not.toContain('CỘNG HÒA');
    });
});
