/** Random edits of a document's body, the same on every run (for comparing parses), and the files an edited build reads. */
import { EmptyFileSystemProvider, type URI } from 'langium';

/** mulberry32: the same edits on every run. */
export function random(seed: number): () => number {
    return () => {
        seed = (seed + 0x6D2B79F5) | 0;
        let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
        t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}

export const INSERTIONS = ['a', 'ố', ' ', '1', ',', '{', '}', '[', ']', '\n', '\n\n', '# ', '- ', '{x = 1}', ' khám', '\\{', '|'];

/** Also what can join lines or break the body's parse: quotes, backslashes, carriage returns, keywords as names. */
/** What edits declarations and data blocks. */
export const CODE_INSERTIONS = [...INSERTIONS, 'x = 5\n', '  y = 7 %\n', 'data TTYT Q1/2024 {\n', '}\n', '//', '/*', '*/', 'plan', '"', '=', ' ca', '%o', ' phần nghìn'];

export const HARD_INSERTIONS = [...INSERTIONS, '"', '{x = 5 "a', '\\', '\r', '\r\n', '{data}', '{x @ ', '{table ', '[a|', '#', '|', ' of ', '%0', ' phần trăm', 'phần'];

/** A random edit of the body (of the whole text if `anywhere`): typing, deleting, removing or doubling a line, joining lines. */
export function randomEdit(text: string, next: () => number, insertions: readonly string[] = INSERTIONS, anywhere = false): string {
    const bodyStart = anywhere ? 0 : text.indexOf('\n---') + 5;
    const at = bodyStart + Math.floor(next() * (text.length - bodyStart + 1));
    const lineStart = text.lastIndexOf('\n', at - 1) + 1;
    const lineEnd = text.indexOf('\n', at) < 0 ? text.length : text.indexOf('\n', at) + 1;
    switch (Math.floor(next() * 5)) {
        case 0: case 1: return text.slice(0, at) + insertions[Math.floor(next() * insertions.length)] + text.slice(at);
        case 2: return text.slice(0, at) + text.slice(Math.min(text.length, at + 1 + Math.floor(next() * 4)));
        case 3: return next() < 0.5 ? text.slice(0, lineStart) + text.slice(lineEnd) : text.slice(0, lineEnd) + text.slice(lineStart, lineEnd) + text.slice(lineEnd);
        default: return lineEnd < text.length ? text.slice(0, lineEnd - 1) + text.slice(lineEnd) : text + 'dòng cuối';
    }
}


/** Files the builder re-reads on update, as an editor's buffers would be. */
export class EditableFiles extends EmptyFileSystemProvider {
    readonly texts = new Map<string, string>();
    override async readFile(uri: URI): Promise<string> {
        const text = this.texts.get(uri.toString());
        if (text === undefined) throw new Error(`no file ${uri.toString()}`);
        return text;
    }
}
