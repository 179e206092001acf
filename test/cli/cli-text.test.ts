import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, readdirSync, readFileSync, realpathSync, rmdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';
import { BUILD_TEXT } from '../../src/build/build-text.js';
import { CLI_TEXT } from '../../src/cli/cli-text.js';
import { runBcyt, workspace } from '../files.js';

const CATALOG = 'org TTYT "Trung tâm Y tế Hoằng Hóa" code TTYT\nindicator bai "Số bài viết" unit bài\n';
const REPORT = (catalog: string, count: string) => `import "${catalog}"\nreport R issuer TTYT period Q1/2024\n---\nSố bài viết là {bai = ${count}} bài.\n`;
const FILES = { 'catalog.bcyt': CATALOG, 'r.bcyt': REPORT('catalog', '3'), 'notes.txt': 'ghi chú\n', 'sub/x': '' };
const TEXT = 'BÁO CÁO\nThực hiện Quyết định số 1300/QĐ-BYT ngày 09/3/2023 của Bộ Y tế.\n';
const LONG_FILE = `${'a'.repeat(240)}.docx`;
const LONG_FOLDER = 'b'.repeat(300);

/**
 * A folder this process may not create (for `noPermission`): under a folder without write
 * permission, made by the case's setup; as root, which may write anywhere, under /sys when it is
 * read-only (as in a container); none where root may write there too.
 */
const SYS_LOCKED = (() => {
    const probe = '/sys/bcyt-cli-text-probe';
    try {
        mkdirSync(probe);
        rmdirSync(probe);
        return undefined;
    } catch (error) {
        return ['EACCES', 'EPERM', 'EROFS'].includes((error as NodeJS.ErrnoException).code ?? '') ? probe : undefined;
    }
})();
const isRoot = process.getuid?.() === 0;
const lockedFolder = (dir: string): string | undefined => !isRoot ? 'ro/out' : SYS_LOCKED && relative(realpathSync(dir), SYS_LOCKED);

const writeText = (dir: string, name: string, text: string) => {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
};

type Expected = string | RegExp;
interface Case {
    /** what is said, as keys of CLI_TEXT and BUILD_TEXT (messages from other tables: none) */
    readonly keys: readonly string[];
    readonly args: (dir: string) => string[] | undefined;
    readonly setup?: (dir: string) => void;
    readonly code: number;
    readonly stream?: 'stdout' | 'stderr';
    readonly vi: (dir: string) => Expected;
    readonly en: (dir: string) => Expected;
}

const mkfifo = (dir: string, name: string) => execFileSync('mkfifo', [join(dir, name)]);
const abs = (dir: string, name: string) => join(realpathSync(dir), name);

