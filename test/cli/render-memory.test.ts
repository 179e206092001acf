/**
 * What a render keeps for the next ones (src/docx/render-memory.ts) must never show: after every
 * edit of a seed, the DOCX `bcyt watch` writes (blocks and package parts kept from its last render)
 * must be the one a fresh `bcyt build` of the same text writes; and each DOCX of `bcyt build
 * <folder>` (package parts kept from document to document) the one its file built alone writes.
 * Compared: every part unzipped, the timestamps in docProps/core.xml aside (those must be the
 * render's own). The watch's path is taken in-process: the services kept, DocumentBuilder.update
 * with every check, compileDocument with the document's memory.
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { URI } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, test } from 'vitest';
import { createBcytServices } from '../../language-server/src/bcyt-module.js';
import { bcytFilesUnder, loadFiles } from '../../language-server/src/workspace/headless.js';
import { compileDocument } from '../../src/build/compile.js';
import { buildFiles, outputOf } from '../../src/cli/build.js';
import { BlockMemory, PackageMemory } from '../../src/docx/render-memory.js';
import { workspace } from '../files.js';

const EXAMPLES = resolve(__dirname, '../../examples');
const PLAN = '002-ke-hoach-hanh-dong-thieu-hoa-2024.bcyt';
const CHECKS = { validation: { categories: ['built-in', 'fast', 'slow'] } };

/** Edits of the seed, applied in turn: each a function of the text before it. */
const EDITS: ReadonlyArray<readonly [string, (text: string) => string]> = [
    ['a word typed in a paragraph', t => t.replace('hoàn thành những thắng lợi', 'hoàn thành thắng lợi')],
    ['the title (the header, the document\'s title property)', t => t.replace('title "Thực hiện hiện Kế hoạch', 'title "Thực hiện Kế hoạch')],
    ['a title with characters XML escapes', t => t.replace('title "Thực hiện Kế hoạch', 'title "Thực hiện <Kế hoạch> & \'hành động\'')],
    ['no title', t => t.replace(/\n {2}title "[^"\n]*"/, '')],
    ['a stated value of the plan', t => t.replace('{plan(dan_so_tb) = 167.769}', '{plan(dan_so_tb) = 167.770}')],
    ['a line inserted at the top of the body (every block moves down)', t => t.replace(/^---\n/m, '---\nMột dòng mở đầu mới.\n\n')],
    ['two centred headings, the second continuing the first', t => t.replace('## A. CHỦ ĐỀ', '# PHẦN THỨ NHẤT\n# KẾ HOẠCH\n\n## A. CHỦ ĐỀ')],
    ['the first of them no longer centred: the second is set off again', t => t.replace('# PHẦN THỨ NHẤT', '## PHẦN THỨ NHẤT')],
    ['a row of the appendix', t => t.replace('| 2 | Xã Thiệu Chính | |', '| 2 | Xã Thiệu Chính | Đạt 2023 |')],
    ['the appendix made landscape (another section setup)', t => t.replace('"GIAO CHỈ TIÊU XÃ ĐẠT TIÊU CHÍ QUỐC GIA VỀ Y TẾ NĂM 2024"}', '"GIAO CHỈ TIÊU XÃ ĐẠT TIÊU CHÍ QUỐC GIA VỀ Y TẾ NĂM 2024" landscape}')],
    ['a second appendix', t => `${t}\n{appendix "Phụ lục 02" "DANH SÁCH"}\n| STT | Tên |\n| 1 | Xã Thiệu Toán |\n`],
    ['the second appendix removed again', t => t.slice(0, t.indexOf('\n{appendix "Phụ lục 02"'))],
    ['the last paragraph of the body removed (another block keeps with the closing)', t => t.replace(/\nTrong quá trình triển khai[^\n]*\n/, '\n')],
];

const TIMESTAMPS = /(<dcterms:(?:created|modified) xsi:type="dcterms:W3CDTF">)[^<]*/g;

/** The parts of a DOCX, unzipped, but the time it was made. */
function comparable(path: string): Record<string, string> {
    const parts = unzipSync(readFileSync(path));
    return Object.fromEntries(Object.entries(parts).map(([name, bytes]) => [name, strFromU8(bytes).replace(TIMESTAMPS, '$1…')]));
}

/** What `bcyt build` writes for the file as it is now: fresh services. */
async function freshBuild(source: string, output: string): Promise<void> {
    const { Bcyt } = createBcytServices(NodeFileSystem, { production: true });
    const { documents: [document] } = await loadFiles(Bcyt, [source]);
    expect((await compileDocument(Bcyt, document, output, true)).status).toBe('written');
}

describe('bcyt watch: a render after an edit, with what the last one kept', () => {
    test('writes the DOCX a fresh build of the same text writes, edit after edit', async () => {
        const dir = workspace({});
        cpSync(join(EXAMPLES, 'catalog'), join(dir, 'catalog'), { recursive: true });
        const source = join(dir, PLAN);
        let text = readFileSync(join(EXAMPLES, PLAN), 'utf8');
        writeFileSync(source, text);
        const { shared, Bcyt } = createBcytServices(NodeFileSystem, { production: true });
        shared.workspace.DocumentBuilder.updateBuildOptions = CHECKS;
        const { documents: [first] } = await loadFiles(Bcyt, [source]);
        const uri = URI.parse(pathToFileURL(source).toString());
        const memory = { blocks: new BlockMemory(), package: new PackageMemory() };
        const watched = join(dir, 'watched.docx');
        const fresh = join(dir, 'fresh.docx');
        expect((await compileDocument(Bcyt, first, watched, true, undefined, memory)).status).toBe('written');
        for (const [what, edit] of EDITS) {
            const edited = edit(text);
            expect(edited, what).not.toBe(text);
            text = edited;
            writeFileSync(source, text);
            await shared.workspace.DocumentBuilder.update([uri], []);
            const document = shared.workspace.LangiumDocuments.getDocument(uri)!;
            const before = new Date().toISOString();
            expect((await compileDocument(Bcyt, document, watched, true, undefined, memory)).status, what).toBe('written');
            await freshBuild(source, fresh);
            expect(comparable(watched), what).toEqual(comparable(fresh));
            // the kept package parts get the time of this render, as a fresh build's do
            const core = strFromU8(unzipSync(readFileSync(watched))['docProps/core.xml']);
            for (const [, stamp] of core.matchAll(/"dcterms:W3CDTF">([^<]*)</g)) expect(stamp >= before, what).toBe(true);
        }
    }, 120_000);
});

describe('bcyt build <folder>: docx\'s package parts made once for the documents of one page setup', () => {
    test('each DOCX is the one its file built alone writes', async () => {
        const dir = workspace({});
        cpSync(EXAMPLES, join(dir, 'examples'), { recursive: true });
        const folder = join(dir, 'examples');
        const files = bcytFilesUnder(folder).filter(file => !file.includes(`${sep}catalog${sep}`));
        expect(files.length).toBeGreaterThanOrEqual(5);
        const job = { root: folder, outDir: join(dir, 'out'), force: true, lang: 'vi' } as const;
        expect(await buildFiles(bcytFilesUnder(folder), job, { say: () => undefined })).toBe(0);
        const titles = new Set<string>();
        for (const file of files) {
            const alone = join(dir, 'alone.docx');
            await freshBuild(file, alone);
            const inFolder = comparable(outputOf(file, folder, job.outDir));
            expect(inFolder, file).toEqual(comparable(alone));
            titles.add(inFolder['docProps/core.xml'].match(/<dc:title>[^<]*/)?.[0] ?? '');
        }
        // documents of different titles shared the parts
        expect(titles.size).toBeGreaterThan(2);
    }, 120_000);
});
