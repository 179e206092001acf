import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

/** A real git repository in a temporary folder, for the tests of `bcyt diff`. */
export class TempRepo {
    readonly dir = mkdtempSync(join(tmpdir(), 'bcyt-review-'));

    constructor() {
        this.git('init', '-q', '-b', 'main');
    }

    git(...args: string[]): string {
        return execFileSync('git', ['-c', 'user.name=BCYT test', '-c', 'user.email=test@bcyt.invalid', '-c', 'commit.gpgsign=false', ...args], {
            cwd: this.dir, encoding: 'utf8',
        });
    }

    write(path: string, text: string): this {
        mkdirSync(dirname(join(this.dir, path)), { recursive: true });
        writeFileSync(join(this.dir, path), text);
        return this;
    }

    read(path: string): string {
        return readFileSync(join(this.dir, path), 'utf8');
    }

    /** Replaces text in a file; fails when the text is not there (the test would be vacuous). */
    edit(path: string, from: string | RegExp, to: string): this {
        const text = this.read(path);
        const next = text.replace(from, to);
        if (next === text) throw new Error(`${path}: nothing to replace for ${from}`);
        return this.write(path, next);
    }

    commit(message: string): this {
        this.git('add', '-A');
        this.git('commit', '-q', '-m', message);
        return this;
    }
}

/**
 * A repository holding seed 001 (examples/001-…) as `bc.bcyt` with the Thanh Hóa catalog, where
 * the count of "other" articles comes from a data block and is printed from it twice.
 */
export function seed001Repo(): TempRepo {
    const repo = new TempRepo();
    cpSync(resolve('examples/catalog'), join(repo.dir, 'catalog'), { recursive: true });
    repo.write('bc.bcyt', readFileSync(resolve('examples/001-bao-cao-hoang-hoa-quy-1-2024.bcyt'), 'utf8'));
    repo.edit('bc.bcyt', 'unit bộ\n', 'unit bộ\n\ndata TTYT_HoangHoa Q1/2024 {\n  bai_viet_khac = 91\n}\n');
    repo.edit('bc.bcyt', 'tuyên truyền về nội dung khác là {bai_viet_khac = 91} bài.',
        'tuyên truyền về nội dung khác là {bai_viet_khac} bài, chiếm {bai_viet_khac of bai_viet} số bài.');
    return repo.commit('báo cáo quý I');
}
