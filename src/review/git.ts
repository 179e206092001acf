import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A git command that failed: its own message (an unknown revision, not a repository). */
export class GitError extends Error {}

export interface ChangedFile {
    readonly status: 'modified' | 'added' | 'deleted' | 'renamed';
    /** root-relative, with forward slashes */
    readonly path: string;
    readonly oldPath?: string;
}

/**
 * The few git commands `bcyt diff` needs, run with the `git` on the PATH (plumbing whose output
 * is stable: `-z` lists, `cat-file --batch`). A revision of `undefined` is the working tree.
 */
export class Git {
    private top: string | undefined;

    constructor(private readonly cwd: string) {}

    /** The top folder of the repository the working folder is in. */
    root(): string {
        this.top ??= this.text(['rev-parse', '--show-toplevel']).trim();
        return this.top;
    }

    /** The commit a revision names; throws GitError when it names none. */
    commit(revision: string): string {
        return this.text(['rev-parse', '--verify', '--quiet', '--end-of-options', `${revision}^{commit}`]).trim();
    }

    /** Files that differ between two revisions, renames followed (whole repository). */
    changes(from: string, to: string | undefined): ChangedFile[] {
        const fields = this.text(['diff', '--no-ext-diff', '-M', '-z', '--name-status', from, ...(to ? [to] : []), '--'], this.root()).split('\0');
        const changes: ChangedFile[] = [];
        for (let i = 0; i + 1 < fields.length;) {
            const status = fields[i++];
            if (!status) break;
            if (status.startsWith('R')) {
                const oldPath = fields[i++];
                changes.push({ status: 'renamed', oldPath, path: fields[i++] });
                continue;
            }
            const path = fields[i++];
            changes.push({ status: status.startsWith('A') ? 'added' : status.startsWith('D') ? 'deleted' : 'modified', path });
        }
        if (!to) {
            for (const path of this.list(['ls-files', '-z', '--others', '--exclude-standard'])) changes.push({ status: 'added', path });
        }
        return changes;
    }

    /** Every file of a revision (the working tree: tracked and untracked, not ignored, present). */
    files(revision: string | undefined): string[] {
        if (revision) return this.list(['ls-tree', '-r', '-z', '--name-only', revision]);
        const root = this.root();
        return [...new Set(this.list(['ls-files', '-z', '--cached', '--others', '--exclude-standard']))]
            .filter(path => existsSync(join(root, path)));
    }

    /** The texts of files in a revision (one `git cat-file --batch`) or in the working tree. */
    read(revision: string | undefined, paths: readonly string[]): Map<string, string> {
        const texts = new Map<string, string>();
        if (!paths.length) return texts;
        if (!revision) {
            const root = this.root();
            for (const path of paths) {
                try {
                    texts.set(path, readFileSync(join(root, path), 'utf8'));
                } catch {
                    // gone since it was listed
                }
            }
            return texts;
        }
        const output = this.run(['cat-file', '--batch'], paths.map(p => `${revision}:${p}`).join('\n') + '\n', this.root());
        let offset = 0;
        for (const path of paths) {
            const headerEnd = output.indexOf(0x0a, offset);
            const header = output.subarray(offset, headerEnd).toString('utf8');
            offset = headerEnd + 1;
            const size = / blob (\d+)$/.exec(header);
            if (!size) continue; // "… missing"
            texts.set(path, output.subarray(offset, offset + Number(size[1])).toString('utf8'));
            offset += Number(size[1]) + 1;
        }
        return texts;
    }

    private list(args: string[]): string[] {
        return this.text(args, this.root()).split('\0').filter(Boolean);
    }

    private text(args: string[], cwd = this.cwd): string {
        return this.run(args, undefined, cwd).toString('utf8');
    }

    private run(args: string[], input: string | undefined, cwd = this.cwd): Buffer {
        const result = spawnSync('git', ['-c', 'core.quotePath=false', ...args], { cwd, input, maxBuffer: 1 << 30 });
        if (result.error) throw new GitError(`git: ${result.error.message}`);
        if (result.status !== 0) {
            const message = result.stderr.toString('utf8').trim();
            throw new GitError(message || `git ${args.join(' ')}: exit ${result.status}`);
        }
        return result.stdout;
    }
}
