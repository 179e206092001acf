/**
 * The checks, one folder per diagnostic code: each `.bcyt` under test/checks/<code>/ is a
 * document — made-up lines and lines of the seeds, slips and lines that must stay silent —
 * and the `.expected` beside it lists every finding in it, one a line, in document order:
 *
 *     11:41 error sum-mismatch «530» Tổng số 530 bài khác tổng các thành phần 430 bài (…)
 *
 * (`line:col severity code «covered text» message`, Vietnamese messages as `bcyt check` prints
 * them). An empty `.expected` says the document must stay silent. Documents may import each
 * other; folders whose name starts with `_` hold documents only imported by others (checked too).
 * All documents are checked in one workspace, as the editor would hold them, with the built-in
 * catalog; a document sees only what it imports.
 *
 * On a difference the test prints a unified diff of expected against found lines, and the
 * document's lines they are on. After a deliberate change:
 * `BCYT_UPDATE_EXPECTED=1 npx vitest run test/checks`, then read the diff.
 */
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EmptyFileSystem, URI, type LangiumDocument } from 'langium';
import { beforeAll, describe, expect, test } from 'vitest';
import { createBcytServices } from '../../language-server/src/bcyt-module.js';
import { DIAGNOSTIC_CODES } from '../../language-server/src/validation/diagnostic-codes.js';
import { unifiedDiff } from '../unified-diff.js';
import { expectedText, findingLines } from './expected.js';

const ROOT = fileURLToPath(new URL('.', import.meta.url));
const UPDATE = !!process.env.BCYT_UPDATE_EXPECTED;
/** Codes no document can show: a configuration file is read from disk (test/language/checks-config.test.ts); an internal error is a bug, provoked by replacing a service (test/language/limits.test.ts). */
const NOT_IN_A_DOCUMENT = ['config-invalid', 'internal-error'];

function documentsUnder(folder: string): string[] {
    return readdirSync(folder).sort().flatMap(name => {
        const path = join(folder, name);
        if (statSync(path).isDirectory()) return documentsUnder(path);
        return name.endsWith('.bcyt') ? [relative(ROOT, path).split(sep).join('/')] : [];
    });
}

const PATHS = documentsUnder(ROOT);
const folderOf = (path: string) => path.split('/')[0];
const FOLDERS = [...new Set(PATHS.map(folderOf))];
const CODE_FOLDERS = FOLDERS.filter(folder => !folder.startsWith('_'));
const expectedFile = (path: string) => join(ROOT, path.replace(/\.bcyt$/, '.expected'));
const readExpected = (path: string) => (existsSync(expectedFile(path)) ? readFileSync(expectedFile(path), 'utf8') : undefined);

const documents = new Map<string, LangiumDocument>();
beforeAll(async () => {
    const { Bcyt, shared } = createBcytServices(EmptyFileSystem);
    const langiumDocuments = shared.workspace.LangiumDocuments;
    const factory = shared.workspace.LangiumDocumentFactory;
    Bcyt.workspace.Builtins.load(langiumDocuments, factory);
    for (const path of PATHS) {
        const document = factory.fromString(readFileSync(join(ROOT, path), 'utf8'), URI.parse(`file:///checks/${path}`));
        langiumDocuments.addDocument(document);
        documents.set(path, document);
    }
    await shared.workspace.DocumentBuilder.build([...langiumDocuments.all], { validation: true });
}, 120_000);

/** The document's lines that a differing finding is on, so that the diff reads without opening the file. */
function linesConcerned(path: string, expected: string, found: string): string {
    const before = new Set(expected.split('\n'));
    const after = new Set(found.split('\n'));
    const changed = [...before].filter(l => !after.has(l)).concat([...after].filter(l => !before.has(l)));
    const numbers = [...new Set(changed.map(l => Number(l.split(':')[0])).filter(n => n > 0))].sort((a, b) => a - b);
    const text = documents.get(path)!.textDocument;
    return numbers.map(n => `${path}:${n}: ${text.getText({ start: { line: n - 1, character: 0 }, end: { line: n, character: 0 } }).trimEnd()}\n`).join('');
}

describe('test/checks: one folder per diagnostic code', () => {
    test('every folder is named after a code; every code but those no document can show has a folder', () => {
        const codes = Object.keys(DIAGNOSTIC_CODES);
        expect(CODE_FOLDERS.filter(folder => !codes.includes(folder))).toEqual([]);
        expect(codes.filter(code => !CODE_FOLDERS.includes(code) && !NOT_IN_A_DOCUMENT.includes(code))).toEqual([]);
    });

    test.each(CODE_FOLDERS)('%s: a slip found, and a document without it', folder => {
        const paths = PATHS.filter(path => folderOf(path) === folder);
        const reports = paths.map(path => (readExpected(path) ?? '').split('\n').some(line => line.split(' ')[2] === folder));
        expect(reports.some(Boolean), `a document of ${folder}/ whose .expected has a ${folder} finding`).toBe(true);
        expect(reports.some(found => !found), `a document of ${folder}/ without a ${folder} finding`).toBe(true);
    });
});

describe.each(FOLDERS)('%s', folder => {
    test.each(PATHS.filter(path => folderOf(path) === folder))('%s', path => {
        const found = expectedText(findingLines(documents.get(path)!));
        const expected = readExpected(path);
        if (UPDATE) {
            if (found !== expected) writeFileSync(expectedFile(path), found);
            return;
        }
        if (found === expected) return;
        const name = `test/checks/${path.replace(/\.bcyt$/, '.expected')}`;
        expect.fail(expected === undefined
            ? `${name} is missing; the document's findings are:\n${found || '(none: an empty file says so)\n'}`
            : `the findings differ:\n${unifiedDiff(name, expected, found)}\n${linesConcerned(path, expected, found)}`
                + 'After a deliberate change: BCYT_UPDATE_EXPECTED=1 npx vitest run test/checks, then read the diff.');
    });
});
