/** A document that cannot be imported: its message in Vietnamese and English, naming the file. */
export class ImportError extends Error {
    override readonly name = 'ImportError';
    constructor(
        readonly reason: 'unreadable' | 'corrupt' | 'encrypted' | 'legacy' | 'too-large' | 'not-a-document' | 'format',
        message: string,
        readonly messageEn: string,
    ) {
        super(message);
    }
}

/** The largest file imported: a 100-page report is about 200 kB; this leaves room for pictures. */
export const MAX_FILE_BYTES = 100 * 1024 * 1024;
/** The largest unzipped part read (document.xml of a 1,000-page report is far below). */
export const MAX_PART_BYTES = 200 * 1024 * 1024;

export function tooLarge(file: string, bytes: number, limit: number): ImportError {
    const mb = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;
    return new ImportError('too-large',
        `${file}: tệp quá lớn (${mb(bytes)}, tối đa ${mb(limit)}); hãy tách văn bản hoặc bỏ bớt ảnh rồi thử lại`,
        `${file}: the file is too large (${mb(bytes)}, at most ${mb(limit)}); split the document or remove pictures and try again`);
}
