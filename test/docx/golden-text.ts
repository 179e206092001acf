/**
 * The readable text a golden file holds: every part of a DOCX with its XML one element a line,
 * and the printed model (what the engine computed for an example) one block a line. A change to
 * the DOCX then shows in a review, and in a failing test, as a diff of lines.
 */
import JSZip from 'jszip';
import type { PrintedDocument } from '../../language-server/src/document-model/model.js';

/**
 * XML with one element a line, indented by depth; an element holding only text, or only empty
 * elements (a run's or a paragraph's properties), stays on one line:
 * `<w:t xml:space="preserve">Số bài</w:t>`, `<w:rPr><w:b/><w:sz w:val="26"/></w:rPr>`. Every tag and
 * every text is kept as written, so two parts print alike exactly when they are alike.
 * Hand-written rather than a formatter library: those trim or re-indent text, which would hide
 * a change of spaces in a run. Enough for what docx and the renderer write: a declaration,
 * elements, attributes, text; no comments, CDATA or `>` inside attribute values (escaped as `&gt;`).
 */
export function xmlLines(xml: string): string {
    const tokens = xml.match(/<[^>]*>|[^<]+/g) ?? [];
    const isEmptyElement = (token: string | undefined) => !!token && token.endsWith('/>');
    const lines: string[] = [];
    let depth = 0;
    for (let i = 0; i < tokens.length; i++) {
        const token = tokens[i];
        const indent = '  '.repeat(depth);
        if (token.startsWith('</')) {
            depth--;
            lines.push(`${'  '.repeat(depth)}${token}`);
        } else if (token.startsWith('<?') || isEmptyElement(token) || !token.startsWith('<')) {
            lines.push(`${indent}${token}`);
        } else if (!tokens[i + 1]?.startsWith('<') && tokens[i + 2]?.startsWith('</')) {
            // only text inside: one line
            lines.push(`${indent}${token}${tokens[i + 1]}${tokens[i + 2]}`);
            i += 2;
        } else {
            // only empty elements inside: one line
            let end = i + 1;
            while (isEmptyElement(tokens[end])) end++;
            if (end > i + 1 && tokens[end]?.startsWith('</')) {
                lines.push(`${indent}${tokens.slice(i, end + 1).join('')}`);
                i = end;
            } else {
                lines.push(`${indent}${token}`);
                depth++;
            }
        }
    }
    return lines.join('\n');
}

/** Every part of a DOCX, in name order, each under a `==== name` line; the times of core.xml left out (they differ on every run). */
export async function docxText(buffer: Buffer): Promise<string> {
    const zip = await JSZip.loadAsync(buffer);
    const out: string[] = [];
    for (const name of Object.keys(zip.files).sort()) {
        if (zip.files[name].dir) continue;
        let text = await zip.file(name)!.async('string');
        if (name === 'docProps/core.xml') text = text.replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*/g, '$1');
        out.push(`==== ${name}`, xmlLines(text));
    }
    return `${out.join('\n')}\n`;
}

/** The printed model: each header and closing field, each block of the body and of each appendix, each problem on a line of JSON. */
export function modelText(printed: PrintedDocument): string {
    const lines: string[] = [];
    const json = (value: unknown) => JSON.stringify(value);
    for (const [key, value] of Object.entries(printed)) {
        if (key === 'body' || key === 'problems') {
            (value as readonly unknown[]).forEach((item, i) => lines.push(`${key}[${i}] ${json(item)}`));
        } else if (key === 'appendices') {
            printed.appendices.forEach(({ blocks, ...appendix }, a) => {
                lines.push(`appendices[${a}] ${json(appendix)}`);
                blocks.forEach((block, i) => lines.push(`appendices[${a}].blocks[${i}] ${json(block)}`));
            });
        } else if (value && typeof value === 'object' && !Array.isArray(value)) {
            for (const [field, item] of Object.entries(value)) lines.push(`${key}.${field} ${json(item)}`);
        } else {
            lines.push(`${key} ${json(value)}`);
        }
    }
    return `${lines.join('\n')}\n`;
}
