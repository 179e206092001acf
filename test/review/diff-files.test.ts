import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { reviewPaths } from '../../src/review/review.js';

function folder(files: Record<string, string>): string {
    const dir = mkdtempSync(join(tmpdir(), 'bcyt-review-files-'));
    for (const [name, text] of Object.entries(files)) {
        mkdirSync(join(dir, name, '..'), { recursive: true });
        writeFileSync(join(dir, name), text);
    }
    return dir;
}

// the indicators come from the starter catalog
const CATALOG = `org TTYT_ThieuHoa "Trung tâm Y tế Thiệu Hóa" code TTYT
`;

const report = (actual: number, target: string) => `import "catalog"
data TTYT_ThieuHoa Q1/2024 {
  tre_tiem_chung_day_du = ${actual}
}
data TTYT_ThieuHoa Q1/2023 {
  tre_tiem_chung_day_du = 645
}
target TTYT_ThieuHoa 2024 {
  tre_tiem_chung_day_du ${target}
}
report BC_ThieuHoa_Q1_2024
  issuer TTYT_ThieuHoa
  date 14/4/2024
  period Q1/2024
---
## I. KẾT QUẢ
- Số trẻ dưới 1 tuổi được tiêm chủng đầy đủ là {tre_tiem_chung_day_du} trẻ đạt {tre_tiem_chung_day_du of plan} kế hoạch, đạt {tre_tiem_chung_day_du of prev = 109%} so với cùng kỳ.
{table tre_tiem_chung_day_du columns prev plan actual pct_plan}
`;

describe('bcyt diff of two files and two folders', () => {
    test('a data value and a target moved: prose figures, indicator-table cells, the claim of the same period', async () => {
        const dir = folder({
            'catalog.bcyt': CATALOG,
            'cu/bc.bcyt': report(703, '= 3515').replace('"catalog"', '"../catalog"'),
            'moi/bc.bcyt': report(645, '= 3225').replace('"catalog"', '"../catalog"'),
        });
        const review = await reviewPaths(dir, 'cu/bc.bcyt', 'moi/bc.bcyt');
        expect(review).toMatchObject({ from: join('cu', 'bc.bcyt'), to: join('moi', 'bc.bcyt') });
        const [d] = review.documents;
        expect(d).toMatchObject({ file: join('moi', 'bc.bcyt'), oldFile: join('cu', 'bc.bcyt'), status: 'renamed' });
        expect(d.values.map(v => [v.kind, v.period, v.old, v.new])).toEqual([['data', 'Q1/2024', '703', '645'], ['target', '2024', '= 3515', '= 3225']]);
        // 703 of 3515 and 645 of 3225 are both 20,0% of the plan: that figure does not move
        expect(d.figures.map(f => [f.source, f.old, f.new])).toEqual([
            ['{tre_tiem_chung_day_du}', '703', '645'],
            ['{tre_tiem_chung_day_du of prev = 109%}', '109%', '100%'],
            ['Số trẻ dưới 1 tuổi được tiêm chủng đầy đủ — Kế hoạch', '3.515', '3.225'],
            ['Số trẻ dưới 1 tuổi được tiêm chủng đầy đủ — Thực hiện', '703', '645'],
        ]);
        expect(d.claims).toEqual([expect.objectContaining({ oldStated: '109%', newStated: '109%', oldVerdict: 'ok', newVerdict: 'mismatch' })]);
        expect(d.findings.introduced.map(f => f.code)).toEqual(['claim-mismatch']);
        expect(review.summary.errorsIntroduced).toBe(1);
    });

    test('two folders: files paired by their path inside, added and deleted ones', async () => {
        const dir = folder({
            'a/catalog.bcyt': CATALOG, 'a/bc.bcyt': report(703, '= 3515'), 'a/old.bcyt': 'org X "Trạm Y tế xã X"\n',
            'b/catalog.bcyt': CATALOG, 'b/bc.bcyt': report(703, '= 3515').replace('## I. KẾT QUẢ', '## I. KẾT QUẢ THỰC HIỆN'), 'b/new.bcyt': 'org Y "Trạm Y tế xã Y"\n',
        });
        const review = await reviewPaths(dir, 'a', 'b');
        expect(review.documents.map(d => [d.file, d.status])).toEqual([
            [join('a', 'old.bcyt'), 'deleted'], [join('b', 'bc.bcyt'), 'modified'], [join('b', 'catalog.bcyt'), 'modified'], [join('b', 'new.bcyt'), 'added'],
        ]);
        expect(review.documents[1].headings).toEqual([expect.objectContaining({ change: 'retitled', old: 'I. KẾT QUẢ', new: 'I. KẾT QUẢ THỰC HIỆN' })]);
        expect(review.documents[2].values).toEqual([]);
    });

    // a draft mid-edit: cut anywhere, a `{` left open, bytes that are not text
    test.each([0.05, 0.2, 0.31, 0.5, 0.62, 0.77, 0.9, 0.99])('seed 001 damaged at %d of its length: a review, not a crash', async fraction => {
        const seed = readFileSync(resolve('examples/001-bao-cao-hoang-hoa-quy-1-2024.bcyt'), 'utf8');
        const dir = folder({ 'a.bcyt': seed });
        cpSync(resolve('examples/catalog'), join(dir, 'catalog'), { recursive: true });
        const at = Math.floor(seed.length * fraction);
        writeFileSync(join(dir, 'b.bcyt'), `${seed.slice(0, at)}{\u0000\uFFFD### ${seed.slice(at + 40)}`);
        const review = await reviewPaths(dir, 'a.bcyt', 'b.bcyt');
        expect(review.documents).toHaveLength(1);
        // damage in the body is seen (one in the declarations may fall in a comment)
        if (at > seed.indexOf('\n---\n')) expect(review.documents[0].findings.introduced.length + review.documents[0].prose.length).toBeGreaterThan(0);
    });
});
