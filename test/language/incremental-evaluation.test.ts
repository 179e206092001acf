import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { AstUtils, URI, type LangiumDocument } from 'langium';
import { describe, expect, test } from 'vitest';
import { createBcytServices } from '../../language-server/src/bcyt-module.js';
import * as ast from '../../language-server/src/generated/ast.js';
import { inlineExpressions } from '../../language-server/src/body.js';
import { EXAMPLES } from '../lsp/lsp-helpers.js';
import { EditableFiles, random } from './random-edits.js';

const REPORTS = readdirSync(EXAMPLES).filter(name => name.endsWith('.bcyt')).sort();

/** A file (an example by default) with its catalog (from its import line), checked with every lane, as `bcyt check` does. */
async function workspace(name: string, text: string, folder = EXAMPLES) {
    const files = new EditableFiles();
    const services = createBcytServices({ fileSystemProvider: () => files });
    const { shared, Bcyt } = services;
    const documents = shared.workspace.LangiumDocuments;
    const factory = shared.workspace.LangiumDocumentFactory;
    Bcyt.workspace.Builtins.load(documents, factory);
    const path = join(folder, name);
    const imported = /^import "([^"]+)"/m.exec(readFileSync(path, 'utf8'))?.[1];
    for (const [file, content] of [[path, text], ...(imported ? [[join(EXAMPLES, `${imported}.bcyt`), undefined]] : [])] as Array<[string, string | undefined]>) {
        const uri = pathToFileURL(file).toString();
        files.texts.set(uri, content ?? readFileSync(file, 'utf8'));
        documents.addDocument(factory.fromString(files.texts.get(uri)!, URI.parse(uri)));
    }
    await shared.workspace.DocumentBuilder.build([...documents.all], { validation: true });
    const report = documents.getDocument(URI.parse(pathToFileURL(path).toString())) as LangiumDocument<ast.Model>;
    return { files, shared, Bcyt, report };
}

/** What the editor shows: every diagnostic with its place, code and message. */
const published = (document: LangiumDocument) => (document.diagnostics ?? [])
    .map(d => `${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${d.severity} ${d.code} ${d.message}`).sort();

/**
 * One edit of one body line, as typing makes it: a digit of a number changed, a word typed, a
 * few characters deleted, a piece of the language inserted; lines with `{…}` more often.
 */
function oneLineEdit(text: string, next: () => number): string {
    const lines = text.split('\n');
    const body = lines.indexOf('---') + 1;
    const withBraces = lines.map((line, i) => i).filter(i => i >= body && lines[i].includes('{'));
    const pool = withBraces.length && next() < 0.6 ? withBraces : lines.map((_, i) => i).filter(i => i >= body);
    const at = pool[Math.floor(next() * pool.length)];
    const line = lines[at];
    const column = Math.floor(next() * (line.length + 1));
    const digits = [...line.matchAll(/\d/g)].map(m => m.index);
    switch (Math.floor(next() * 4)) {
        case 0:
            if (digits.length) {
                const d = digits[Math.floor(next() * digits.length)];
                lines[at] = line.slice(0, d) + String((Number(line[d]) + 1 + Math.floor(next() * 8)) % 10) + line.slice(d + 1);
                break;
            }
        // falls through: a line without digits gets a word
        case 1: lines[at] = `${line.slice(0, column)} khám${line.slice(column)}`; break;
        case 2: lines[at] = line.slice(0, column) + line.slice(column + 1 + Math.floor(next() * 3)); break;
        default: {
            const pieces = ['{', '}', '%', ' trên ', ' giảm ', ' tăng ', '{x = 1}', ' of prev', ' @ ', '|', ',5', '.000', ' lượt', ' trẻ'];
            lines[at] = line.slice(0, column) + pieces[Math.floor(next() * pieces.length)] + line.slice(column);
        }
    }
    return lines.join('\n');
}

describe('the evaluated checks after an edit are those of a fresh check', () => {
    test.each(REPORTS)('%s: seeded one-line edits, each checked as the server does and afresh', async name => {
        const next = random(REPORTS.indexOf(name) * 7919 + 20);
        let text = readFileSync(join(EXAMPLES, name), 'utf8');
        const live = await workspace(name, text);
        for (let edit = 0; edit < 16; edit++) {
            text = oneLineEdit(text, next);
            live.files.texts.set(live.report.uri.toString(), text);
            // the server: the keystroke's build, then the slow lane once typing pauses
            await live.shared.workspace.DocumentBuilder.update([live.report.uri], []);
            await live.shared.workspace.DocumentBuilder.build([live.report], { validation: { categories: ['slow'] } });
            const fresh = await workspace(name, text);
            expect(published(live.report), `edit ${edit + 1}`).toEqual(published(fresh.report));
            // no group read a value of another: the partition has every edge
            const session = live.Bcyt.evaluation.Evaluator.session(live.report.parseResult.value);
            expect(session.groups.filter(group => group.reads.size).map(group => [...group.indicators].map(i => i.name))).toEqual([]);
        }
    }, 120_000);
});

