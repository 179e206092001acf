#!/usr/bin/env node
// The README's picture of a `bcyt diff --format markdown` report, as a pull-request comment
// shows it: seed 001 in a temporary git repository, a commit that corrects a data value,
// inserts a heading and edits a sentence, the report rendered to HTML (markdown-it, GitHub-like
// styles) and photographed by Debian's Chromium (playwright-core, headless).
//
//   npm run build && node scripts/diff-report-screenshot.mjs [out.png]   (default docs/images/diff-report.png)
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import MarkdownIt from 'markdown-it';
import { chromium } from 'playwright-core';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const output = path.resolve(process.argv[2] ?? path.join(root, 'docs/images/diff-report.png'));
const repo = mkdtempSync(path.join(tmpdir(), 'bcyt-screenshot-'));
const git = (...args) => execFileSync('git', ['-c', 'user.name=BCYT', '-c', 'user.email=bcyt@bcyt.invalid', '-c', 'commit.gpgsign=false', ...args], { cwd: repo });
const edit = (from, to) => {
    const file = path.join(repo, 'bao-cao-quy-1.bcyt');
    const text = readFileSync(file, 'utf8');
    if (!text.includes(from)) throw new Error(`not found: ${from}`);
    writeFileSync(file, text.replace(from, to));
};

try {
    cpSync(path.join(root, 'examples/catalog'), path.join(repo, 'catalog'), { recursive: true });
    cpSync(path.join(root, 'examples/001-bao-cao-hoang-hoa-quy-1-2024.bcyt'), path.join(repo, 'bao-cao-quy-1.bcyt'));
    edit('unit bộ\n', 'unit bộ\n\ndata TTYT_HoangHoa Q1/2024 {\n  bai_viet_khac = 91\n}\n');
    edit('tuyên truyền về nội dung khác là {bai_viet_khac = 91} bài.', 'tuyên truyền về nội dung khác là {bai_viet_khac} bài, chiếm {bai_viet_khac of bai_viet} tổng số bài.');
    git('init', '-q', '-b', 'main');
    git('add', '-A');
    git('commit', '-q', '-m', 'Báo cáo quý I');
    edit('bai_viet_khac = 91\n', 'bai_viet_khac = 191\n');
    edit('### 3. Khó khăn.', '### 3. Tình hình dịch bệnh.\n\nDịch bệnh cơ bản được kiểm soát.\n\n### 4. Khó khăn.');
    edit('### 4. Cơ cấu nhân lực.', '### 5. Cơ cấu nhân lực.');
    edit('Kinh tế phát triển theo hướng Công nghiệp', 'Kinh tế tăng trưởng nhanh theo hướng Công nghiệp');
    edit('{prev(luot_tu_van_gdsk) = 10.504}', '{prev(luot_tu_van_gdsk) = 10.540}');

    const diff = spawnSync(process.execPath, [path.join(root, 'bin/bcyt.js'), 'diff', '--format', 'markdown'], { cwd: repo, encoding: 'utf8' });
    if (diff.status !== 0) throw new Error(diff.stderr);
    const html = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><style>
        body { font: 14px/1.5 -apple-system, "Segoe UI", "Liberation Sans", Arial, sans-serif; color: #1f2328; margin: 0; padding: 24px; width: 1060px; }
        .comment { border: 1px solid #d1d9e0; border-radius: 6px; }
        .head { background: #f6f8fa; border-bottom: 1px solid #d1d9e0; padding: 8px 16px; color: #59636e; border-radius: 6px 6px 0 0; }
        .head b { color: #1f2328; }
        .body { padding: 4px 16px 8px; }
        h3 { font-size: 1.25em; margin: 12px 0 4px; } h4 { font-size: 1.05em; margin: 16px 0 4px; border-bottom: 1px solid #d1d9e0; padding-bottom: 4px; }
        code { background: #eff1f3; border-radius: 4px; padding: 1px 4px; font-size: 85%; }
        table { border-collapse: collapse; margin: 6px 0 10px; } th, td { border: 1px solid #d1d9e0; padding: 4px 10px; vertical-align: top; }
        th { background: #f6f8fa; } tr:nth-child(2n) td { background: #f6f8fa; }
        ul { margin: 4px 0 10px; padding-left: 24px; } p { margin: 6px 0; } del { color: #9a1c1c; } strong { color: #0f5323; }
        </style></head><body><div class="comment"><div class="head"><b>github-actions</b> bot commented</div>
        <div class="body">${new MarkdownIt({ html: false }).render(diff.stdout).replace(/<s>/g, '<del>').replace(/<\/s>/g, '</del>')}</div></div></body></html>`;
    const browser = await chromium.launch({
        executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', headless: true,
        args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update'],
    });
    try {
        const page = await browser.newPage({ viewport: { width: 1108, height: 800 }, deviceScaleFactor: 1 });
        await page.setContent(html, { waitUntil: 'load' });
        await page.locator('.comment').screenshot({ path: output });
    } finally {
        await browser.close();
    }
    console.log(`${path.relative(process.cwd(), output)} (${diff.stdout.split('\n').length} lines of Markdown)`);
} finally {
    rmSync(repo, { recursive: true, force: true });
}
