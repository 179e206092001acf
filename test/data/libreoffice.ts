import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * Workbooks as LibreOffice Calc writes them (libreoffice-calc-nogui, scripts/install-system-deps.sh):
 * each CSV (UTF-8, comma-separated) converted to .xlsx in one soffice run with its own profile.
 * Returns the folder holding `<name>.xlsx` for each `<name>` given.
 */
export function xlsxFromCsv(files: Record<string, string>): string {
    const dir = mkdtempSync(join(tmpdir(), 'bcyt-data-lo-'));
    const profile = mkdtempSync(join(tmpdir(), 'bcyt-lo-profile-'));
    const csvs = Object.entries(files).map(([name, text]) => {
        const path = join(dir, `${name}.csv`);
        writeFileSync(path, text);
        return path;
    });
    try {
        execFileSync('soffice', [
            `-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--norestore', '--nolockcheck',
            // comma, double quote, UTF-8 (76), from line 1
            '--infilter=CSV:44,34,76,1', '--convert-to', 'xlsx', '--outdir', dir, ...csvs,
        ], { timeout: 120_000, stdio: 'pipe', env: { ...process.env, LC_ALL: 'C.UTF-8' } });
    } finally {
        rmSync(profile, { recursive: true, force: true });
    }
    for (const name of Object.keys(files)) {
        if (!existsSync(join(dir, `${name}.xlsx`))) throw new Error(`LibreOffice did not write ${name}.xlsx (is libreoffice-calc-nogui installed?)`);
    }
    return dir;
}
