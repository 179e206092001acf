// Runs langium-cli on Node 20 (see polyfill.mjs).
import './polyfill.mjs';
import { rmSync } from 'node:fs';

// langium-cli asks on the terminal before it replaces a generated folder holding files it did
// not write: the linker's visitors are written again after it (generate-linker-visitors.mjs).
rmSync(new URL('../language-server/src/generated/linker-visitors.ts', import.meta.url), { force: true });
await import(new URL('../node_modules/langium-cli/bin/langium.js', import.meta.url).href);