const CASES: Record<string, Case> = {
    'build: a file that is not there': {
        keys: ['notFound'], args: () => ['build', 'khong-co.bcyt'], code: 2,
        vi: () => 'bcyt: không tìm thấy khong-co.bcyt\n',
        en: () => 'bcyt: khong-co.bcyt not found\n',
    },
    'build: a folder without --out-dir': {
        keys: ['folderNeedsOutDir'], args: () => ['build', '.'], code: 2,
        vi: () => 'bcyt: dựng cả thư mục cần --out-dir <thư mục>\n',
        en: () => 'bcyt: building a whole folder needs --out-dir <folder>\n',
    },
    'build: a FIFO': {
        keys: ['unreadable'], args: () => ['build', 'ong.bcyt'], setup: dir => mkfifo(dir, 'ong.bcyt'), code: 2,
        vi: () => 'bcyt: không đọc được ong.bcyt: không phải tệp thường (thiết bị, FIFO hay thư mục)\n',
        en: () => 'bcyt: cannot read ong.bcyt: not a regular file (a device, a FIFO or a folder)\n',
    },
    'check: a file that is not there': {
        keys: ['unreadable'], args: () => ['check', 'khong-co.bcyt'], code: 2,
        vi: () => 'bcyt: không đọc được khong-co.bcyt: không tìm thấy\n',
        en: () => 'bcyt: cannot read khong-co.bcyt: not found\n',
    },
    'build: two sources making one DOCX name': {
        keys: ['outputClash'], args: () => ['build', 'xa', '--out-dir', 'out'], code: 2,
        setup: dir => ['xa/r.bcyt', 'xa/R.bcyt'].forEach(name => writeText(dir, name, REPORT('../catalog', '3'))),
        vi: () => 'bcyt: xa/R.bcyt: không dựng vì sẽ ghi đè out/R.docx vừa dựng từ xa/r.bcyt\n',
        en: () => 'bcyt: xa/R.bcyt: not built, as it would overwrite out/R.docx just built from xa/r.bcyt\n',
    },
    'build: declarations only': {
        keys: ['declarationsOnly'], args: () => ['build', 'catalog.bcyt'], code: 0,
        vi: () => 'bcyt: catalog.bcyt không có văn bản nào (chỉ có khai báo)\n',
        en: () => 'bcyt: catalog.bcyt holds no document (declarations only)\n',
    },
    'build: refused while an error remains, the error listed in the language': {
        keys: ['buildRefused'], args: () => ['build', 'loi.bcyt'], setup: dir => writeText(dir, 'loi.bcyt', REPORT('catalog', '3,5')), code: 1,
        vi: () => 'bcyt: loi.bcyt: còn 1 lỗi, không xuất DOCX (dùng --force để vẫn xuất)\n'
            + '  loi.bcyt:4:23 count-not-integer Số nêu tính bằng "bài" phải là số nguyên, không phải 3,5\n',
        en: () => 'bcyt: loi.bcyt: 1 error remains, no DOCX written (--force writes it anyway)\n'
            + '  loi.bcyt:4:23 count-not-integer A stated value counted in "bài" must be a whole number, not 3,5\n',
    },
    'build: --out-dir naming a file': {
        keys: ['outputFolder', 'fileInTheWay'], args: () => ['build', '.', '--out-dir', 'notes.txt'], code: 2,
        vi: () => 'bcyt: không tạo được thư mục xuất "notes.txt": một tệp có tên này đã có ở đó\n',
        en: () => 'bcyt: cannot create the output folder "notes.txt": a file of that name is already there\n',
    },
    'build: --out-dir where writing is not allowed': {
        keys: ['outputFolder', 'noPermission'], code: 2,
        args: dir => { const folder = lockedFolder(dir); return folder ? ['build', '.', '--out-dir', folder] : undefined; },
        setup: dir => {
            if (isRoot) return;
            mkdirSync(join(dir, 'ro'));
            chmodSync(join(dir, 'ro'), 0o555);
        },
        vi: dir => `bcyt: không tạo được thư mục xuất "${lockedFolder(dir)}": không có quyền ghi\n`,
        en: dir => `bcyt: cannot create the output folder "${lockedFolder(dir)}": no permission to write\n`,
    },
    'build: --out-dir with a name too long for the system': {
        keys: ['outputFolder', 'systemError'], args: () => ['build', '.', '--out-dir', LONG_FOLDER], code: 2,
        vi: () => `bcyt: không tạo được thư mục xuất "${LONG_FOLDER}": lỗi hệ thống ENAMETOOLONG\n`,
        en: () => `bcyt: cannot create the output folder "${LONG_FOLDER}": system error ENAMETOOLONG\n`,
    },
    'build: -o naming the source': {
        keys: ['targetRefused', 'targetIsSource'], args: () => ['build', 'r.bcyt', '-o', 'r.bcyt'], code: 2,
        vi: dir => `bcyt: r.bcyt: Không ghi tệp DOCX "${abs(dir, 'r.bcyt')}": đây là tệp nguồn, hãy chọn một tên .docx. Không có tệp nào bị thay đổi.\n`,
        en: dir => `bcyt: r.bcyt: Will not write the DOCX file "${abs(dir, 'r.bcyt')}": this is a source file; choose a .docx name. No file was changed.\n`,
    },
    'build: -o naming a folder': {
        keys: ['targetRefused', 'targetIsFolder'], args: () => ['build', 'r.bcyt', '-o', 'sub'], code: 2,
        vi: dir => `bcyt: r.bcyt: Không ghi tệp DOCX "${abs(dir, 'sub')}": đường dẫn là một thư mục. Không có tệp nào bị thay đổi.\n`,
        en: dir => `bcyt: r.bcyt: Will not write the DOCX file "${abs(dir, 'sub')}": the path is a folder. No file was changed.\n`,
    },
    'build: -o naming a FIFO': {
        keys: ['targetRefused', 'targetNotRegular'], args: () => ['build', 'r.bcyt', '-o', 'ong.docx'], setup: dir => mkfifo(dir, 'ong.docx'), code: 2,
        vi: dir => `bcyt: r.bcyt: Không ghi tệp DOCX "${abs(dir, 'ong.docx')}": đường dẫn không phải là một tệp thường. Không có tệp nào bị thay đổi.\n`,
        en: dir => `bcyt: r.bcyt: Will not write the DOCX file "${abs(dir, 'ong.docx')}": the path is not a regular file. No file was changed.\n`,
    },
    'build: a read-only DOCX': {
        keys: ['targetRefused', 'targetReadOnly'], args: () => ['build', 'r.bcyt'], code: 2,
        setup: dir => {
            expect(runBcyt(['build', 'r.bcyt'], dir).code).toBe(0);
            chmodSync(join(dir, 'r.docx'), 0o444);
        },
        vi: dir => `bcyt: r.bcyt: Không ghi tệp DOCX "${abs(dir, 'r.docx')}": tệp chỉ cho phép đọc; bỏ thuộc tính chỉ đọc hoặc chọn tên khác. Không có tệp nào bị thay đổi.\n`,
        en: dir => `bcyt: r.bcyt: Will not write the DOCX file "${abs(dir, 'r.docx')}": the file is read-only; make it writable or choose another name. No file was changed.\n`,
    },
    'build: -o naming a file that is not a DOCX': {
        keys: ['targetRefused', 'targetNotDocx'], args: () => ['build', 'r.bcyt', '-o', 'notes.txt'], code: 2,
        vi: dir => `bcyt: r.bcyt: Không ghi tệp DOCX "${abs(dir, 'notes.txt')}": tệp đã có không phải là tệp DOCX nên không bị ghi đè; hãy chọn tên khác. Không có tệp nào bị thay đổi.\n`,
        en: dir => `bcyt: r.bcyt: Will not write the DOCX file "${abs(dir, 'notes.txt')}": the existing file is not a DOCX and is not overwritten; choose another name. No file was changed.\n`,
    },
    'build: the write fails (the writer\'s own message, src/docx/write.ts)': {
        keys: [], args: () => ['build', 'r.bcyt', '-o', LONG_FILE], code: 2,
        vi: dir => `bcyt: r.bcyt: Không ghi được tệp DOCX "${abs(dir, LONG_FILE)}": lỗi hệ thống ENAMETOOLONG. Tệp cũ (nếu có) vẫn được giữ nguyên.\n`,
        en: dir => `bcyt: r.bcyt: Cannot write the DOCX file "${abs(dir, LONG_FILE)}": system error ENAMETOOLONG. The existing file, if any, is left unchanged.\n`,
    },
    'import: the draft exists': {
        keys: ['draftExists'], args: () => ['import', 'notes.txt', '-o', 'r.bcyt'], code: 2,
        vi: () => 'bcyt: r.bcyt đã có; chọn tên khác bằng -o, hoặc dùng --force để ghi đè\n',
        en: () => 'bcyt: r.bcyt exists; choose another name with -o, or --force to replace it\n',
    },
    'import: the draft written': {
        keys: ['imported'], args: () => ['import', 'bao-cao.txt'], setup: dir => writeText(dir, 'bao-cao.txt', TEXT), code: 0, stream: 'stdout',
        vi: () => 'bao-cao.txt → bao-cao.bcyt: 0 số liệu thành mệnh đề kiểm tra được, 1 trích dẫn (khai báo 0 văn bản), 0 chỉ số mới\n',
        en: () => 'bao-cao.txt → bao-cao.bcyt: 0 figures checked as claims, 1 citations (0 documents declared), 0 new indicators\n',
    },
    'import: a file that is not there (the importer\'s own message, src/import/errors.ts)': {
        keys: [], args: () => ['import', 'khong-co.txt'], code: 2,
        vi: () => 'bcyt: không tìm thấy khong-co.txt\n',
        en: () => 'bcyt: cannot find khong-co.txt\n',
    },
    'diff: a file that is not there': {
        keys: ['notFound'], args: () => ['diff', 'r.bcyt', 'moi.bcyt'], code: 2,
        vi: () => 'bcyt diff: không tìm thấy moi.bcyt\n',
        en: () => 'bcyt diff: moi.bcyt not found\n',
    },
    'diff: outside a git repository': {
        keys: ['gitFailed'], args: () => ['diff'], code: 2,
        vi: () => /^bcyt diff: git báo lỗi: .*not a git repository.*\n$/isu,
        en: () => /^bcyt diff: git failed: .*not a git repository.*\n$/isu,
    },
    'diff: three revisions': {
        keys: ['diffUsage'], args: () => ['diff', 'a', 'b', 'c'], code: 2,
        vi: () => `Cách dùng / usage:
  bcyt diff [<phiên bản A> [<phiên bản B>]] [-- <tệp hoặc thư mục…>] [--format text|markdown|json] [--lang vi|en] [--fail-on-new-errors]
  bcyt diff <cũ.bcyt> <mới.bcyt>      (hai tệp hoặc hai thư mục)
`,
        en: () => `Usage:
  bcyt diff [<revision A> [<revision B>]] [-- <files or folders…>] [--format text|markdown|json] [--lang vi|en] [--fail-on-new-errors]
  bcyt diff <old.bcyt> <new.bcyt>      (two files or two folders)
`,
    },
    'textconv: no file': {
        keys: ['textconvUsage'], args: () => ['textconv'], code: 2,
        vi: () => 'Cách dùng / usage:\n  bcyt textconv <tệp.docx> [--lang vi|en]   (văn bản của DOCX cho git diff)\n',
        en: () => 'Usage:\n  bcyt textconv <file.docx> [--lang vi|en]  (the DOCX as text for git diff)\n',
    },
    'textconv: a file that is not there': {
        keys: ['cannotRead'], args: () => ['textconv', 'khong-co.docx'], code: 2,
        vi: () => 'bcyt textconv: không đọc được khong-co.docx (ENOENT)\n',
        en: () => 'bcyt textconv: cannot read khong-co.docx (ENOENT)\n',
    },
    'textconv: not a DOCX': {
        keys: ['notDocx'], args: () => ['textconv', 'r.bcyt'], code: 2,
        vi: () => 'bcyt textconv: r.bcyt không phải tệp DOCX đọc được (not a zip)\n',
        en: () => 'bcyt textconv: r.bcyt is not a readable DOCX file (not a zip)\n',
    },
    'an unknown command': {
        keys: ['usage'], args: () => ['frobnicate'], code: 2,
        vi: () => `Cách dùng / usage:
  bcyt check <tệp hoặc thư mục…> [--format text|json|sarif|github] [--lang vi|en] [--catalog <thư mục hoặc tệp>]
  bcyt build <tệp.bcyt> [-o out.docx] [--force] [--lang vi|en] [--timings]
  bcyt build <thư mục> --out-dir <thư mục> [--force] [--lang vi|en] [--timings]
  bcyt watch <tệp.bcyt | thư mục> [-o out.docx | --out-dir <thư mục>] [--force] [--lang vi|en]
  bcyt import <tệp.docx|tệp.txt|tệp.md> [-o tệp.bcyt] [--catalog <thư mục hoặc tệp>] [--force] [--lang vi|en]
  bcyt diff [<phiên bản A> [<phiên bản B>]] [-- <tệp hoặc thư mục…>] [--format text|markdown|json] [--lang vi|en] [--fail-on-new-errors]
  bcyt diff <cũ.bcyt> <mới.bcyt>      (hai tệp hoặc hai thư mục)
  bcyt textconv <tệp.docx> [--lang vi|en]   (văn bản của DOCX cho git diff)
  bcyt data import <tệp.csv|tệp.json|tệp.xlsx> --into <tệp.bcyt> [--map ánh-xạ.json] [--sheet TÊN] [--org ĐƠN_VỊ] [--period KỲ] [--dry-run] [--lang vi|en] [--timings]
  bcyt data export <tệp.bcyt|thư mục…> --format csv|xlsx|dhis2-json -o <tệp ra> [--map ánh-xạ.json] [--lang vi|en]
`,
        en: () => `Usage:
  bcyt check <files or folders…> [--format text|json|sarif|github] [--lang vi|en] [--catalog <folder or file>]
  bcyt build <file.bcyt> [-o out.docx] [--force] [--lang vi|en] [--timings]
  bcyt build <folder> --out-dir <folder> [--force] [--lang vi|en] [--timings]
  bcyt watch <file.bcyt | folder> [-o out.docx | --out-dir <folder>] [--force] [--lang vi|en]
  bcyt import <file.docx|file.txt|file.md> [-o file.bcyt] [--catalog <folder or file>] [--force] [--lang vi|en]
  bcyt diff [<revision A> [<revision B>]] [-- <files or folders…>] [--format text|markdown|json] [--lang vi|en] [--fail-on-new-errors]
  bcyt diff <old.bcyt> <new.bcyt>      (two files or two folders)
  bcyt textconv <file.docx> [--lang vi|en]  (the DOCX as text for git diff)
  bcyt data import <file.csv|file.json|file.xlsx> --into <file.bcyt> [--map map.json] [--sheet NAME] [--org ORG] [--period PERIOD] [--dry-run] [--lang vi|en] [--timings]
  bcyt data export <file.bcyt|folder…> --format csv|xlsx|dhis2-json -o <output> [--map map.json] [--lang vi|en]
`,
    },
    'data without a subcommand': {
        keys: ['dataUsage'], args: () => ['data'], code: 2,
        vi: () => `Cách dùng / usage:
  bcyt data import <tệp.csv|tệp.json|tệp.xlsx> --into <tệp.bcyt> [--map ánh-xạ.json] [--sheet TÊN] [--org ĐƠN_VỊ] [--period KỲ] [--dry-run] [--lang vi|en] [--timings]
  bcyt data export <tệp.bcyt|thư mục…> --format csv|xlsx|dhis2-json -o <tệp ra> [--map ánh-xạ.json] [--lang vi|en]
`,
        en: () => `Usage:
  bcyt data import <file.csv|file.json|file.xlsx> --into <file.bcyt> [--map map.json] [--sheet NAME] [--org ORG] [--period PERIOD] [--dry-run] [--lang vi|en] [--timings]
  bcyt data export <file.bcyt|folder…> --format csv|xlsx|dhis2-json -o <output> [--map map.json] [--lang vi|en]
`,
    },
};

