import type { MessageLanguage } from '../../language-server/src/validation/diagnostic-codes.js';
import { statSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { bcytFilesUnder } from '../../language-server/src/workspace/headless.js';
import { compareSnapshots } from './compare.js';
import { Git, type ChangedFile } from './git.js';
import type { DocumentChanges, DocumentSnapshot, FileStatus, Review, ReviewSummary } from './model.js';
import { RevisionChecker, snapshotFiles } from './snapshots.js';
import { affectedFiles, isTreeFile, type Tree } from './trees.js';

export interface RevisionOptions {
    /** the working folder: git runs here, paths are relative to it */
    readonly cwd: string;
    /** default HEAD */
    readonly from?: string;
    /** default: the working tree */
    readonly to?: string;
    /** files or folders the report is limited to (default: the whole repository) */
    readonly paths?: readonly string[];
    /** working-tree texts that replace the saved ones (an editor's unsaved document), by absolute path */
    readonly unsaved?: ReadonlyMap<string, string>;
    /** the language of the findings' messages (default Vietnamese) */
    readonly lang?: MessageLanguage;
}

interface Pair {
    readonly old?: string;
    readonly new?: string;
    readonly status: FileStatus;
}

/**
 * `bcyt diff <rev-a> [<rev-b>]`: every .bcyt file that changed between two revisions, and every
 * one whose check the change may alter (it imports a changed file, a bcyt.config.json above it
 * changed), each checked in both revisions and compared. Renames are followed (git's `-M`).
 * The revisions' files are written to a temporary folder and checked there, as a workspace.
 */
export async function reviewRevisions(options: RevisionOptions): Promise<Review> {
    const from = options.from ?? 'HEAD';
    const git = Git.open(options.cwd, [from, ...(options.to ? [options.to] : [])]);
    const root = git.root;
    const unsaved = unsavedByPath(root, options.unsaved);
    const changes = git.changes(from, options.to).filter(c => isTreeFile(c.path) || (c.oldPath !== undefined && isTreeFile(c.oldPath)));
    const oldTree = readTree(git, from, git.files(from).filter(isTreeFile));
    // the new revision is the old one with the changes: only the files that changed are read again
    const newTree = new Map(oldTree);
    for (const change of changes) {
        newTree.delete(change.oldPath ?? change.path);
        if (change.status === 'deleted') newTree.delete(change.path);
    }
    const arrived = changes.filter(c => c.status !== 'deleted').map(c => c.path);
    for (const [path, text] of readTree(git, options.to, arrived)) newTree.set(path, text);
    for (const [path, text] of unsaved) {
        if (newTree.get(path) === text) continue;
        if (!changes.some(c => c.path === path)) changes.push({ status: oldTree.has(path) ? 'modified' : 'added', path });
        newTree.set(path, text);
    }
    const pairs = pairsOf(changes, oldTree, newTree);
    const inScope = scope(root, options.cwd, options.paths);
    const wanted = pairs.filter(p => inScope(p.new ?? p.old!) || (p.old !== undefined && inScope(p.old)));
    const checker = new RevisionChecker(root, options.lang);
    let before, after;
    try {
        before = await checker.check(oldTree, wanted.flatMap(p => p.old ?? []));
        after = await checker.check(newTree, wanted.flatMap(p => p.new ?? []));
    } finally {
        checker.dispose();
    }
    return reviewOf(from, options.to ?? null, wanted.map(p => ({ ...p, before: p.old ? before.get(p.old) : undefined, after: p.new ? after.get(p.new) : undefined })));
}

/** `bcyt diff old new`: two files, or two folders whose .bcyt files are paired by their path inside. */
export async function reviewPaths(cwd: string, oldPath: string, newPath: string, lang: MessageLanguage = 'vi'): Promise<Review> {
    const oldAbs = resolve(cwd, oldPath);
    const newAbs = resolve(cwd, newPath);
    const shown = (path: string) => relative(cwd, path) || path;
    const folders = statSync(oldAbs).isDirectory() && statSync(newAbs).isDirectory();
    const oldFiles = folders ? bcytFilesUnder(oldAbs) : [oldAbs];
    const newFiles = folders ? bcytFilesUnder(newAbs) : [newAbs];
    const before = await snapshotFiles(oldFiles, shown, lang);
    const after = await snapshotFiles(newFiles, shown, lang);
    const inside = (base: string, path: string) => folders ? relative(base, path) : '';
    const byName = new Map(newFiles.map(path => [inside(newAbs, path), path]));
    const entries: Array<Pair & { before?: DocumentSnapshot; after?: DocumentSnapshot }> = [];
    for (const path of oldFiles) {
        const match = byName.get(inside(oldAbs, path));
        byName.delete(inside(oldAbs, path));
        entries.push({
            old: path, new: match, status: !match ? 'deleted' : folders ? 'modified' : 'renamed',
            before: before.get(path), after: match ? after.get(match) : undefined,
        });
    }
    for (const path of byName.values()) entries.push({ new: path, status: 'added', after: after.get(path) });
    return reviewOf(shown(oldAbs), shown(newAbs), entries);
}

function reviewOf(
    from: string, to: string | null, entries: ReadonlyArray<Pair & { before?: DocumentSnapshot; after?: DocumentSnapshot }>,
): Review {
    const documents = entries
        .filter(e => e.before || e.after)
        .map(e => compareSnapshots(e.before, e.after, e.status))
        .sort((a, b) => a.file.localeCompare(b.file));
    return { from, to, documents, summary: summaryOf(documents) };
}

function summaryOf(documents: readonly DocumentChanges[]): ReviewSummary {
    const sum = (f: (d: DocumentChanges) => number) => documents.reduce((total, d) => total + f(d), 0);
    return {
        documents: documents.length,
        values: sum(d => d.values.length),
        figures: sum(d => d.figures.length),
        claims: sum(d => d.claims.length),
        errorsIntroduced: sum(d => d.findings.introduced.filter(f => f.severity === 'error').length),
        errorsResolved: sum(d => d.findings.resolved.filter(f => f.severity === 'error').length),
        findingsIntroduced: sum(d => d.findings.introduced.length),
        findingsResolved: sum(d => d.findings.resolved.length),
    };
}

function readTree(git: Git, revision: string | undefined, paths: readonly string[]): Map<string, string> {
    const texts = git.read(paths.map(path => ({ revision, path })));
    return new Map(paths.flatMap((path, i) => (texts[i] === undefined ? [] : [[path, texts[i]!] as const])));
}

/** Unsaved texts by root-relative path; those of files outside the repository are not its business. */
function unsavedByPath(root: string, unsaved: ReadonlyMap<string, string> | undefined): Map<string, string> {
    return new Map([...unsaved ?? []]
        .map(([path, text]) => [relative(root, path).split(sep).join('/'), text] as const)
        .filter(([path]) => !path.startsWith('../') && isTreeFile(path)));
}

/** The files to compare: those that changed, and those a change reaches through imports or configuration. */
function pairsOf(changes: readonly ChangedFile[], oldTree: Tree, newTree: Tree): Pair[] {
    const pairs: Pair[] = changes.filter(c => c.path.endsWith('.bcyt') || c.oldPath?.endsWith('.bcyt')).map(c => ({
        old: c.status === 'added' ? undefined : c.oldPath ?? c.path,
        new: c.status === 'deleted' ? undefined : c.path,
        status: c.status,
    }));
    const listed = new Set(pairs.flatMap(p => [p.old, p.new]).filter(Boolean));
    const touched = changes.flatMap(c => [c.path, ...(c.oldPath ? [c.oldPath] : [])]);
    const reached = new Set([...affectedFiles(oldTree, touched), ...affectedFiles(newTree, touched)]);
    for (const path of [...reached].sort()) {
        if (!listed.has(path) && oldTree.has(path) && newTree.has(path)) pairs.push({ old: path, new: path, status: 'affected' });
    }
    return pairs;
}

/** Whether a root-relative path is one of the given files or folders (all of them when none is given). */
function scope(root: string, cwd: string, paths: readonly string[] | undefined): (path: string) => boolean {
    if (!paths?.length) return () => true;
    const prefixes = paths.map(p => relative(root, resolve(cwd, p)).split(sep).join('/'));
    return path => prefixes.some(prefix => prefix === '' || path === prefix || path.startsWith(`${prefix}/`));
}
