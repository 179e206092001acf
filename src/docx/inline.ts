/** Text runs of the printed document. */
import { TextRun } from 'docx';
import type { Run } from '../../language-server/src/document-model/model.js';
import { pt } from './styles.js';

export interface RunDefaults {
    readonly sizePt: number;
    readonly bold?: boolean;
    readonly italic?: boolean;
    readonly upperCase?: boolean;
}

/** Text runs of one paragraph; a "\n" inside a run's text becomes a line break. */
export function textRuns(runs: readonly Run[], defaults: RunDefaults): TextRun[] {
    const out: TextRun[] = [];
    for (const run of runs) {
        const text = defaults.upperCase ? run.text.toLocaleUpperCase('vi') : run.text;
        const lines = text.split('\n');
        lines.forEach((line, i) => {
            out.push(new TextRun({
                text: line,
                break: i > 0 ? 1 : undefined,
                bold: run.bold ?? defaults.bold,
                italics: run.italic ?? defaults.italic,
                size: pt(defaults.sizePt),
            }));
        });
    }
    return out;
}

/** A plain run of text at a size. */
export function plain(text: string, sizePt: number, options: { bold?: boolean; italic?: boolean } = {}): TextRun {
    return new TextRun({ text, size: pt(sizePt), bold: options.bold, italics: options.italic });
}

