// Seeded mutations of the example documents, for the fuzz test (test/fuzz.test.ts) and
// `npm run fuzz`: what a careless edit, a broken file or a hostile input looks like.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { mulberry32 } from '../../bench/prng.mjs';

/** The examples (documents and catalogs) as the inputs to mutate: name → text. */
export function loadExamples(folder) {
    const found = [];
    const walk = dir => {
        for (const entry of readdirSync(dir, { withFileTypes: true })) {
            const path = join(dir, entry.name);
            if (entry.isDirectory()) walk(path);
            else if (entry.name.endsWith('.bcyt')) found.push({ name: path.slice(folder.length + 1), text: readFileSync(path, 'utf8') });
        }
    };
    walk(folder);
    return found.sort((a, b) => a.name.localeCompare(b.name));
}

const NASTY = [
    '{', '}', '[', ']', '(', ')', '=', '+', '-', '*', '/', '\\', '"', '|', '@', '#', '%', '‰', ',', '.', '---', '\n', '\r', '\t',
    '{x @', '{table ', '{appendix ', '[1300/QĐ-BYT|', 'of plan', 'prev(', 'round(', '\u0000', '\u0001', '\u001F', '\uFFFE', '\uFFFF',
    '\uD83D', '\uDE00', '\u202E', '\u2067', '\u200B', '\u0301', 'ò', 'ố', 'Quyết định số ', '12.345.678', '1,234', '99,99%', '31/2/2024',
    'Q5/2024', 'T13/2024', '..30/11/2023', 'import "', 'indicator x "X" unit ', 'data ', 'target ', 'rule r ', 'legal "', 'outline O {',
    'section "1." "a" {', 'report R\n', '\n---\n', '# ', '- ', '| a | b |', '*nghiêng*', '**đậm**', '// ', '/*', '*/',
];

/** One mutation: its name and the text (or bytes, for invalid UTF-8) it makes of `text`. */
const MUTATIONS = {
    truncate: (text, r) => text.slice(0, r.int(text.length + 1)),
    delete: (text, r) => {
        const at = r.int(text.length + 1);
        return text.slice(0, at) + text.slice(Math.min(text.length, at + 1 + r.int(r.chance(0.8) ? 40 : 2000)));
    },
    duplicate: (text, r) => {
        const at = r.int(text.length + 1);
        const piece = text.slice(at, at + 1 + r.int(r.chance(0.7) ? 200 : 5000));
        const to = r.int(text.length + 1);
        return text.slice(0, to) + piece.repeat(1 + r.int(r.chance(0.9) ? 3 : 60)) + text.slice(to);
    },
    nasty: (text, r) => {
        let out = text;
        for (let n = 1 + r.int(8); n > 0; n--) {
            const at = r.int(out.length + 1);
            out = out.slice(0, at) + r.pick(NASTY) + out.slice(at);
        }
        return out;
    },
    randomChars: (text, r) => {
        const at = r.int(text.length + 1);
        let noise = '';
        for (let n = 1 + r.int(60); n > 0; n--) {
            noise += String.fromCharCode(r.chance(0.7) ? 32 + r.int(95) : r.chance(0.5) ? r.int(0x2fff) : r.int(0x10000));
        }
        return text.slice(0, at) + noise + text.slice(at);
    },
    invalidUtf8: (text, r) => {
        const bytes = Buffer.from(text, 'utf8');
        const copy = Buffer.from(bytes);
        for (let n = 1 + r.int(20); n > 0 && copy.length; n--) copy[r.int(copy.length)] = 0x80 + r.int(0x80);
        return copy;
    },
    lineEnds: (text, r) => (r.chance(0.5) ? text.replace(/\n/g, '\r\n') : r.chance(0.5) ? text.replace(/\n/g, '\r') : text.replace(/\n/g, () => r.pick(['\n', '\r\n', '\r']))),
    deepNesting: (text, r) => {
        const depth = r.pick([20, 33, 100, 160, 400, 1200]);
        const at = r.int(text.length + 1);
        const shape = r.int(5);
        const piece = shape === 0 ? `${'('.repeat(depth)}x${')'.repeat(depth)}`
            : shape === 1 ? '('.repeat(depth)
                : shape === 2 ? `{${'('.repeat(depth)}x${')'.repeat(depth)} = 1}`
                    : shape === 3 ? `${'section "1." "a" {\n'.repeat(depth)}${'}\n'.repeat(r.int(depth + 1))}`
                        : Array.from({ length: depth * 2 }, () => 'x').join(' + ');
        return text.slice(0, at) + piece + text.slice(at);
    },
    longLine: (text, r) => {
        const unit = r.pick(['1', 'a', 'Quyết định số 1300/QĐ-BYT ngày 09/3/2023 của Bộ Y tế về việc x, ', '{x} ', 'số 1a/ ', ' ', '1.', '[1300/QĐ-BYT] ']);
        const at = r.int(text.length + 1);
        return `${text.slice(0, at)}${unit.repeat(Math.ceil(r.pick([1_000, 1_000, 5_000, 20_000, 100_000]) / unit.length))}${text.slice(at)}`;
    },
    hugeNumber: (text, r) => text.replace(/\d+/g, m => (r.chance(0.02) ? '9'.repeat(r.pick([21, 50, 5000])) : m)),
    shuffleLines: (text, r) => {
        const lines = text.split('\n');
        for (let n = 1 + r.int(10); n > 0; n--) {
            const a = r.int(lines.length), b = r.int(lines.length);
            [lines[a], lines[b]] = [lines[b], lines[a]];
        }
        return lines.join('\n');
    },
};

/** A seeded source of choices. */
export function randomSource(seed) {
    const next = mulberry32(seed);
    const r = {
        next,
        int: n => Math.floor(next() * n),
        chance: p => next() < p,
        pick: list => list[Math.floor(next() * list.length)],
    };
    return r;
}

/**
 * The `index`-th input of the run seeded `seed`: an example (or a window of its lines, which
 * keeps most inputs small) with one to three mutations. `bytes` is set for invalid UTF-8.
 */
export function mutatedInput(examples, seed, index) {
    const r = randomSource((seed * 1_000_003 + index) >>> 0);
    const source = r.pick(examples);
    let text = source.text;
    if (r.chance(0.6)) {
        const lines = text.split('\n');
        const from = r.int(lines.length);
        // keep the header (imports, the document's declarations) half of the time
        const head = r.chance(0.5) ? lines.slice(0, lines.indexOf('---') + 1) : [];
        text = [...head, ...lines.slice(from, from + 5 + r.int(80))].join('\n');
    }
    const applied = [];
    let bytes;
    for (let n = 1 + r.int(3); n > 0; n--) {
        const name = r.pick(Object.keys(MUTATIONS));
        // one long line at a time: a document of several is a test of the parser's speed, not of its robustness
        if ((name === 'longLine' || name === 'duplicate') && text.length > 50_000) continue;
        applied.push(name);
        const result = MUTATIONS[name](text, r);
        if (Buffer.isBuffer(result)) {
            bytes = result;
            text = new TextDecoder('utf-8').decode(result);
        } else {
            bytes = undefined;
            text = result;
        }
    }
    return { source: source.name, mutations: applied, text, bytes };
}
