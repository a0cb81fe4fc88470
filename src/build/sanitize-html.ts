/**
 * The allow-list every published body passes last. The cleaner has already removed boilerplate; this
 * is the safety boundary, written so that it holds on its own for any input: what is not listed here
 * does not reach a feed or a page.
 */

import sanitize from "sanitize-html";

/** Tags kept, with their content. Everything else loses its tag and keeps its text. */
const ALLOWED_TAGS = [
  ...["p", "br", "hr", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "code"],
  ...["ul", "ol", "li", "dl", "dt", "dd", "figure", "figcaption"],
  ...["em", "strong", "b", "i", "u", "s", "sub", "sup", "mark", "small", "a", "img"],
  ...["table", "caption", "thead", "tbody", "tfoot", "tr", "th", "td"],
];

/** Tags dropped together with their content: code, styles, foreign markup, fallback text. */
const DROPPED_WITH_CONTENT = [
  ...["script", "style", "noscript", "template", "textarea", "option", "select", "button", "title"],
  ...["svg", "math", "iframe", "frame", "frameset", "object", "embed", "applet", "noembed", "noframes"],
  ...["xmp", "plaintext", "head", "video", "audio", "canvas"],
];

/** Only the image proxy's own path: `/img/` + 16 hex digits + an optional known extension. */
const PROXIED_IMAGE = /^\/img\/[0-9a-f]{16}(?:\.[a-z]{3,4})?$/;
const SAFE_HREF = /^(?:https?:\/\/|mailto:)/i;

// A tag renamed to one outside ALLOWED_TAGS is dropped by sanitize-html, its content kept.
const DROP = "dropped-by-allow-list";

/** Attributes kept, by tag; URLs and values are checked further by the transforms below. */
const ALLOWED_ATTRIBUTES: Record<string, string[]> = {
  a: ["href", "rel"],
  img: ["src", "alt", "width", "height", "loading", "decoding"],
  th: ["colspan", "rowspan"],
  td: ["colspan", "rowspan"],
};

/** Old or rarer spellings of allowed tags. */
const RENAMED_TAGS: Record<string, string> = {
  // Pages and feeds give the article's title the one <h1>.
  h1: "h2",
  strike: "s",
  del: "s",
  ins: "u",
  kbd: "code",
  samp: "code",
  tt: "code",
};

/** Tags that reach the output (some renamed): a writer may drop every other tag beforehand. */
export const PUBLISHED_TAGS: ReadonlySet<string> = new Set([...ALLOWED_TAGS, ...Object.keys(RENAMED_TAGS)]);
/** Attributes that may reach the output, by tag. */
export const PUBLISHED_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = ALLOWED_ATTRIBUTES;

const OPTIONS: sanitize.IOptions = {
  allowedTags: ALLOWED_TAGS,
  nonTextTags: DROPPED_WITH_CONTENT,
  disallowedTagsMode: "discard",
  allowedAttributes: ALLOWED_ATTRIBUTES,
  allowedSchemes: ["http", "https", "mailto"],
  allowedSchemesByTag: { img: [] },
  allowedSchemesAppliedToAttributes: ["href", "src"],
  allowProtocolRelative: false,
  allowVulnerableTags: false,
  parseStyleAttributes: false,
  transformTags: {
    ...RENAMED_TAGS,
    a: (_tag, attribs) => {
      const href = attribs.href?.trim() ?? "";
      if (!SAFE_HREF.test(href)) return { tagName: DROP, attribs: {} as sanitize.Attributes };
      // Links lead to third-party sites the publisher does not vouch for.
      return { tagName: "a", attribs: { href, rel: "noopener noreferrer nofollow" } };
    },
    img: (_tag, attribs) => {
      if (!PROXIED_IMAGE.test(attribs.src ?? ""))
        return { tagName: DROP, attribs: {} as sanitize.Attributes };
      const kept: Record<string, string> = { src: attribs.src ?? "", alt: attribs.alt ?? "" };
      for (const name of ["width", "height"]) {
        const value = attribs[name];
        if (value !== undefined && /^\d{1,5}$/.test(value)) kept[name] = value;
      }
      // Articles can hold dozens of images: a page loads them as the reader scrolls to them.
      kept.loading = "lazy";
      kept.decoding = "async";
      return { tagName: "img", attribs: kept };
    },
  },
};

/**
 * Sanitizes HTML with the article allow-list: text structure, http(s)/mailto links with
 * `rel="noopener noreferrer nofollow"`, images only from `/img/<key>`; no scripts, event handlers,
 * styles, forms, frames, SVG or MathML. The result never contains `]]>`, so it fits in CDATA.
 *
 * @example
 * sanitizeHtml('<p onclick="x()">hi<script>alert(1)</script></p>') // "<p>hi</p>"
 */
export function sanitizeHtml(html: string): string {
  return sanitize(html, OPTIONS).replaceAll("]]>", "]]&gt;");
}
