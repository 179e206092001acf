import { describe, expect, test } from 'vitest';
import { formatMarkdown } from '../../src/review/format-markdown.js';
import { formatText } from '../../src/review/format-text.js';
import type { DocumentChanges, Review } from '../../src/review/model.js';

/** A change list of the shapes `bcyt diff` gives, with text that Markdown would misread. */
const document: DocumentChanges = {
    file: 'bao-cao/quy-1.bcyt', oldFile: 'quy-1.bcyt', status: 'renamed',
    values: [{
        kind: 'target', indicator: 'ty_le_tiem_chung_day_du', label: 'Tỷ lệ trẻ *tiêm chủng* | đầy đủ', org: 'TTYT_ThieuHoa',
        orgLabel: 'Trung tâm Y tế Thiệu Hóa', period: '2024', periodLabel: 'năm 2024', old: '> 95 %', new: '>= 96 %', line: 12,
    }],
    figures: [{ source: '{tre_tiem_chung_day_du}', old: '703', new: '645', sentence: 'Số trẻ được tiêm chủng đầy đủ là 645 trẻ.', at: 33, line: 40 }],
    claims: [{ source: '{tre_tiem_chung_day_du of prev = 109%}', oldStated: '109%', newStated: '109%', oldVerdict: 'ok', newVerdict: 'mismatch', line: 40 }],
    findings: {
        introduced: [{ code: 'claim-mismatch', severity: 'error', message: 'Số nêu 109% khác số tính được 100%', line: 40, column: 88 }],
        resolved: [{ code: 'heading-numbering', severity: 'warning', message: 'sau "1." phải là "2."', line: 30, column: 5 }],
    },
    headings: [{ change: 'renumbered', level: 3, old: '3. Khó khăn.', new: '4. Khó khăn.', line: 33 }],
    citations: [{ change: 'added', symbol: '1300/QĐ-BYT', line: 41 }],
    prose: [{
        change: 'changed', line: 44, old: 'Kinh tế phát triển theo hướng', new: 'Kinh tế tăng trưởng theo hướng',
        words: [{ op: '=', text: 'Kinh tế' }, { op: '-', text: ' phát triển' }, { op: '+', text: ' tăng trưởng' }, { op: '=', text: ' theo hướng' }],
    }],
};
const review: Review = {
    from: 'main', to: null, documents: [document],
    summary: { documents: 1, values: 1, figures: 1, claims: 1, errorsIntroduced: 1, errorsResolved: 0, findingsIntroduced: 1, findingsResolved: 1 },
};

describe('formatters of bcyt diff', () => {
    test('Markdown: tables, escaped text, struck-through and bold words', () => {
        expect(formatMarkdown(review, 'vi')).toBe(`### BCYT: \`main\` → thư mục làm việc

1 tệp; 1 số liệu/chỉ tiêu sửa, 1 con số in ra thay đổi, 1 số liệu nêu thay đổi; lỗi mới: 1, lỗi đã hết: 0

#### \`bao-cao/quy-1.bcyt\` (từ \`quy-1.bcyt\`) — đổi tên

**Số liệu và chỉ tiêu**

| dòng | | Chỉ số | Đơn vị | Kỳ | Cũ | Mới |
|---:|---|---|---|---|---:|---:|
| 12 | chỉ tiêu | Tỷ lệ trẻ \\*tiêm chủng\\* \\| đầy đủ | Trung tâm Y tế Thiệu Hóa | năm 2024 | \\> 95 % | **\\>= 96 %** |

**Con số in ra thay đổi**

| dòng | Cũ | Mới | Câu |
|---:|---:|---:|---|
| 40 | 703 | **645** | Số trẻ được tiêm chủng đầy đủ là **645** trẻ. |

**Số liệu nêu trong văn bản**

| dòng | Biểu thức | Số nêu | Kiểm tra |
|---:|---|---|---|
| 40 | \`{tre_tiem_chung_day_du of prev = 109%}\` | 109% | ✔ đúng → ✘ sai |

**Phát hiện của trình kiểm tra**

- dòng 40, **mới**: **lỗi** \`claim-mismatch\` Số nêu 109% khác số tính được 100%
- dòng 30 (bản cũ), ✔ đã hết: ~~cảnh báo~~ \`heading-numbering\` sau "1." phải là "2."

**Đề mục**

- dòng 33, đánh số lại: 3. Khó khăn. → **4. Khó khăn.**

**Trích dẫn văn bản**

- dòng 41, thêm: \`[1300/QĐ-BYT]\`

**Câu chữ**

- dòng 44: Kinh tế ~~phát triển~~ **tăng trưởng** theo hướng
`);
    });

    test('text: one block per file, +/-/~ marks, a word diff as [-…-]{+…+}; colours only when asked', () => {
        const text = formatText(review, 'en');
        expect(text).toContain('bao-cao/quy-1.bcyt (from quy-1.bcyt) — renamed\n  Data and targets\n'
            + '    line 12  target Tỷ lệ trẻ *tiêm chủng* | đầy đủ — Trung tâm Y tế Thiệu Hóa, năm 2024: > 95 % → >= 96 %\n');
        expect(text).toContain('    line 40  703 → 645  «Số trẻ được tiêm chủng đầy đủ là 645 trẻ.»\n');
        expect(text).toContain('    line 40  {tre_tiem_chung_day_du of prev = 109%}  109%; right → wrong\n');
        expect(text).toContain('    + line 40:88 error claim-mismatch Số nêu 109% khác số tính được 100%\n');
        expect(text).toContain('    ~ line 33  ### 3. Khó khăn. → 4. Khó khăn. (renumbered)\n');
        expect(text).toContain('    ~ line 44  Kinh tế [-phát triển-]{+tăng trưởng+} theo hướng\n');
        expect(text).not.toContain('\u001b[');
        const coloured = formatText(review, 'en', true);
        expect(coloured).toContain('\u001b[31m[-phát triển-]\u001b[39m\u001b[32m{+tăng trưởng+}\u001b[39m');
    });

    test('a long sentence is cut around the figure', () => {
        const long = 'Trong quý, '.repeat(30);
        const sentence = `${long}số trẻ là 645 trẻ, ${long}`;
        const at = sentence.indexOf('645');
        const markdown = formatMarkdown({ ...review, documents: [{ ...document, figures: [{ ...document.figures[0], sentence, at }] }] }, 'vi');
        const row = markdown.split('\n').find(line => line.startsWith('| 40 | 703 |'))!;
        expect(row).toMatch(/\| …(quý, )?(Trong quý, )+số trẻ là \*\*645\*\* trẻ, (Trong quý, )+Trong quý,… \|$/);
        expect(row.length).toBeLessThan(260);
    });
});
