import { mkdtempSync, rmSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { URI } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { createBcytServices, type BcytServices } from '../../language-server/src/bcyt-module.js';
import { loadFiles } from '../../language-server/src/workspace/headless.js';
import type { MessageLanguage } from '../../language-server/src/validation/diagnostic-codes.js';
import { snapshotOf } from './extract.js';
import type { DocumentSnapshot } from './model.js';
import { importClosure, materialise, type Tree } from './trees.js';

/**
 * Checks files as `bcyt check` does (fresh services, the files and what they import) and takes
 * the snapshot of each, by absolute path. `display` names a file for the user.
 */
export async function snapshotFiles(paths: readonly string[], display: (path: string) => string, language: MessageLanguage = 'vi'): Promise<Map<string, DocumentSnapshot>> {
    const snapshots = new Map<string, DocumentSnapshot>();
    if (!paths.length) return snapshots;
    const { Bcyt } = createBcytServices(NodeFileSystem, { production: true, language });
    const { documents } = await loadFiles(Bcyt, [...paths]);
    for (const document of documents) snapshots.set(document.uri.fsPath, snapshotOf(Bcyt, document, display(document.uri.fsPath)));
    return snapshots;
}

/**
 * Checks revisions of a repository one after the other in one temporary folder and one
 * workspace: the first revision is loaded as `bcyt check` loads files; for the next, only the
 * files that differ are replaced (parsed afresh, the documents that import them linked again),
 * so an unchanged catalog is parsed and indexed once. Messages that name the folder name the
 * repository instead. Snapshots are by root-relative path.
 */
export class RevisionChecker {
    private readonly folder = mkdtempSync(join(tmpdir(), 'bcyt-diff-'));
    private readonly written = new Map<string, string>();
    private services: BcytServices | undefined;

    constructor(private readonly root: string, private readonly language: MessageLanguage = 'vi') {}

    async check(tree: Tree, paths: readonly string[]): Promise<Map<string, DocumentSnapshot>> {
        if (!paths.length) return new Map();
        const needed = importClosure(tree, paths);
        const replaced = this.replace(tree, needed);
        if (!this.services) {
            this.services = createBcytServices(NodeFileSystem, { production: true, language: this.language }).Bcyt;
        } else if (replaced.length) {
            // Removed first, then created from the new text: a replaced document is parsed afresh,
            // never spliced into the previous revision's tree (the snapshots of that revision still
            // read it); the documents importing it are linked again. Validation is the caller's.
            const builder = this.services.shared.workspace.DocumentBuilder;
            builder.updateBuildOptions = { validation: false };
            await builder.update(replaced.filter(uri => needed.has(this.relative(uri.fsPath))), replaced);
        }
        const { documents } = await loadFiles(this.services, paths.map(p => this.absolute(p)));
        return new Map(documents.map(document => {
            const snapshot = snapshotOf(this.services!, document, this.relative(document.uri.fsPath));
            return [snapshot.file, { ...snapshot, findings: snapshot.findings.map(f => ({ ...f, message: f.message.split(this.folder).join(this.root) })) }];
        }));
    }

    dispose(): void {
        rmSync(this.folder, { recursive: true, force: true });
    }

    /** Writes what differs from the folder's current files; the URIs of the files written or removed. */
    private replace(tree: Tree, needed: ReadonlySet<string>): URI[] {
        const changed: URI[] = [];
        for (const [path, text] of this.written) {
            if (needed.has(path) && tree.get(path) === text) continue;
            if (!needed.has(path)) unlinkSync(this.absolute(path));
            this.written.delete(path);
            changed.push(this.uri(path));
        }
        const fresh = [...needed].filter(path => !this.written.has(path) && tree.has(path));
        materialise(tree, fresh, this.folder);
        for (const path of fresh) {
            this.written.set(path, tree.get(path)!);
            if (!changed.some(uri => uri.fsPath === this.absolute(path))) changed.push(this.uri(path));
        }
        return changed;
    }

    private absolute(path: string): string {
        return join(this.folder, ...path.split('/'));
    }

    private relative(path: string): string {
        return relative(this.folder, path).split(sep).join('/');
    }

    private uri(path: string): URI {
        return URI.parse(pathToFileURL(this.absolute(path)).toString());
    }
}
