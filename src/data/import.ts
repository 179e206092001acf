import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import type * as ast from '../../language-server/src/generated/ast.js';
import { readPeriodLiteral } from '../../language-server/src/evaluation/world.js';
import { periodKey } from '../../language-server/src/semantics/periods.js';
import type { LoadStep } from '../../language-server/src/workspace/headless.js';
import { dataBlocksOf, loadBcyt, type Catalog } from './catalog.js';
import { KeyMap } from './key-map.js';
import { applyFacts, type Change, type TextEdit } from './edit.js';
import { Matcher, type MapFile } from './match.js';
import { fromSourceNumber } from './numbers.js';
import { DataReadError, type Finding } from './problems.js';
import { readInput } from './read-input.js';
import { resolveValues } from './resolve.js';
import { readSheet } from './sheets.js';
import type { RawValue } from './table.js';

export interface ImportRequest {
    readonly input: string;
    readonly into: string;
    readonly map?: string;
    readonly sheet?: string;
    /** the org or period of a sheet that does not say it */
    readonly org?: string;
    readonly period?: string;
    /** the text of `into` as an editor holds it, unsaved; the saved file otherwise */
    readonly text?: string;
    /** said as each step ends (`--timings`) */
    readonly onStep?: (step: ImportStep) => void;
}

export type ImportStep = LoadStep | 'services' | 'input' | 'match' | 'edit' | 'verify';

export interface ImportPlan {
    readonly findings: Finding[];
    readonly changes: Change[];
    /** how each distinct indicator and org of the input was matched */
    readonly matcher: Matcher;
    /** the sheets read and how (skipped ones: no table found) */
    readonly sheets: { name: string; shape?: 'long' | 'wide'; values: number; /** a CSV or JSON file, not a workbook's sheet */ file?: boolean }[];
    /** the new text of the .bcyt, when it changes and no finding is an error */
    readonly text?: string;
    /** what makes `text` of the old text, in order of place (an editor applies them as one undoable edit) */
    readonly edits?: readonly TextEdit[];
}

/** Reads the input and the .bcyt and works out the new text; writes nothing. */
export async function planImport(request: ImportRequest): Promise<ImportPlan> {
    const into = resolve(request.into);
    const step = request.onStep ?? (() => undefined);
    const loaded = await loadBcyt([into], request.text === undefined ? undefined : new Map([[into, request.text]]), request.onStep);
    const document = loaded.documents[0];
    if (!document) {
        const why = loaded.unreadable[0]?.reason ?? { vi: 'không đọc được', en: 'cannot be read' };
        throw new DataReadError({ vi: `${request.into}: ${why.vi}`, en: `${request.into}: ${why.en}` });
    }
    const model = document.parseResult.value as ast.Model;
    const syntax = document.parseResult.lexerErrors.length + document.parseResult.parserErrors.length;
    if (syntax) {
        const first = document.parseResult.parserErrors[0]?.token.startLine ?? document.parseResult.lexerErrors[0]?.line;
        throw new DataReadError({
            vi: `${request.into}: có lỗi cú pháp (dòng ${first ?? '?'}); sửa trước khi nhập số liệu`,
            en: `${request.into}: has syntax errors (line ${first ?? '?'}); fix them before importing figures`,
        });
    }
    const map = request.map ? readMap(request.map) : {};
    const matcher = new Matcher(loaded.catalog, map);
    const input = await readInput(request.input, request.sheet);
    step('input');
    const raw: RawValue[] = [];
    const findings: Finding[] = [];
    const sheets: ImportPlan['sheets'] = [];
    const context = { org: request.org, period: request.period };
    if (input.kind === 'values') {
        raw.push(...input.values.map(v => ({ ...v, org: v.org ?? context.org, period: v.period ?? context.period })));
        sheets.push({ name: basename(request.input), shape: 'long', values: raw.length, file: true });
    } else {
        for (const sheet of input.sheets) {
            const reading = readSheet(sheet, matcher, context);
            raw.push(...reading.values);
            findings.push(...reading.findings);
            sheets.push({ name: sheet.name ?? sheet.file, shape: reading.shape, values: reading.values.length, file: sheet.name === undefined });
        }
        if (!sheets.some(s => s.shape)) {
            throw new DataReadError({
                vi: `${basename(request.input)}: không tìm thấy bảng số liệu (cần dòng tiêu đề có cột "Chỉ số" và "Giá trị", hoặc một biểu mẫu có tên đơn vị hay kỳ ở các cột)`,
                en: `${basename(request.input)}: no table of figures found (a header with "Chỉ số" and "Giá trị" columns, or a form with orgs or periods across its columns)`,
            });
        }
    }
    const resolved = resolveValues(raw, loaded.catalog, matcher, map);
    findings.push(...resolved.findings);
    step('match');
    const applied = applyFacts(document.textDocument.getText(), model, resolved.facts);
    step('edit');
    const plan = { findings, changes: applied.changes, matcher, sheets };
    if (findings.some(f => f.severity === 'error') || !applied.changes.some(c => c.kind !== 'unchanged')) return plan;
    verify(loaded.services.parser.LangiumParser.parse(applied.text).value as ast.Model, applied.changes, loaded.catalog);
    step('verify');
    return { ...plan, text: applied.text, edits: applied.edits };
}

function readMap(path: string): MapFile {
    let json: unknown;
    try {
        json = JSON.parse(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''));
    } catch (error) {
        throw new DataReadError({ vi: `${path}: tệp ánh xạ không đọc được (${(error as Error).message})`, en: `${path}: cannot read the map file (${(error as Error).message})` });
    }
    const ok = (v: unknown) => v === undefined || (typeof v === 'object' && v !== null && Object.values(v).every(x => typeof x === 'string'));
    const m = json as MapFile;
    if (!m || typeof m !== 'object' || !ok(m.indicators) || !ok(m.orgs) || !ok(m.periods)) {
        throw new DataReadError({
            vi: `${path}: tệp ánh xạ phải là {"indicators": {…}, "orgs": {…}, "periods": {…}}, mỗi mục một chuỗi`,
            en: `${path}: a map file is {"indicators": {…}, "orgs": {…}, "periods": {…}}, each entry a string`,
        });
    }
    return m;
}

/** The new text, parsed again, gives every imported value: otherwise nothing is written. */
function verify(model: ast.Model, changes: readonly Change[], _catalog: Catalog): void {
    // by org, period key and indicator
    const values = new KeyMap<string | undefined>();
    for (const block of dataBlocksOf(model)) {
        const parsed = block.period?.value ? readPeriodLiteral(block.period.value) : undefined;
        if (!parsed?.ok) continue;
        const [org, key] = [block.org?.$refText ?? '', periodKey(parsed.period)];
        for (const v of block.values) values.set(v.quantity?.value, org, key, v.indicator?.$refText ?? '');
    }
    for (const { fact } of changes) {
        const found = values.get(fact.org, fact.periodKey, fact.indicator);
        // the number as written (an update or an added line) or, kept, in another spelling
        if (found === undefined || (found !== fact.source && !fromSourceNumber(found).equals(fact.value))) {
            throw new Error(`bcyt data import: the edited text does not give ${fact.indicator} ${fact.org} ${fact.period} = ${fact.source}`);
        }
    }
}
