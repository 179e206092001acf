import { basename, dirname, isAbsolute, join, resolve } from 'node:path';

/**
 * Where the DOCX of a source goes: beside it when no output folder is set; in the folder
 * otherwise, an absolute path as is, a relative one from the workspace folder (or the source's
 * folder outside any workspace).
 */
export function docxPathFor(source: string, outputFolder: string | undefined, workspaceFolder: string | undefined): string {
    const name = `${basename(source).replace(/\.bcyt$/i, '')}.docx`;
    const folder = outputFolder?.trim();
    if (!folder) return join(dirname(source), name);
    if (isAbsolute(folder)) return join(folder, name);
    return join(resolve(workspaceFolder ?? dirname(source), folder), name);
}
