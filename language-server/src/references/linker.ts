import { AstUtils, Cancellation, DefaultLinker, interruptAndCheck, type AstNode, type LangiumDocument } from 'langium';
import { linkerVisitors, type LinkReference, type NodeVisitor } from '../generated/linker-visitors.js';

/**
 * Langium's linker, with its walk over the tree made cheap. The default one visits every AST
 * node through generator streams (`streamAst`, `streamReferences`) and awaits a cancellation
 * check per node, which costs more than resolving the references themselves. This walk checks
 * for cancellation every 512 nodes and reads each node through a function written for its type
 * (generated/linker-visitors.ts, generated at build time from the grammar's AST types): a
 * generic walk (`Object.keys`, `node[key]`) reads properties of dozens of node shapes at one
 * place in the code, which V8 cannot make fast (≈ half of linking a 50,000-line report). Nodes
 * are visited in pre-order; a node's references are linked before its children are visited.
 */
export class BcytLinker extends DefaultLinker {
    override async link(document: LangiumDocument, cancelToken = Cancellation.CancellationToken.None): Promise<void> {
        if (this.profiler?.isActive('linking')) {
            return super.link(document, cancelToken);
        }
        const link: LinkReference = (container, property, reference, index) => this.doLink({ reference, container, property, index }, document);
        const pending: AstNode[] = [document.parseResult.value];
        let visited = 0;
        while (pending.length > 0) {
            const node = pending.pop()!;
            if ((++visited & 511) === 0) await interruptAndCheck(cancelToken);
            (linkerVisitors[node.$type] ?? anyNode)(node, link, pending);
        }
    }
}

/** A node of a type the generated visitors do not know (none when the build is current): Langium's generic walk. */
const anyNode: NodeVisitor = (node, link, pending) => {
    for (const { reference, property, index } of AstUtils.streamReferences(node)) link(node, property, reference, index);
    pending.push(...AstUtils.streamContents(node).toArray().reverse());
};
