import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, test } from 'vitest';
import { TempRepo } from '../review/git-repo.js';

const BCYT = resolve('bin/bcyt.js');
const run = (args: string[], cwd: string) => spawnSync(process.execPath, [BCYT, ...args], { cwd, encoding: 'utf8' });

const report = (actual: number) => `org TTYT_ThieuHoa "Trung tâm Y tế Thiệu Hóa" code TTYT parent SYT_ThanhHoa
org SYT_ThanhHoa "Sở Y tế Thanh Hóa" code SYT
data TTYT_ThieuHoa Q1/2024 {
  tre_tiem_chung_day_du = ${actual}
}
report BC_Q1
  number "/BC-TTYT"
  issuer TTYT_ThieuHoa
  date 14/4/2024
  period Q1/2024
  title "KẾT QUẢ CÔNG TÁC Y TẾ QUÝ I NĂM 2024"
---
## I. KẾT QUẢ THỰC HIỆN
### 1. Tiêm chủng mở rộng.
- Số trẻ dưới 1 tuổi được tiêm chủng đầy đủ là {tre_tiem_chung_day_du} trẻ.

| STT | Tên xã | Ghi chú |
| 1 | Thiệu Toán | đạt |
`;

describe('bcyt textconv', () => {
    test('a built DOCX as text: headings by level, list items, table rows', () => {
        const dir = mkdtempSync(join(tmpdir(), 'bcyt-textconv-'));
        writeFileSync(join(dir, 'bc.bcyt'), report(703));
        expect(run(['build', 'bc.bcyt'], dir).status).toBe(0);
        const result = run(['textconv', 'bc.docx'], dir);
        expect(result.status).toBe(0);
        const lines = result.stdout.split('\n');
        expect(lines).toContain('| SỞ Y TẾ THANH HÓA TRUNG TÂM Y TẾ THIỆU HÓA | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc |');
        expect(lines).toContain('KẾT QUẢ CÔNG TÁC Y TẾ QUÝ I NĂM 2024');
        expect(lines).toContain('## I. KẾT QUẢ THỰC HIỆN');
        expect(lines).toContain('### 1. Tiêm chủng mở rộng.');
        expect(lines).toContain('- Số trẻ dưới 1 tuổi được tiêm chủng đầy đủ là 703 trẻ.');
        expect(lines).toContain('| STT | Tên xã | Ghi chú |');
        expect(lines).toContain('| 1 | Thiệu Toán | đạt |');
    });

    test('git diff of a committed DOCX reads as text with the textconv driver', () => {
        const repo = new TempRepo().write('bc.bcyt', report(703)).write('.gitattributes', '*.docx diff=docx\n');
        repo.git('config', 'diff.docx.textconv', `"${process.execPath}" "${BCYT}" textconv`);
        expect(run(['build', 'bc.bcyt'], repo.dir).status).toBe(0);
        repo.commit('bản 1');
        repo.write('bc.bcyt', report(645));
        expect(run(['build', 'bc.bcyt'], repo.dir).status).toBe(0);
        const diff = repo.git('diff', '--', 'bc.docx');
        expect(diff).toContain('\n-- Số trẻ dưới 1 tuổi được tiêm chủng đầy đủ là 703 trẻ.\n+- Số trẻ dưới 1 tuổi được tiêm chủng đầy đủ là 645 trẻ.\n');
        expect(diff).not.toContain('Binary files');
    });

    test("a DOCX from Word: localised heading styles, outline levels, numbering, tabs, page breaks, a table in a cell", async () => {
        const w = (body: string) => `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`;
        const p = (text: string, pPr = '') => `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}<w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
        const zip = new JSZip();
        zip.file('word/styles.xml', '<?xml version="1.0"?><w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
            + '<w:style w:type="paragraph" w:styleId="u2"><w:name w:val="heading 2"/></w:style></w:styles>');
        zip.file('word/document.xml', w(
            p('MỤC LỚN', '<w:pStyle w:val="u2"/>')
            + p('Mục con', '<w:outlineLvl w:val="2"/>')
            + p('gạch đầu dòng', '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>')
            + '<w:p><w:r><w:t>Cột A</w:t></w:r><w:r><w:tab/><w:t>Cột B &amp; C</w:t></w:r><w:r><w:br w:type="page"/></w:r></w:p>'
            + `<w:tbl><w:tr><w:tc>${p('ngoài')}<w:tbl><w:tr><w:tc>${p('trong 1')}</w:tc><w:tc>${p('trong 2')}</w:tc></w:tr></w:tbl></w:tc><w:tc>${p('ô 2')}</w:tc></w:tr></w:tbl>`,
        ));
        const dir = mkdtempSync(join(tmpdir(), 'bcyt-textconv-word-'));
        writeFileSync(join(dir, 'word.docx'), await zip.generateAsync({ type: 'uint8array' }));
        const result = run(['textconv', 'word.docx'], dir);
        expect(result.stdout).toBe('## MỤC LỚN\n### Mục con\n- gạch đầu dòng\n---\nCột A\tCột B & C\n| ngoài | trong 1 | trong 2 | | ô 2 |\n');
    });

    test.each([
        ['khong-co.docx', 'không đọc được khong-co.docx'],
        ['bc.bcyt', 'không phải tệp DOCX'],
    ])('exit 2 on %s', (file, said) => {
        const dir = mkdtempSync(join(tmpdir(), 'bcyt-textconv-bad-'));
        writeFileSync(join(dir, 'bc.bcyt'), report(1));
        const result = run(['textconv', file], dir);
        expect(result.status).toBe(2);
        expect(result.stderr).toContain(said);
    });
});
