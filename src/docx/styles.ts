/**
 * Page geometry, type sizes and paragraph metrics of the printed document, chosen within the
 * ranges of Nghị định 30/2020/NĐ-CP (Phụ lục I), and the document-wide styles.
 *
 * Units: twips (1/20 pt, 1/1440 inch) for lengths, half-points for font sizes, as in OOXML.
 */
import { AlignmentType, LineRuleType, type IStylesOptions } from 'docx';

export const FONT = 'Times New Roman';

/** millimetres to twips */
export const mm = (millimetres: number): number => Math.round((millimetres * 1440) / 25.4);
/** points to half-points (w:sz) */
export const pt = (points: number): number => Math.round(points * 2);

/** A4: 210 × 297 mm */
export const A4_WIDTH = 11906;
export const A4_HEIGHT = 16838;

/** Portrait margins: top and bottom 20 mm, left 30 mm (binding), right 15 mm. */
export const PORTRAIT_MARGINS = { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15) } as const;
/**
 * Landscape (appendix) margins. A landscape page is bound by its top edge ("đầu trang là bên trái
 * của trang văn bản"), so the binding margin of 30 mm is on top; the other sides take 20 mm.
 */
export const LANDSCAPE_MARGINS = { top: mm(30), bottom: mm(20), left: mm(20), right: mm(20) } as const;
/** distance of the page-number header from the top edge */
export const HEADER_DISTANCE = mm(10);
export const FOOTER_DISTANCE = mm(10);

/** width of the text area: 165 mm portrait, 257 mm landscape */
export const PORTRAIT_TEXT_WIDTH = A4_WIDTH - PORTRAIT_MARGINS.left - PORTRAIT_MARGINS.right;
export const LANDSCAPE_TEXT_WIDTH = A4_HEIGHT - LANDSCAPE_MARGINS.left - LANDSCAPE_MARGINS.right;

/** Type sizes in points. */
export const SIZE = {
    body: 14,
    governingBody: 13,
    issuingBody: 13,
    numberLine: 13,
    subjectLine: 12,
    nationalName: 13,
    motto: 14,
    placeDate: 14,
    typeTitle: 14,
    titleLines: 14,
    articleTitle: 16,
    recipients: 14,
    table: 12,
    copiesLabel: 12,
    copies: 11,
    signer: 14,
    pageNumber: 14,
} as const;

/** first-line indent of body paragraphs: 1,27 cm */
export const FIRST_LINE_INDENT = 720;
/** 6 pt after each body paragraph */
export const PARAGRAPH_AFTER = 120;
/** line spacing of the body: multiple 1,15 (240 = single) */
export const BODY_LINE = 276;
/** blank space for the handwritten signature and seal: about four lines of 14 pt */
export const SIGNATURE_SPACE = 1360;

export const NATIONAL_NAME = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const MOTTO = 'Độc lập - Tự do - Hạnh phúc';

/** Font given for every script, so Word and LibreOffice never fall back to a theme font. */
export const FONT_ALL = { ascii: FONT, hAnsi: FONT, cs: FONT, eastAsia: FONT } as const;

/** Paragraph layout of a heading level (1 = "PHẦN …"). */
export interface HeadingLook {
    readonly bold: boolean;
    readonly italic: boolean;
    readonly centred: boolean;
    readonly upperCase: boolean;
}

export function headingLook(level: number): HeadingLook {
    if (level <= 1) return { bold: true, italic: false, centred: true, upperCase: true };
    if (level <= 3) return { bold: true, italic: false, centred: false, upperCase: false };
    if (level === 4) return { bold: true, italic: true, centred: false, upperCase: false };
    return { bold: false, italic: true, centred: false, upperCase: false };
}

function headingStyle(level: number) {
    const look = headingLook(level);
    return {
        run: { font: FONT_ALL, size: pt(SIZE.body), bold: look.bold, italics: look.italic, color: '000000' },
        paragraph: {
            alignment: look.centred ? AlignmentType.CENTER : AlignmentType.JUSTIFIED,
            indent: { firstLine: look.centred ? 0 : FIRST_LINE_INDENT },
            spacing: { before: look.centred ? 240 : 120, after: PARAGRAPH_AFTER, line: BODY_LINE, lineRule: LineRuleType.AUTO },
            keepNext: true,
            outlineLevel: level - 1,
        },
    };
}

/**
 * Document defaults: Times New Roman 14 pt, Vietnamese, no spacing (the body sets its own), and
 * heading styles "Heading 1"–"Heading 6" so that Word's navigation pane shows the outline.
 */
export function documentStyles(): IStylesOptions {
    return {
        default: {
            document: {
                run: { font: FONT_ALL, size: pt(SIZE.body), language: { value: 'vi-VN' } },
                paragraph: { spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO } },
            },
            heading1: headingStyle(1),
            heading2: headingStyle(2),
            heading3: headingStyle(3),
            heading4: headingStyle(4),
            heading5: headingStyle(5),
            heading6: headingStyle(6),
        },
    };
}
