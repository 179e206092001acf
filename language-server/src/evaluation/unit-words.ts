import * as ast from '../generated/ast.js';
import type { UnitInfo } from '../semantics/units.js';
import { comparisonKey } from '../semantics/vietnamese.js';
import { unitName, type World } from './world.js';

interface UnitWord {
    readonly key: string;
    readonly unit: UnitInfo;
}

/** The unit words of a world, with what makes looking them up cheap on every `{…}`. */
export interface UnitWords {
    readonly words: readonly UnitWord[];
    /** first letters of the words without diacritics ("b" for "bệnh nhân", "%") */
    readonly initials: ReadonlySet<string>;
    readonly longest: number;
}

/** A unit word found in prose. */
export interface FoundWord {
    readonly unit: UnitInfo;
    /** offset and length in the text searched */
    readonly offset: number;
    readonly length: number;
}

/**
 * Words that begin with a unit word and mean something else: "45 đồng chí" are people, not
 * money; "5 hộ sinh", "3 hộ lý", "2 kỹ thuật viên", "30 đoàn viên" are staff, not households,
 * techniques or delegations.
 */
const NOT_UNITS = ['đồng chí', 'đồng bào', 'đồng nghiệp', 'đồng thời', 'hộ sinh', 'hộ lý', 'kỹ thuật viên', 'đoàn viên', 'xã hội']
    .map(comparisonKey);

// one per declarations: the worlds after edits of a body share them
const cache = new WeakMap<World['declarations'], UnitWords>();

/** Units as prose writes them (label and name), longest first so that "bệnh nhân" wins over a shorter word. */
export function unitWords(world: World): UnitWords {
    const known = cache.get(world.declarations);
    if (known) return known;
    const words: UnitWord[] = [];
    for (const [node, unit] of world.units) {
        for (const written of new Set([unitName(node), node.name.replace(/^"|"$/g, '')])) {
            const key = comparisonKey(written);
            if (key) words.push({ key, unit });
        }
    }
    words.sort((a, b) => b.key.length - a.key.length);
    const result = { words, initials: new Set(words.map(w => initial(w.key))), longest: words[0]?.key.length ?? 0 };
    cache.set(world.declarations, result);
    return result;
}

function initial(text: string): string {
    return text.charAt(0).normalize('NFD').charAt(0).toLowerCase();
}

/** The unit word starting at `from` after spaces, matched by comparison key ("Thủy" = "thuỷ", NFD = NFC). */
export function unitWordAt(text: string, from: number, units: UnitWords): FoundWord | undefined {
    const spaces = /^[ \t\u00a0]*/.exec(text.slice(from, from + 16))![0].length;
    const start = from + spaces;
    // a few characters more than the longest word: NFD text is longer, and a boundary follows
    const window = text.slice(start, start + 2 * units.longest + 2);
    if (!window || !units.initials.has(initial(window))) return undefined;
    const key = comparisonKey(window);
    // NFC text with single spaces keeps its length under the comparison key: no search needed
    const simple = window.normalize('NFC') === window && !/\s\s/.test(window);
    if (NOT_UNITS.some(other => key.startsWith(other) && !/^[\p{L}\p{M}\p{N}]/u.test(key.slice(other.length)))) return undefined;
    for (const word of units.words) {
        if (!key.startsWith(word.key)) continue;
        if (/^[\p{L}\p{M}\p{N}]/u.test(key.slice(word.key.length))) continue;
        if (simple && comparisonKey(window.slice(0, word.key.length)) === word.key) return { unit: word.unit, offset: start, length: word.key.length };
        for (let length = 1; length <= window.length; length++) {
            if (comparisonKey(window.slice(0, length)) === word.key && !/^[\p{M}]/u.test(window.slice(length))) {
                return { unit: word.unit, offset: start, length };
            }
        }
    }
    return undefined;
}

/** The prose chunk right after a part of a line, when it is plain text (not an escape). */
export function textChunkAfter(part: ast.Inline): ast.TextChunk | undefined {
    return textChunkBeside(part, 1);
}

/** The text chunk right before or after a part of a body line (`step` -1 or 1), unless it is an escaped line break. */
export function textChunkBeside(part: ast.Inline, step: 1 | -1): ast.TextChunk | undefined {
    const parts = lineParts(part);
    // the index Langium keeps on the node: a search per part would be quadratic on a line of many `{…}`
    const index = parts[part.$containerIndex ?? -1] === part ? part.$containerIndex! : parts.indexOf(part);
    const beside = parts[index + step];
    return ast.isTextChunk(beside) && beside.text && !beside.text.startsWith('\\') ? beside : undefined;
}

/** The parts of the body line that holds a part. */
export function lineParts(part: ast.Inline): readonly ast.Inline[] {
    const block = part.$container as ast.Heading | ast.ListItem | ast.TextLine | undefined;
    return block?.parts ?? [];
}