describe('a line read by the `{…}` of other lines', () => {
    // the unit line above a table and a column's header scale the numbers of the rows below
    const folder = join(__dirname, '../checks/count-not-integer');
    const name = 'table-in-millions.bcyt';
    const original = readFileSync(join(folder, name), 'utf8');
    test.each<[string, (text: string) => string]>([
        ['a column header loses its unit', text => text.replace('| Thực hiện (tỷ đồng) |', '| Thực hiện |')],
        ['a column header gets a unit', text => text.replace('| Nội dung | Dự toán | Thực hiện |', '| Nội dung | Dự toán | Thực hiện (tỷ đồng) |')],
        ['the unit line above a table removed', text => text.replace('Đơn vị tính: triệu đồng\n', '')],
        ['a blank line between the unit line and its table', text => text.replace('Đơn vị tính: triệu đồng\n', 'Đơn vị tính: triệu đồng\nGhi chú.\n')],
    ])('%s', async (_, edit) => {
        const text = edit(original);
        expect(text).not.toBe(original);
        const live = await workspace(name, original, folder);
        live.files.texts.set(live.report.uri.toString(), text);
        await live.shared.workspace.DocumentBuilder.update([live.report.uri], []);
        await live.shared.workspace.DocumentBuilder.build([live.report], { validation: { categories: ['slow'] } });
        expect(published(live.report)).toEqual(published((await workspace(name, text, folder)).report));
    });
});

describe('an edit evaluates again only what it touched', () => {
    const name = '001-bao-cao-hoang-hoa-quy-1-2024.bcyt';
    const original = readFileSync(join(EXAMPLES, name), 'utf8');

    /** The meaning of every `{…}` of the report, by its text and line, after an edit. */
    async function afterEdit(edit: (lines: string[]) => void) {
        const live = await workspace(name, original);
        const values = live.Bcyt.evaluation.InlineValues;
        const before = new Map(inlineExpressions(live.report.parseResult.value).map(node => [node, values.of(node)]));
        const lines = original.split('\n');
        edit(lines);
        live.files.texts.set(live.report.uri.toString(), lines.join('\n'));
        await live.shared.workspace.DocumentBuilder.update([live.report.uri], []);
        const kept = inlineExpressions(live.report.parseResult.value).filter(node => before.get(node) === values.of(node));
        return { kept, total: before.size, model: live.report.parseResult.value };
    }

    test('a word typed in prose keeps the meaning of every `{…}`', async () => {
        const { kept, total } = await afterEdit(lines => {
            const prose = lines.findIndex((line, i) => i > lines.indexOf('---') && line.length > 40 && !line.includes('{'));
            lines[prose] += ' khám';
        });
        expect(total).toBeGreaterThan(20);
        expect(kept.length).toBe(total);
    });

    test('a file saved with words typed in two places far apart keeps the meaning of every `{…}`', async () => {
        const { kept, total } = await afterEdit(lines => {
            const body = lines.indexOf('---');
            const prose = lines.map((line, i) => i).filter(i => i > body && lines[i].length > 40 && !lines[i].includes('{'));
            lines[prose[0]] += ' khám';
            lines[prose[prose.length - 1]] += ' khám';
        });
        expect(kept.length).toBe(total);
    });

    test('a changed statement reads its own group again and keeps the others', async () => {
        // a statement of an indicator that `{…}` on other lines read too: itself, its parts, or a total or ratio of it
        const related = (indicator: ast.Indicator, node: ast.InlineExpression) => AstUtils.streamAst(node).filter(ast.isIndicatorRef).some(ref => {
            const other = ref.indicator.ref;
            const names = (a: ast.Indicator | undefined, b: ast.Indicator) => !!a?.formulas.some(f => AstUtils.streamAst(f).filter(ast.isIndicatorRef).some(r => r.indicator.ref === b));
            return other === indicator || names(other, indicator) || names(indicator, other!);
        });
        const lineOf = (node: ast.InlineExpression) => node.$cstNode!.range.start.line;
        const { report } = await workspace(name, original);
        const all = inlineExpressions(report.parseResult.value);
        const statement = all.find(node => node.stated && ast.isIndicatorRef(node.expression)
            && all.some(other => lineOf(other) !== lineOf(node) && related((node.expression as ast.IndicatorRef).indicator.ref!, other)))!;
        const at = lineOf(statement);
        const indicatorName = (statement.expression as ast.IndicatorRef).indicator.$refText;
        const { kept, total, model } = await afterEdit(lines => {
            lines[at] = lines[at].replace(new RegExp(`\\{${indicatorName} = (\\d)`), (_, d) => `{${indicatorName} = ${(Number(d) + 1) % 10}`);
        });
        const indicator = inlineExpressions(model).map(node => node.expression).filter(ast.isIndicatorRef).find(ref => ref.indicator.$refText === indicatorName)!.indicator.ref!;
        const elsewhere = inlineExpressions(model).filter(node => lineOf(node) !== at && related(indicator, node));
        expect(elsewhere.length).toBeGreaterThan(0);
        for (const node of elsewhere) expect(kept).not.toContain(node);
        expect(kept.length).toBeGreaterThan(total / 2);
    });
});
