/** Text runs of the printed document. */
import type { Run } from '../../language-server/src/document-model/model.js';
import { run, type Xml } from './ooxml.js';
import { pt } from './styles.js';

export interface RunDefaults {
    readonly sizePt: number;
    readonly bold?: boolean;
    readonly italic?: boolean;
    readonly upperCase?: boolean;
}

/** Text runs of one paragraph; a "\n" inside a run's text becomes a line break. */
export function textRuns(runs: readonly Run[], defaults: RunDefaults): Xml[] {
    const out: Xml[] = [];
    const size = pt(defaults.sizePt);
    for (const r of runs) {
        const text = defaults.upperCase ? (r.text ?? '').toLocaleUpperCase('vi') : r.text ?? '';
        const bold = r.bold ?? defaults.bold;
        const italics = r.italic ?? defaults.italic;
        const lines = text.split('\n');
        for (let i = 0; i < lines.length; i++) out.push(run({ text: lines[i], break: i > 0 ? 1 : undefined, bold, italics, size }));
    }
    return out;
}

/** A plain run of text at a size. */
export function plain(text: string, sizePt: number, options: { bold?: boolean; italic?: boolean } = {}): Xml {
    return run({ text, size: pt(sizePt), bold: options.bold, italics: options.italic });
}
