/**
 * LibreOffice and poppler for the tests: DOCX → PDF (soffice headless, a fresh profile per
 * conversion so that conversions can run side by side), PDF → PNG (pdftoppm), PDF → text
 * (pdftotext), page sizes (pdfinfo). Install them with scripts/install-system-deps.sh.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);

const HINT = 'install LibreOffice and poppler with: sudo bash scripts/install-system-deps.sh';

async function tool(command: string, args: string[], timeout: number): Promise<string> {
    try {
        const { stdout } = await run(command, args, { timeout, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, LC_ALL: 'C.UTF-8' } });
        return stdout;
    } catch (error) {
        const e = error as NodeJS.ErrnoException & { stderr?: string; killed?: boolean };
        if (e.code === 'ENOENT') throw new Error(`${command} not found; ${HINT}`);
        if (e.killed) throw new Error(`${command} ${args.join(' ')} timed out after ${timeout} ms`);
        throw new Error(`${command} ${args.join(' ')} failed: ${e.stderr ?? e.message}`);
    }
}

/**
 * Converts a DOCX to PDF in `outDir` and returns the PDF's path. Each conversion has its own
 * LibreOffice user profile (-env:UserInstallation), removed afterwards, so that parallel
 * conversions do not wait on one another's profile lock.
 */
export async function convertToPdf(docxPath: string, outDir: string, timeoutMs = 120_000): Promise<string> {
    const profile = mkdtempSync(join(tmpdir(), 'bcyt-lo-profile-'));
    try {
        await tool('soffice', [
            `-env:UserInstallation=${pathToFileURL(profile).href}`,
            '--headless', '--norestore', '--nolockcheck', '--nodefault',
            '--convert-to', 'pdf', '--outdir', outDir, docxPath,
        ], timeoutMs);
    } finally {
        rmSync(profile, { recursive: true, force: true });
    }
    const pdf = join(outDir, basename(docxPath).replace(/\.docx$/i, '') + '.pdf');
    if (!existsSync(pdf)) throw new Error(`LibreOffice did not write ${pdf}`);
    return pdf;
}

export interface PageRange {
    readonly first?: number;
    readonly last?: number;
}

const range = ({ first, last }: PageRange = {}): string[] => [
    ...(first !== undefined ? ['-f', String(first)] : []),
    ...(last !== undefined ? ['-l', String(last)] : []),
];

/** Renders pages to PNG files `<prefix>-<n>.png` (pdftoppm); returns their paths in page order. */
export async function pdfToPngs(pdfPath: string, prefix: string, options: PageRange & { resolution?: number } = {}): Promise<string[]> {
    await tool('pdftoppm', ['-r', String(options.resolution ?? 60), '-png', ...range(options), pdfPath, prefix], 120_000);
    const dir = dirname(prefix);
    const stem = basename(prefix);
    return readdirSync(dir)
        .filter(f => f.startsWith(`${stem}-`) && f.endsWith('.png') && /^\d+$/.test(f.slice(stem.length + 1, -4)))
        .sort((a, b) => Number(a.slice(stem.length + 1, -4)) - Number(b.slice(stem.length + 1, -4)))
        .map(f => join(dir, f));
}

/** The text of a PDF (pdftotext, reading order; -layout keeps the columns side by side). */
export function pdfText(pdfPath: string, options: PageRange & { layout?: boolean } = {}): Promise<string> {
    return tool('pdftotext', [...(options.layout ? ['-layout'] : []), '-enc', 'UTF-8', ...range(options), pdfPath, '-'], 60_000);
}

export interface Word {
    readonly text: string;
    readonly xMin: number;
    readonly yMin: number;
    readonly xMax: number;
    readonly yMax: number;
}

/** The words of one page with their boxes in points from the top left (pdftotext -bbox). */
export async function pdfWords(pdfPath: string, page: number): Promise<Word[]> {
    const html = await tool('pdftotext', ['-bbox', '-enc', 'UTF-8', '-f', String(page), '-l', String(page), pdfPath, '-'], 60_000);
    return [...html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map(m => ({
        xMin: Number(m[1]), yMin: Number(m[2]), xMax: Number(m[3]), yMax: Number(m[4]),
        text: m[5].replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"'),
    }));
}

export interface PageSize {
    readonly width: number;
    readonly height: number;
}

/** Page count and the size of each page in points (pdfinfo). */
export async function pdfPages(pdfPath: string): Promise<PageSize[]> {
    const info = await tool('pdfinfo', [pdfPath], 60_000);
    const count = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? 0);
    const sizes = await tool('pdfinfo', ['-f', '1', '-l', String(count), pdfPath], 60_000);
    return [...sizes.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/gm)].map(m => ({ width: Number(m[1]), height: Number(m[2]) }));
}

/** Width and height of a PNG, from its IHDR chunk. */
export function pngSize(pngPath: string): PageSize {
    const bytes = readFileSync(pngPath);
    return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}
