/**
 * The administrative header (thể thức) of Nghị định 30/2020/NĐ-CP: a borderless two-column table
 * (issuing body, number and "V/v" on the left; national name, motto and place-and-date on the
 * right, each name with its short rule beneath), then the type title and summary (báo cáo,
 * kế hoạch) or "Kính gửi:" (công văn). An article has only a bold centred title.
 */
import type { PrintedDocument, PrintedHeader } from '../../language-server/src/document-model/model.js';
import { plain } from './inline.js';
import { textWidth } from './measure.js';
import { NO_BORDERS, TAB, paragraph, run, table, tableCell, tableRow, type Xml } from './ooxml.js';
import { MOTTO, NATIONAL_NAME, PORTRAIT_TEXT_WIDTH, SIZE, mm, pt } from './styles.js';

/**
 * Column widths of the header table. The right column fits the national name on one line
 * (95,7 mm at 13 pt bold); the table reaches 10 mm into the 30 mm left margin so that the left
 * column (75 mm) holds an issuing body such as "TRUNG TÂM Y TẾ HOẰNG HOÁ" (70 mm) on one line.
 */
export const HEADER_COLUMNS = { left: mm(75), right: mm(100), indent: -mm(10) } as const;
const CELL_MARGIN = 57;

/** A short centred rule: an empty paragraph whose bottom border is `length` twips long. */
export function rule(length: number, available: number): Xml {
    const side = Math.max(0, Math.round((available - length) / 2));
    return paragraph({
        indent: { left: side, right: side },
        // an exact 5 pt line: the rule sits a little under the text above it
        spacing: { before: 0, after: 0, line: 100, lineRule: 'exact' },
        border: { bottom: { style: 'single', size: 6, color: '000000', space: 1 } },
        run: { size: pt(2) },
        children: [],
    });
}

/**
 * The rule under the issuing body: 1/3 of its line, or up to 1/2 (at most 15 mm) under a short
 * name such as "SỞ Y TẾ", where a third would be a dash.
 */
export function issuerRuleLength(lineWidth: number, available: number): number {
    const line = Math.min(lineWidth, available);
    return Math.round(Math.max(line / 3, Math.min(line / 2, mm(15))));
}

function centred(children: Xml[], spacing: { before?: number; after?: number } = {}): Xml {
    return paragraph({ alignment: 'center', spacing: { before: spacing.before ?? 0, after: spacing.after ?? 0 }, children });
}

