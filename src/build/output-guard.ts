/**
 * What a build may write over. A DOCX is written over an existing file only when that file is
 * a DOCX and writable: never over a `.bcyt`, a file the build read (a source, an imported
 * catalog, the configuration), a read-only file, a folder, a device, or any other kind of
 * file — a mistyped `-o report.bcyt` must not cost the user the report.
 */
import { closeSync, openSync, readSync, realpathSync, statSync, type Stats } from 'node:fs';
import { basename, resolve } from 'node:path';
import { DocxWriteError } from '../docx/write.js';
import type { MessageLanguage } from '../../language-server/src/validation/diagnostic-codes.js';
import { buildText, type BuildTextKey } from './build-text.js';

/** The refusal in both languages: the caller says it in the one the user chose. */
function refusal(target: string, reason: BuildTextKey, code: string): DocxWriteError {
    const said = (lang: MessageLanguage) => buildText('targetRefused', lang, { target, reason: buildText(reason, lang) });
    return new DocxWriteError(said('vi'), said('en'), target, code);
}

function statOrUndefined(path: string): Stats | undefined {
    try {
        return statSync(path);
    } catch {
        return undefined;
    }
}

/**
 * Why `target` must not be written, or undefined when it may. Everything a build reads is a
 * `.bcyt` or `bcyt.config.json` and no DOCX, so a target that is (or links to) a file read is
 * refused by its name, or else by not being a DOCX (a hard link under another name).
 */
export function refuseTarget(target: string): DocxWriteError | undefined {
    const path = resolve(target);
    let real = path;
    try {
        real = realpathSync(path);
    } catch { /* a new file */ }
    if ([path, real].some(p => /\.bcyt$/i.test(p) || basename(p) === 'bcyt.config.json')) {
        return refusal(path, 'targetIsSource', 'ESOURCE');
    }
    const existing = statOrUndefined(path);
    if (!existing) return undefined;
    if (existing.isDirectory()) return refusal(path, 'targetIsFolder', 'EISDIR');
    if (!existing.isFile()) return refusal(path, 'targetNotRegular', 'ENOTREG');
    if ((existing.mode & 0o222) === 0) {
        return refusal(path, 'targetReadOnly', 'EACCES');
    }
    if (!isDocx(path, existing.size)) {
        return refusal(path, 'targetNotDocx', 'ENOTDOCX');
    }
    return undefined;
}

const END_OF_DIRECTORY = 0x06054b50;
const MAX_DIRECTORY = 16 * 1024 * 1024;

/** A zip package whose central directory lists `word/document.xml`. */
export function isDocx(path: string, size: number): boolean {
    if (size < 22) return false;
    let fd: number | undefined;
    try {
        fd = openSync(path, 'r');
        const read = (length: number, position: number): Buffer => {
            const buffer = Buffer.alloc(length);
            return buffer.subarray(0, readSync(fd!, buffer, 0, length, position));
        };
        if (read(4, 0).readUInt32LE(0) !== 0x04034b50) return false;
        // the end record is the last 22 bytes, before a comment of at most 64 KB
        const tailLength = Math.min(size, 22 + 0xffff);
        const tail = read(tailLength, size - tailLength);
        let end = -1;
        for (let at = tail.length - 22; at >= 0 && end < 0; at--) if (tail.readUInt32LE(at) === END_OF_DIRECTORY) end = at;
        if (end < 0) return false;
        const directorySize = tail.readUInt32LE(end + 12);
        const directoryOffset = tail.readUInt32LE(end + 16);
        if (directorySize > MAX_DIRECTORY || directoryOffset + directorySize > size) return false;
        return read(directorySize, directoryOffset).includes('word/document.xml');
    } catch {
        return false;
    } finally {
        if (fd !== undefined) closeSync(fd);
    }
}
