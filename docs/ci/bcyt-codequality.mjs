#!/usr/bin/env node
// `bcyt check --format json` (stdin) → a GitLab Code Quality report (stdout): the CodeClimate
// subset GitLab reads — description, check_name, fingerprint, severity, location.path and
// location.lines.begin. The fingerprint is a hash of file, code, message and the line's place
// among the same findings, so a finding keeps it while lines above it move.
//
//   bcyt check . --format json | node bcyt-codequality.mjs > gl-code-quality-report.json
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

const SEVERITY = { error: 'major', warning: 'minor', information: 'info', hint: 'info' };
const { diagnostics } = JSON.parse(readFileSync(0, 'utf8'));
const seen = new Map();
const issues = diagnostics.map(d => {
    const identity = [d.file, d.code, d.message].join('\0');
    const nth = (seen.get(identity) ?? 0) + 1;
    seen.set(identity, nth);
    return {
        type: 'issue',
        description: d.message,
        check_name: d.code,
        fingerprint: createHash('sha256').update(`${identity}\0${nth}`).digest('hex'),
        severity: SEVERITY[d.severity] ?? 'info',
        location: { path: d.file.split('\\').join('/'), lines: { begin: d.range.start.line + 1, end: d.range.end.line + 1 } },
    };
});
process.stdout.write(`${JSON.stringify(issues, null, 2)}\n`);
