// The main job: check the examples, then compile each to DOCX in out/examples/.
// The seeds contain real slips, so `check` exits 1 and the build is forced: the DOCX shows the
// engine's numbers, never the slips.
import { spawnSync } from 'node:child_process';

const run = (args) => spawnSync(process.execPath, ['bin/bcyt.js', ...args], { stdio: 'inherit' }).status;
const checked = run(['check', 'examples']);
console.log(checked === 0 ? 'bcyt check: không có lỗi' : 'bcyt check: các lỗi trên là lỗi thật của văn bản gốc (xem examples/README.md)');
const built = run(['build', 'examples', '--out-dir', 'out/examples', '--force']);
process.exit(built === 0 ? 0 : built);
