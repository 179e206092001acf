import { describe, expect, test } from 'vitest';
import { reviewRevisions } from '../../src/review/review.js';
import type { DocumentChanges } from '../../src/review/model.js';
import { seed001Repo, TempRepo } from './git-repo.js';

const only = (documents: readonly DocumentChanges[]): DocumentChanges => {
    expect(documents).toHaveLength(1);
    return documents[0];
};

describe('bcyt diff of git revisions (seed 001 in a temporary repository)', () => {
    test('a corrected data value: the value, every figure printed from it, the claim it fixes, the finding it resolves', async () => {
        const repo = seed001Repo();
        repo.edit('bc.bcyt', /bai_viet_khac = 91\n/, 'bai_viet_khac = 191\n');
        const review = await reviewRevisions({ cwd: repo.dir });
        const d = only(review.documents);
        expect(d).toMatchObject({ file: 'bc.bcyt', status: 'modified', oldFile: null });
        expect(d.values).toEqual([expect.objectContaining({
            kind: 'data', indicator: 'bai_viet_khac', label: 'Số bài viết tuyên truyền về nội dung khác',
            orgLabel: 'Trung tâm Y tế Hoằng Hóa', period: 'Q1/2024', periodLabel: 'quý I năm 2024', old: '91', new: '191',
        })]);
        // every `{…}` of the text computed from bai_viet_khac, and only `{…}` of it or of the total it is a part of
        const printedFromIt = [...repo.read('bc.bcyt').matchAll(/\{bai_viet_khac[^}=]*\}/g)].map(m => m[0]);
        expect(printedFromIt).toHaveLength(2);
        expect(d.figures.map(f => f.source)).toEqual(expect.arrayContaining(printedFromIt));
        expect(d.figures.every(f => /^\{bai_viet[ _}]/.test(f.source))).toBe(true);
        const figure = (source: string) => d.figures.find(f => f.source === source)!;
        expect([figure('{bai_viet_khac}').old, figure('{bai_viet_khac}').new]).toEqual(['91', '191']);
        expect(figure('{bai_viet_khac of bai_viet}').new).toBe('36,0%');
        const { sentence, at } = figure('{bai_viet_khac}');
        expect(sentence.slice(at, at + 3)).toBe('191');
        expect(sentence).toContain('tuyên truyền về nội dung khác là 191 bài, chiếm 36,0% số bài.');
        expect(d.claims).toEqual([expect.objectContaining({
            source: '{bai_viet = 530}', oldStated: '530', newStated: '530', oldVerdict: 'mismatch', newVerdict: 'ok',
        })]);
        expect(d.findings.introduced).toEqual([]);
        expect(d.findings.resolved).toEqual([expect.objectContaining({ code: 'sum-mismatch', severity: 'error' })]);
        expect(d.findings.resolved[0].message).toContain('530');
        expect(d.prose).toEqual([]);
        expect(d.headings).toEqual([]);
        expect(review.summary).toMatchObject({ documents: 1, values: 1, figures: d.figures.length, claims: 1, errorsIntroduced: 0, errorsResolved: 1 });
    });

    test('a heading inserted and the ones after it renumbered', async () => {
        const repo = seed001Repo();
        repo.edit('bc.bcyt', '### 3. Khó khăn.', '### 3. Tình hình dịch bệnh.\n\nDịch bệnh được kiểm soát.\n\n### 4. Khó khăn.');
        repo.edit('bc.bcyt', '### 4. Cơ cấu nhân lực.', '### 5. Cơ cấu nhân lực.');
        const d = only((await reviewRevisions({ cwd: repo.dir })).documents);
        expect(d.headings.map(h => [h.change, h.level, h.old, h.new])).toEqual([
            ['added', 3, null, '3. Tình hình dịch bệnh.'],
            ['renumbered', 3, '3. Khó khăn.', '4. Khó khăn.'],
            ['renumbered', 3, '4. Cơ cấu nhân lực.', '5. Cơ cấu nhân lực.'],
        ]);
        expect(d.prose.map(s => [s.change, s.new])).toEqual([['added', 'Dịch bệnh được kiểm soát.']]);
        // consistent numbering: nothing new to report, nothing printed moves
        expect(d.findings).toEqual({ introduced: [], resolved: [] });
        expect(d.figures).toEqual([]);
    });

    test('a broken renumbering is a finding, and a retitled heading is one change', async () => {
        const repo = seed001Repo();
        repo.edit('bc.bcyt', '### 3. Khó khăn.', '### 5. Khó khăn.');
        repo.edit('bc.bcyt', '### 2. Thuận lợi.', '### 2. Thuận lợi và cơ hội.');
        const d = only((await reviewRevisions({ cwd: repo.dir })).documents);
        expect(d.headings.map(h => [h.change, h.old, h.new])).toEqual([
            ['retitled', '2. Thuận lợi.', '2. Thuận lợi và cơ hội.'],
            ['renumbered', '3. Khó khăn.', '5. Khó khăn.'],
        ]);
        expect(d.findings.introduced.map(f => f.code)).toContain('heading-numbering');
    });

    test('an edited sentence is a word diff; a claim corrected in it is a claim, not a prose change', async () => {
        const repo = seed001Repo();
        repo.edit('bc.bcyt', 'Kinh tế phát triển theo hướng Công nghiệp', 'Kinh tế tăng trưởng theo hướng Công nghiệp');
        repo.edit('bc.bcyt', 'Số bài viết truyền thông là {bai_viet = 530} bài', 'Số bài viết truyền thông là {bai_viet = 621} bài');
        const d = only((await reviewRevisions({ cwd: repo.dir })).documents);
        expect(d.prose).toHaveLength(1);
        expect(d.prose[0]).toMatchObject({ change: 'changed', line: 168 });
        expect(d.prose[0].words).toEqual([
            { op: '=', text: 'Kinh tế' },
            { op: '-', text: ' phát triển' },
            { op: '+', text: ' tăng trưởng' },
            { op: '=', text: ' theo hướng Công nghiệp và dịch vụ du lịch dẫn đến sự di biến động về dân số.' },
        ]);
        expect(d.claims).toEqual([expect.objectContaining({ source: '{bai_viet = 621}', oldStated: '530', newStated: '621', oldVerdict: 'mismatch', newVerdict: 'mismatch' })]);
    });

    test('a renamed file is followed, its changes shown against the old name', async () => {
        const repo = seed001Repo();
        repo.git('mv', 'bc.bcyt', 'bao-cao-quy-1.bcyt');
        repo.edit('bao-cao-quy-1.bcyt', 'Thủy đậu {thuy_dau_mac = 09}', 'Thủy đậu {thuy_dau_mac = 19}');
        repo.commit('đổi tên');
        const review = await reviewRevisions({ cwd: repo.dir, from: 'HEAD~1', to: 'HEAD' });
        const d = only(review.documents);
        expect(d).toMatchObject({ file: 'bao-cao-quy-1.bcyt', oldFile: 'bc.bcyt', status: 'renamed' });
        expect(d.claims).toEqual([expect.objectContaining({ source: '{thuy_dau_mac = 19}', oldStated: '09', newStated: '19' })]);
        expect(d.prose).toEqual([]);
        expect(d.findings).toEqual({ introduced: [], resolved: [] });
    });

    test('a catalog change reaches the documents that import it', async () => {
        const repo = seed001Repo();
        repo.edit('catalog/thanh-hoa.bcyt', 'legal "262/QĐ-SYT" type "Quyết định" date 26/3/2024', 'legal "262/QĐ-SYT" type "Quyết định" date 26/4/2024');
        const review = await reviewRevisions({ cwd: repo.dir });
        expect(review.documents.map(d => [d.file, d.status])).toEqual([['bc.bcyt', 'affected'], ['catalog/thanh-hoa.bcyt', 'modified']]);
        const introduced = review.documents[0].findings.introduced;
        expect(introduced.map(f => f.code).sort()).toEqual(['legal-conflict', 'legal-date-after-document']);
        const citing = repo.read('bc.bcyt').split('\n').findIndex(line => line.includes('[262/QĐ-SYT|short]')) + 1;
        expect(introduced.map(f => f.line)).toEqual([citing, citing]);
        // limited to a path: the catalog is still read, only the report is shown
        const limited = await reviewRevisions({ cwd: repo.dir, paths: ['bc.bcyt'] });
        expect(limited.documents.map(d => d.file)).toEqual(['bc.bcyt']);
    });

    test('added, deleted and untracked files; unsaved editor text replaces the saved one', async () => {
        const repo = new TempRepo()
            .write('a.bcyt', 'org T "Trạm Y tế xã A"\nindicator x "Số lượt khám" unit lượt\ndata T 2024 {\n  x = 5\n}\n')
            .write('b.bcyt', 'org U "Trạm Y tế xã B"\n')
            .commit('đầu');
        repo.git('rm', '-q', 'b.bcyt');
        repo.write('c.bcyt', 'indicator y "Số ca" unit ca\n');
        const review = await reviewRevisions({ cwd: repo.dir, unsaved: new Map([[`${repo.dir}/a.bcyt`, repo.read('a.bcyt').replace('x = 5', 'x = 7')]]) });
        expect(review.documents.map(d => [d.file, d.status])).toEqual([['a.bcyt', 'modified'], ['b.bcyt', 'deleted'], ['c.bcyt', 'added']]);
        expect(review.documents[0].values).toEqual([expect.objectContaining({ label: 'Số lượt khám', old: '5', new: '7', line: 4 })]);
    });
});
