// `bcyt data import` of 10 000 values: 100 indicators × 10 communes × 10 months as a long CSV,
// into a .bcyt that already holds half of them (with other numbers: updated) — the other half
// is added. Each run starts from the same file. Used by run.mjs (step "data").
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const INDICATORS = 100, ORGS = 10, MONTHS = 10;

export function makeDataWorkspace(dir) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const id = n => String(n).padStart(3, '0');
    const lines = ['// bench: 100 chỉ số, 10 trạm y tế xã, 10 tháng', 'org TTYT_Bench "Trung tâm Y tế huyện Bench"'];
    for (let o = 1; o <= ORGS; o++) lines.push(`org TYT_${id(o)} "Trạm Y tế xã ${id(o)}" parent TTYT_Bench`);
    for (let i = 1; i <= INDICATORS; i++) lines.push(`indicator chi_so_${id(i)} "Số người được phục vụ ${id(i)}" unit người`);
    const csv = ['Chỉ số,Đơn vị,Kỳ,Giá trị,ĐVT'];
    for (let o = 1; o <= ORGS; o++) {
        for (let m = 1; m <= MONTHS; m++) {
            // the first half of the months are in the file already
            if (m <= MONTHS / 2) {
                lines.push('', `data TYT_${id(o)} T${m}/2024 {`);
                for (let i = 1; i <= INDICATORS; i++) lines.push(`  chi_so_${id(i)} = ${i * 7 + o}`);
                lines.push('}');
            }
            for (let i = 1; i <= INDICATORS; i++) csv.push(`Số người được phục vụ ${id(i)},Trạm Y tế xã ${id(o)},2024${String(m).padStart(2, '0')},${i * 10 + o * 3 + m},người`);
        }
    }
    const bcyt = join(dir, 'so-lieu.bcyt');
    writeFileSync(bcyt, `${lines.join('\n')}\n`);
    writeFileSync(join(dir, 'so-lieu.csv'), `${csv.join('\n')}\n`);
    return { bcyt, csv: join(dir, 'so-lieu.csv'), values: csv.length - 1, original: readFileSync(bcyt, 'utf8') };
}

export function measureDataImport(node, cli, dir, runs) {
    const ws = makeDataWorkspace(dir);
    const times = [];
    let summary = '';
    for (let i = 0; i < runs; i++) {
        writeFileSync(ws.bcyt, ws.original);
        const start = performance.now();
        const r = spawnSync(node, [cli, 'data', 'import', ws.csv, '--into', ws.bcyt], { encoding: 'utf8', maxBuffer: 64 << 20 });
        times.push(performance.now() - start);
        if (r.status !== 0) throw new Error(`bcyt data import failed (${r.status}): ${r.stderr.slice(0, 2000)}`);
        summary = r.stdout.trim().split('\n').at(-1);
    }
    return { times, summary, values: ws.values };
}
