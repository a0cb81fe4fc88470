import { toRfc822Date } from "./feed-date.ts";
import { escapeXml } from "./xml.ts";

/** A subscription list: the whole site's feed and every category's, as the category tree. */
export interface OpmlDocument {
  /** Plain text: the list's name (the site's title). */
  title: string;
  /** Plain text; "" leaves `ownerName` out. */
  ownerName: string;
  /** ISO 8601 UTC of the newest post (stable, like a feed's `updated`); "" leaves it out. */
  dateModified: string;
  /** The site: its label is the site's title, its children the top-level categories. */
  root: FeedScope;
}

/** One scope that has feeds: the site or a category. */
export interface FeedScope {
  /** Plain text. */
  label: string;
  /** Absolute URL of the scope's HTML page. */
  homeUrl: string;
  /** Absolute URLs of the scope's first feed page in each format. */
  feedUrls: { rss: string; atom: string; json: string };
  /** Sub-categories, in display order. */
  children: FeedScope[];
}

/** Which of each scope's feeds the list subscribes to. */
export type OpmlFormat = keyof FeedScope["feedUrls"];

/**
 * Renders an OPML 2.0 subscription list that feed readers import as folders of feeds.
 *
 * Each scope is one subscription, in one format (`format`, RSS by default): listing all three
 * would subscribe a reader to every post three times. A category with sub-categories becomes a
 * folder holding its own feed and then its children's; a category without is a plain
 * subscription. The site's own feed and the top-level categories sit at the top.
 *
 * Readers differ on depth (Miniflux files a feed under its nearest folder; NetNewsWire keeps one
 * level of folders and lifts deeper ones to the top), so labels should make sense on their own.
 *
 * @example
 * renderOpml({ title: "Edgefeed", ownerName: "", dateModified: "", root: {
 *   label: "Edgefeed", homeUrl: "https://news.example.com/", children: [],
 *   feedUrls: { rss: "https://news.example.com/rss.xml", atom: "…", json: "…" } } })
 * // '<?xml version="1.0" encoding="UTF-8"?>\n<opml version="2.0">…<outline type="rss" text="Edgefeed" …'
 */
export function renderOpml(doc: OpmlDocument, format: OpmlFormat = "rss"): string {
  let xml =
    `<?xml version="1.0" encoding="UTF-8"?>\n<opml version="2.0">\n<head>\n` +
    `  <title>${escapeXml(doc.title)}</title>\n` +
    (doc.dateModified === "" ? "" : `  <dateModified>${toRfc822Date(doc.dateModified)}</dateModified>\n`) +
    (doc.ownerName === "" ? "" : `  <ownerName>${escapeXml(doc.ownerName)}</ownerName>\n`) +
    // OPML 2.0, "<head>": docs points at the format's documentation.
    `  <docs>http://opml.org/spec2.opml</docs>\n</head>\n<body>\n` +
    subscription(doc.root, format, "  ");
  for (const child of doc.root.children) xml += scope(child, format, "  ");
  return `${xml}</body>\n</opml>\n`;
}

function scope(node: FeedScope, format: OpmlFormat, indent: string): string {
  if (node.children.length === 0) return subscription(node, format, indent);
  // The subscription-list convention ("Using OPML to exchange subscription lists", UserLand): an
  // outline for a category has text and no xmlUrl. (Miniflux takes an outline with an xmlUrl as a
  // feed and skips its children.)
  const label = escapeXml(node.label);
  let xml = `${indent}<outline text="${label}" title="${label}">\n${subscription(node, format, `${indent}  `)}`;
  for (const child of node.children) xml += scope(child, format, `${indent}  `);
  return `${xml}${indent}</outline>\n`;
}

function subscription(node: FeedScope, format: OpmlFormat, indent: string): string {
  const label = escapeXml(node.label);
  // OPML 2.0, "Subscription lists": type="rss" (readers take it for any feed format), text and
  // xmlUrl are required; title and htmlUrl are what readers show and link.
  return (
    `${indent}<outline type="rss" text="${label}" title="${label}" ` +
    `xmlUrl="${escapeXml(node.feedUrls[format])}" htmlUrl="${escapeXml(node.homeUrl)}"/>\n`
  );
}
