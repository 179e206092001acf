import { NodeFileSystem } from 'langium/node';
import { createBcytServices } from '../../language-server/src/bcyt-module.js';
import { loadFiles } from '../../language-server/src/workspace/headless.js';
import { snapshotOf } from './extract.js';
import type { DocumentSnapshot } from './model.js';

/**
 * Checks files as `bcyt check` does (fresh services, the files and what they import) and takes
 * the snapshot of each. `display` names a file for the user (its path in the repository);
 * `rewrite` turns paths inside messages into the user's (a revision is checked in a temporary folder).
 */
export async function snapshotFiles(
    paths: readonly string[], display: (path: string) => string, rewrite: (message: string) => string = m => m,
): Promise<Map<string, DocumentSnapshot>> {
    const snapshots = new Map<string, DocumentSnapshot>();
    if (!paths.length) return snapshots;
    const { Bcyt } = createBcytServices(NodeFileSystem, { production: true });
    const { documents } = await loadFiles(Bcyt, [...paths]);
    for (const document of documents) {
        const path = document.uri.fsPath;
        const snapshot = snapshotOf(Bcyt, document, display(path));
        snapshots.set(path, { ...snapshot, findings: snapshot.findings.map(f => ({ ...f, message: rewrite(f.message) })) });
    }
    return snapshots;
}
