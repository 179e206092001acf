import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { seed001Repo } from '../review/git-repo.js';

const BCYT = resolve('bin/bcyt.js');

function run(args: string[], cwd: string) {
    const result = spawnSync(process.execPath, [BCYT, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('bcyt diff (command line)', () => {
    test('--fail-on-new-errors: exit 1 when the change introduces an error, 0 without the flag', () => {
        const repo = seed001Repo();
        repo.edit('bc.bcyt', '{cb_ttyt_bien_che = 50}', '{cb_ttyt_bien_che = 49}');
        const plain = run(['diff'], repo.dir);
        expect(plain.code).toBe(0);
        expect(plain.stdout).toContain('bc.bcyt — đã sửa');
        expect(plain.stdout).toMatch(/\+ dòng \d+:\d+ lỗi sum-mismatch Tổng số 51 .*\(49 \+ 1\)/);
        expect(run(['diff', '--fail-on-new-errors'], repo.dir).code).toBe(1);
        repo.commit('sai');
        // HEAD~1 → HEAD holds the same change; HEAD against the clean working tree holds none
        expect(run(['diff', 'HEAD~1', 'HEAD', '--fail-on-new-errors'], repo.dir).code).toBe(1);
        const clean = run(['diff', '--fail-on-new-errors'], repo.dir);
        expect(clean).toMatchObject({ code: 0, stdout: expect.stringContaining('Không có tệp .bcyt nào thay đổi.') });
    });

    test('--format json: the documented keys; --format markdown --lang en; paths after --', () => {
        const repo = seed001Repo();
        repo.edit('bc.bcyt', /bai_viet_khac = 91\n/, 'bai_viet_khac = 191\n');
        repo.write('other.bcyt', 'org X "Trạm Y tế xã X"\n');
        const json = run(['diff', '--format', 'json', '--', 'bc.bcyt'], repo.dir);
        expect(json.code).toBe(0);
        const review = JSON.parse(json.stdout);
        expect(Object.keys(review)).toEqual(['from', 'to', 'documents', 'summary']);
        expect(review.documents.map((d: { file: string }) => d.file)).toEqual(['bc.bcyt']);
        expect(Object.keys(review.documents[0])).toEqual(['file', 'oldFile', 'status', 'values', 'figures', 'claims', 'findings', 'headings', 'citations', 'prose']);
        expect(Object.keys(review.documents[0].values[0])).toEqual(['kind', 'indicator', 'label', 'org', 'orgLabel', 'period', 'periodLabel', 'old', 'new', 'line']);
        const markdown = run(['diff', '--format', 'markdown', '--lang', 'en'], repo.dir);
        expect(markdown.stdout).toContain('#### `bc.bcyt` — modified');
        expect(markdown.stdout).toContain('| 19 | data | Số bài viết tuyên truyền về nội dung khác | Trung tâm Y tế Hoằng Hóa | quý I năm 2024 | 91 | **191** |');
        expect(markdown.stdout).toContain('#### `other.bcyt` — new file');
    });

    test('two files', () => {
        const dir = mkdtempSync(join(tmpdir(), 'bcyt-diff-cli-'));
        writeFileSync(join(dir, 'a.bcyt'), 'org T "Trạm Y tế xã A"\nindicator x "Số lượt khám" unit lượt\ndata T 2024 {\n  x = 5\n}\n');
        writeFileSync(join(dir, 'b.bcyt'), 'org T "Trạm Y tế xã A"\nindicator x "Số lượt khám" unit lượt\ndata T 2024 {\n  x = 8\n}\n');
        const result = run(['diff', 'a.bcyt', 'b.bcyt', '--lang', 'en'], dir);
        expect(result.code).toBe(0);
        expect(result.stdout).toContain('line 4  data Số lượt khám — Trạm Y tế xã A, năm 2024: 5 → 8');
    });

    test.each([
        [['diff', 'khong-co-nhanh'], 'git'],
        [['diff', 'a', 'b', 'c'], 'bcyt diff'],
        [['diff', '--format', 'xml'], 'bcyt diff'],
        [['diff', 'bc.bcyt', 'moi.bcyt'], 'không tìm thấy moi.bcyt'],
    ])('exit 2: %o', (args, said) => {
        const repo = seed001Repo();
        const result = run(args, repo.dir);
        expect(result.code).toBe(2);
        expect(result.stderr).toContain(said);
    });

    test('exit 2 outside a git repository, saying so', () => {
        const result = run(['diff'], mkdtempSync(join(tmpdir(), 'bcyt-no-git-')));
        expect(result.code).toBe(2);
        expect(result.stderr).toMatch(/git báo lỗi: .*not a git repository/i);
    });
});
