/** Test helper: checks published HTML against the article allow-list by parsing it again. */

import { expect } from "vitest";
import { type DomElement, isElement, parseHtmlBody } from "../../src/build/html-document.ts";

const ALLOWED_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
  a: ["href", "rel"],
  img: ["src", "alt", "width", "height", "loading", "decoding"],
  th: ["colspan", "rowspan"],
  td: ["colspan", "rowspan"],
};
const ALLOWED_TAGS = new Set([
  ...["p", "br", "hr", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "code", "ul", "ol", "li"],
  ...["dl", "dt", "dd", "figure", "figcaption", "em", "strong", "b", "i", "u", "s", "sub", "sup"],
  ...["mark", "small", "a", "img", "table", "caption", "thead", "tbody", "tfoot", "tr", "th", "td"],
]);

/** Markup that must never be published. Text `<` is escaped, so only tags are searched. */
const UNSAFE_MARKUP =
  /<script|<svg|<math|<iframe|<style|<object|<embed|\son\w+=|javascript:|vbscript:|data:|srcdoc|style=/i;

/**
 * Fails unless every element and attribute of `html` is allowed, every URL is a safe one, no tag
 * carries active content, and `]]>` appears nowhere.
 */
export function expectSafeHtml(html: string): void {
  expect(html).not.toContain("]]>");
  for (const tag of html.match(/<[^>]*>/g) ?? []) expect(tag).not.toMatch(UNSAFE_MARKUP);
  const walk = (parent: DomElement) => {
    for (let node = parent.firstChild; node !== null; node = node.nextSibling) {
      if (!isElement(node)) continue;
      const tag = node.localName;
      expect(ALLOWED_TAGS, `<${tag}> in ${html}`).toContain(tag);
      for (const name of node.getAttributeNames()) {
        expect(ALLOWED_ATTRIBUTES[tag] ?? [], `${tag}[${name}] in ${html}`).toContain(name);
      }
      if (tag === "a") expect(node.getAttribute("href")).toMatch(/^(?:https?:\/\/|mailto:)/);
      if (tag === "img") {
        expect(node.getAttribute("src")).toMatch(/^\/img\/[0-9a-f]{16}(?:\.[a-z]{3,4})?$/);
        expect(node.getAttribute("loading")).toBe("lazy");
        expect(node.getAttribute("decoding")).toBe("async");
      }
      walk(node);
    }
  };
  walk(parseHtmlBody(html).body);
}
