import { beforeAll, describe, expect, test } from 'vitest';
import { parseDocument } from 'langium/test';
import type { InlayHint } from 'vscode-languageserver';
import type { BcytServices } from '../../language-server/src/bcyt-module.js';
import { example, exampleServices, lspServices } from './lsp-helpers.js';

const FILE = `org TTYT "Trung tâm Y tế" code TTYT
indicator tre "Số trẻ" unit trẻ
indicator tre_nam "Số trẻ trai" unit trẻ
indicator tre_nu "Số trẻ gái" unit trẻ
indicator tong "Tổng số trẻ" unit trẻ = tre_nam + tre_nu
indicator ty_suat "Tỷ suất" unit ‰ = tre_nam / tre
indicator khac "Chỉ số chưa có số liệu" unit trẻ
target TTYT 2024 {
  tre = 3515
}
data TTYT Q1/2023 {
  tre = 645
}
data TTYT Q1/2024 {
  tre_nam = 400
  tre_nu = 303
}
report R
  issuer TTYT
  period Q1/2024
---
Tiêm {tre = 703} trẻ đạt {tre of plan = 20%} kế hoạch, {tre of prev = 109%} so với cùng kỳ.
Tăng {tre - prev(tre)} trẻ; tổng {tong}; tỷ suất {tre_nam of tre = 570 ‰}; {khac of plan = 50%}.
`;

let services: BcytServices;
beforeAll(async () => {
    services = await lspServices();
});

async function hints(on: BcytServices, text: string, uri?: string): Promise<Array<{ at: string; label: string; tooltip?: string }>> {
    const document = await parseDocument(on, text, uri ? { documentUri: uri } : undefined);
    const result = await on.lsp.InlayHintProvider!.getInlayHints(document, {
        textDocument: { uri: document.uri.toString() }, range: { start: { line: 0, character: 0 }, end: { line: 10_000, character: 0 } },
    }) as InlayHint[];
    return result.map(h => {
        const offset = document.textDocument.offsetAt(h.position);
        return { at: text.slice(text.lastIndexOf('\n', offset - 1) + 1, offset), label: String(h.label), tooltip: h.tooltip as string | undefined };
    });
}

describe('inlay hints', () => {
    test('the computed value after each inline expression in prose, in Vietnamese format', async () => {
        const found = await hints(services, FILE);
        const prose = found.filter(h => h.at.endsWith('}'));
        expect(prose.map(h => [h.at.slice(h.at.lastIndexOf('{')), h.label])).toEqual([
            ['{tre of plan = 20%}', '= 20,0%'],
            ['{tre of prev = 109%}', '= 109,0%'],
            ['{tre - prev(tre)}', '= 58 trẻ'],
            ['{tong}', '= 703 trẻ'],
            ['{tre_nam of tre = 570 ‰}', '= 569,0‰'],
            ['{khac of plan = 50%}', '= ?'],
        ]);
    });

    test('a statement that is itself the value gets none; a missing input is named in the tooltip', async () => {
        const found = await hints(services, FILE);
        expect(found.some(h => h.at.endsWith('tre = 703}'))).toBe(false);
        // named by their labels, as a planner reads them
        expect(found.find(h => h.label === '= ?')?.tooltip).toBe('Chưa tính được: thiếu Chỉ số chưa có số liệu (Trung tâm Y tế, quý I năm 2024), kế hoạch của Chỉ số chưa có số liệu (Trung tâm Y tế, năm 2024)');
    });

    test('beside formulas where they can be computed for the document org and period', async () => {
        const found = await hints(services, FILE);
        const formulas = found.filter(h => !h.at.endsWith('}'));
        expect(formulas.map(h => [h.at, h.label])).toEqual([
            ['indicator tong "Tổng số trẻ" unit trẻ = tre_nam + tre_nu', '= 703 trẻ'],
            ['indicator ty_suat "Tỷ suất" unit ‰ = tre_nam / tre', '= 568,99‰'],
        ]);
    });

    test('a catalog without a document gets no formula hints (no org, no period)', async () => {
        const catalog = FILE.slice(0, FILE.indexOf('report R'));
        expect(await hints(services, catalog)).toEqual([]);
    });

    test('real seed lines (003): 2939/4431 is 66,3%, not the 66.7% the article wrote; 500/604 is 82,8%', async () => {
        const withCatalogs = await exampleServices();
        const { text, uri } = example('003');
        const found = await hints(withCatalogs, text, uri);
        expect(found.find(h => h.at.endsWith('= 66.7%}'))?.label).toBe('= 66,3%');
        expect(found.find(h => h.at.endsWith('= 82,8%}'))?.label).toBe('= 82,8%');
    });

    test('real seed lines (001): formula totals beside the staff breakdown', async () => {
        const withCatalogs = await exampleServices();
        const { text, uri } = example('001');
        const found = await hints(withCatalogs, text, uri);
        expect(found.find(h => h.at.endsWith('cb_ttyt_hop_dong'))?.label).toBe('= 51 cán bộ');
        // "giảm 88 trẻ so với cùng kỳ" with this year's births given: the claim pins last year's
        expect(found.find(h => h.at.endsWith('{prev(tre_sinh) - tre_sinh = 88}'))?.label).toBe('⇒ 834');
        expect(found.find(h => h.at.endsWith('{tre_sinh_nam of tre_sinh_nu = 138}'))?.label).toBe('= 138,3%');
    });
});
