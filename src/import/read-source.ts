/** A file to import, read by the reader its format needs: Word (.docx), Markdown (.md) or plain text. */
import { readFileSync, statSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { ImportError, MAX_FILE_BYTES, tooLarge } from './errors.js';
import { readDocx } from './read-docx.js';
import { readText } from './read-text.js';
import type { SourceDocument } from './source.js';

export const IMPORTABLE = ['.docx', '.txt', '.md', '.markdown'];

export function readSource(path: string): SourceDocument {
    const name = basename(path);
    let bytes: Buffer;
    try {
        const size = statSync(path).size;
        if (size > MAX_FILE_BYTES) throw tooLarge(name, size, MAX_FILE_BYTES);
        bytes = readFileSync(path);
    } catch (error) {
        if (error instanceof ImportError) throw error;
        const code = (error as NodeJS.ErrnoException).code;
        throw new ImportError('unreadable',
            code === 'ENOENT' ? `không tìm thấy ${path}` : code === 'EISDIR' ? `${path} là một thư mục` : `không đọc được ${path} (${code ?? (error as Error).message})`,
            code === 'ENOENT' ? `cannot find ${path}` : code === 'EISDIR' ? `${path} is a folder` : `cannot read ${path} (${code ?? (error as Error).message})`);
    }
    return readSourceBytes(name, bytes);
}

export function readSourceBytes(name: string, bytes: Uint8Array): SourceDocument {
    const ext = extname(name).toLowerCase();
    const zipped = bytes[0] === 0x50 && bytes[1] === 0x4b;
    const ole = bytes[0] === 0xd0 && bytes[1] === 0xcf;
    if (ext === '.docx' || ext === '.doc' || zipped || ole) return readDocx(name, bytes);
    if (![...IMPORTABLE, ''].includes(ext)) {
        throw new ImportError('format', `${name}: chỉ nhập được tệp Word (.docx), văn bản (.txt) hoặc Markdown (.md)`,
            `${name}: only Word (.docx), text (.txt) and Markdown (.md) files can be imported`);
    }
    const text = new TextDecoder('utf-8').decode(bytes);
    if (text.includes('\u0000')) {
        throw new ImportError('format', `${name}: không phải tệp văn bản (có ký tự nhị phân)`, `${name}: not a text file (binary content)`);
    }
    return readText(name, text, ext === '.md' || ext === '.markdown' ? 'markdown' : 'text');
}
