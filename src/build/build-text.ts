import { bilingual, textTable as define } from '../../language-server/src/bilingual.js';


/**
 * What a build says when it cannot write the DOCX, for `bcyt build` and the editor's compile
 * alike, in Vietnamese and English (`--lang`, `bcyt.language`). The failures of the write
 * itself (a locked file, a full disk) are in src/docx/write.ts with the writer.
 */
export const BUILD_TEXT = define({
    internalError: {
        vi: a => `lỗi nội bộ khi dựng văn bản (xin báo lỗi này kèm tệp): ${a.detail}`,
        en: a => `internal error while laying out the document (please report it with the file): ${a.detail}`,
    },
    targetRefused: {
        vi: a => `Không ghi tệp DOCX "${a.target}": ${a.reason}. Không có tệp nào bị thay đổi.`,
        en: a => `Will not write the DOCX file "${a.target}": ${a.reason}. No file was changed.`,
    },
    targetIsSource: { vi: () => 'đây là tệp nguồn, hãy chọn một tên .docx', en: () => 'this is a source file; choose a .docx name' },
    targetIsFolder: { vi: () => 'đường dẫn là một thư mục', en: () => 'the path is a folder' },
    targetNotRegular: { vi: () => 'đường dẫn không phải là một tệp thường', en: () => 'the path is not a regular file' },
    targetReadOnly: {
        vi: () => 'tệp chỉ cho phép đọc; bỏ thuộc tính chỉ đọc hoặc chọn tên khác',
        en: () => 'the file is read-only; make it writable or choose another name',
    },
    targetNotDocx: {
        vi: () => 'tệp đã có không phải là tệp DOCX nên không bị ghi đè; hãy chọn tên khác',
        en: () => 'the existing file is not a DOCX and is not overwritten; choose another name',
    },
});

export type BuildTextKey = keyof typeof BUILD_TEXT;

/** A text of the build in a language. */
export const buildText = bilingual(BUILD_TEXT);
