import type {
    PrintedBlock, PrintedClosing, PrintedDocument, PrintedHeader, Run, TableBlock,
} from '../../language-server/src/document-model/model.js';

/**
 * The printed document as HTML for the live preview: the layout of Nghị định 30/2020 (two-
 * column header, national motto, title, body, "Nơi nhận" and signature) in plain markup
 * styled by page.ts. Every body block carries `data-line`, its source line, for click-to-source.
 * Pure: no VS Code, so it is unit-tested and could serve another editor.
 */
export function renderPrintedDocument(doc: PrintedDocument): string {
    const parts = [header(doc.header), ...doc.body.map(block)];
    for (const appendix of doc.appendices) {
        parts.push(`<section class="appendix${appendix.landscape ? ' landscape' : ''}">`
            + `<p class="appendix-label">${esc(appendix.label)}</p>`
            + (appendix.title ? `<p class="appendix-title">${esc(appendix.title)}</p>` : '')
            + appendix.blocks.map(block).join('') + '</section>');
    }
    if (doc.kind !== 'article') parts.push(closing(doc.closing));
    return parts.join('\n');
}

const MOTTO = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
const MOTTO_SUB = 'Độc lập - Tự do - Hạnh phúc';

function header(h: PrintedHeader): string {
    const left = [
        h.governingBody ? `<div class="governing">${esc(h.governingBody)}</div>` : '',
        h.issuingBody ? `<div class="issuing">${esc(h.issuingBody)}</div><div class="rule"></div>` : '',
        h.numberLine ? `<div class="number">${esc(h.numberLine)}</div>` : '',
        h.subjectLine ? `<div class="subject">${esc(h.subjectLine)}</div>` : '',
    ].join('');
    const right = `<div class="motto">${MOTTO}</div><div class="motto-sub">${MOTTO_SUB}</div><div class="rule"></div>`
        + (h.placeDateLine ? `<div class="place-date">${esc(h.placeDateLine)}</div>` : '');
    const title = [
        h.typeTitle ? `<p class="type-title">${esc(h.typeTitle)}</p>` : '',
        ...h.titleLines.map(line => `<p class="title">${esc(line)}</p>`),
    ].join('');
    const recipients = h.recipients.length === 0 ? ''
        : h.recipients.length === 1
            ? `<p class="recipients">Kính gửi: ${esc(h.recipients[0])}</p>`
            : `<div class="recipients"><span>Kính gửi:</span><ul>${h.recipients.map(r => `<li>- ${esc(r)}</li>`).join('')}</ul></div>`;
    return `<header><div class="col left">${left}</div><div class="col right">${right}</div></header>${title}${recipients}`;
}

function block(b: PrintedBlock): string {
    const line = `data-line="${b.line}"`;
    switch (b.kind) {
        case 'heading':
            return `<p class="heading h${Math.min(Math.max(b.level, 1), 6)}" ${line}>${runs(b.runs)}</p>`;
        case 'paragraph':
            return `<p class="para" ${line}>${runs(b.runs)}</p>`;
        case 'list-item':
            return `<p class="item" ${line}>${esc(b.marker)} ${runs(b.runs)}</p>`;
        case 'table':
            return table(b);
    }
}

function table(t: TableBlock): string {
    const [head, ...rows] = t.rows;
    const cell = (tag: string, content: readonly Run[], column: number): string =>
        `<${tag}${t.numericColumns?.[column] && tag === 'td' ? ' class="num"' : ''}>${runs(content)}</${tag}>`;
    const cols = t.widths ? `<colgroup>${t.widths.map(w => `<col style="width:${(w * 100).toFixed(1)}%">`).join('')}</colgroup>` : '';
    return `<table data-line="${t.line}">${cols}`
        + (head ? `<thead><tr>${head.map((c, i) => cell('th', c, i)).join('')}</tr></thead>` : '')
        + `<tbody>${rows.map(r => `<tr>${r.map((c, i) => cell('td', c, i)).join('')}</tr>`).join('')}</tbody></table>`;
}

function closing(c: PrintedClosing): string {
    const copies = c.copies.length
        ? `<div class="copies-label">Nơi nhận:</div>${c.copies.map(copy => `<div class="copy">${esc(copy.startsWith('-') ? copy : `- ${copy}`)}</div>`).join('')}`
        : '';
    const signer = c.signerTitles.map(t => `<div class="signer-title">${esc(t)}</div>`).join('')
        + (c.signerName ? `<div class="signature-space"></div><div class="signer-name">${esc(c.signerName)}</div>` : '');
    return `<footer><div class="col left">${copies}</div><div class="col right">${signer}</div></footer>`;
}

function runs(list: readonly Run[]): string {
    return list.map(run).join('');
}

function run(r: Run): string {
    let html = esc(r.text);
    if (r.bold) html = `<b>${html}</b>`;
    if (r.italic) html = `<i>${html}</i>`;
    return r.computed ? `<span class="computed">${html}</span>` : html;
}

export function esc(text: string): string {
    return text.replace(/[&<>"']/g, ch => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!);
}
