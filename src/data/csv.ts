import { parse } from 'csv-parse/sync';

/**
 * The rows of a CSV text, as csv-parse reads them (a leading BOM dropped, rows of any length,
 * empty lines kept as one empty cell). A text without a quote and with one kind of line break
 * (LF, or CRLF throughout) has one reading: it is split directly, several times faster than
 * csv-parse (10 000 rows in a fresh process: 3–60 ms against 80–240 ms, bench/README.md); any
 * other text, with its quoting and its errors, is left to csv-parse. test/data/csv.test.ts
 * holds the two to the same rows.
 */
export function parseCsv(text: string): string[][] {
    const body = text.replace(/^\uFEFF/, '');
    const delimiter = delimiterOf(body);
    return splitPlain(body, delimiter)
        ?? parse(text, { bom: true, delimiter, relax_column_count: true, skip_empty_lines: false }) as string[][];
}

/** The separator the header line uses: Excel in a Vietnamese locale writes `;` (its decimal sign is the comma). */
function delimiterOf(text: string): string {
    const line = text.slice(0, text.search(/\r?\n|$/)).replace(/"[^"]*"/g, '');
    const counts = [',', ';', '\t'].map(d => [d, line.split(d).length] as const);
    return counts.reduce((a, b) => (b[1] > a[1] ? b : a))[0];
}

/** Undefined when the text quotes, or mixes line breaks (csv-parse keeps the first kind it meets). Exported for its test. */
export function splitPlain(text: string, delimiter: string): string[][] | undefined {
    if (text.includes('"')) return undefined;
    const crlf = text.includes('\r');
    const lines = text.split(crlf ? '\r\n' : '\n');
    if (crlf && lines.some(line => line.includes('\r') || line.includes('\n'))) return undefined;
    // a final line break ends the last row, it does not start one
    if (lines.at(-1) === '') lines.pop();
    return lines.map(line => line.split(delimiter));
}
