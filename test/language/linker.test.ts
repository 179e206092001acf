import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { AstUtils, DefaultLinker, URI, type AstNode, type LangiumDocument } from 'langium';
import { describe, expect, test } from 'vitest';
import type { BcytServices } from '../../language-server/src/bcyt-module.js';
import { linkerVisitors } from '../../language-server/src/generated/linker-visitors.js';
import { EXAMPLES, exampleServices } from '../lsp/lsp-helpers.js';

/** Every reference of a document: where it is written, its text, and what it resolved to (or the error). */
function links(services: BcytServices, document: LangiumDocument): string[] {
    const locator = services.workspace.AstNodeLocator;
    return document.references.map(reference => {
        const at = reference.$refNode ? `${reference.$refNode.offset}:${reference.$refText}` : `?:${reference.$refText}`;
        const target = reference.ref;
        if (!target) return `${at} → error ${reference.error?.message ?? ''}`;
        const targetDocument = target.$document ?? document;
        return `${at} → ${targetDocument.uri.path.split('/').pop()}${locator.getAstNodePath(target)}`;
    }).sort();
}

const examples = readdirSync(EXAMPLES).filter(name => name.endsWith('.bcyt'));
// a line whose references cannot resolve, so that errors are compared too
const UNRESOLVED = '\n{khong_co_chi_tieu @ khong_co_don_vi, Q9/2024} [khong_co_van_ban]\n';

describe('the linker links what Langium\'s default linker links', () => {
    test.each(examples.flatMap(name => [[name, ''], [name, UNRESOLVED]]))('%s%s', async (name, extra) => {
        const services = await exampleServices();
        const path = join(EXAMPLES, name);
        const shared = services.shared;
        const document = shared.workspace.LangiumDocumentFactory.fromString(readFileSync(path, 'utf8') + extra, URI.parse(pathToFileURL(path).toString()));
        shared.workspace.LangiumDocuments.addDocument(document);
        await shared.workspace.DocumentBuilder.build([document], { validation: false });
        const ours = links(services, document);
        expect(ours.length).toBeGreaterThan(3);
        if (extra) expect(ours.filter(link => link.includes('→ error')).length).toBeGreaterThanOrEqual(3);

        const linker = services.references.Linker;
        linker.unlink(document);
        await DefaultLinker.prototype.link.call(linker, document);
        expect(ours).toEqual(links(services, document));
    });
});

describe('the generated visitors walk each node as Langium\'s generic walk does', () => {
    test.each(examples)('every node of %s', async name => {
        const services = await exampleServices();
        const path = join(EXAMPLES, name);
        const document = services.shared.workspace.LangiumDocumentFactory.fromString(readFileSync(path, 'utf8') + UNRESOLVED, URI.parse(pathToFileURL(path).toString()));
        let nodes = 0;
        for (const node of AstUtils.streamAst(document.parseResult.value)) {
            const linked: unknown[] = [];
            const pending: AstNode[] = [];
            const visitor = linkerVisitors[node.$type];
            expect(visitor, node.$type).toBeDefined();
            visitor(node, (container, property, reference, index) => linked.push([container, property, reference, index]), pending);
            // the same references and children; the order is the reflection's (properties by name), as before
            expect(new Set(linked)).toEqual(new Set(AstUtils.streamReferences(node).map(r => [node, r.property, r.reference, r.index])));
            expect(linked.length).toBe(AstUtils.streamReferences(node).count());
            expect(new Set(pending)).toEqual(new Set(AstUtils.streamContents(node)));
            expect(pending.length).toBe(AstUtils.streamContents(node).count());
            nodes++;
        }
        expect(nodes).toBeGreaterThan(30);
    });
});
