#!/usr/bin/env node
// Compares DOCX files part by part (the unzipped XML, not the zip bytes), to check that a change
// to the renderer leaves the documents as they were. The creation and modification times of
// docProps/core.xml are ignored; so is the order of the parts in the zip.
//
//   node scripts/docx-diff.mjs a.docx b.docx
//   node scripts/docx-diff.mjs dirA dirB          every *.docx of dirA against the same name in dirB
//
// Exit 0 when every pair is identical, 1 otherwise (the first difference of each part is shown).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import JSZip from 'jszip';

const normalise = (name, text) => name === 'docProps/core.xml'
    ? text.replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*/g, '$1…')
    : text;

async function parts(file) {
    const zip = await JSZip.loadAsync(readFileSync(file));
    const out = new Map();
    for (const name of Object.keys(zip.files).sort()) {
        if (!zip.files[name].dir) out.set(name, normalise(name, await zip.file(name).async('string')));
    }
    return out;
}

async function compare(a, b) {
    const [pa, pb] = await Promise.all([parts(a), parts(b)]);
    const problems = [];
    for (const name of new Set([...pa.keys(), ...pb.keys()])) {
        const x = pa.get(name);
        const y = pb.get(name);
        if (x === undefined || y === undefined) { problems.push(`${name}: only in ${x === undefined ? b : a}`); continue; }
        if (x === y) continue;
        let i = 0;
        while (i < x.length && x[i] === y[i]) i++;
        problems.push(`${name}: differs at ${i} (${x.length} vs ${y.length} chars)\n    - ${x.slice(Math.max(0, i - 80), i + 120)}\n    + ${y.slice(Math.max(0, i - 80), i + 120)}`);
    }
    console.log(problems.length ? `DIFF ${basename(a)}\n  ${problems.join('\n  ')}` : `same ${basename(a)} (${pa.size} parts)`);
    return problems.length === 0;
}

const [a, b] = process.argv.slice(2);
if (!a || !b) {
    console.error('usage: node scripts/docx-diff.mjs a.docx b.docx | dirA dirB');
    process.exit(2);
}
let same = true;
if (statSync(a).isDirectory()) {
    const names = readdirSync(a).filter(n => n.endsWith('.docx')).sort();
    for (const name of names) same = (await compare(join(a, name), join(b, name))) && same;
    if (names.length === 0) { console.error(`no .docx in ${a}`); same = false; }
} else {
    same = await compare(a, b);
}
process.exit(same ? 0 : 1);
