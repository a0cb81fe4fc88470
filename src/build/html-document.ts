/**
 * The one door to linkedom, and the part of its DOM the cleaner uses, typed here because the build's
 * tsconfig has no DOM library (linkedom's own types lean on it and degrade to `any` without it).
 */

import { DOMParser } from "linkedom";

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

/** A node of the parsed body. */
export interface DomNode {
  readonly nodeType: number;
  readonly parentNode: DomElement | null;
  readonly firstChild: DomNode | null;
  readonly lastChild: DomNode | null;
  readonly nextSibling: DomNode | null;
  readonly previousSibling: DomNode | null;
  readonly textContent: string | null;
  remove(): void;
  replaceWith(...nodes: DomNode[]): void;
  before(...nodes: DomNode[]): void;
}

/** A text node. */
export interface DomText extends DomNode {
  data: string;
}

/** An element. */
export interface DomElement extends DomNode {
  /** Lower-case tag name. */
  readonly localName: string;
  innerHTML: string;
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
  setAttribute(name: string, value: string): void;
  getAttributeNames(): string[];
  removeAttribute(name: string): void;
  append(...nodes: DomNode[]): void;
}

/** The parsed document, for creating nodes. */
export interface DomDocument {
  readonly body: DomElement;
  createElement(tagName: string): DomElement;
  createTextNode(data: string): DomText;
}

/**
 * Parses an HTML fragment as the body of a document.
 *
 * @example
 * parseHtmlBody("<p>hi</p>").body.innerHTML // "<p>hi</p>"
 */
export function parseHtmlBody(html: string): DomDocument {
  return new DOMParser().parseFromString(
    `<!doctype html><html><head></head><body>${html}</body></html>`,
    "text/html",
  ) as unknown as DomDocument;
}

export function isElement(node: DomNode): node is DomElement {
  return node.nodeType === ELEMENT_NODE;
}

export function isText(node: DomNode): node is DomText {
  return node.nodeType === TEXT_NODE;
}

/** The element's child nodes, copied, so the caller may move or remove them while iterating. */
export function childrenOf(element: DomElement): DomNode[] {
  const children: DomNode[] = [];
  for (let child = element.firstChild; child !== null; child = child.nextSibling) children.push(child);
  return children;
}

/** Replaces the element with its children. */
export function unwrap(element: DomElement): void {
  element.replaceWith(...childrenOf(element));
}

/** Whether the element's class attribute holds `name` as one of its tokens. */
export function hasClass(element: DomElement, name: string): boolean {
  const value = element.getAttribute("class");
  return value !== null && ` ${value.replace(/\s+/g, " ")} `.includes(` ${name} `);
}
