/**
 * What a build may write over. A DOCX is written over an existing file only when that file is
 * a DOCX and writable: never over a `.bcyt`, a file the build read (a source, an imported
 * catalog, the configuration), a read-only file, a folder, a device, or any other kind of
 * file — a mistyped `-o report.bcyt` must not cost the user the report.
 */
import { closeSync, openSync, readSync, realpathSync, statSync, type Stats } from 'node:fs';
import { basename, resolve } from 'node:path';
import { DocxWriteError } from '../docx/write.js';

function refusal(target: string, vi: string, en: string, code: string): DocxWriteError {
    return new DocxWriteError(
        `Không ghi tệp DOCX "${target}": ${vi}. Không có tệp nào bị thay đổi.`,
        `Will not write the DOCX file "${target}": ${en}. No file was changed.`,
        target, code,
    );
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
        return refusal(path, 'đây là tệp nguồn, hãy chọn một tên .docx', 'this is a source file; choose a .docx name', 'ESOURCE');
    }
    const existing = statOrUndefined(path);
    if (!existing) return undefined;
    if (existing.isDirectory()) return refusal(path, 'đường dẫn là một thư mục', 'the path is a folder', 'EISDIR');
    if (!existing.isFile()) return refusal(path, 'đường dẫn không phải là một tệp thường', 'the path is not a regular file', 'ENOTREG');
    if ((existing.mode & 0o222) === 0) {
        return refusal(path, 'tệp chỉ cho phép đọc; bỏ thuộc tính chỉ đọc hoặc chọn tên khác', 'the file is read-only; make it writable or choose another name', 'EACCES');
    }
    if (!isDocx(path, existing.size)) {
        return refusal(path, 'tệp đã có không phải là tệp DOCX nên không bị ghi đè; hãy chọn tên khác', 'the existing file is not a DOCX and is not overwritten; choose another name', 'ENOTDOCX');
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
