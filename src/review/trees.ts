import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { CONFIG_FILE_NAME } from '../../language-server/src/validation/configuration.js';

/** The files of one revision that matter to the checker: .bcyt files and bcyt.config.json, by root-relative path. */
export type Tree = ReadonlyMap<string, string>;

export const isTreeFile = (path: string): boolean => /\.bcyt$/i.test(path) || posix.basename(path) === CONFIG_FILE_NAME;

const IMPORT = /(?:^|\s)import\s+"([^"\\\r\n]*)"/gu;

/** The files a file imports, root-relative (as ImportResolver resolves them: relative, `.bcyt` optional). */
export function importsOf(path: string, text: string): string[] {
    const head = text.split(/^---[ \t]*$/mu, 1)[0];
    return [...head.matchAll(IMPORT)].map(m => posix.normalize(posix.join(posix.dirname(path), /\.bcyt$/iu.test(m[1]) ? m[1] : `${m[1]}.bcyt`)));
}

/** The files whose check a change to `changed` may alter: themselves, the files importing them (transitively), and every file below a changed bcyt.config.json. */
export function affectedFiles(tree: Tree, changed: Iterable<string>): Set<string> {
    const importers = new Map<string, string[]>();
    for (const [path, text] of tree) {
        if (!path.endsWith('.bcyt')) continue;
        for (const target of importsOf(path, text)) {
            if (!importers.has(target)) importers.set(target, []);
            importers.get(target)!.push(path);
        }
    }
    const affected = new Set<string>();
    const pending: string[] = [];
    for (const path of changed) {
        if (posix.basename(path) === CONFIG_FILE_NAME) {
            const folder = posix.dirname(path);
            for (const file of tree.keys()) {
                if (file.endsWith('.bcyt') && (folder === '.' || file.startsWith(`${folder}/`))) pending.push(file);
            }
        } else if (tree.has(path)) {
            pending.push(path);
        }
    }
    while (pending.length) {
        const path = pending.pop()!;
        if (affected.has(path)) continue;
        affected.add(path);
        pending.push(...(importers.get(path) ?? []));
    }
    return affected;
}

/** The files and what they import (transitively), and every configuration file: what checking them reads. */
export function importClosure(tree: Tree, roots: Iterable<string>): Set<string> {
    const needed = new Set<string>([...tree.keys()].filter(path => !path.endsWith('.bcyt')));
    const pending = [...roots];
    while (pending.length) {
        const path = pending.pop()!;
        const text = tree.get(path);
        if (text === undefined || needed.has(path)) continue;
        needed.add(path);
        pending.push(...importsOf(path, text));
    }
    return needed;
}

/** Writes the given files of a tree under a folder, so the checker reads them as it reads any workspace. */
export function materialise(tree: Tree, paths: Iterable<string>, folder: string): void {
    for (const path of paths) {
        const text = tree.get(path);
        if (text === undefined) continue;
        const target = join(folder, ...path.split('/'));
        mkdirSync(dirname(target), { recursive: true });
        writeFileSync(target, text);
    }
}
