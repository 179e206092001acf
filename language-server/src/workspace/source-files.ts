import { closeSync, constants, fstatSync, openSync, readFileSync, statSync } from 'node:fs';
import { NodeFileSystemProvider } from 'langium/node';
import type { FileSystemNode, URI } from 'langium';
import { MAX_SOURCE_BYTES } from '../limits.js';

/** Why a file cannot be read as a source: not a regular file (a FIFO, a device), too large, or unreadable. */
export type SourceProblem = 'not-regular' | 'too-large' | 'unreadable';

/** A source (a .bcyt, bcyt.config.json) that was not read; `message` in Vietnamese, `messageEn` in English. */
export class SourceReadError extends Error {
    override readonly name = 'SourceReadError';
    constructor(readonly path: string, readonly problem: SourceProblem, readonly messageEn: string, message: string, options?: { cause?: unknown }) {
        super(message, options);
    }
}

const MEGABYTES = MAX_SOURCE_BYTES / (1024 * 1024);

/** The reason, in both languages, without anything of the file's content. */
export function sourceProblemText(problem: SourceProblem): { vi: string; en: string } {
    switch (problem) {
        case 'not-regular':
            return { vi: 'không phải tệp thường (thiết bị, FIFO hay thư mục)', en: 'not a regular file (a device, a FIFO or a folder)' };
        case 'too-large':
            return { vi: `lớn hơn ${MEGABYTES} MB`, en: `larger than ${MEGABYTES} MB` };
        default:
            return { vi: 'không đọc được (không có quyền hoặc lỗi ổ đĩa)', en: 'cannot be read (no permission or a disk error)' };
    }
}

function refuse(path: string, problem: SourceProblem, cause?: unknown): SourceReadError {
    const { vi, en } = sourceProblemText(problem);
    return new SourceReadError(path, problem, `${path}: ${en}`, `${path}: ${vi}`, { cause });
}

// O_NONBLOCK: opening a FIFO must not wait for a writer; the descriptor is checked before reading
const OPEN_FLAGS = constants.O_RDONLY | (process.platform === 'win32' ? 0 : constants.O_NONBLOCK);

/**
 * Reads a source file as UTF-8: a regular file (links followed) of at most MAX_SOURCE_BYTES.
 * The file is opened first and the open file checked, so a FIFO cannot hang the reader nor
 * /dev/zero fill the memory. Throws SourceReadError.
 */
export function readSourceFile(path: string): string {
    let fd: number;
    try {
        fd = openSync(path, OPEN_FLAGS);
    } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'ENOENT' || code === 'ENOTDIR') throw error;
        throw refuse(path, code === 'EISDIR' ? 'not-regular' : 'unreadable', error);
    }
    try {
        const stats = fstatSync(fd);
        if (!stats.isFile()) throw refuse(path, 'not-regular');
        if (stats.size > MAX_SOURCE_BYTES) throw refuse(path, 'too-large');
        const text = readFileSync(fd, 'utf8');
        // grown while read
        if (text.length > MAX_SOURCE_BYTES) throw refuse(path, 'too-large');
        return text;
    } catch (error) {
        if (error instanceof SourceReadError) throw error;
        throw refuse(path, 'unreadable', error);
    } finally {
        closeSync(fd);
    }
}

/** Why a path cannot be read as a source, without reading it: undefined when it can, `missing` when there is nothing. */
export function sourceProblemAt(path: string): SourceProblem | 'missing' | undefined {
    try {
        const stats = statSync(path);
        return !stats.isFile() ? 'not-regular' : stats.size > MAX_SOURCE_BYTES ? 'too-large' : undefined;
    } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        return code === 'ENOENT' || code === 'ENOTDIR' ? 'missing' : 'unreadable';
    }
}

/**
 * Langium's Node file system with the rules of readSourceFile, for the language server and the
 * CLI alike: files are read only when regular and within the size limit, and a listed link to
 * a regular file counts as a file (as `bcyt check <folder>` reads it); links to folders are not
 * followed, so a link loop cannot trap the workspace scan.
 */
export class SourceFileSystemProvider extends NodeFileSystemProvider {
    override async readFile(uri: URI): Promise<string> {
        return readSourceFile(uri.fsPath);
    }

    override readFileSync(uri: URI): string {
        return readSourceFile(uri.fsPath);
    }

    override async readDirectory(uri: URI): Promise<FileSystemNode[]> {
        return (await super.readDirectory(uri)).map(entry => this.followFileLink(entry));
    }

    override readDirectorySync(uri: URI): FileSystemNode[] {
        return super.readDirectorySync(uri).map(entry => this.followFileLink(entry));
    }

    private followFileLink(entry: FileSystemNode): FileSystemNode {
        const dirent = (entry as { dirent?: { isSymbolicLink(): boolean } }).dirent;
        if (!dirent?.isSymbolicLink()) return entry;
        return { ...entry, isFile: sourceProblemAt(entry.uri.fsPath) === undefined, isDirectory: false };
    }
}

/** The provider the services use: Langium's Node file system becomes SourceFileSystemProvider; others (tests' in-memory ones) stay. */
export function withSourceRules<T>(provider: T): T | SourceFileSystemProvider {
    return provider instanceof NodeFileSystemProvider && !(provider instanceof SourceFileSystemProvider)
        ? new SourceFileSystemProvider() : provider;
}
