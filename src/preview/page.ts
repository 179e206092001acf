/**
 * The preview's web page: a white A4-like sheet in Times New Roman whatever the editor's theme
 * (it shows what will print), and a small script that swaps the content on updates without
 * reloading (the scroll position stays), reports clicks with the block's source line, and
 * scrolls to a line the editor asks for. No framework: the page stays light.
 */
export interface PageTexts {
    readonly title: string;
    /** shown while the first content is on its way */
    readonly loading: string;
}

export function previewPage(nonce: string, cspSource: string, texts: PageTexts): string {
    return `<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src ${cspSource} data:; style-src 'nonce-${nonce}'; script-src 'nonce-${nonce}';">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${texts.title}</title>
<style nonce="${nonce}">${STYLE}</style></head>
<body><div id="notice"></div><main class="page" id="page"><p class="loading">${texts.loading}</p></main>
<script nonce="${nonce}">${SCRIPT}</script></body></html>`;
}

const STYLE = `
html, body { background: #e8e8e8; margin: 0; padding: 0; }
body { padding: 12px 8px 40px; }
/* an A4 sheet with the decree's margins; the script zooms it to fit a narrow panel */
.page { box-sizing: border-box; width: 210mm; min-height: 297mm; margin: 0 auto; padding: 20mm 15mm 20mm 30mm;
  background: #fff; color: #000; box-shadow: 0 1px 4px rgba(0,0,0,.25); font: 13pt/1.35 "Times New Roman", "Liberation Serif", "Tinos", serif; }
#notice:not(:empty) { max-width: 210mm; box-sizing: border-box; margin: 0 auto 8px; padding: 6px 10px; border-radius: 3px;
  font: 12px/1.4 var(--vscode-font-family, sans-serif); background: #fff3cd; color: #5c4400; border: 1px solid #e0c36c; }
#notice ul { margin: 2px 0 0 18px; padding: 0; }
p { margin: 0 0 6pt; }
header, footer { display: flex; justify-content: space-between; gap: 4mm; }
header .col, footer .col { text-align: center; }
header .left { flex: 0 0 42%; } header .right { flex: 1 1 58%; }
.governing { text-transform: uppercase; font-size: 12.5pt; }
.issuing, .motto { font-weight: bold; font-size: 12.5pt; text-transform: uppercase; }
.motto { font-size: 12pt; white-space: nowrap; }
.motto-sub { font-weight: bold; }
.rule { border-top: 1px solid #000; width: 40%; margin: 1pt auto 6pt; }
.right .rule { width: 55%; }
.number { margin-top: 4pt; } .subject { font-size: 12pt; margin-top: 4pt; }
.place-date { font-style: italic; margin-top: 4pt; }
.type-title { text-align: center; font-weight: bold; font-size: 14pt; margin: 14pt 0 0; }
.title { text-align: center; font-weight: bold; margin: 0; }
.title + :not(.title), .type-title + :not(.title) { margin-top: 12pt; }
.recipients { text-align: center; margin: 12pt 0; } .recipients ul { list-style: none; margin: 0; padding: 0; display: inline-block; text-align: left; }
.recipients span { vertical-align: top; margin-right: 6pt; }
.para, .item { text-align: justify; text-indent: 10mm; }
.heading { font-weight: bold; text-align: justify; text-indent: 10mm; margin-top: 6pt; }
.heading.h1 { text-align: center; text-indent: 0; } .heading.h5, .heading.h6 { font-weight: normal; font-style: italic; }
.computed { background: #e6f0ff; border-bottom: 1px dotted #3a6fd8; }
table { border-collapse: collapse; width: 100%; margin: 6pt 0 10pt; font-size: 12pt; }
th, td { border: 1px solid #000; padding: 2pt 4pt; vertical-align: top; } th { font-weight: bold; text-align: center; }
td.num { text-align: right; white-space: nowrap; }
.appendix { border-top: 2px dashed #999; margin-top: 18pt; padding-top: 14pt; }
.appendix-label, .appendix-title { text-align: center; font-weight: bold; margin: 0; text-transform: uppercase; }
.appendix-title { margin-bottom: 10pt; }
footer { margin-top: 14pt; } footer .left { flex: 0 0 45%; text-align: left; font-size: 11pt; }
footer .right { flex: 0 0 45%; } .copies-label { font-weight: bold; font-style: italic; font-size: 12pt; }
.signer-title { font-weight: bold; text-transform: uppercase; } .signature-space { height: 22mm; } .signer-name { font-weight: bold; }
[data-line] { cursor: pointer; } [data-line]:hover { outline: 1px dashed #9bb7ea; outline-offset: 2px; }
.flash { animation: flash 1.2s ease-out; } @keyframes flash { from { background: #fff2a8; } to { background: transparent; } }
.loading, .empty { color: #777; text-align: center; font-style: italic; }
`;

const SCRIPT = `
const vscode = acquireVsCodeApi();
const page = document.getElementById('page');
const notice = document.getElementById('notice');
window.addEventListener('message', (event) => {
  const m = event.data;
  if (m.type === 'update') { page.innerHTML = m.html; notice.innerHTML = m.notice || ''; }
  else if (m.type === 'reveal') {
    let best;
    for (const el of page.querySelectorAll('[data-line]')) { if (Number(el.dataset.line) <= m.line) best = el; else break; }
    if (best) { best.scrollIntoView({ block: 'start', behavior: 'auto' }); }
  }
});
page.addEventListener('click', (event) => {
  const el = event.target.closest('[data-line]');
  if (!el) return;
  el.classList.remove('flash'); void el.offsetWidth; el.classList.add('flash');
  vscode.postMessage({ type: 'reveal', line: Number(el.dataset.line) });
});
const fit = () => { document.body.style.zoom = String(Math.min(1, (window.innerWidth - 16) / page.offsetWidth)); };
window.addEventListener('resize', fit);
fit();
vscode.postMessage({ type: 'ready' });
`;
