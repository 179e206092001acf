import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { check } from '../helpers.js';
import { convertToPdf, pdfText } from './libreoffice.js';

const SOURCE = 'org T "Trung tâm Y tế"\nreport R issuer T period 2024 title "BÁO CÁO\uFFFE KẾT QUẢ"\n---\nXin\u0001 chào\uFFFF bạn, có 1\u202E234 trẻ.\n';

describe('characters XML 1.0 forbids', () => {
    test('warned at their place, with a fix that deletes them', async () => {
        const checked = await check(SOURCE);
        const found = checked.diagnostics().filter(d => d.code === 'character-invalid')
            .map(d => `${d.range.start.line + 1}:${d.range.start.character + 1} ${(d.data as { chars: string }).chars}`);
        expect(found).toEqual(['2:45 U+FFFE', '4:4 U+0001', '4:10 U+FFFF', '4:21 U+202E']);
    });

    test('left out of the DOCX, which LibreOffice then opens', async () => {
        const dir = mkdtempSync(join(tmpdir(), 'bcyt-chars-'));
        writeFileSync(join(dir, 'r.bcyt'), SOURCE);
        const built = spawnSync(process.execPath, [resolve('bin/bcyt.js'), 'build', 'r.bcyt', '--force'], { cwd: dir, encoding: 'utf8' });
        expect(built.status).toBe(0);
        const docx = readFileSync(join(dir, 'r.docx'));
        expect(docx.length).toBeGreaterThan(0);
        const text = (await pdfText(await convertToPdf(join(dir, 'r.docx'), dir))).replace(/\s+/g, ' ');
        expect(text).toContain('Xin chào bạn');
        expect(text).toContain('KẾT QUẢ');
    }, 180_000);
});
