import type { FileStatus, HeadingChange, Severity, ValueChange, Verdict } from './model.js';

export type ReportLanguage = 'vi' | 'en';

/** The words of the text and Markdown reports, Vietnamese by default (`--lang en`). */
export interface Labels {
    readonly workingTree: string;
    readonly status: Readonly<Record<FileStatus, string>>;
    readonly sections: {
        readonly values: string; readonly figures: string; readonly claims: string; readonly findings: string;
        readonly headings: string; readonly citations: string; readonly prose: string;
    };
    readonly kind: Readonly<Record<ValueChange['kind'], string>>;
    readonly verdict: Readonly<Record<Verdict, string>>;
    readonly severity: Readonly<Record<Severity, string>>;
    readonly heading: Readonly<Record<HeadingChange['change'], string>>;
    readonly introduced: string;
    readonly resolved: string;
    readonly added: string;
    readonly removed: string;
    readonly line: string;
    /** after a line number of the old revision */
    readonly inOld: string;
    readonly none: string;
    readonly nothing: string;
    readonly noDocuments: string;
    readonly from: string;
    readonly columns: {
        readonly indicator: string; readonly org: string; readonly period: string; readonly old: string; readonly new: string;
        readonly sentence: string; readonly claim: string; readonly stated: string; readonly verdict: string; readonly change: string;
    };
    summary(s: { documents: number; values: number; figures: number; claims: number; errorsIntroduced: number; errorsResolved: number }): string;
}

const VI: Labels = {
    workingTree: 'thư mục làm việc',
    status: { modified: 'đã sửa', added: 'tệp mới', deleted: 'đã xoá', renamed: 'đổi tên', affected: 'chịu ảnh hưởng của tệp nó nhập' },
    sections: {
        values: 'Số liệu và chỉ tiêu', figures: 'Con số in ra thay đổi', claims: 'Số liệu nêu trong văn bản', findings: 'Phát hiện của trình kiểm tra',
        headings: 'Đề mục', citations: 'Trích dẫn văn bản', prose: 'Câu chữ',
    },
    kind: { data: 'số liệu', target: 'chỉ tiêu' },
    verdict: { ok: 'đúng', mismatch: 'sai', unverified: 'chưa kiểm được' },
    severity: { error: 'lỗi', warning: 'cảnh báo', information: 'thông tin', hint: 'gợi ý' },
    heading: { added: 'thêm', removed: 'bỏ', renumbered: 'đánh số lại', retitled: 'sửa tên' },
    introduced: 'mới', resolved: 'đã hết', added: 'thêm', removed: 'bỏ', line: 'dòng', inOld: ' (bản cũ)', none: '—',
    nothing: 'không đổi số liệu, phát hiện hay câu chữ nào',
    noDocuments: 'Không có tệp .bcyt nào thay đổi.',
    from: 'từ',
    columns: {
        indicator: 'Chỉ số', org: 'Đơn vị', period: 'Kỳ', old: 'Cũ', new: 'Mới', sentence: 'Câu', claim: 'Biểu thức',
        stated: 'Số nêu', verdict: 'Kiểm tra', change: 'Thay đổi',
    },
    summary: s => `${s.documents} tệp; ${s.values} số liệu/chỉ tiêu sửa, ${s.figures} con số in ra thay đổi, ${s.claims} số liệu nêu thay đổi; `
        + `lỗi mới: ${s.errorsIntroduced}, lỗi đã hết: ${s.errorsResolved}`,
};

const EN: Labels = {
    workingTree: 'working tree',
    status: { modified: 'modified', added: 'new file', deleted: 'deleted', renamed: 'renamed', affected: 'affected by a file it imports' },
    sections: {
        values: 'Data and targets', figures: 'Printed figures that changed', claims: 'Stated claims', findings: 'Findings',
        headings: 'Headings', citations: 'Citations', prose: 'Prose',
    },
    kind: { data: 'data', target: 'target' },
    verdict: { ok: 'right', mismatch: 'wrong', unverified: 'unverified' },
    severity: { error: 'error', warning: 'warning', information: 'information', hint: 'hint' },
    heading: { added: 'added', removed: 'removed', renumbered: 'renumbered', retitled: 'retitled' },
    introduced: 'new', resolved: 'resolved', added: 'added', removed: 'removed', line: 'line', inOld: ' (old)', none: '—',
    nothing: 'no change to data, figures, findings or prose',
    noDocuments: 'No .bcyt file changed.',
    from: 'from',
    columns: {
        indicator: 'Indicator', org: 'Organisation', period: 'Period', old: 'Old', new: 'New', sentence: 'Sentence', claim: 'Expression',
        stated: 'Stated', verdict: 'Check', change: 'Change',
    },
    summary: s => `${plural(s.documents, 'file')}; ${plural(s.values, 'data value or target', 'data values or targets')} changed, `
        + `${plural(s.figures, 'printed figure')} moved, ${plural(s.claims, 'claim')} changed; new errors: ${s.errorsIntroduced}, errors resolved: ${s.errorsResolved}`,
};

function plural(n: number, one: string, many = `${one}s`): string {
    return `${n} ${n === 1 ? one : many}`;
}

export const labelsFor = (lang: ReportLanguage): Labels => (lang === 'en' ? EN : VI);

/**
 * A sentence around a figure of `length` characters at `at`, cut to a window around it with "…"
 * where it was cut; a figure without a place in its sentence (a table cell) is the sentence alone.
 */
export function around(sentence: string, at: number, length: number, width = 80): { before: string; figure: string; after: string } {
    if (at < 0) return { before: sentence.length > 2 * width ? `${sentence.slice(0, 2 * width)}…` : sentence, figure: '', after: '' };
    // cut between words: the window grows to the nearest space outside it
    let start = Math.max(0, at - width);
    let end = Math.min(sentence.length, at + length + width);
    if (start > 0) start = Math.max(0, sentence.lastIndexOf(' ', start) + 1);
    if (end < sentence.length) end = Math.max(at + length, sentence.indexOf(' ', end) < 0 ? sentence.length : sentence.indexOf(' ', end));
    return {
        before: `${start > 0 ? '…' : ''}${sentence.slice(start, at)}`,
        figure: sentence.slice(at, at + length),
        after: `${sentence.slice(at + length, end)}${end < sentence.length ? '…' : ''}`,
    };
}
