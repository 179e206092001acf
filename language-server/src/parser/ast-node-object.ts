import { DatatypeSymbol, type AstNode, type GrammarAST, type LangiumParser } from 'langium';

type Action = GrammarAST.Action;

/**
 * How every AST node is made, by Langium's parser and by the hand-written ones alike. A node is
 * a plain object (its prototype is Object.prototype, as a literal's), but made by a constructor:
 * V8 then sizes the object for the fields its nodes get (slack tracking). A `{ $type }` literal,
 * the way Langium makes nodes, holds one field in the object and every other one in a second
 * array that is copied into a larger one as properties are added: an extra object per node, and
 * an extra memory load for every property read by the checks. Both parsers must make nodes the
 * same way, so that nodes of one type share one shape (one hidden class) wherever they come from.
 */
const AstNodeObject = function (this: { $type: unknown }, type: unknown) {
    this.$type = type;
} as unknown as new (type: string | symbol) => { $type: string | symbol } & Record<string, unknown>;
AstNodeObject.prototype = Object.prototype;

// V8 fixes how many fields a constructor's objects hold in themselves from the first seven it
// makes (slack tracking), which would be the few small nodes of the first parse: seven objects
// with as many fields as a body node has ($type, three or four properties, $cstNode, $container,
// $containerProperty, $containerIndex) come first.
const FIELDS_IN_OBJECT = 9;
for (let made = 0; made < 7; made++) {
    const sizing = new AstNodeObject('') as Record<string, unknown>;
    for (let field = 1; field < FIELDS_IN_OBJECT; field++) sizing[`field${field}`] = undefined;
}

export function newAstNode(type: string | symbol): { $type: string | symbol } & Record<string, unknown> {
    return new AstNodeObject(type);
}

/** What `startImplementation` and `action` use of Langium's parser (private there). */
interface ParserInternals {
    stack: unknown[];
    current: { $type: string } & Record<string, unknown>;
    nodeBuilder: {
        removeNode(node: unknown): void;
        buildCompositeNode(action: Action): unknown;
        appendChild(parent: unknown, child: unknown): void;
    };
    isRecording(): boolean;
    construct(): AstNode & { $cstNode: unknown };
    assign(operator: string, feature: string, value: unknown, cstNode: unknown): void;
    startImplementation($type: string | symbol | undefined, infixName: string | undefined, implementation: (args: unknown) => unknown): (args: unknown) => unknown;
    action($type: string, action: Action): void;
}

/**
 * Makes Langium's parser create its nodes with {@link newAstNode}: its `startImplementation`
 * and `action` (langium 4.4, src/parser/langium-parser.ts), with `{ $type }` replaced. Must be
 * applied before the grammar's rules are built (createParser), which capture startImplementation.
 */
export function makeNodesWithConstructor(parser: LangiumParser): void {
    const p = parser as unknown as ParserInternals;
    p.startImplementation = function (this: ParserInternals, $type, infixName, implementation) {
        return (args: unknown) => {
            // only a rule that is not a fragment creates a node
            const createNode = !this.isRecording() && $type !== undefined;
            if (createNode) {
                const node = newAstNode($type);
                this.stack.push(node);
                if ($type === DatatypeSymbol) node.value = '';
                else if (infixName !== undefined) node.$infixName = infixName;
            }
            implementation(args);
            return createNode ? this.construct() : undefined;
        };
    };
    p.action = function (this: ParserInternals, $type, action) {
        if (this.isRecording()) return;
        const last = this.current;
        if (action.feature && action.operator) {
            const constructed = this.construct();
            this.nodeBuilder.removeNode(constructed.$cstNode);
            const node = this.nodeBuilder.buildCompositeNode(action);
            this.nodeBuilder.appendChild(node, constructed.$cstNode);
            this.stack.push(newAstNode($type));
            this.assign(action.operator, action.feature, constructed, constructed.$cstNode);
        } else {
            last.$type = $type;
        }
    };
}
