import { existsSync, mkdirSync, statSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { NodeFileSystem } from 'langium/node';
import { createBcytServices } from '../../language-server/src/bcyt-module.js';
import { bcytFilesUnder, loadFiles } from '../../language-server/src/workspace/headless.js';
import { compileDocument, defaultOutput } from '../build/compile.js';

export interface BuildOptions {
    readonly output?: string;
    readonly outDir?: string;
    readonly force: boolean;
}

/** `bcyt build`: exit 0 when every document was written, 1 when one was refused for errors, 2 on I/O failure. */
export async function runBuild(input: string, options: BuildOptions): Promise<number> {
    const path = resolve(input);
    if (!existsSync(path)) {
        process.stderr.write(`bcyt: không tìm thấy ${input}\n`);
        return 2;
    }
    const folder = statSync(path).isDirectory();
    if (folder && !options.outDir) {
        process.stderr.write('bcyt: dựng cả thư mục cần --out-dir <thư mục>\n');
        return 2;
    }
    const files = folder ? bcytFilesUnder(path) : [path];
    const { Bcyt } = createBcytServices(NodeFileSystem, { production: true });
    const { documents } = await loadFiles(Bcyt, files);
    if (options.outDir) mkdirSync(options.outDir, { recursive: true });
    let exit = 0;
    for (const document of documents) {
        const source = document.uri.fsPath;
        const shown = relative(process.cwd(), source) || source;
        const output = options.output && !folder ? options.output : defaultOutput(source, options.outDir);
        const outcome = await compileDocument(Bcyt, document, output, options.force);
        switch (outcome.status) {
            case 'no-document':
                if (!folder) process.stderr.write(`bcyt: ${shown} không có văn bản nào (chỉ có khai báo)\n`);
                break;
            case 'written':
                process.stdout.write(`${shown} → ${relative(process.cwd(), outcome.output)}${options.force ? ' (--force)' : ''}\n`);
                break;
            case 'refused':
                exit = Math.max(exit, 1);
                process.stderr.write(`bcyt: ${shown}: còn ${outcome.errors.length + outcome.problems.length} lỗi, không xuất DOCX (dùng --force để vẫn xuất)\n`);
                for (const error of outcome.errors) {
                    process.stderr.write(`  ${shown}:${error.range.start.line + 1}:${error.range.start.character + 1} ${error.code} ${typeof error.message === 'string' ? error.message : error.message.value}\n`);
                }
                for (const problem of outcome.problems) process.stderr.write(`  ${shown}:${problem.line + 1}:${problem.range.start.character + 1} ${problem.code} ${problem.message}\n`);
                break;
            case 'failed':
                exit = 2;
                process.stderr.write(`bcyt: ${shown}: ${outcome.message}\n`);
                break;
        }
    }
    return exit;
}