const LANGUAGES = ['vi', 'en'] as const;

describe('every message of the command line, said in Vietnamese by default and in English with --lang en', () => {
    test.each(Object.keys(CASES).flatMap(name => LANGUAGES.map(lang => [name, lang] as const)))('%s (%s)', (name, lang, context) => {
        const c = CASES[name];
        const dir = workspace(FILES, 'bcyt-cli-text-');
        const args = c.args(dir);
        if (!args) return context.skip('this system lets the process write there');
        c.setup?.(dir);
        const result = runBcyt(lang === 'en' ? [...args, '--lang', 'en'] : args, dir);
        const expected = c[lang](dir);
        const said = result[c.stream ?? 'stderr'];
        if (typeof expected === 'string') expect(said).toBe(expected);
        else expect(said).toMatch(expected);
        expect(result.code).toBe(c.code);
    });

    test('--lang vi says what the default says', () => {
        const dir = workspace({ ...FILES, 'loi.bcyt': REPORT('catalog', '3,5') });
        expect(runBcyt(['build', 'loi.bcyt', '--lang', 'vi'], dir)).toEqual(runBcyt(['build', 'loi.bcyt'], dir));
    });

    test('help: the usage on stdout, in the language asked for', () => {
        const dir = workspace({});
        expect(runBcyt(['help'], dir)).toMatchObject({ code: 0, stdout: CASES['an unknown command'].vi(dir) });
        expect(runBcyt(['--help', '--lang', 'en'], dir)).toMatchObject({ code: 0, stdout: CASES['an unknown command'].en(dir) });
    });

    test('a language other than vi or en is a usage error', () => {
        const dir = workspace(FILES);
        for (const command of [['build', 'r.bcyt'], ['textconv', 'r.docx'], ['check', 'r.bcyt'], ['diff']]) {
            const result = runBcyt([...command, '--lang', 'fr'], dir);
            expect(result.code, command.join(' ')).toBe(2);
            expect(result.stderr, command.join(' ')).toMatch(/^Cách dùng \/ usage:\n/u);
        }
        expect(readdirSync(dir)).not.toContain('r.docx');
    });

    test('a failure while laying out the document, in the language of the services', async () => {
        const { compileDocument } = await import('../../src/build/compile.js');
        const { check } = await import('../helpers.js');
        const checked = await check(REPORT('catalog', '3').replace('import "catalog"\n', CATALOG), { language: 'en' });
        checked.services.evaluation.Evaluator.session = () => { throw new TypeError('no session'); };
        const outcome = await compileDocument(checked.services, checked.documents['main.bcyt'], join(workspace({}), 'r.docx'), true);
        expect(outcome).toEqual({ status: 'failed', message: 'internal error while laying out the document (please report it with the file): no session' });
    });
});