/** "Số: /BC-TTYT" leaves room for the number to be written by hand. */
export function numberText(line: string): string {
    return line.replace(/^(Số:)\s*\//, '$1' + ' '.repeat(8) + '/');
}

function cell(width: number, children: Xml[]): Xml {
    return tableCell({
        width,
        verticalAlign: 'top',
        margins: { left: CELL_MARGIN, right: CELL_MARGIN, top: 0, bottom: 0 },
        children: children.length > 0 ? children : [paragraph({ children: [] })],
    });
}

function headerTable(h: PrintedHeader): Xml {
    const { left, right, indent } = HEADER_COLUMNS;
    const leftAvailable = left - 2 * CELL_MARGIN;
    const rightAvailable = right - 2 * CELL_MARGIN;

    const issuer: Xml[] = [];
    if (h.governingBody) issuer.push(centred([plain(h.governingBody, SIZE.governingBody)]));
    if (h.issuingBody) {
        issuer.push(centred([plain(h.issuingBody, SIZE.issuingBody, { bold: true })]));
        issuer.push(rule(issuerRuleLength(textWidth(h.issuingBody, SIZE.issuingBody, true), leftAvailable), leftAvailable));
    }
    const nation = [
        centred([plain(NATIONAL_NAME, SIZE.nationalName, { bold: true })]),
        centred([plain(MOTTO, SIZE.motto, { bold: true })]),
        rule(textWidth(MOTTO, SIZE.motto, true), rightAvailable),
    ];

    const numbering: Xml[] = [];
    if (h.numberLine) numbering.push(centred([plain(numberText(h.numberLine), SIZE.numberLine)], { before: 120 }));
    if (h.subjectLine) numbering.push(centred([plain(h.subjectLine, SIZE.subjectLine)], { before: 60 }));
    const dated: Xml[] = [];
    if (h.placeDateLine) dated.push(centred([plain(h.placeDateLine, SIZE.placeDate, { italic: true })], { before: 120 }));

    const rows = [tableRow({ children: [cell(left, issuer), cell(right, nation)], cantSplit: true })];
    if (numbering.length > 0 || dated.length > 0) {
        rows.push(tableRow({ children: [cell(left, numbering), cell(right, dated)], cantSplit: true }));
    }
    return table({
        rows,
        width: left + right,
        columnWidths: [left, right],
        indent,
        layout: 'fixed',
        borders: NO_BORDERS,
    });
}

/** "BÁO CÁO" and the summary lines, with a short rule beneath (1/3 of the longest line). */
function typeTitle(h: PrintedHeader): Xml[] {
    const out: Xml[] = [];
    if (h.typeTitle) {
        out.push(centred([plain(h.typeTitle.toLocaleUpperCase('vi'), SIZE.typeTitle, { bold: true })], { before: 360 }));
    }
    h.titleLines.forEach((line, i) => {
        out.push(centred([plain(line, SIZE.titleLines, { bold: true })], { before: i === 0 && !h.typeTitle ? 360 : 0 }));
    });
    if (h.titleLines.length > 0) {
        const longest = Math.max(...h.titleLines.map(l => textWidth(l, SIZE.titleLines, true)));
        out.push(rule(Math.round(Math.min(longest, PORTRAIT_TEXT_WIDTH) / 3), PORTRAIT_TEXT_WIDTH));
    }
    if (out.length > 0) out.push(paragraph({ spacing: { before: 0, after: 120 }, run: { size: pt(6) }, children: [] }));
    return out;
}

/** The list punctuation of ND 30: "- " before each recipient, ";" after, "." after the last. */
export function recipientLine(text: string, last: boolean): string {
    let line = text.trim();
    if (!/^[-–+*•]/.test(line)) line = `- ${line}`;
    line = line.replace(/[;.,]+$/, '');
    return line + (last ? '.' : ';');
}

/** "Kính gửi: X" on one centred line, or "Kính gửi:" with the recipients aligned after it. */
function recipients(h: PrintedHeader): Xml[] {
    const label = 'Kính gửi:';
    const spacing = { before: 240, after: 240 };
    if (h.recipients.length === 0) return [];
    if (h.recipients.length === 1) {
        return [centred([plain(`${label} ${h.recipients[0].trim()}`, SIZE.recipients)], spacing)];
    }
    const labelWidth = textWidth(`${label}  `, SIZE.recipients);
    const lines = h.recipients.map((r, i) => recipientLine(r, i === h.recipients.length - 1));
    const longest = Math.max(...lines.map(l => textWidth(l, SIZE.recipients)));
    const start = Math.max(mm(10), Math.round((PORTRAIT_TEXT_WIDTH - labelWidth - longest) / 2));
    const itemsAt = start + labelWidth;
    return lines.map((line, i) => paragraph({
        alignment: 'left',
        indent: i === 0 ? { left: itemsAt, hanging: labelWidth } : { left: itemsAt },
        tabStops: [{ type: 'left', position: itemsAt }],
        spacing: { before: i === 0 ? spacing.before : 0, after: i === lines.length - 1 ? spacing.after : 0 },
        children: [run({ children: i === 0 ? [label, TAB, line] : [line], size: pt(SIZE.recipients) })],
    }));
}

export function renderHeader(doc: PrintedDocument): Xml[] {
    const h = doc.header;
    if (doc.kind === 'article') {
        const lines = [...(h.typeTitle ? [h.typeTitle] : []), ...h.titleLines];
        const afterTitle = h.placeDateLine ? 60 : 240;
        const out = lines.map((line, i) => centred([plain(line, SIZE.articleTitle, { bold: true })], { after: i === lines.length - 1 ? afterTitle : 0 }));
        // the date of an article, in italics under its title
        if (h.placeDateLine) out.push(centred([plain(h.placeDateLine, SIZE.placeDate, { italic: true })], { after: 240 }));
        return out;
    }
    const out: Xml[] = [headerTable(h)];
    if (doc.kind === 'letter') out.push(...recipients(h));
    else out.push(...typeTitle(h));
    return out;
}
