/**
 * Atomic write of the DOCX: the bytes go to a temporary file in the target's folder, are flushed
 * to disk, and the temporary file is renamed over the target. A failed build therefore never
 * leaves a truncated DOCX, and the previous DOCX stays as it was. A build interrupted by a
 * signal removes its temporary file; one killed outright (SIGKILL, a power cut) leaves it, and
 * the next write into that folder removes it.
 */
import { randomBytes } from 'node:crypto';
import { promises as fsp } from 'node:fs';
import { unlinkSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { MessageLanguage } from '../../language-server/src/validation/diagnostic-codes.js';

/** Error of writeDocxAtomically: `message` in Vietnamese, `messageEn` in English; both name the file. */
export class DocxWriteError extends Error {
    override readonly name = 'DocxWriteError';
    constructor(
        message: string,
        readonly messageEn: string,
        readonly path: string,
        readonly code: string | undefined,
        options?: { cause?: unknown },
    ) {
        super(message, options);
    }

    /** The message in the user's language. */
    inLanguage(lang: MessageLanguage): string {
        return lang === 'en' ? this.messageEn : this.message;
    }
}

type Stage = 'temp' | 'rename';

function reasons(stage: Stage, code: string | undefined, target: string): { vi: string; en: string } {
    const folder = dirname(target);
    switch (code) {
        case 'ENOENT':
        case 'ENOTDIR':
            return stage === 'temp'
                ? { vi: `thư mục "${folder}" không tồn tại hoặc không ghi được`, en: `the folder "${folder}" does not exist or cannot be written` }
                : { vi: 'tệp tạm đã bị xoá trước khi đổi tên', en: 'the temporary file vanished before the rename' };
        case 'EACCES':
        case 'EPERM':
        case 'EBUSY':
            return stage === 'temp'
                ? { vi: `không có quyền ghi vào thư mục "${folder}"`, en: `no permission to write in the folder "${folder}"` }
                : {
                    vi: 'tệp đang được mở trong chương trình khác (Word, LibreOffice) hoặc không có quyền ghi; hãy đóng tệp rồi dựng lại',
                    en: 'the file is open in another program (Word, LibreOffice) or is read-only; close it and build again',
                };
        case 'EROFS':
            return { vi: 'ổ đĩa chỉ cho phép đọc', en: 'the file system is read-only' };
        case 'ENOSPC':
        case 'EDQUOT':
            return { vi: 'ổ đĩa đã đầy', en: 'the disk is full' };
        case 'EISDIR':
            return { vi: 'đường dẫn là một thư mục', en: 'the path is a folder' };
        default:
            return { vi: `lỗi hệ thống ${code ?? ''}`.trim(), en: `system error ${code ?? ''}`.trim() };
    }
}

function failure(stage: Stage, error: unknown, target: string, kind = 'DOCX'): DocxWriteError {
    const code = (error as NodeJS.ErrnoException | undefined)?.code;
    const { vi, en } = reasons(stage, code, target);
    return new DocxWriteError(
        `Không ghi được tệp ${kind} "${target}": ${vi}. Tệp cũ (nếu có) vẫn được giữ nguyên.`,
        `Cannot write the ${kind} file "${target}": ${en}. The existing file, if any, is left unchanged.`,
        target, code, { cause: error },
    );
}

const delay = (ms: number) => new Promise(resolve => setTimeout(resolve, ms));

/** Windows: an antivirus or the indexer may hold the file for a moment; retry the rename briefly. */
async function renameWithRetry(from: string, to: string): Promise<void> {
    for (let attempt = 0; ; attempt++) {
        try {
            await fsp.rename(from, to);
            return;
        } catch (error) {
            const code = (error as NodeJS.ErrnoException).code;
            if (process.platform !== 'win32' || attempt >= 4 || !['EPERM', 'EBUSY', 'EACCES'].includes(code ?? '')) throw error;
            await delay(100 * (attempt + 1));
        }
    }
}

/** `.<target name>.<pid>.<12 hex digits>.tmp`: the temporaries this module makes, and nothing else. */
const TEMPORARY = /^\..+\.(\d+)\.[0-9a-f]{12}\.tmp$/;

function temporaryFor(target: string): string {
    return join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
}

function isRunning(pid: number): boolean {
    try {
        process.kill(pid, 0);
        return true;
    } catch (error) {
        return (error as NodeJS.ErrnoException).code === 'EPERM';
    }
}

/** Removes the temporaries of our naming in `folder` whose process is gone. */
export async function sweepStaleTemporaries(folder: string): Promise<string[]> {
    const removed: string[] = [];
    let names: string[];
    try {
        names = await fsp.readdir(folder);
    } catch {
        return removed;
    }
    for (const name of names) {
        const pid = Number(TEMPORARY.exec(name)?.[1]);
        if (!pid || pid === process.pid || isRunning(pid)) continue;
        const path = join(folder, name);
        const stat = await fsp.lstat(path).catch(() => undefined);
        if (stat?.isFile() && await fsp.unlink(path).then(() => true, () => false)) removed.push(path);
    }
    return removed;
}

// Temporaries being written, removed if a signal ends the process meanwhile. The handlers are
// installed only while a write is under way: otherwise the process keeps its own signal handling.
const inFlight = new Set<string>();
const SIGNALS: readonly NodeJS.Signals[] = process.platform === 'win32' ? ['SIGINT', 'SIGTERM'] : ['SIGINT', 'SIGTERM', 'SIGHUP'];

function removeInFlight(): void {
    for (const temp of inFlight) {
        try {
            unlinkSync(temp);
        } catch { /* already renamed or removed */ }
    }
    inFlight.clear();
}

function onSignal(signal: NodeJS.Signals): void {
    removeInFlight();
    stopWatchingSignals();
    // the signal again, now without this handler: the process ends as it would have
    process.kill(process.pid, signal);
}

function stopWatchingSignals(): void {
    for (const signal of SIGNALS) process.removeListener(signal, onSignal);
    process.removeListener('exit', removeInFlight);
}

function track(temp: string): void {
    if (!inFlight.size) {
        for (const signal of SIGNALS) process.on(signal, onSignal);
        process.on('exit', removeInFlight);
    }
    inFlight.add(temp);
}

function untrack(temp: string): void {
    inFlight.delete(temp);
    if (!inFlight.size) stopWatchingSignals();
}

/**
 * Writes `buffer` to `path` atomically (a DOCX, or another `kind` of file: `bcyt import` writes
 * its .bcyt draft the same way). Throws DocxWriteError (Vietnamese message naming the
 * file, English in `messageEn`) when the folder is not writable or the target is locked; the
 * existing file is then left intact and the temporary file removed.
 */
export async function writeDocxAtomically(buffer: Buffer, path: string, kind = 'DOCX'): Promise<void> {
    const target = resolve(path);
    await sweepStaleTemporaries(dirname(target));
    const temp = temporaryFor(target);
    let mode = 0o644;
    try {
        const existing = await fsp.stat(target);
        if (existing.isDirectory()) throw failure('rename', Object.assign(new Error('EISDIR'), { code: 'EISDIR' }), target, kind);
        mode = existing.mode & 0o777;
    } catch (error) {
        if (error instanceof DocxWriteError) throw error;
        // no existing file: a new one
    }

    let stage: Stage = 'temp';
    track(temp);
    try {
        const handle = await fsp.open(temp, 'wx', mode);
        try {
            await handle.writeFile(buffer);
            await handle.sync();
        } finally {
            await handle.close();
        }
        stage = 'rename';
        await renameWithRetry(temp, target);
    } catch (error) {
        await fsp.unlink(temp).catch(() => undefined);
        throw failure(stage, error, target, kind);
    } finally {
        untrack(temp);
    }
}
