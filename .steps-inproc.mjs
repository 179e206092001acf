import './out/language-server/src/polyfill.js';
import { writeFileSync, readFileSync } from 'node:fs';
const { planImport } = await import('./out/src/data/import.js');
writeFileSync('/tmp/d3/ws/so-lieu.bcyt', readFileSync('/tmp/d3/orig.bcyt'));
let last = process.cpuUsage(); let lastT = performance.now();
const rows = [];
const plan = await planImport({ input: '/tmp/d3/ws/so-lieu.csv', into: '/tmp/d3/ws/so-lieu.bcyt', onStep: s => {
  const c = process.cpuUsage(last); const t = performance.now();
  rows.push([s, (c.user + c.system) / 1000, t - lastT]); last = process.cpuUsage(); lastT = performance.now();
} });
for (const [s, c, w] of rows) console.log(s.padEnd(10), c.toFixed(0).padStart(6), 'cpu', w.toFixed(0).padStart(6), 'wall');
console.log(plan.changes.length);
