import { CompletionItemKind, InsertTextFormat, type CompletionItem } from 'vscode-languageserver';
import type { DocumentContext } from '../evaluation/world.js';
import { periodOf } from '../evaluation/world.js';
import * as ast from '../generated/ast.js';
import {
    formatPeriodLiteral, formatPeriodVi, periodEnd, samePeriodPreviousYear, subPeriodsOfYear, type Period,
} from '../semantics/periods.js';

/**
 * Period literals around the document's period (the period, its same period, the plan year,
 * the quarters and halves of the year, the months of a short period, the previous year); a
 * file without a document uses the periods of its data and targets, then the current year.
 */
export function periodItems(model: ast.Model, context: DocumentContext): CompletionItem[] {
    const found: Array<{ period: Period; detail: string }> = [];
    const add = (period: Period | undefined, detail?: string) => {
        if (period && !found.some(f => formatPeriodLiteral(f.period) === formatPeriodLiteral(period))) {
            found.push({ period, detail: detail ? `${detail}: ${formatPeriodVi(period)}` : formatPeriodVi(period) });
        }
    };
    add(context.period, 'kỳ của văn bản');
    add(context.compare, 'cùng kỳ');
    add(context.plan, 'kế hoạch');
    for (const anchor of anchorPeriods(model, context).slice(0, 3)) {
        const year = anchor.year;
        add(anchor);
        add(samePeriodPreviousYear(anchor), 'cùng kỳ');
        if (anchor.toMonth - anchor.fromMonth < 3 && anchor.kind !== 'month') {
            for (let m = anchor.fromMonth; m <= anchor.toMonth; m++) add({ kind: 'month', year, fromMonth: m, toMonth: m });
        }
        for (const kind of ['year', 'quarter', 'half'] as const) subPeriodsOfYear(year, kind).forEach(p => add(p));
        add({ kind: 'months', year, fromMonth: 1, toMonth: 9 });
        const end = periodEnd(anchor);
        add({ kind: 'until', year, fromMonth: 1, toMonth: end.month, untilDate: end });
        add(subPeriodsOfYear(year - 1, 'year')[0]);
    }
    return found.map(({ period, detail }, i) => ({
        label: formatPeriodLiteral(period),
        kind: CompletionItemKind.Constant,
        detail,
        sortText: `0${String(i).padStart(3, '0')}`,
    }));
}

/** The document's period; else the latest periods of the file's data and targets; else the current year. */
export function anchorPeriods(model: ast.Model, context: DocumentContext): Period[] {
    if (context.period) return [context.period];
    const found = model.elements
        .map(e => (ast.isDataBlock(e) || ast.isTargetBlock(e) ? periodOf(e.period) : undefined))
        .filter((p): p is Period => !!p)
        .sort((a, b) => b.year - a.year || b.toMonth - a.toMonth);
    return found.length ? found : [subPeriodsOfYear(new Date().getFullYear(), 'year')[0]];
}

