import { EmptyFileSystem } from 'langium';
import { createBcytServices } from '../../language-server/src/bcyt-module.js';
import type { Catalog } from '../../src/import/catalog.js';
import { loadCatalog } from '../../src/import/catalog-loader.js';
import { findClaims } from '../../src/import/claims.js';
import { importDocument, type Draft } from '../../src/import/draft.js';
import { IndicatorRegistry } from '../../src/import/indicators.js';
import { edit, fromSource } from '../../src/import/mapped.js';
import { UnitWords } from '../../src/import/quantities.js';
import { readText } from '../../src/import/read-text.js';
import { checkFiles } from '../helpers.js';

let starter: Catalog | undefined;

/** The starter catalog, read once. */
export function starterCatalog(): Catalog {
    starter ??= loadCatalog(createBcytServices(EmptyFileSystem).Bcyt, []);
    return starter;
}

/** A paragraph with its claims written in, as the importer writes it. */
export function withClaims(text: string, catalog = starterCatalog()): string {
    const registry = new IndicatorRegistry(catalog, new Set());
    const units = new UnitWords(catalog.units.map(u => u.name));
    const edits = findClaims(text, { registry, units, newUnits: new Set(), values: true });
    return edit(fromSource(text, 0), edits).text;
}

/** A text document imported with the starter catalog. */
export function importText(text: string, name = 'van-ban.txt'): Draft {
    return importDocument(readText(name, text, 'text'), { catalog: starterCatalog(), outputDir: '/virtual' });
}

/** The error and warning findings of a draft checked by the language, as `line:code` (1-based). */
export async function findings(draft: Draft): Promise<string[]> {
    const checked = await checkFiles({ 'draft.bcyt': draft.text });
    return checked.diagnostics().filter(d => (d.severity ?? 1) <= 2).map(d => `${d.range.start.line + 1}:${d.code}`);
}

/** A one-page báo cáo around `body` (Nghị định 30 header, period Q1/2024). */
export function report(body: string): string {
    return [
        'SỞ Y TẾ THANH HOÁ', 'TRUNG TÂM Y TẾ HOẰNG HOÁ', '', 'Số: /BC-TTYT', '', 'Hoằng Hoá, ngày 14 tháng 4 năm 2024', '',
        'BÁO CÁO', 'KẾT QUẢ THỰC HIỆN CÔNG TÁC Y TẾ QUÝ I NĂM 2024', '', body, '', 'Nơi nhận:', '- Lưu: VT.', '', 'GIÁM ĐỐC', '', 'Lê Văn An', '',
    ].join('\n');
}
