/**
 * XML parts of a DOCX as small trees, read by saxes (a strict, non-validating parser that knows
 * only XML's five predefined entities). A document type declaration is refused outright: Word
 * never writes one, and refusing it means no entity of any kind, external or internal, is
 * ever expanded.
 */
import { SaxesParser } from 'saxes';

export interface XmlElement {
    readonly name: string;
    readonly attributes: Readonly<Record<string, string>>;
    readonly children: Array<XmlElement | string>;
}

export class XmlError extends Error {}

export function parseXml(text: string): XmlElement {
    const parser = new SaxesParser({ xmlns: false });
    const root: XmlElement = { name: '#root', attributes: {}, children: [] };
    const stack: XmlElement[] = [root];
    let failure: Error | undefined;
    parser.on('error', error => { failure ??= error; });
    parser.on('doctype', () => { failure ??= new XmlError('DOCTYPE'); });
    parser.on('opentag', tag => {
        const element: XmlElement = { name: tag.name, attributes: tag.attributes as Record<string, string>, children: [] };
        stack[stack.length - 1].children.push(element);
        if (!tag.isSelfClosing) stack.push(element);
    });
    parser.on('closetag', tag => { if (!tag.isSelfClosing) stack.pop(); });
    parser.on('text', text => { stack[stack.length - 1].children.push(text); });
    parser.on('cdata', text => { stack[stack.length - 1].children.push(text); });
    try {
        parser.write(text).close();
    } catch (error) {
        failure ??= error as Error;
    }
    if (failure) throw new XmlError(failure.message);
    const element = root.children.find((c): c is XmlElement => typeof c !== 'string');
    if (!element) throw new XmlError('empty');
    return element;
}

export function elements(node: XmlElement, name?: string): XmlElement[] {
    return node.children.filter((c): c is XmlElement => typeof c !== 'string' && (name === undefined || c.name === name));
}

export function child(node: XmlElement | undefined, name: string): XmlElement | undefined {
    return node?.children.find((c): c is XmlElement => typeof c !== 'string' && c.name === name);
}

/** The `w:val` (or other) attribute of a child element. */
export function valueOf(node: XmlElement | undefined, name: string, attribute = 'w:val'): string | undefined {
    return child(node, name)?.attributes[attribute];
}
