import { beforeAll, describe, expect, test } from 'vitest';
import { expectFormatting, parseDocument } from 'langium/test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { BcytServices } from '../../language-server/src/bcyt-module.js';
import { example, exampleServices, lspServices } from './lsp-helpers.js';

let services: BcytServices;
beforeAll(async () => {
    services = await lspServices();
});

const MESSY = `import "a"   
  // danh mục
org   TTYT "TTYT A" code TTYT
indicator x "X" unit người=y+z
     direction up
indicator y "Y" unit người   // số người
indicator z "Z" unit người
indicator r "R" unit % = round( x / y , 1 )


data TTYT Q1/2024 {   x=3
y = 4 người

      z=5 }
target TTYT 2024
{
 x >= 10 người detail TTYT,
   TTYT
}
outline O "o" { section "I." "A" { section "1." "B" }
section "II." "C" }
legal "06/QĐ-TTg"   type "Quyết định"
  alias "Đề án 06"  period 2022 -  2025
report R number "/BC-TTYT"  issuer TTYT
 cc "a;"
   "b."
      period Q1/2024
---
   Văn bản   giữ nguyên   {x   =  3}  [1300/QĐ-BYT]  
# tiêu đề  
`;

const CANONICAL = `import "a"
// danh mục
org TTYT "TTYT A" code TTYT
indicator x "X" unit người = y + z
    direction up
indicator y "Y" unit người   // số người
indicator z "Z" unit người
indicator r "R" unit % = round(x / y, 1)

data TTYT Q1/2024 {
  x = 3
  y = 4 người

  z = 5
}
target TTYT 2024 {
  x >= 10 người detail TTYT,
      TTYT
}
outline O "o" {
  section "I." "A" {
    section "1." "B"
  }
  section "II." "C"
}
legal "06/QĐ-TTg" type "Quyết định"
    alias "Đề án 06" period 2022-2025
report R
  number "/BC-TTYT"
  issuer TTYT
  cc "a;"
     "b."
  period Q1/2024
---
   Văn bản   giữ nguyên   {x   =  3}  [1300/QĐ-BYT]  
# tiêu đề  
`;

async function format(on: BcytServices, text: string, uri?: string): Promise<string> {
    const document = await parseDocument(on, text, uri ? { documentUri: uri } : undefined);
    const edits = await on.lsp.Formatter!.formatDocument(document, { textDocument: { uri: document.uri.toString() }, options: { tabSize: 4, insertSpaces: true } });
    return TextDocument.applyEdits(TextDocument.create(document.uri.toString(), 'bcyt', 0, text), edits);
}

const bodyOf = (text: string) => text.slice(text.search(/^---/m));

describe('formatting', () => {
    test('a canonical layout for declarations and the header', async () => {
        await expectFormatting(services)({ before: MESSY, after: CANONICAL, disposeAfterCheck: true });
    });

    test('idempotent', async () => {
        await expectFormatting(services)({ before: CANONICAL, after: CANONICAL, disposeAfterCheck: true });
        expect(await format(services, await format(services, MESSY))).toBe(CANONICAL);
    });

    test('never changes the prose after --- (byte-identical body, CRLF kept)', async () => {
        const crlf = MESSY.replace(/\n/g, '\r\n');
        const formatted = await format(services, crlf);
        expect(bodyOf(formatted)).toBe(bodyOf(crlf));
        expect(formatted).toBe(CANONICAL.replace(/\n/g, '\r\n'));
    });

    test('the examples are already canonical, and get back to it when their indentation is lost', async () => {
        const withCatalogs = await exampleServices();
        for (const name of ['000', '001', '002', '003', '004']) {
            const { text, uri } = example(name);
            expect(await format(withCatalogs, text, uri), name).toBe(text);
            const cut = text.search(/^---/m);
            const flattened = text.slice(0, cut).split('\n').map(line => line.trimStart().replace(/^(\w+) = (\d)/, '$1=$2')).join('\n') + text.slice(cut);
            expect(flattened).not.toBe(text);
            const formatted = await format(withCatalogs, flattened, uri.replace('.bcyt', '-flat.bcyt'));
            expect(formatted, name).toBe(text);
            expect(bodyOf(formatted)).toBe(bodyOf(text));
        }
    });

    test('declarations that do not parse are left as they are', async () => {
        const broken = 'indicator x "X" unit\n  data  TTYT {\n---\nVăn bản.\n';
        expect(await format(services, broken)).toBe(broken);
    });

    test('range formatting changes only the lines asked for', async () => {
        await expectFormatting(services)({
            before: 'unit   a\nunit   b\nunit   c\n',
            after: 'unit   a\nunit b\nunit   c\n',
            range: { start: { line: 1, character: 0 }, end: { line: 1, character: 8 } },
            disposeAfterCheck: true,
        });
    });

    test('a name after a number stays on its line (it is the unit); comments keep their place', async () => {
        const text = 'data TTYT 2024 {\n  x = 13 xã // mười ba xã\n  // tiếp theo\n  y = 2\n}\n';
        expect(await format(services, text)).toBe(text);
    });
});
