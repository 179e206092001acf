import type { Run } from './model.js';

/**
 * Splits prose text into runs by Markdown-style emphasis: `**đậm**`, `*nghiêng*`,
 * `***cả hai***`. The state carries over the line's computed values and citations, so
 * `**{x} trẻ**` is bold throughout. A lone `*` that opens nothing stays a character.
 */
export class EmphasisState {
    bold = false;
    italic = false;

    /** Runs for a piece of text, updating the state at each marker. */
    split(text: string): Run[] {
        const runs: Run[] = [];
        // the text between markers is taken in slices (a string a character made the printed
        // document's garbage): `from` is where the text not yet in a run starts
        let from = 0;
        for (let i = text.indexOf('*'); i !== -1; i = text.indexOf('*', i)) {
            const stars = text.startsWith('***', i) ? 3 : text.startsWith('**', i) ? 2 : 1;
            if (!this.isMarker(text, i, stars)) {
                i += stars;
                continue;
            }
            if (i > from) runs.push(this.run(text.slice(from, i)));
            if (stars !== 1) this.bold = !this.bold;
            if (stars !== 2) this.italic = !this.italic;
            i += stars;
            from = i;
        }
        if (text.length > from) runs.push(this.run(from === 0 ? text : text.slice(from)));
        return runs;
    }

    run(text: string, extra?: Partial<Run>): Run {
        const run: { text: string; bold?: boolean; italic?: boolean } = { text };
        if (this.bold) run.bold = true;
        if (this.italic) run.italic = true;
        return extra ? Object.assign(run, extra) : run;
    }

    /** An opening marker touches a word on its right; a closing one on its left. */
    private isMarker(text: string, at: number, stars: number): boolean {
        const before = text[at - 1];
        const after = text[at + stars];
        const closing = stars === 2 ? this.bold : stars === 1 ? this.italic : this.bold && this.italic;
        if (closing) return before !== undefined && before !== ' ';
        return after !== undefined && after !== ' ';
    }
}

/** Joins neighbouring runs of the same style. */
export function mergeRuns(runs: readonly Run[]): Run[] {
    const merged: Run[] = [];
    for (const run of runs) {
        const last = merged[merged.length - 1];
        if (last && !!last.bold === !!run.bold && !!last.italic === !!run.italic && !!last.computed === !!run.computed) {
            merged[merged.length - 1] = { ...last, text: last.text + run.text };
        } else if (run.text) {
            merged.push(run);
        }
    }
    return merged;
}
