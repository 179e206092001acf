import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { resolveDocument } from '../../language-server/src/document-model/resolve.js';
import { whatStopsTheBuild } from '../../src/build/compile.js';
import { checkFiles } from '../helpers.js';
import { CODE_INSERTIONS, INSERTIONS, random, randomEdit } from './random-edits.js';

/**
 * `bcyt build` refuses ⇔ `bcyt check` has an error (issue 13): whatever the printed document
 * cannot show, the checker reports as an error with a code at that place. Over every example
 * and seeded random edits of it — typing, deleting, and edits that change what a `{…}` means
 * (a value set to 0, `of prev` / `of plan` added, a bare `plan`, a malformed number).
 */
const EXAMPLES = 'examples';
const catalogs = Object.fromEntries(readdirSync(join(EXAMPLES, 'catalog')).map(name => [`catalog/${name}`, readFileSync(join(EXAMPLES, 'catalog', name), 'utf8')]));
const documents = readdirSync(EXAMPLES).filter(name => name.endsWith('.bcyt'));

const MEANING = [' of prev', ' of plan', ' = 0', '0', '{plan}', '{x * 1.5}', ' / 0', '%o', ' phần nghìn', '{tre_sinh of prev}', '{prev(tre_sinh) = 0}', '%', '= 1,2,3'];
const EDITS_PER_DOCUMENT = 24;

describe('check ⇔ build: every example and random edits of it', () => {
    test.each(documents)('%s', async name => {
        const original = readFileSync(join(EXAMPLES, name), 'utf8');
        const next = random(name.length * 7919);
        let text = original;
        const disagreements: string[] = [];
        let refusals = 0;
        for (let round = 0; round <= EDITS_PER_DOCUMENT; round++) {
            if (round > 0) {
                const anywhere = next() < 0.25;
                const pool = next() < 0.5 ? MEANING : anywhere ? CODE_INSERTIONS : INSERTIONS;
                text = randomEdit(text, next, pool, anywhere);
            }
            const checked = await checkFiles({ [name]: text, ...catalogs });
            const document = checked.documents[name];
            const model = document.parseResult.value;
            const printed = model.document && resolveDocument(model, checked.services.evaluation.Evaluator.session(model));
            if (!printed) continue;
            const { errors, problems } = whatStopsTheBuild(document.diagnostics ?? [], printed);
            if (errors.length || problems.length) refusals++;
            for (const problem of problems) disagreements.push(`round ${round}: ${problem.line + 1}:${problem.range.start.character + 1} ${problem.code} ${problem.message}`);
        }
        expect(disagreements).toEqual([]);
        // the edits do reach what the build refuses
        expect(refusals).toBeGreaterThan(0);
    }, 120_000);
});
