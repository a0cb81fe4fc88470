/** Reads rendered pages in tests with workerd's own HTML parser (`HTMLRewriter`). */

/** One matched element: its attributes and its text (descendants' too, whitespace collapsed), decoded. */
export interface Selected {
  attrs: Record<string, string>;
  text: string;
}

// Void elements (`<img>`, `<link>`) have no end tag, and so no text.
const VOID = new Set([
  "area",
  "base",
  "br",
  "col",
  "embed",
  "hr",
  "img",
  "input",
  "link",
  "meta",
  "source",
  "wbr",
]);

/**
 * The elements matching a CSS selector, in document order.
 *
 * @example
 * await select(page, 'link[rel="alternate"]') // [{ attrs: { rel: "alternate", type: …, href: … }, text: "" }, …]
 */
export async function select(html: string, selector: string): Promise<Selected[]> {
  const found: Selected[] = [];
  const open: Selected[] = [];
  await new HTMLRewriter()
    .on(selector, {
      element(element) {
        const item = { attrs: Object.fromEntries(element.attributes), text: "" };
        found.push(item);
        if (VOID.has(element.tagName)) return;
        open.push(item);
        element.onEndTag(() => {
          open.pop();
        });
      },
      text(chunk) {
        for (const item of open) item.text += chunk.text;
      },
    })
    .transform(new Response(html))
    .text();
  // HTMLRewriter hands over source text, entities and all; tests compare with what a reader sees.
  return found.map(({ attrs, text }) => ({
    attrs: Object.fromEntries(Object.entries(attrs).map(([name, value]) => [name, decode(value)])),
    text: decode(text).replace(/\s+/g, " ").trim(),
  }));
}

/** The texts of the matching elements. */
export async function selectTexts(html: string, selector: string): Promise<string[]> {
  return (await select(html, selector)).map((element) => element.text);
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
    if (name.startsWith("#x") || name.startsWith("#X"))
      return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
    if (name.startsWith("#")) return String.fromCodePoint(Number(name.slice(1)));
    return ENTITIES[name] ?? entity;
  });
}
