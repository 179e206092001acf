/**
 * The closing of the document: a borderless two-column table with "Nơi nhận:" and its items on
 * the left, and the signature block centred on the right (authority and title lines, blank space
 * for the signature and seal, the signer's name).
 */
import type { PrintedClosing } from '../../language-server/src/document-model/model.js';
import { plain } from './inline.js';
import { NO_BORDERS, paragraph, table, tableCell, tableRow, type Xml } from './ooxml.js';
import { PORTRAIT_TEXT_WIDTH, SIGNATURE_SPACE, SIZE, mm } from './styles.js';

/** left column: "Nơi nhận" (75 mm); right column: the signature block (90 mm) */
export const CLOSING_COLUMNS = { left: mm(75), right: PORTRAIT_TEXT_WIDTH - mm(75) } as const;

/** "- " is added before an item that does not start with a dash. */
export function copyLine(text: string): string {
    const line = text.trim();
    return /^[-–]/.test(line) ? line : `- ${line}`;
}

function cell(width: number, children: Xml[], marginLeft: number): Xml {
    return tableCell({
        width,
        verticalAlign: 'top',
        margins: { left: marginLeft, right: 57, top: 0, bottom: 0 },
        children: children.length > 0 ? children : [paragraph({ children: [] })],
    });
}

export function renderClosing(closing: PrintedClosing): Xml[] {
    const hasSigner = closing.signerTitles.length > 0 || closing.signerName !== undefined;
    if (closing.copies.length === 0 && !hasSigner) return [];

    const copies: Xml[] = [];
    if (closing.copies.length > 0) {
        copies.push(paragraph({
            spacing: { before: 120, after: 0 },
            children: [plain('Nơi nhận:', SIZE.copiesLabel, { bold: true, italic: true })],
        }));
        for (const item of closing.copies) {
            copies.push(paragraph({ spacing: { before: 0, after: 0 }, children: [plain(copyLine(item), SIZE.copies)] }));
        }
    }

    const signature: Xml[] = closing.signerTitles.map((title, i) => paragraph({
        alignment: 'center',
        spacing: { before: i === 0 ? 120 : 0, after: 0 },
        children: [plain(title.toLocaleUpperCase('vi'), SIZE.signer, { bold: true })],
    }));
    if (closing.signerName !== undefined) {
        signature.push(paragraph({
            alignment: 'center',
            spacing: { before: closing.signerTitles.length > 0 ? SIGNATURE_SPACE : 120, after: 0 },
            children: [plain(closing.signerName, SIZE.signer, { bold: true })],
        }));
    }

    const { left, right } = CLOSING_COLUMNS;
    return [table({
        rows: [tableRow({ children: [cell(left, copies, 0), cell(right, signature, 57)], cantSplit: true })],
        width: left + right,
        columnWidths: [left, right],
        layout: 'fixed',
        borders: NO_BORDERS,
    })];
}
