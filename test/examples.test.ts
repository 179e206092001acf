import { describe, expect, test } from 'vitest';
import { checkFiles } from '../src/cli/check.js';

/**
 * The five seed documents: `bcyt check examples` reports their real slips, on the lines that
 * state them, and nothing else. Each entry is `file:line:code`; examples/README.md explains
 * every one with its arithmetic.
 */
const EXPECTED = [
    '001-bao-cao-hoang-hoa-quy-1-2024.bcyt:223:sum-mismatch',
    '001-bao-cao-hoang-hoa-quy-1-2024.bcyt:237:sum-mismatch',
    '001-bao-cao-hoang-hoa-quy-1-2024.bcyt:250:rule-violated',
    '001-bao-cao-hoang-hoa-quy-1-2024.bcyt:264:number-format',
    '001-bao-cao-hoang-hoa-quy-1-2024.bcyt:312:rule-violated',
    '001-bao-cao-hoang-hoa-quy-1-2024.bcyt:335:number-format',
    '002-ke-hoach-hanh-dong-thieu-hoa-2024.bcyt:22:rule-violated',
    '003-tin-dak-song-tong-ket-2023.bcyt:40:claim-mismatch',
    '003-tin-dak-song-tong-ket-2023.bcyt:40:number-format',
];

describe('bcyt check examples', () => {
    test('reports exactly the real slips of the seeds', async () => {
        const { diagnostics, unreadable } = await checkFiles(['examples'], 'vi');
        expect(unreadable).toEqual([]);
        const found = diagnostics.map(d => `${d.file.replace(/^examples\//, '')}:${d.range.start.line + 1}:${d.code}`).sort();
        expect(found).toEqual([...EXPECTED].sort());
    });

    test('the ranges cover the numbers as stated', async () => {
        const { diagnostics } = await checkFiles(['examples/003-tin-dak-song-tong-ket-2023.bcyt'], 'vi');
        const claim = diagnostics.find(d => d.code === 'claim-mismatch')!;
        expect(claim.range.end.character - claim.range.start.character).toBe('66.7'.length);
        expect(claim.message).toBe('Số nêu 66.7% khác số tính được 66,3% (ky_thuat_dung_tuyen_duyet of ky_thuat_dung_tuyen)');
    });
});
