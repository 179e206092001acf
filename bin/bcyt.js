#!/usr/bin/env node
// The command line bundled into one file (out/bundle/cli.mjs, made by `npm run build`) loads in
// a third of the time of the ~400 modules of out/ it is made of. The modules are loaded instead
// when there is no bundle, when TypeScript compiled after it was made (`tsc -b` alone: the
// bundle would be stale), or with BCYT_NO_BUNDLE=1.
import { statSync } from 'node:fs';

const mtime = (path) => statSync(new URL(path, import.meta.url), { throwIfNoEntry: false })?.mtimeMs;
const bundle = mtime('../out/bundle/cli.mjs');
const compiled = mtime('../out/tsconfig.tsbuildinfo') ?? Infinity;
await import(!process.env.BCYT_NO_BUNDLE && bundle !== undefined && bundle >= compiled ? '../out/bundle/cli.mjs' : '../out/src/cli/main.js');
