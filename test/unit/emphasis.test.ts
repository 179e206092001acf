/**
 * The printed document's emphasis (`**đậm**`, `*nghiêng*`, `***cả hai***`): EmphasisState.split
 * takes the text between markers in slices; it must give the runs of the character-by-character
 * definition below (the implementation it replaced), piece after piece with the state carried
 * over, on every line of the examples that holds a `*` and on made-up lines of the same shapes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { EmphasisState } from '../../language-server/src/document-model/inline.js';
import type { Run } from '../../language-server/src/document-model/model.js';

/** The definition: a character at a time. */
class ByCharacter {
    bold = false;
    italic = false;

    split(text: string): Run[] {
        const runs: Run[] = [];
        let current = '';
        const flush = () => {
            if (current) runs.push({ text: current, ...(this.bold ? { bold: true } : {}), ...(this.italic ? { italic: true } : {}) });
            current = '';
        };
        for (let i = 0; i < text.length; i++) {
            if (text[i] !== '*') {
                current += text[i];
                continue;
            }
            const stars = text.startsWith('***', i) ? 3 : text.startsWith('**', i) ? 2 : 1;
            const before = text[i - 1];
            const after = text[i + stars];
            const closing = stars === 2 ? this.bold : stars === 1 ? this.italic : this.bold && this.italic;
            const marker = closing ? before !== undefined && before !== ' ' : after !== undefined && after !== ' ';
            if (!marker) {
                current += text.slice(i, i + stars);
                i += stars - 1;
                continue;
            }
            flush();
            if (stars !== 1) this.bold = !this.bold;
            if (stars !== 2) this.italic = !this.italic;
            i += stars - 1;
        }
        flush();
        return runs;
    }
}

const EXAMPLES = resolve(__dirname, '../../examples');
const seedLines = readdirSync(EXAMPLES).filter(name => name.endsWith('.bcyt'))
    .flatMap(name => readFileSync(join(EXAMPLES, name), 'utf8').split('\n').filter(line => line.includes('*')));

/** Made-up lines: markers at the ends, inside words, unclosed, doubled, lone stars, arithmetic. */
const MADE_UP = [
    '', '*', '**', '***', '****', '*****', 'a * b', 'a ** b', '2*3 = 6', '**mở mà không đóng', 'đóng mà không mở**',
    '** không phải đậm **', '*a**b*', '**a*b**', '***cả hai*** rồi *nghiêng* rồi **đậm**', 'x*', '*x', '**Lưu ý:**',
    '(*chi tiết tại phụ lục 01 đính kèm*).', '*(Quang cảnh Hội nghị)*', 'văn bản không có dấu sao',
];

describe('EmphasisState.split', () => {
    test.each([...seedLines, ...MADE_UP].map(line => [line]))('%j: the runs of the definition', line => {
        expect(new EmphasisState().split(line)).toEqual(new ByCharacter().split(line));
    });

    test('the state carries over from piece to piece, as the pieces of a line around its {…}', () => {
        const pieces = ['**Tổng số ', ' trẻ** được *tiêm', '* đủ; ', '***', ' và ', '*** hết'];
        const ours = new EmphasisState();
        const definition = new ByCharacter();
        expect(seedLines.length).toBeGreaterThan(10);
        for (const piece of [...pieces, ...seedLines]) expect(ours.split(piece), piece).toEqual(definition.split(piece));
    });
});
