import { GrammarUtils } from 'langium';
import type * as ast from '../../language-server/src/generated/ast.js';
import { readPeriodLiteral } from '../../language-server/src/evaluation/world.js';
import { periodKey } from '../../language-server/src/semantics/periods.js';
import { dataBlocksOf } from './catalog.js';
import { KeyMap } from './key-map.js';
import { fromSourceNumber } from './numbers.js';
import type { Fact } from './resolve.js';

/**
 * Puts facts into a .bcyt text, touching only data blocks' lines: a value already given has its
 * number replaced (its unit and comment kept); a new value is a line added at the end of the
 * last `data <org> <period> { … }` block of the file, indented as its lines are; a new org and
 * period is a block added after the file's last data block (else before the document, else at
 * the end). Everything else (comments, layout, the body) stays byte for byte.
 */
export type ChangeKind = 'updated' | 'added' | 'unchanged';

export interface Change {
    readonly fact: Fact;
    readonly kind: ChangeKind;
    /** the number the file had, for an update */
    readonly before?: string;
}

/** `text` in place of the old text's characters from `offset` to `end` */
export interface TextEdit { readonly offset: number; readonly end: number; readonly text: string }
interface Edit extends TextEdit { readonly order: number }

export function applyFacts(text: string, model: ast.Model, facts: readonly Fact[]): { text: string; changes: Change[]; edits: TextEdit[] } {
    const blocks = dataBlocksOf(model);
    // by org and period key (and indicator)
    const lastBlock = new KeyMap<ast.DataBlock>();
    const given = new KeyMap<ast.DataValue>();
    for (const block of blocks) {
        const parsed = block.period?.value ? readPeriodLiteral(block.period.value) : undefined;
        if (!parsed?.ok || !block.org?.$refText) continue;
        const [org, key] = [block.org.$refText, periodKey(parsed.period)];
        lastBlock.set(block, org, key);
        for (const value of block.values) if (value.indicator?.$refText) given.set(value, org, key, value.indicator.$refText);
    }
    const changes: Change[] = [];
    const edits: Edit[] = [];
    // the values to add, by block, in the order their blocks were first met
    const added = new KeyMap<Fact[]>();
    const groups: Fact[][] = [];
    for (const fact of facts) {
        const existing = given.get(fact.org, fact.periodKey, fact.indicator);
        if (existing) {
            const number = GrammarUtils.findNodeForProperty(existing.quantity?.$cstNode, 'value');
            if (number && (existing.quantity.value === fact.source || fromSourceNumber(existing.quantity.value).equals(fact.value))) {
                changes.push({ fact, kind: 'unchanged' });
                continue;
            }
            if (number) {
                edits.push({ offset: number.offset, end: number.end, text: fact.source, order: edits.length });
                changes.push({ fact, kind: 'updated', before: existing.quantity.value });
                continue;
            }
        }
        changes.push({ fact, kind: 'added' });
        const list = added.get(fact.org, fact.periodKey);
        if (list) list.push(fact);
        else {
            groups.push([fact]);
            added.set(groups[groups.length - 1], fact.org, fact.periodKey);
        }
    }
    const newBlocks: string[] = [];
    for (const list of groups) {
        const block = lastBlock.get(list[0].org, list[0].periodKey);
        if (block) edits.push(appendToBlock(text, block, list, edits.length));
        else newBlocks.push(`data ${list[0].org} ${list[0].period} {\n${list.map(f => `  ${f.indicator} = ${f.source}\n`).join('')}}\n`);
    }
    if (newBlocks.length) edits.push(insertBlocks(text, model, blocks, newBlocks.join('\n'), edits.length));
    // in order of place, joined once (thousands of edits of a long file); two insertions at one
    // offset keep their order
    edits.sort((a, b) => a.offset - b.offset || a.order - b.order);
    const pieces: string[] = [];
    let at = 0;
    for (const e of edits) {
        pieces.push(text.slice(at, e.offset), e.text);
        at = e.end;
    }
    pieces.push(text.slice(at));
    return { text: pieces.join(''), changes, edits: edits.map(({ offset, end, text }) => ({ offset, end, text })) };
}

function lineStart(text: string, offset: number): number {
    return text.lastIndexOf('\n', offset - 1) + 1;
}

function appendToBlock(text: string, block: ast.DataBlock, facts: readonly Fact[], order: number): Edit {
    const close = GrammarUtils.findNodeForKeyword(block.$cstNode, '}')!;
    const last = block.values.at(-1)?.$cstNode;
    const indent = last ? /^[ \t]*/.exec(text.slice(lineStart(text, last.offset)))![0] : '  ';
    const lines = facts.map(f => `${indent}${f.indicator} = ${f.source}\n`).join('');
    const start = lineStart(text, close.offset);
    // `}` alone on its line: the new lines go just above it
    if (/^[ \t]*$/.test(text.slice(start, close.offset))) return { offset: start, end: start, text: lines, order };
    return { offset: close.offset, end: close.offset, text: `\n${lines}`, order };
}

function insertBlocks(text: string, model: ast.Model, blocks: readonly ast.DataBlock[], blockText: string, order: number): Edit {
    const after = blocks.at(-1)?.$cstNode;
    if (after) return { offset: after.end, end: after.end, text: `\n\n${blockText.replace(/\n$/, '')}`, order };
    const document = model.document?.$cstNode;
    if (document) {
        const start = lineStart(text, document.offset);
        return { offset: start, end: start, text: `${blockText}\n`, order };
    }
    const end = text.length;
    const sep = end === 0 ? '' : text.endsWith('\n\n') ? '' : text.endsWith('\n') ? '\n' : '\n\n';
    return { offset: end, end, text: `${sep}${blockText}`, order };
}
