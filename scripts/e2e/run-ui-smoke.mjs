// UI smoke test of the packaged extension: bcyt-<version>.vsix installed into a real VS Code
// (code-server), driven through headless Chromium the way a user works: open seed 001's
// example, see the red squiggle and the Problems entry, open the preview beside the editor,
// click a heading in the preview and land on its source line, compile (refused while errors
// remain, then forced from the notification), then import a commune form's figures (a workbook
// LibreOffice wrote: open dialog, sheet picked, the diff and "Áp dụng"). Screenshots go to
// test/e2e/screenshots/. Prints "ui: 1 passed, 0 failed" or exits 1.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, existsSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeProfile, removeProfile, installVsix, startServer, stopServer, launchChromium, workbenchUrl, stopwatch, TIMEOUT } from './lib.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const { version } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const VSIX = path.join(root, `bcyt-${version}.vsix`);
const SHOTS = path.join(root, 'test/e2e/screenshots');
const FILE = '001-bao-cao-hoang-hoa-quy-1-2024.bcyt';
mkdirSync(SHOTS, { recursive: true });

const clock = stopwatch('ui');
// a monospace font with Vietnamese glyphs on Debian, or the tone marks render detached
const profile = makeProfile(path.join(root, 'examples'), {
    'workbench.colorTheme': 'Default Light Modern', 'editor.fontFamily': "'Liberation Mono', monospace",
    'editor.minimap.enabled': false, 'editor.wordWrap': 'on',
});
// the figures to import: a workbook as LibreOffice Calc saves it, and a document to take them
const DATA_FILE = 'so-lieu-xa.bcyt';
const DATA_SAVED = 'import "catalog/thanh-hoa"\n\n// Số liệu các trạm y tế xã\ndata TYT_ThieuToan Q1/2024 {\n  tre_tiem_chung_day_du = 40   // số tạm\n}\n';
let server, browser, page, failure;
try {
    if (!existsSync(VSIX)) throw new Error(`${VSIX} not found: run \`npm run package\` first`);
    writeFileSync(path.join(profile.ws, DATA_FILE), DATA_SAVED);
    execFileSync('soffice', [`-env:UserInstallation=${pathToFileURL(path.join(profile.root, 'lo')).href}`, '--headless', '--norestore', '--nolockcheck',
        '--convert-to', 'xlsx', '--outdir', profile.ws, path.join(root, 'test/fixtures/data/bieu-tiem-chung.fods')], { stdio: 'pipe', timeout: 120_000 });
    clock.lap('workbook written by LibreOffice');
    installVsix(profile, VSIX);
    clock.lap('vsix installed');
    server = await startServer(profile);
    browser = await launchChromium(profile);
    page = await browser.newPage({ viewport: { width: 1600, height: 900 } });
    page.setDefaultTimeout(TIMEOUT);
    await page.goto(workbenchUrl(server, profile.ws));
    await page.locator('.monaco-workbench').waitFor();
    await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor();
    clock.lap('workbench ready');

    // Quick Open, retried: keybindings register a moment after the workbench appears
    const quickInput = page.locator('.quick-input-widget input');
    const quickOpen = async (keys, text) => {
        for (let i = 0; i < 20 && !(await quickInput.isVisible()); i++) {
            await page.keyboard.press(keys);
            await page.waitForTimeout(250);
        }
        await quickInput.fill(text);
    };
    await quickOpen('Control+P', FILE);
    await page.locator('.quick-input-list .monaco-list-row', { hasText: FILE }).first().waitFor();
    await page.keyboard.press('Enter');
    await page.locator('.tabs-container .tab.active', { hasText: FILE }).waitFor();
    const mode = page.locator('#status\\.editor\\.mode a');
    await mode.filter({ hasText: 'BCYT' }).waitFor();
    clock.lap('example open, language mode BCYT');

    // Go to the first sum-mismatch (line 223): its squiggle is then on screen
    await quickOpen('Control+G', ':223');
    await page.keyboard.press('Enter');
    await page.locator('.monaco-editor .view-overlays .squiggly-error').first().waitFor();
    await page.locator('#status\\.problems a[aria-label*="Errors"]').waitFor();
    await page.locator('.statusbar-item', { hasText: /\d+ lỗi/ }).first().waitFor();   // the extension's own item
    clock.lap('squiggle and status bar errors shown');
    await page.keyboard.press('Control+Shift+M');
    const problem = page.locator('.markers-panel .monaco-list-row', { hasText: 'sum-mismatch' }).first();
    await problem.waitFor();
    clock.lap('Problems lists sum-mismatch');
    await page.screenshot({ path: path.join(SHOTS, '01-diagnostics-problems.png') });
    await page.keyboard.press('Control+J');   // close the panel again: room for the preview

    // The preview beside the editor, through the command palette like a user; the editor
    // shows the document's header and the start of its body, the preview its first page
    await page.locator('.monaco-editor .view-lines').first().click();
    await quickOpen('Control+G', ':172');
    await page.keyboard.press('Enter');
    await quickOpen('Control+Shift+P', '>BCYT: ');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: /preview|xem trước/i }).first().click();
    const frame = await previewFrame(page);
    await frame.locator('.motto', { hasText: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM' }).waitFor();
    await frame.locator('.type-title', { hasText: 'BÁO CÁO' }).waitFor();
    await frame.locator('.computed').first().waitFor();
    clock.lap('preview shows the printed document');
    await page.keyboard.press('Control+B');   // hide the side bar: editor and preview side by side
    await page.waitForTimeout(400);
    await page.screenshot({ path: path.join(SHOTS, '02-editor-preview.png') });
    await thumbnail(browser, path.join(SHOTS, '02-editor-preview.png'), path.join(SHOTS, 'editor-preview-small.png'), 960);

    // Click a heading in the preview: the editor moves to its source line
    const heading = frame.locator('.heading', { hasText: 'KẾT QUẢ THỰC HIỆN' }).first();
    const line = Number(await heading.getAttribute('data-line')) + 1;
    await heading.click();
    await page.locator('#status\\.editor\\.selection a', { hasText: `Ln ${line},` }).waitFor();
    clock.lap(`clicking the preview revealed source line ${line}`);
    await page.screenshot({ path: path.join(SHOTS, '03-preview-click-to-source.png') });

    // Compile with its key: refused in Vietnamese while errors remain, then forced
    await page.locator('.monaco-editor .view-lines').first().click();
    await page.keyboard.press('Control+Shift+B');
    const refused = page.locator('.notification-toast', { hasText: 'Chưa xuất' });
    await refused.waitFor();
    await page.waitForTimeout(600);   // the toast fades in
    await page.screenshot({ path: path.join(SHOTS, '04-compile-refused.png') });
    await refused.getByRole('button', { name: 'Vẫn xuất' }).click();
    await page.locator('.notification-toast', { hasText: 'Đã xuất' }).waitFor();
    await page.locator('.statusbar-item', { hasText: 'DOCX' }).first().waitFor();
    clock.lap('compile refused with a Vietnamese message, then forced: DOCX written');
    await page.waitForTimeout(600);
    await page.screenshot({ path: path.join(SHOTS, '05-compile-forced.png') });

    // Import data: the file from the open dialog, one sheet of three, the change as a diff, applied.
    // The preview closed and the notifications cleared: the diff side by side, nothing over it
    await page.locator('.tabs-container .tab', { hasText: /Xem trước|Preview/ }).locator('.codicon-close').click();
    await quickOpen('Control+Shift+P', '>Notifications: Clear All Notifications');
    await page.keyboard.press('Enter');
    await quickOpen('Control+P', DATA_FILE);
    await page.locator('.quick-input-list .monaco-list-row', { hasText: DATA_FILE }).first().waitFor();
    await page.keyboard.press('Enter');
    await page.locator('.tabs-container .tab.active', { hasText: DATA_FILE }).waitFor();
    await quickOpen('Control+Shift+P', '>BCYT: ');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: /Import data|Nhập số liệu/ }).first().click();
    // code-server's open dialog is VS Code's simple one: the folder's files in a quick input,
    // starting in the document's folder
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'bieu-tiem-chung.xlsx' }).click();
    const sheet = page.locator('.quick-input-list .monaco-list-row', { hasText: 'Quý I năm 2024' });
    await sheet.waitFor();
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Tất cả các trang' }).waitFor();
    await sheet.click();
    const dialog = page.locator('.monaco-dialog-box', { hasText: 'thêm 7, sửa 1, giữ nguyên 0' });
    await dialog.waitFor();
    await page.locator('.monaco-diff-editor .line-insert').first().waitFor();
    await page.waitForTimeout(600);
    clock.lap('the import shown as a diff, asking to apply');
    await page.screenshot({ path: path.join(SHOTS, '06-import-data-diff.png') });
    await dialog.getByRole('button', { name: 'Áp dụng' }).click();
    // saved (VS Code in a browser also saves by itself after a second)
    await page.locator('.tabs-container .tab.active', { hasText: DATA_FILE }).waitFor();
    await page.keyboard.press('Control+S');
    await page.locator('.notification-toast', { hasText: 'Hoàn tác' }).waitFor();
    for (let i = 0; i < 50 && readFileSync(path.join(profile.ws, DATA_FILE), 'utf8') === DATA_SAVED; i++) await page.waitForTimeout(200);
    const imported = readFileSync(path.join(profile.ws, DATA_FILE), 'utf8');
    const expected = `${DATA_SAVED.replace('= 40', '= 45').replace('}\n', '  tre_tiem_soi_2 = 41\n  pnct_tiem_uv2 = 30\n}\n')}
data TYT_ThieuChinh Q1/2024 {
  tre_tiem_chung_day_du = 38
  pnct_tiem_uv2 = 27
}

data TYT_MinhTam Q1/2024 {
  tre_tiem_chung_day_du = 52
  tre_tiem_soi_2 = 50
  pnct_tiem_uv2 = 33
}
`;
    if (imported !== expected) throw new Error(`the imported document differs:\n${imported}`);
    clock.lap('applied as an edit of the document, saved: the text expected');
    await page.screenshot({ path: path.join(SHOTS, '07-import-data-applied.png') });
    console.log(`[ui] screenshots in ${path.relative(root, SHOTS)}/`);
} catch (error) {
    failure = error;
    console.error('[ui] FAILED:', error?.stack ?? error);
    try { if (page) await page.screenshot({ path: path.join(SHOTS, 'failure.png') }); } catch { /* no page */ }
    if (server) console.error('[ui] code-server log (tail):\n' + server.log.join('').slice(-3000));
} finally {
    if (browser) await browser.close().catch(() => {});
    await stopServer(server);
    removeProfile(profile);
    clock.lap('teardown done');
}
console.log(`ui: ${failure ? '0 passed, 1 failed' : '1 passed, 0 failed'}`);
process.exit(failure ? 1 : 0);

/** The preview's content lives two iframes down (webview host, then its active frame). */
async function previewFrame(page) {
    const end = Date.now() + TIMEOUT;
    while (Date.now() < end) {
        for (const frame of page.frames()) {
            if (await frame.locator('main#page').count().catch(() => 0)) return frame;
        }
        await page.waitForTimeout(200);
    }
    throw new Error('no preview webview appeared');
}

/** A smaller copy of a screenshot (for docs/images, kept under 200 KB), scaled by Chromium itself. */
async function thumbnail(browser, source, target, width) {
    const data = readFileSync(source).toString('base64');
    const scaled = await browser.newPage({ viewport: { width, height: Math.round(width * 9 / 16) } });
    await scaled.setContent(`<body style="margin:0"><img style="width:${width}px;display:block" src="data:image/png;base64,${data}"></body>`);
    await scaled.screenshot({ path: target });
    await scaled.close();
}
