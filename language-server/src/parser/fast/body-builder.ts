import {
    CompositeCstNodeImpl, LeafCstNodeImpl, ValueConverter, type AstNode, type CstNode, type GrammarAST, type LangiumCoreServices,
    type Linker, type Reference,
} from 'langium';
import type { TokenType } from 'chevrotain';
import { newAstNode } from '../ast-node-object.js';
import { bodyGrammar, type BodyGrammar } from './body-grammar.js';

/** an AST node under construction: Langium's parser also builds them as plain objects */
export type Node = { -readonly [K in keyof AstNode]: AstNode[K] } & Record<string, unknown>;

/** What a rule call leaves in its caller: the node, and the CST node in the call's place (the call's own composite, or an action's that took it in). */
export type Parsed = { node: Node; top: CompositeCstNodeImpl };

/** What the body parser shares between lines: the grammar, the linker, the default properties by type. */
export class BodyContext {
    readonly g: BodyGrammar;
    private readonly linker: Linker;
    private readonly reflection: LangiumCoreServices['shared']['AstReflection'];
    private readonly defaults = new Map<string, Array<[string, unknown]>>();

    constructor(services: LangiumCoreServices) {
        this.g = bodyGrammar(services.Grammar, services.parser.Lexer.definition);
        this.linker = services.references.Linker;
        this.reflection = services.shared.AstReflection;
    }

    reference(node: AstNode, property: string, refNode: CstNode, refText: string): Reference {
        return this.linker.buildReference(node, property, refNode, refText);
    }

    /** Langium's defaults for absent array and boolean properties (assignMandatoryProperties, by type once) */
    mandatory(node: Node): void {
        let defaults = this.defaults.get(node.$type);
        if (!defaults) {
            defaults = Object.values(this.reflection.getTypeMetaData(node.$type).properties)
                .filter(property => property.defaultValue !== undefined)
                .map(property => [property.name, property.defaultValue]);
            this.defaults.set(node.$type, defaults);
        }
        for (const [name, value] of defaults) {
            if (node[name] === undefined) node[name] = Array.isArray(value) ? [] : value;
        }
    }
}

/**
 * A new AST node. Made as Langium's parser makes them (newAstNode, both), so that all nodes grow
 * from one shape: V8 reads properties of nodes of one shape faster than of nodes made from a literal per type.
 */
export function newNode(type: string): Node {
    return newAstNode(type) as Node;
}

export function withProperty(node: Node, name: string, value: unknown): Node {
    node[name] = value;
    return node;
}

/** Thrown when a line is not one the body parser reads with certainty; caught per line. */
export const DECLINE = Symbol('decline');

export function decline(): never {
    throw DECLINE;
}

/** A token found by a hand-written parser: its type, where it starts, its text. */
export interface Span {
    type: TokenType;
    start: number;
    image: string;
}

/** Builds the nodes of one line (its number and start give the CST positions). */
export abstract class LineBuilder {
    protected readonly g: BodyGrammar;
    protected text = '';
    protected lineStart = 0;
    protected line = 0;

    constructor(protected readonly context: BodyContext) {
        this.g = context.g;
    }

    protected leaf(offset: number, length: number, type: TokenType, feature: GrammarAST.AbstractElement): LeafCstNodeImpl {
        const column = offset - this.lineStart;
        const leaf = new LeafCstNodeImpl(offset, length, this.line, column, this.line, column + length, type);
        leaf.grammarSource = feature;
        return leaf;
    }

    /** A rule's end (Langium's construct): the node gets its CST node and its default properties. */
    protected finish(node: Node, cst: CompositeCstNodeImpl): Parsed {
        node.$cstNode = cst;
        this.context.mandatory(node);
        return { node, top: cst };
    }

    /** An assigned rule call: the node gets its container, its CST node its AST node. */
    protected assign(node: Node, property: string, value: Parsed): void {
        node[property] = value.node;
        value.top.astNode = value.node;
        contain(value.node, node, property);
    }

    /** `PeriodLiteral: value=(PERIOD | NUMBER | UNTIL)` called by `call`; undefined for a token of another type. */
    protected periodLiteral(call: GrammarAST.AbstractElement, token: Span): Parsed | undefined {
        const t = this.g.tokens;
        const p = this.g.periodLiteral;
        const feature = token.type === t.PERIOD ? p.PERIOD : token.type === t.NUMBER ? p.NUMBER : token.type === t.UNTIL ? p.UNTIL : undefined;
        if (!feature) return undefined;
        const node = withProperty(newNode('PeriodLiteral'), 'value', token.image);
        return this.finish(node, composite(call, [this.leaf(token.start, token.image.length, token.type, feature)]));
    }

    /** The `UnitAfterNumber` alternative a token after a number is (UNIT_WORD, STRING, `%`, `‰`, PER_MILLE_SIGN, UNIT_PHRASE), if any. */
    protected unitFeature(token: Span): GrammarAST.AbstractElement | undefined {
        const t = this.g.tokens;
        const u = this.g.unitAfterNumber;
        return token.type === t.UNIT_WORD ? u.UNIT_WORD
            : token.type === t.STRING ? u.STRING
                : token.type === t.PER_MILLE_SIGN ? u.PER_MILLE_SIGN
                    : token.type === t.UNIT_PHRASE ? u.UNIT_PHRASE
                        : token.type.PATTERN === token.image ? u.keywords.get(token.image) : undefined;
    }

    /** `value=NUMBER (unit=[Unit:UnitAfterNumber])?` (NumberLiteral, Quantity) called by `call`; `unit` a token unitFeature knows. */
    protected valueWithUnit(type: string, call: GrammarAST.AbstractElement,
        features: { value: GrammarAST.AbstractElement; unit: GrammarAST.AbstractElement; number?: GrammarAST.AbstractElement }, value: Span, unit: Span | undefined): Parsed {
        const node = withProperty(newNode(type), 'value', value.image);
        // `value=NUMBER`, or `value=SignedNumber` (a data type rule: its call around the number)
        const number = this.leaf(value.start, value.image.length, this.g.tokens.NUMBER, features.number ?? features.value);
        const content: CstNode[] = [features.number ? composite(features.value, [number]) : number];
        const unitFeature = unit && this.unitFeature(unit);
        if (unit && unitFeature) {
            const unitCst = composite(features.unit, [this.leaf(unit.start, unit.image.length, unit.type, unitFeature)]);
            const name = unit.type === this.g.tokens.STRING ? ValueConverter.convertString(unit.image) : unit.image;
            node.unit = this.context.reference(node, 'unit', unitCst, name);
            content.push(unitCst);
        }
        return this.finish(node, composite(call, content));
    }
}

/**
 * A composite CST node of `content`. Arrays grown by push keep spare room (17 slots for one
 * child); as Langium's builder does, the content is copied to an exact-size array: a third less
 * memory for the body's CST, and as much less garbage collection.
 */
export function composite(feature: GrammarAST.AbstractElement, content: CstNode[]): CompositeCstNodeImpl {
    const node = new CompositeCstNodeImpl();
    node.grammarSource = feature;
    node.content = content.length > 1 ? content.slice() : content;
    for (const child of content) (child as { container: unknown }).container = node;
    return node;
}

export function contain(child: Node, container: AstNode, property: string, index?: number): void {
    child.$container = container;
    child.$containerProperty = property;
    if (index !== undefined) child.$containerIndex = index;
}
