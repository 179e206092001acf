import { closeSync, mkdtempSync, openSync, readFileSync, writeFileSync, ftruncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NodeFileSystem } from 'langium/node';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import { createBcytServices } from '../../language-server/src/bcyt-module.js';
import { loadFiles } from '../../language-server/src/workspace/headless.js';
import { compileDocument } from '../../src/build/compile.js';
import { loadCatalog } from '../../src/import/catalog-loader.js';
import { importDocument } from '../../src/import/draft.js';
import { ImportError } from '../../src/import/errors.js';
import { readDocx } from '../../src/import/read-docx.js';
import { readSource } from '../../src/import/read-source.js';
import { checkFiles } from '../helpers.js';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"';

function docx(body: string, parts: Record<string, string> = {}): Uint8Array {
    return zipSync({
        '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
        'word/document.xml': strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W}><w:body>${body}</w:body></w:document>`),
        ...Object.fromEntries(Object.entries(parts).map(([k, v]) => [k, strToU8(v)])),
    });
}

const p = (text: string, pPr = '', rPr = '') => `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ''}<w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
const numbered = (text: string, level: number) => p(text, `<w:numPr><w:ilvl w:val="${level}"/><w:numId w:val="1"/></w:numPr>`);

const NUMBERING = `<w:numbering ${W}><w:abstractNum w:abstractNumId="0">
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2."/></w:lvl>
<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2.%3."/></w:lvl>
</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`;
const STYLES = `<w:styles ${W}><w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/></w:style></w:styles>`;

describe('reading a Word document', () => {
    test('Word numbering as shown, heading styles, emphasis, tables, text boxes once, tracked deletions skipped', () => {
        const body = [
            p('ĐẶC ĐIỂM TÌNH HÌNH', '<w:pStyle w:val="Heading2"/>'),
            numbered('KẾT QUẢ', 0), numbered('Công tác tiêm chủng', 1), numbered('Tiêm vắc xin', 2), numbered('Tiêm bổ sung', 2),
            numbered('Truyền thông', 1), numbered('PHƯƠNG HƯỚNG', 0), numbered('Mục tiêu', 1),
            '<w:p><w:r><w:t xml:space="preserve">Tổng số là </w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>530</w:t></w:r><w:del><w:r><w:delText>999</w:delText></w:r></w:del><w:r><w:t xml:space="preserve"> bài</w:t></w:r></w:p>',
            '<w:p><w:r><mc:AlternateContent><mc:Choice><w:drawing><w:txbxContent>' + p('Trong hộp') + '</w:txbxContent></w:drawing></mc:Choice>'
                + '<mc:Fallback><w:pict><w:txbxContent>' + p('Trong hộp') + '</w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>',
            '<w:tbl><w:tr><w:tc>' + p('STT') + '</w:tc><w:tc>' + p('Tên xã') + '</w:tc></w:tr><w:tr><w:tc>' + p('1') + '</w:tc><w:tc>' + p('Xã A') + '</w:tc></w:tr></w:tbl>',
            p(''),
            p('Sau dòng trống'),
        ].join('');
        const read = readDocx('a.docx', docx(body, { 'word/numbering.xml': NUMBERING, 'word/styles.xml': STYLES }));
        expect(read.paragraphs.map(x => x.text)).toEqual([
            'ĐẶC ĐIỂM TÌNH HÌNH', 'I. KẾT QUẢ', '1. Công tác tiêm chủng', '1.1. Tiêm vắc xin', '1.2. Tiêm bổ sung', '2. Truyền thông',
            'II. PHƯƠNG HƯỚNG', '1. Mục tiêu', 'Tổng số là **530** bài', 'Trong hộp', '| STT | Tên xã |', '| 1 | Xã A |', 'Sau dòng trống',
        ]);
        expect(read.paragraphs[0].headingLevel).toBe(2);
        expect(read.paragraphs[10].cells).toEqual(['STT', 'Tên xã']);
        // the paragraph that only holds the text box is empty: the box's paragraph is the 10th
        expect(read.paragraphs.map(x => x.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
        expect(read.paragraphs[12].gapBefore).toBe(true);
    });

    test('numbering continues across lists of one abstract numbering, and restarts where a list overrides its start', () => {
        const restarting = NUMBERING.replace('</w:numbering>', '<w:num w:numId="2"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="1"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'
            + '<w:num w:numId="3"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="1"><w:startOverride w:val="3"/></w:lvlOverride></w:num></w:numbering>');
        const item = (text: string, numId: number) => p(text, `<w:numPr><w:ilvl w:val="1"/><w:numId w:val="${numId}"/></w:numPr>`);
        // 001 as pandoc writes it: "1. … 2. …", a paragraph, then a list that starts at 3 (its own instance), then "1." again restarted
        const body = [item('Kết quả', 1), item('Tồn tại', 1), item('Công tác chuẩn', 3), item('Công tác khác', 3), item('Phương hướng', 2), item('Giải pháp', 2), item('Kiến nghị', 1)].join('');
        const read = readDocx('a.docx', docx(body, { 'word/numbering.xml': restarting }));
        expect(read.paragraphs.map(x => x.text)).toEqual([
            '1. Kết quả', '2. Tồn tại', '3. Công tác chuẩn', '4. Công tác khác', '1. Phương hướng', '2. Giải pháp', '3. Kiến nghị',
        ]);
    });

    test('the report the project itself prints reads back: header, closing, the slips of its seed', async () => {
        const { Bcyt } = createBcytServices(NodeFileSystem);
        const { documents } = await loadFiles(Bcyt, ['examples/001-bao-cao-hoang-hoa-quy-1-2024.bcyt']);
        const out = mkdtempSync(join(tmpdir(), 'bcyt-import-docx-'));
        expect((await compileDocument(Bcyt, documents[0], join(out, '001.docx'), true)).status).toBe('written');
        const source = readDocx('001.docx', readFileSync(join(out, '001.docx')));
        const draft = importDocument(source, { catalog: loadCatalog(Bcyt, ['examples/catalog']), outputDir: join(process.cwd(), 'examples') });
        const header = draft.text.slice(draft.text.indexOf('\nreport '), draft.text.indexOf('\n---'));
        expect(header).toContain('issuer TTYT_HoangHoa');
        expect(header).toContain('number "/BC-TTYT"');
        expect(header).toContain('date 14/4/2024');
        expect(header).toContain('title "KẾT QUẢ THỰC HIỆN CÔNG TÁC Y TẾ 03 THÁNG ĐẦU NĂM');
        expect(header).toContain('signer "KT. GIÁM ĐỐC" "PHÓ GIÁM ĐỐC" "Lê Trọng Tiến"');
        expect(draft.text).toContain('import "catalog/thanh-hoa"');
        // the breakdowns read back as sums of parts (what the print shows of them is the engine's affair)
        expect(draft.text).toMatch(/^indicator mui_tiem_trong_huyen "Tổng số mũi tiêm trong huyện" unit "liều"\n {4}= mui_tiem_trong_huyen_mui_1 \+ /m);
        expect(draft.text).toMatch(/^indicator bai_viet_truyen_thong "Số bài viết truyền thông" unit "bài"\n {4}= bai_viet_truyen_thong_ve_phong_chong_dich_benh \+ /m);
        const checked = await checkFiles({
            'examples/draft.bcyt': draft.text, 'examples/catalog/thanh-hoa.bcyt': readFileSync('examples/catalog/thanh-hoa.bcyt', 'utf8'),
        });
        expect(checked.diagnostics('examples/draft.bcyt').filter(d => d.code === 'syntax-error' || d.code === 'unresolved-reference')).toEqual([]);
    });
});

describe('a file that is not a readable Word document gets a clear error', () => {
    const reason = (bytes: Uint8Array, name = 'x.docx') => {
        try {
            readDocx(name, bytes);
        } catch (error) {
            expect(error).toBeInstanceOf(ImportError);
            expect((error as ImportError).message).toContain(name);
            return (error as ImportError).reason;
        }
        return 'read';
    };

    test('not a zip, a truncated one, a zip without a document', () => {
        expect(reason(new TextEncoder().encode('không phải docx'))).toBe('corrupt');
        const real = docx(p('Xin chào'));
        expect(reason(real.slice(0, real.length - 40))).toBe('corrupt');
        expect(reason(zipSync({ 'a.txt': strToU8('a') }))).toBe('not-a-document');
    });

    test('an encrypted document and a Word 97–2003 file', () => {
        const ole = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
        const encrypted = Buffer.concat([Buffer.from(ole), Buffer.alloc(100), Buffer.from('EncryptedPackage', 'utf16le')]);
        expect(reason(encrypted)).toBe('encrypted');
        expect(reason(Buffer.concat([Buffer.from(ole), Buffer.alloc(512)]), 'cu.doc')).toBe('legacy');
    });

    test('no entity is resolved: a document type declaration is refused', () => {
        const secret = join(mkdtempSync(join(tmpdir(), 'bcyt-xxe-')), 'secret.txt');
        writeFileSync(secret, 'BÍ MẬT');
        const xml = `<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY x SYSTEM "file://${secret}">]><w:document ${W}><w:body>${p('&x;')}</w:body></w:document>`;
        const bytes = zipSync({ 'word/document.xml': strToU8(xml) });
        expect(reason(bytes)).toBe('corrupt');
    });

    test('a part that unzips too large (a zip bomb) and a file too large', () => {
        const bytes = docx(p('nhỏ'));
        // the sizes the zip declares for document.xml, in its local header and central directory
        const view = Buffer.from(bytes);
        const name = Buffer.from('word/document.xml');
        for (let i = view.indexOf(name); i >= 0; i = view.indexOf(name, i + 1)) {
            if (view.readUInt32LE(i - 30) === 0x04034b50) view.writeUInt32LE(300 * 1024 * 1024, i - 30 + 22);
            if (view.readUInt32LE(i - 46) === 0x02014b50) view.writeUInt32LE(300 * 1024 * 1024, i - 46 + 24);
        }
        expect(reason(view)).toBe('too-large');
        const huge = join(mkdtempSync(join(tmpdir(), 'bcyt-huge-')), 'lon.docx');
        const fd = openSync(huge, 'w');
        ftruncateSync(fd, 101 * 1024 * 1024);
        closeSync(fd);
        expect(() => readSource(huge)).toThrow(/quá lớn/);
    });
});
