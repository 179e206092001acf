// extensionTestsPath entry (bundled to out/e2e/index.cjs): runs the *.e2e suites with Mocha
// inside the real extension host, in file-name order (they share one VS Code window).
import { readdirSync } from 'node:fs';
import path from 'node:path';
import Mocha from 'mocha';

export function run(): Promise<void> {
    const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 90_000 });
    for (const file of readdirSync(__dirname).filter(f => f.endsWith('.e2e.cjs')).sort()) mocha.addFile(path.join(__dirname, file));
    return new Promise((resolve, reject) => {
        mocha.run(failures => (failures ? reject(new Error(`${failures} test(s) failed`)) : resolve()));
    });
}
