import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
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
 * The few git commands `bcyt diff` needs, run with the `git` on the PATH: plumbing whose output
 * is stable (`-z` lists, `cat-file --batch`), four or five processes in all. A revision of
 * `undefined` is the working tree.
 */
export class Git {
    /**
     * Opens the repository the folder is in and checks that the revisions name commits (one
     * `git rev-parse`); throws GitError otherwise.
     */
    static open(cwd: string, revisions: readonly string[]): Git {
        for (const revision of revisions) {
            if (!revision || revision.startsWith('-')) throw new GitError(`"${revision}" is not a revision`);
        }
        const lines = run(cwd, ['rev-parse', '--show-toplevel', ...revisions.map(r => `${r}^{commit}`)]).toString('utf8').split('\n');
        return new Git(lines[0].trim());
    }

    private constructor(readonly root: string) {}

    /** Files that differ between two revisions (the whole repository), renames followed. */
    changes(from: string, to: string | undefined): ChangedFile[] {
        const fields = this.text(['diff', '--no-ext-diff', '-M', '-z', '--name-status', from, ...(to ? [to] : []), '--']).split('\0');
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
            for (const path of this.text(['ls-files', '-z', '--others', '--exclude-standard']).split('\0').filter(Boolean)) {
                changes.push({ status: 'added', path });
            }
        }
        return changes;
    }

    /** Every file of a revision. */
    files(revision: string): string[] {
        return this.text(['ls-tree', '-r', '-z', '--name-only', revision]).split('\0').filter(Boolean);
    }

    /** The texts of files, each in its revision (one `git cat-file --batch`) or in the working tree. */
    read(files: ReadonlyArray<{ readonly revision?: string; readonly path: string }>): Array<string | undefined> {
        const texts: Array<string | undefined> = files.map(file => {
            if (file.revision) return undefined;
            try {
                return readFileSync(join(this.root, file.path), 'utf8');
            } catch {
                return undefined; // gone since it was listed
            }
        });
        const stored = files.flatMap((file, index) => (file.revision ? [index] : []));
        if (!stored.length) return texts;
        const output = run(this.root, ['cat-file', '--batch'], stored.map(i => `${files[i].revision}:${files[i].path}`).join('\n') + '\n');
        let offset = 0;
        for (const index of stored) {
            const headerEnd = output.indexOf(0x0a, offset);
            const size = / blob (\d+)$/.exec(output.subarray(offset, headerEnd).toString('utf8'));
            offset = headerEnd + 1;
            if (!size) continue; // "… missing"
            texts[index] = output.subarray(offset, offset + Number(size[1])).toString('utf8');
            offset += Number(size[1]) + 1;
        }
        return texts;
    }

    private text(args: string[]): string {
        return run(this.root, args).toString('utf8');
    }
}

function run(cwd: string, args: string[], input?: string): Buffer {
    const result = spawnSync('git', ['-c', 'core.quotePath=false', ...args], { cwd, input, maxBuffer: 1 << 30 });
    if (result.error) throw new GitError(`git: ${result.error.message}`);
    if (result.status !== 0) {
        const message = result.stderr.toString('utf8').trim();
        throw new GitError(message || `git ${args.join(' ')}: exit ${result.status}`);
    }
    return result.stdout;
}
