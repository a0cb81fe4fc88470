/**
 * The one door to linkedom, and the part of its DOM the cleaner reads (it changes nothing), typed
 * here because the build's tsconfig has no DOM library (linkedom's own types lean on it and degrade
 * to `any` without it).
 */

import { DOMParser } from "linkedom";

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

/** A node of the parsed body. */
export interface DomNode {
  readonly nodeType: number;
  readonly firstChild: DomNode | null;
  readonly nextSibling: DomNode | null;
  readonly textContent: string | null;
}

/** A text node. */
export interface DomText extends DomNode {
  readonly data: string;
}

/** An element. */
export interface DomElement extends DomNode {
  /** Lower-case tag name. */
  readonly localName: string;
  readonly innerHTML: string;
  getAttribute(name: string): string | null;
  getAttributeNode(name: string): { readonly value: string } | null;
  hasAttribute(name: string): boolean;
  getAttributeNames(): string[];
}

/** The parsed document. */
export interface DomDocument {
  readonly body: DomElement;
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

/**
 * The class attribute's tokens. Read through the attribute node: linkedom's `getAttribute("class")`
 * builds a DOMTokenList for every element it is asked about.
 */
export function classesOf(element: DomElement): string[] {
  const value = element.getAttributeNode("class")?.value;
  return value === undefined || value === "" ? [] : value.split(/\s+/);
}
