import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EmptyFileSystem, type LangiumParser } from 'langium';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { createBcytServices } from '../../language-server/src/bcyt-module.js';
import type { Model } from '../../language-server/src/generated/ast.js';
import { BodyParser } from '../../language-server/src/parser/fast/body-parser.js';
import { DataBlockParser } from '../../language-server/src/parser/fast/data-blocks.js';
import { reparseChangedLines } from '../../language-server/src/parser/fast/index.js';
import { EXAMPLES } from '../lsp/lsp-helpers.js';

/** seed 001 with its data in data blocks (the seeds state theirs in the text) */
const SEED = readFileSync(join(EXAMPLES, '001-bao-cao-hoang-hoa-quy-1-2024.bcyt'), 'utf8')
    .replace(/^import .*\n/m, line => `${line}data TTYT_HoangHoa Q1/2024 {\n  bai_viet = 530\n}\ndata TTYT_HoangHoa Q1/2023 {\n  bai_viet = 464\n}\n`);

/** How many body lines and data blocks the hand-written parsers read while `parser` parses the seed, and whether an edit is re-parsed in place. */
function fastPathAtWork(parser: LangiumParser) {
    const lines = vi.spyOn(BodyParser.prototype, 'parseLine');
    const blocks = vi.spyOn(DataBlockParser.prototype, 'build');
    const previous = parser.parse<Model>(SEED);
    const edited = SEED.replace('\n---\n', '\n---\n# Mục mới\n');
    const work = { lines: lines.mock.calls.length, blocks: blocks.mock.calls.length, incremental: reparseChangedLines(parser, previous, edited) !== undefined };
    lines.mockRestore();
    blocks.mockRestore();
    return work;
}

describe('BCYT_PARSER chooses the parser', () => {
    const initial = process.env.BCYT_PARSER;
    afterEach(() => {
        if (initial === undefined) delete process.env.BCYT_PARSER;
        else process.env.BCYT_PARSER = initial;
    });

    test('by default, the fast path reads the body and the data blocks and re-parses edited lines', () => {
        delete process.env.BCYT_PARSER;
        const work = fastPathAtWork(createBcytServices(EmptyFileSystem).Bcyt.parser.LangiumParser);
        expect(work.lines).toBeGreaterThan(300);
        expect(work.blocks).toBe(2);
        expect(work.incremental).toBe(true);
    });

    test('BCYT_PARSER=langium: Langium alone', () => {
        process.env.BCYT_PARSER = 'langium';
        expect(fastPathAtWork(createBcytServices(EmptyFileSystem).Bcyt.parser.LangiumParser)).toEqual({ lines: 0, blocks: 0, incremental: false });
    });

    // run in both vitest projects: the `langium` one must really run without the fast path
    test(`this run (BCYT_PARSER=${initial ?? ''}) uses the parser it names`, () => {
        const work = fastPathAtWork(createBcytServices(EmptyFileSystem).Bcyt.parser.LangiumParser);
        expect(work.lines > 0).toBe(initial !== 'langium');
    });
});
