/**
 * A document as it will print: header, body blocks with every inline value already computed
 * and formatted in Vietnamese, citations written out, appendices and the closing blocks.
 * Built by resolve.ts from the AST and the evaluation engine; rendered to DOCX (src/docx)
 * and to the live preview. Knows nothing of either.
 */
export type DocumentKind = 'report' | 'plan' | 'letter' | 'article';

export interface PrintedDocument {
    readonly kind: DocumentKind;
    readonly header: PrintedHeader;
    readonly body: readonly PrintedBlock[];
    readonly appendices: readonly PrintedAppendix[];
    readonly closing: PrintedClosing;
    /** inline values that could not be computed; the build refuses them unless forced */
    readonly problems: readonly PrintProblem[];
}

export interface PrintedHeader {
    /** cơ quan chủ quản, upper case as printed ("SỞ Y TẾ THANH HOÁ"); absent for top-level bodies */
    readonly governingBody?: string;
    /** cơ quan ban hành, upper case ("TRUNG TÂM Y TẾ HOẰNG HOÁ") */
    readonly issuingBody?: string;
    /** "Số: /BC-TTYT" */
    readonly numberLine?: string;
    /** "Hoằng Hoá, ngày 14 tháng 4 năm 2024" (italic when printed) */
    readonly placeDateLine?: string;
    /** "BÁO CÁO", "KẾ HOẠCH HÀNH ĐỘNG"; absent for công văn */
    readonly typeTitle?: string;
    /** the summary (trích yếu) under the type title, as lines */
    readonly titleLines: readonly string[];
    /** công văn: "V/v …" under the number */
    readonly subjectLine?: string;
    /** công văn: "Kính gửi:" recipients */
    readonly recipients: readonly string[];
}

export interface PrintedClosing {
    /** "Nơi nhận:" items as written ("- Như trên;" is printed with its dash added) */
    readonly copies: readonly string[];
    /** authority lines ("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"), upper case, bold */
    readonly signerTitles: readonly string[];
    readonly signerName?: string;
}

export interface PrintedAppendix {
    readonly label: string;
    readonly title?: string;
    readonly landscape: boolean;
    readonly blocks: readonly PrintedBlock[];
}

export type PrintedBlock = HeadingBlock | ParagraphBlock | ListItemBlock | TableBlock;

/** The source line a block comes from (0-based), for the preview's click-to-source. */
interface Located {
    readonly line: number;
}

export interface HeadingBlock extends Located {
    readonly kind: 'heading';
    /** 1 = "#", 6 = "######" */
    readonly level: number;
    readonly runs: readonly Run[];
}

export interface ParagraphBlock extends Located {
    readonly kind: 'paragraph';
    readonly runs: readonly Run[];
}

export interface ListItemBlock extends Located {
    readonly kind: 'list-item';
    /** "-", "+", "*" as written */
    readonly marker: string;
    readonly runs: readonly Run[];
}

export interface TableBlock extends Located {
    readonly kind: 'table';
    /** the first row is the header, repeated on every page */
    readonly rows: ReadonlyArray<ReadonlyArray<readonly Run[]>>;
    /** relative column widths (sum 1), when known */
    readonly widths?: readonly number[];
    /** numeric columns are right-aligned */
    readonly numericColumns?: readonly boolean[];
}

export interface Run {
    readonly text: string;
    readonly bold?: boolean;
    readonly italic?: boolean;
    /** a value computed by the engine (for highlighting in the preview) */
    readonly computed?: boolean;
}

/** A place in the source, zero-based like an LSP range (the extension's tests read this module without the LSP types). */
export interface SourceRange {
    readonly start: { readonly line: number; readonly character: number };
    readonly end: { readonly line: number; readonly character: number };
}

/** The code of a print problem whose error is any error inside it (a syntax or linking error). */
export const INCOMPLETE_EXPRESSION = 'incomplete-expression';

/** Something the printed document cannot show; the checker reports it at the same place with the same code. */
export interface PrintProblem {
    /** zero-based line of its start */
    readonly line: number;
    /** where it is, zero-based like diagnostics: the whole `{…}` or citation */
    readonly range: SourceRange;
    readonly code: string;
    readonly message: string;
}