/** Snippets for a new document, with the first orgs and period the file can use as defaults. */
export function documentSnippets(orgs: readonly string[], period: Period | undefined): CompletionItem[] {
    const year = period?.year ?? new Date().getFullYear();
    const issuer = orgs.length ? `\${3|${orgs.slice(0, 12).join(',')}|}` : '${3:TTYT}';
    const periodText = period ? formatPeriodLiteral(period) : `Q1/${year}`;
    const snippet = (label: string, detail: string, lines: string[]): CompletionItem => ({
        label, detail, kind: CompletionItemKind.Snippet, insertTextFormat: InsertTextFormat.Snippet,
        insertText: lines.join('\n'), sortText: `2${label}`, filterText: label.split(' ')[0],
    });
    return [
        snippet('report (báo cáo)', 'Báo cáo kết quả thực hiện và phương hướng nhiệm vụ', [
            `report \${1:BC_${year}}`, '  number "/BC-${2:TTYT}"', `  issuer ${issuer}`, '  place "${4}"',
            `  date \${5:${dateAfter(period, year)}}`, `  period \${6:${periodText}}`,
            '  title "${7:KẾT QUẢ THỰC HIỆN CÔNG TÁC Y TẾ}"', '  cc "${8:Như trên;}" "Lưu: VT."',
            '  signer "${9:GIÁM ĐỐC}" "${10:Họ và tên}"', '---',
            '# PHẦN THỨ NHẤT', '# KẾT QUẢ THỰC HIỆN', '', '## I. ĐẶC ĐIỂM TÌNH HÌNH.', '',
            '## II. KẾT QUẢ THỰC HIỆN CÔNG TÁC Y TẾ.', '', '- ${0}', '',
            '## III. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN.', '', '# PHẦN THỨ HAI', '# PHƯƠNG HƯỚNG NHIỆM VỤ', '',
            '## I. MỤC TIÊU.', '', '## II. NHIỆM VỤ VÀ GIẢI PHÁP.', '', '## III. KIẾN NGHỊ.', '',
        ]),
        snippet('plan (kế hoạch)', 'Kế hoạch: mục tiêu, chỉ tiêu, nhiệm vụ và giải pháp', [
            `plan \${1:KH_${year}}`, '  number "/KH-${2:TTYT}"', `  issuer ${issuer}`, '  place "${4}"',
            `  date \${5:T1/${year}}`, `  period \${6:${year}}`, '  title "${7:Kế hoạch hành động năm ' + year + '}"',
            '  cc "${8:Như trên;}" "Lưu: VT."', '  signer "${9:GIÁM ĐỐC}" "${10:Họ và tên}"', '---',
            '## A. MỤC TIÊU CHUNG', '', '## B. CÁC CHỈ TIÊU CHỦ YẾU', '', '- ${0}', '',
            '## C. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM', '', '## D. TỔ CHỨC THỰC HIỆN', '',
        ]),
        snippet('letter (công văn)', 'Công văn yêu cầu báo cáo tổng kết, kèm đề cương (theo mẫu Sở Y tế Kon Tum)', [
            `letter \${1:CV_TongKet_${year}}`, '  number "/${2:SYT}-${11:KHTC}"', `  issuer ${issuer}`, '  place "${4}"',
            `  date \${5:T11/${year}}`,
            `  subject "\${6:tổng kết, đánh giá tình hình thực hiện công tác y tế năm ${year}; xây dựng phương hướng, nhiệm vụ, chỉ tiêu kế hoạch năm ${year + 1}}"`,
            '  to "${7:Các đơn vị trực thuộc;}"', '  cc "Như trên;" "Lưu: VT."', '  signer "${9:GIÁM ĐỐC}" "${10:Họ và tên}"', '---',
            'Căn cứ ${12:…}', '',
            `Để chuẩn bị cho việc tổng kết, đánh giá tình hình thực hiện nhiệm vụ kế hoạch năm ${year}; xây dựng chỉ tiêu kế hoạch năm ${year + 1}, đề nghị các đơn vị triển khai thực hiện một số nội dung sau:`, '',
            `**1. Tổng kết, đánh giá và báo cáo kết quả thực hiện nhiệm vụ năm ${year}:** Thực hiện theo đề cương kèm theo Công văn này.`, '',
            '**2. Thời gian gửi báo cáo:** Trước ngày ${13:…}', '',
            'Yêu cầu các đơn vị triển khai và thực hiện theo đúng hướng dẫn tại Công văn này./.', '',
            `{appendix "ĐỀ CƯƠNG BÁO CÁO" "đánh giá kết quả thực hiện công tác y tế năm ${year} và phương hướng, nhiệm vụ năm ${year + 1}"}`,
            ...OUTLINE_004(year).map(([level, number, title]) => `${'#'.repeat(level + 1)} ${number} ${title}`), '',
        ]),
        snippet('outline (đề cương)', 'Đề cương báo cáo tổng kết năm (theo mẫu Sở Y tế Kon Tum)', [
            `outline \${1:DeCuong${year}} "Đề cương báo cáo năm ${year}" {`,
            ...outlineLines(OUTLINE_004(year)), '}', '',
        ]),
    ];
}

/** The đề cương of seed 004: level, number, title. */
const OUTLINE_004 = (year: number): Array<[number, string, string]> => [
    [1, 'I.', `ĐÁNH GIÁ KẾT QUẢ HOẠT ĐỘNG Y TẾ NĂM ${year}`],
    [1, 'II.', 'ĐÁNH GIÁ CHUNG'],
    [2, '1.', 'Ưu điểm'],
    [2, '2.', 'Tồn tại, hạn chế và nguyên nhân'],
    [3, '2.1.', 'Tồn tại, hạn chế'],
    [3, '2.2.', 'Nguyên nhân'],
    [4, 'a)', 'Nguyên nhân chủ quan'],
    [4, 'b)', 'Nguyên nhân khách quan'],
    [1, 'III.', `NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM THỰC HIỆN TRONG NĂM ${year + 1}`],
    [1, 'IV.', 'KIẾN NGHỊ'],
];

function outlineLines(sections: Array<[number, string, string]>): string[] {
    const lines: string[] = [];
    sections.forEach(([level, number, title], i) => {
        const next = sections[i + 1]?.[0] ?? 1;
        const indent = '  '.repeat(level);
        lines.push(`${indent}section "${number}" "${title}"${next > level ? ' {' : ''}`);
        for (let l = level - 1; l >= next; l--) lines.push(`${'  '.repeat(l)}}`);
    });
    return lines;
}

/** A report is dated after its period ends: the 14th of the following month by default. */
function dateAfter(period: Period | undefined, year: number): string {
    if (!period) return `14/4/${year}`;
    const end = periodEnd(period);
    return end.month === 12 ? `14/1/${end.year + 1}` : `14/${end.month + 1}/${end.year}`;
}

/** `{table …}` and `{appendix …}` directives, offered after `{` at the start of a line. */
export function directiveSnippets(): CompletionItem[] {
    return [
        {
            label: 'table …', kind: CompletionItemKind.Snippet, insertTextFormat: InsertTextFormat.Snippet,
            detail: 'Bảng chỉ tiêu: STT, Chỉ tiêu, ĐVT và các cột đã chọn', filterText: 'table', sortText: '3table',
            insertText: 'table ${1:chi_so} columns ${2:prev plan actual pct_plan pct_prev}',
        },
        {
            label: 'appendix …', kind: CompletionItemKind.Snippet, insertTextFormat: InsertTextFormat.Snippet,
            detail: 'Phụ lục, sang trang mới', filterText: 'appendix', sortText: '3appendix',
            insertText: 'appendix "${1:Phụ lục 01}" "${2:TIÊU ĐỀ PHỤ LỤC}"',
        },
    ];
}
