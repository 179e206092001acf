import { describe, expect, it } from 'vitest';
import type { PrintedDocument } from '../../language-server/src/document-model/model.js';
import { renderPrintedDocument } from '../../src/preview/render.js';
import { docxPathFor } from '../../src/extension/output-path.js';

const letter: PrintedDocument = {
    kind: 'letter',
    header: {
        governingBody: 'UBND TỈNH KON TUM', issuingBody: 'SỞ Y TẾ', numberLine: 'Số: /SYT-KHTC',
        placeDateLine: 'Kon Tum, ngày    tháng 11 năm 2023', titleLines: [], subjectLine: 'V/v tổng kết <năm> 2023',
        recipients: ['Các đơn vị trực thuộc Sở Y tế;', 'Các phòng thuộc Sở.'],
    },
    body: [
        { kind: 'heading', level: 2, line: 20, runs: [{ text: 'I. KẾT QUẢ', bold: true }] },
        { kind: 'paragraph', line: 22, runs: [{ text: 'Đạt ' }, { text: '167.769', computed: true }, { text: ' người & ' }, { text: '0,6', computed: true }, { text: '%.' }] },
        { kind: 'list-item', line: 23, marker: '-', runs: [{ text: 'một ý', italic: true }] },
        { kind: 'table', line: 25, rows: [[[{ text: 'STT' }], [{ text: 'Chỉ tiêu' }]], [[{ text: '1' }], [{ text: 'Trẻ' }]]], numericColumns: [true, false] },
    ],
    appendices: [{ label: 'Phụ lục 01', title: 'GIAO CHỈ TIÊU', landscape: true, blocks: [{ kind: 'paragraph', line: 40, runs: [{ text: 'x' }] }] }],
    closing: { copies: ['Như trên;', 'Lưu: VT.'], signerTitles: ['GIÁM ĐỐC'], signerName: 'Võ Văn Thanh' },
    problems: [],
};

describe('preview HTML', () => {
    const html = renderPrintedDocument(letter);

    it('prints the two-column header with the national motto', () => {
        expect(html).toMatch(/<header><div class="col left"><div class="governing">UBND TỈNH KON TUM<\/div><div class="issuing">SỞ Y TẾ<\/div>/);
        expect(html).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
        expect(html).toContain('Độc lập - Tự do - Hạnh phúc');
        expect(html).toContain('<div class="place-date">Kon Tum, ngày    tháng 11 năm 2023</div>');
    });

    it('escapes the text and keeps the computed Vietnamese numbers marked', () => {
        expect(html).toContain('V/v tổng kết &lt;năm&gt; 2023');
        expect(html).toContain('<span class="computed">167.769</span> người &amp; <span class="computed">0,6</span>%.');
    });

    it('gives every body block its source line, for click-to-source', () => {
        for (const line of [20, 22, 23, 25, 40]) expect(html).toContain(`data-line="${line}"`);
        expect(html).toContain('<p class="heading h2" data-line="20"><b>I. KẾT QUẢ</b></p>');
        expect(html).toContain('<p class="item" data-line="23">- <i>một ý</i></p>');
    });

    it('prints tables, appendices, recipients and the closing blocks', () => {
        expect(html).toContain('<th>STT</th>');
        expect(html).toContain('<td class="num">1</td>');
        expect(html).toContain('<section class="appendix landscape"><p class="appendix-label">Phụ lục 01</p>');
        expect(html).toContain('<li>- Các phòng thuộc Sở.</li>');
        expect(html).toContain('<div class="copy">- Như trên;</div>');
        expect(html).toContain('<div class="signer-name">Võ Văn Thanh</div>');
    });
});

describe('DOCX output path', () => {
    it('goes beside the source by default', () => {
        expect(docxPathFor('/w/bao-cao.bcyt', '', '/w')).toBe('/w/bao-cao.docx');
    });
    it('goes into the output folder, relative to the workspace folder or absolute', () => {
        expect(docxPathFor('/w/sub/bao-cao.bcyt', 'docx', '/w')).toBe('/w/docx/bao-cao.docx');
        expect(docxPathFor('/w/sub/bao-cao.bcyt', '/out', '/w')).toBe('/out/bao-cao.docx');
        expect(docxPathFor('/x/bao-cao.bcyt', 'docx', undefined)).toBe('/x/docx/bao-cao.docx');
    });
});