const TABLES = { ...CLI_TEXT, ...BUILD_TEXT };
/** Keys no command line can make happen: a bug while laying out (tested above through compileDocument). */
const NOT_FROM_THE_COMMAND_LINE = ['internalError'];
const VIETNAMESE_LETTER = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/iu;
/** Arguments that name themselves: `<file>`. */
const NAMED = new Proxy({}, { get: (_, key) => (typeof key === 'string' ? `<${key}>` : undefined) }) as Record<string, string>;

describe('the message tables (src/cli/cli-text.ts, src/build/build-text.ts)', () => {
    test.each(Object.entries(TABLES))('%s: in both languages, the English without Vietnamese words', (_key, texts) => {
        const vi = texts.vi(NAMED);
        const en = texts.en(NAMED);
        expect(vi.trim()).not.toBe('');
        expect(en.trim()).not.toBe('');
        expect(en).not.toBe(vi);
        expect(en).not.toMatch(VIETNAMESE_LETTER);
    });

    test('every key is said by some command above (or cannot be, and says why)', () => {
        const said = new Set(Object.values(CASES).flatMap(c => c.keys));
        const unsaid = Object.keys(TABLES).filter(key => !said.has(key) && !NOT_FROM_THE_COMMAND_LINE.includes(key));
        expect(unsaid).toEqual([]);
        expect([...said].filter(key => !(key in TABLES))).toEqual([]);
    });

    // the next message cannot slip outside the tables: no string of the command line or of the
    // build path outside them holds a Vietnamese letter (a diagnostic or the importer's messages come
    // from their own tables, through variables)
    test.each(['src/cli', 'src/build'].flatMap(folder => readdirSync(folder).filter(f => f.endsWith('.ts') && !f.endsWith('-text.ts')).map(f => `${folder}/${f}`)))(
        '%s: no Vietnamese letter in a string', file => {
            const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
            const strings: string[] = [];
            const visit = (node: ts.Node): void => {
                if (ts.isStringLiteralLike(node) || ts.isTemplateLiteralToken(node)) strings.push(node.text);
                ts.forEachChild(node, visit);
            };
            visit(source);
            expect(strings.filter(s => VIETNAMESE_LETTER.test(s))).toEqual([]);
            // and what is written to the terminal goes through a table: no literal Vietnamese in a write
            const writes = source.text.match(/process\.std(?:err|out)\.write\([^;]*;/gsu) ?? [];
            expect(writes.filter(w => VIETNAMESE_LETTER.test(w))).toEqual([]);
        });
});
