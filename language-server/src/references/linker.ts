import { Cancellation, DefaultLinker, interruptAndCheck, type AstNode, type LangiumDocument, type Reference } from 'langium';

/** Links the references a node holds and pushes its children on `pending`, last first. */
type NodeVisitor = (node: AstNode, link: LinkReference, pending: AstNode[]) => void;
type LinkReference = (container: AstNode, property: string, reference: Reference, index?: number) => void;

/**
 * Langium's linker, with its walk over the tree made cheap. The default one visits every AST
 * node through generator streams (`streamAst`, `streamReferences`) and awaits a cancellation
 * check per node, which costs more than resolving the references themselves. This walk checks
 * for cancellation every 512 nodes and reads each node through a function made for its type
 * from the grammar's metadata: a generic walk (`Object.keys`, `node[key]`) reads properties of
 * dozens of node shapes at one place in the code, which V8 cannot make fast (≈ half of linking a
 * 50,000-line report). Nodes are visited in pre-order; a node's references are linked before
 * its children are visited.
 */
export class BcytLinker extends DefaultLinker {
    private readonly visitors = new Map<string, NodeVisitor>();

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
            this.visitorOf(node.$type)(node, link, pending);
        }
    }

    private visitorOf(type: string): NodeVisitor {
        let visitor = this.visitors.get(type);
        if (!visitor) {
            visitor = compileVisitor(this.reflection.getTypeMetaData(type).properties);
            this.visitors.set(type, visitor);
        }
        return visitor;
    }
}

/**
 * A visitor for one node type. Its property names come from the generated grammar metadata
 * (identifiers), and are quoted with JSON.stringify all the same. A property with a
 * `referenceType` holds references; any other object-valued property holds child nodes (a
 * grammar assigns nothing else that is an object).
 */
function compileVisitor(properties: Record<string, { referenceType?: string }>): NodeVisitor {
    const names = Object.keys(properties);
    const lines: string[] = [];
    for (const name of names.filter(n => properties[n].referenceType)) {
        const key = JSON.stringify(name);
        lines.push(`{ const v = node[${key}];`,
            `  if (Array.isArray(v)) { for (let i = 0; i < v.length; i++) if (v[i]) link(node, ${key}, v[i], i); }`,
            `  else if (v) link(node, ${key}, v); }`);
    }
    for (const name of names.filter(n => !properties[n].referenceType).reverse()) {
        lines.push(`{ const v = node[${JSON.stringify(name)}];`,
            '  if (typeof v === "object" && v !== null) {',
            '    if (Array.isArray(v)) { for (let i = v.length - 1; i >= 0; i--) { const c = v[i]; if (typeof c === "object" && c !== null) pending.push(c); } }',
            '    else pending.push(v); } }');
    }
    return new Function('node', 'link', 'pending', lines.join('\n')) as NodeVisitor;
}
