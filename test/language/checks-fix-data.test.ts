import { expect, test } from 'vitest';
import { check } from '../helpers.js';
import { report } from './seed-report.js';

/**
 * What a finding's quick fix would write (its `data.replacement`), or that it offers none. The
 * findings themselves are in test/checks/<code>/; the fixes applied are in code-actions.test.ts.
 */
const target = (line: string) => report(`target TTYT 2024 {\n  ${line}\n}`, '');
const hoangHoa = 'org SYT "Sở Y tế Thanh Hóa" code SYT\norg TTYT "Trung tâm Y tế Hoằng Hóa" code TTYT parent SYT\n';
const COMMUNES = Array.from({ length: 13 }, (_, i) => `TYT_${i + 1}`);
const THIEU_HOA = `org SYT "Sở Y tế Thanh Hóa" code SYT
org TTYT "Trung tâm Y tế Thiệu Hóa" code TTYT parent SYT
${COMMUNES.map(id => `org ${id} "Trạm Y tế ${id}" parent TTYT`).join('\n')}
`;

test.each([
    ['002: "167.769" typed with the thousands dot', target('dan_so_tb = 167.769'), 'count-not-integer', ['167769']],
    ['a fraction of a count: no fix', target('tre_sinh_nam = 12,5'), 'count-not-integer', [undefined]],
    ['a decimal point in a percentage target', target('toc_do_tang_dan_so = 0.6 %'), 'number-format', ['0,6']],
    ['an English decimal before a percent sign; before a count, none', report('', 'đạt 92.3% so với cùng kỳ; 55.21 lượt'), 'number-format', ['92,3', undefined]],
    ['001: "đạt 88,5 so với cùng kỳ": the sign inside the braces', report('', 'đạt {tre_tiem_soi_2 of prev = 88,5} so với cùng kỳ'), 'number-format', ['88,5%']],
    ['001: "694 trẻ" for women: the indicator\'s unit', report('', '{pnct_tiem_uv2 = 694} trẻ'), 'unit-mismatch', ['phụ nữ']],
    ['002: A, B, C, D then VI: the letters continue', report('', '## C. MỤC TIÊU\n## D. NHIỆM VỤ\n## VI. TỔ CHỨC THỰC HIỆN'), 'heading-numbering', ['E.']],
    ['13 xã with 12 listed: the list\'s count', `${THIEU_HOA}target TTYT 2024 {\n  xa_dat_chuan_qg = 13 xã detail ${COMMUNES.slice(1).join(', ')}\n}\nplan KH issuer TTYT period 2024 date T1/2024\n---\n`, 'target-rollup', ['12']],
    ['"/KH-" on a báo cáo', `${hoangHoa}report BC issuer TTYT number "/KH-TTYT"\n---\n`, 'doc-number-format', ['/BC-TTYT']],
    ['the issuer code of another org', `${hoangHoa}report BC issuer TTYT number "/BC-SYT"\n---\n`, 'doc-number-format', ['/BC-TTYT']],
    ['a type code on a letter', `${hoangHoa}letter CV issuer SYT number "125/BC-SYT"\n---\n`, 'doc-number-format', ['125/SYT']],
])('%s', async (_name, text, code, replacements) => {
    const checked = await check(text);
    const data = checked.diagnostics().filter(d => d.code === code).map(d => (d.data as { replacement?: string } | undefined)?.replacement);
    expect(data).toEqual(replacements);
});
