import { describe, expect, test } from 'vitest';
import { commonSubsequenceLength, reproducedShare, words } from '../docx/fidelity.js';

describe('word-sequence fidelity', () => {
    test('words ignore case, Unicode form and surrounding punctuation', () => {
        expect(words('“Trách nhiệm, nỗ lực” – 82,8%.')).toEqual(['trách', 'nhiệm', 'nỗ', 'lực', '82,8']);
        expect(words('Hoá'.normalize('NFD'))).toEqual(words('hóa'));
    });

    test('longest common subsequence', () => {
        expect(commonSubsequenceLength(['a', 'b', 'c', 'd'], ['a', 'c', 'x', 'd'])).toBe(3);
        expect(commonSubsequenceLength([], ['a'])).toBe(0);
    });

    test('a reordered or missing word lowers the share; extra words do not', () => {
        expect(reproducedShare('một hai ba bốn', 'một hai ba bốn năm').share).toBe(1);
        expect(reproducedShare('một hai ba bốn', 'một ba bốn').share).toBe(0.75);
        expect(reproducedShare('một hai ba bốn', 'bốn ba hai một').share).toBe(0.25);
    });
});
