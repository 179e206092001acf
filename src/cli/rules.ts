import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** What docs/CHECKS.md says of a diagnostic code: its row of the table. */
export interface RuleHelp {
    readonly finds: string;
    readonly range: string;
    readonly severity: string;
    readonly fix: string;
}

/**
 * The rows of the table in docs/CHECKS.md by code (a row may name several codes), read at run
 * time from the package, so the help of `bcyt check --format sarif` is the documentation itself.
 * Empty when the file is not there (an installation without docs).
 */
export function rulesHelp(file = packageFile('docs/CHECKS.md')): Map<string, RuleHelp> {
    const rules = new Map<string, RuleHelp>();
    if (!file) return rules;
    for (const line of readFileSync(file, 'utf8').split(/\r?\n/u)) {
        if (!line.startsWith('| `')) continue;
        const [codes, finds, range, severity, fix] = cells(line);
        for (const [, code] of (codes ?? '').matchAll(/`([a-z-]+)`/gu)) {
            rules.set(code, { finds: finds ?? '', range: range ?? '', severity: severity ?? '', fix: fix ?? '' });
        }
    }
    return rules;
}

/** The cells of a Markdown table row; a `|` inside backticks is text. */
function cells(line: string): string[] {
    const out: string[] = [];
    let current = '';
    let code = false;
    for (const c of line.trim().slice(1, -1)) {
        if (c === '`') code = !code;
        if (c === '|' && !code) {
            out.push(current.trim());
            current = '';
        } else {
            current += c;
        }
    }
    out.push(current.trim());
    return out;
}

/** A file of this package (`docs/CHECKS.md`, `package.json`): above out/src/cli/ (compiled) or out/bundle/ (the bundle). */
export function packageFile(path: string): string | undefined {
    let folder = dirname(fileURLToPath(import.meta.url));
    for (let depth = 0; depth < 5; depth++) {
        const candidate = join(folder, ...path.split('/'));
        if (existsSync(candidate)) return candidate;
        folder = dirname(folder);
    }
    return undefined;
}

/** The version of this package. */
export function packageVersion(): string {
    const file = packageFile('package.json');
    return file ? String(JSON.parse(readFileSync(file, 'utf8')).version) : '0.0.0';
}

/** Markdown as plain text: no backticks, emphasis or escapes. */
export function plainText(markdown: string): string {
    return markdown.replace(/`([^`]*)`/gu, '$1').replace(/\*\*([^*]+)\*\*/gu, '$1').replace(/\\([|*_`])/gu, '$1');
}
