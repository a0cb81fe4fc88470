/**
 * Links and embedded players of a body. Posts carry no source URL, so a relative link cannot be
 * resolved: it loses its link and keeps its text.
 */

import { isProxyableUrl } from "../net/public-host.ts";
import type { DomElement } from "./html-document.ts";
import { escapeAttribute, type Piece, textPiece, wrapInline } from "./html-piece.ts";
import type { FieldProblem } from "./problems.ts";

const LINK_PROTOCOLS = new Set(["http:", "https:", "mailto:"]);

/**
 * The href to publish: absolute http(s) or mailto, protocol-relative made `https:`, serialized by the
 * URL parser (which also strips the tabs and newlines of `jav&#x09;ascript:`); null for anything else.
 *
 * @example
 * toSafeHref(" //bangumi.tv/subject/975 ") // "https://bangumi.tv/subject/975"
 * toSafeHref("javascript:alert(1)")       // null
 */
export function toSafeHref(raw: string): string | null {
  const trimmed = raw.trim();
  const absolute = trimmed.startsWith("//") ? `https:${trimmed}` : trimmed;
  if (!URL.canParse(absolute)) return null;
  const url = new URL(absolute);
  return LINK_PROTOCOLS.has(url.protocol) ? url.href : null;
}

/**
 * Writes a link around its content with only a safe `href`, or the content alone when it has none; a
 * link dropped for its URL is reported, an in-page anchor (`#note-1`) is not.
 */
export function writeLink(a: DomElement, content: readonly Piece[], problems: FieldProblem[]): Piece[] {
  const raw = a.getAttribute("href");
  const href = raw === null ? null : toSafeHref(raw);
  if (href !== null) return [wrapInline("a", ` href="${escapeAttribute(href)}"`, content)];
  const trimmed = raw?.trim() ?? "";
  if (trimmed !== "" && !trimmed.startsWith("#")) {
    // As the URL parser does, ignore tabs and newlines when looking for a scheme.
    const unbroken = trimmed.replace(/[\t\n\r]/g, "");
    const relative = !/^[a-z][a-z0-9+.-]*:/i.test(unbroken) && !unbroken.startsWith("//");
    problems.push({
      field: "body <a href>",
      value: raw ?? "",
      message: relative
        ? "is a relative URL and the post has no source URL to resolve it against; the link removed, its text kept"
        : "is not an http(s) or mailto URL; the link removed, its text kept",
    });
  }
  return [...content];
}

/**
 * Writes an `<iframe>` (a video player) as a link to its page when that is a public http(s) URL,
 * since feeds and our pages embed nothing; otherwise drops it with a problem.
 *
 * @example
 * // <iframe src="https://player.youku.com/embed/X"> -> <a href="https://player.youku.com/embed/X">https://player.youku.com/embed/X</a>
 */
export function writeEmbed(frame: DomElement, problems: FieldProblem[]): Piece | null {
  const raw = frame.getAttribute("src") ?? "";
  const href = toSafeHref(raw);
  if (href !== null && !href.startsWith("mailto:") && isProxyableUrl(href)) {
    return wrapInline("a", ` href="${escapeAttribute(href)}"`, [textPiece(href)]);
  }
  if (raw.trim() !== "") {
    problems.push({
      field: "body <iframe src>",
      value: raw,
      message: "is not a public http(s) URL; the embed dropped",
    });
  }
  return null;
}
