import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * Workbooks as LibreOffice Calc writes them (libreoffice-calc-nogui, scripts/install-system-deps.sh):
 * each CSV (UTF-8, comma-separated) converted to .xlsx in one soffice run with its own profile.
 * Returns the folder holding `<name>.xlsx` for each `<name>` given.
 */
export function xlsxFromCsv(files: Record<string, string>): string {
    const dir = mkdtempSync(join(tmpdir(), 'bcyt-data-lo-'));
    const csvs = Object.entries(files).map(([name, text]) => {
        const path = join(dir, `${name}.csv`);
        writeFileSync(path, text);
        return path;
    });
    // comma, double quote, UTF-8 (76), from line 1
    convertToXlsx(csvs, dir, ['--infilter=CSV:44,34,76,1']);
    return dir;
}

/** A flat OpenDocument spreadsheet (test/fixtures/data/*.fods: several sheets, merged cells) as Calc saves it to .xlsx; the path of the .xlsx. */
export function xlsxFromFods(fods: string): string {
    const dir = mkdtempSync(join(tmpdir(), 'bcyt-data-lo-'));
    convertToXlsx([fods], dir);
    return join(dir, `${basename(fods, extname(fods))}.xlsx`);
}

function convertToXlsx(sources: readonly string[], dir: string, filter: readonly string[] = []): void {
    const profile = mkdtempSync(join(tmpdir(), 'bcyt-lo-profile-'));
    try {
        execFileSync('soffice', [
            `-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--norestore', '--nolockcheck',
            ...filter, '--convert-to', 'xlsx', '--outdir', dir, ...sources,
        ], { timeout: 120_000, stdio: 'pipe', env: { ...process.env, LC_ALL: 'C.UTF-8' } });
    } finally {
        rmSync(profile, { recursive: true, force: true });
    }
    for (const source of sources) {
        const name = basename(source, extname(source));
        if (!existsSync(join(dir, `${name}.xlsx`))) throw new Error(`LibreOffice did not write ${name}.xlsx (is libreoffice-calc-nogui installed?)`);
    }
}
