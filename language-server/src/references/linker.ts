import {
    Cancellation, DefaultLinker, interruptAndCheck, isAstNode, isReference, type AstNode, type LangiumDocument, type Reference,
} from 'langium';

/**
 * Langium's linker, with its walk over the tree made cheap: the default one visits every AST node
 * through generator streams (`streamAst`, `streamReferences`) and awaits a cancellation check per
 * node, which costs more than resolving the references themselves (≈ 2/3 of linking a 5,000-line
 * report on every keystroke). This walk visits the same nodes in the same order (pre-order,
 * properties in declaration order) and checks for cancellation every 512 nodes.
 */
export class BcytLinker extends DefaultLinker {

    override async link(document: LangiumDocument, cancelToken = Cancellation.CancellationToken.None): Promise<void> {
        if (this.profiler?.isActive('linking')) {
            return super.link(document, cancelToken);
        }
        const pending: AstNode[] = [document.parseResult.value];
        let visited = 0;
        while (pending.length > 0) {
            const node = pending.pop()!;
            if ((++visited & 511) === 0) await interruptAndCheck(cancelToken);
            const children: AstNode[] = [];
            for (const property of Object.keys(node)) {
                if (property.charCodeAt(0) === 36 /* $ */) continue;
                const value = (node as unknown as Record<string, unknown>)[property];
                if (Array.isArray(value)) {
                    for (let index = 0; index < value.length; index++) {
                        const item = value[index];
                        if (isReference(item)) this.doLink({ reference: item as Reference, container: node, property, index }, document);
                        else if (isAstNode(item)) children.push(item);
                    }
                } else if (isReference(value)) {
                    this.doLink({ reference: value, container: node, property }, document);
                } else if (isAstNode(value)) {
                    children.push(value);
                }
            }
            for (let i = children.length - 1; i >= 0; i--) pending.push(children[i]);
        }
    }
}
