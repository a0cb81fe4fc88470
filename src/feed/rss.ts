import { toRfc822Date } from "./feed-date.ts";
import { type FeedDocument, type FeedItem, GENERATOR } from "./feed-document.ts";
import { MEDIA_RSS_NAMESPACE, renderMediaThumbnail } from "./media-rss.ts";
import { cdata, cleanCdata, escapeXml } from "./xml.ts";

/** RSS 2.0 as the RSS Advisory Board publishes it: what `<docs>` points readers at. */
const RSS_DOCS = "https://www.rssboard.org/rss-specification";

const NAMESPACES =
  'xmlns:atom="http://www.w3.org/2005/Atom" xmlns:content="http://purl.org/rss/1.0/modules/content/" ' +
  `xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="${MEDIA_RSS_NAMESPACE}"`;

/**
 * Renders one page of a feed as RSS 2.0, following the RSS Advisory Board's Best Practices Profile.
 *
 * @example
 * renderRss({
 *   title: "新浪财经", description: "", language: "zh-CN", author: "Edgefeed",
 *   homeUrl: "https://news.example.com/c/sina", selfUrl: "https://news.example.com/c/sina/rss.xml",
 *   pages: { first: "…", last: "…", next: null, previous: null },
 *   updated: "2021-08-20T06:36:14Z", items: [],
 * }) // '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" …'
 */
export function renderRss(doc: FeedDocument): string {
  const type = "application/rss+xml";
  let xml =
    `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" ${NAMESPACES}>\n<channel>\n` +
    `  <title>${escapeXml(doc.title)}</title>\n` +
    `  <link>${escapeXml(doc.homeUrl)}</link>\n` +
    // RSS 2.0 requires a channel description; an empty one says nothing, so the title stands in.
    `  <description>${escapeXml(doc.description || doc.title)}</description>\n` +
    `  <language>${escapeXml(doc.language)}</language>\n` +
    `  <lastBuildDate>${toRfc822Date(doc.updated)}</lastBuildDate>\n` +
    `  <generator>${GENERATOR}</generator>\n` +
    `  <docs>${RSS_DOCS}</docs>\n` +
    // Profile, "atom:link": a feed identifies its own URL with rel="self".
    atomLink("self", doc.selfUrl, type) +
    // RFC 5005 §3: paged feeds link their pages with the Atom relations.
    atomLink("first", doc.pages.first, type) +
    (doc.pages.previous === null ? "" : atomLink("previous", doc.pages.previous, type)) +
    (doc.pages.next === null ? "" : atomLink("next", doc.pages.next, type)) +
    atomLink("last", doc.pages.last, type);
  for (const item of doc.items) xml += renderRssItem(item);
  return `${xml}</channel>\n</rss>\n`;
}

/**
 * Renders one `<item>`: the unit a caller may cache and splice between a channel's head and tail.
 *
 * @example
 * renderRssItem({ url: "https://news.example.com/p/1", title: "AT&T", … })
 * // "  <item>\n    <title>AT&amp;T</title>\n …"
 */
export function renderRssItem(item: FeedItem): string {
  const url = escapeXml(item.url);
  let xml =
    `  <item>\n    <title>${escapeXml(item.title)}</title>\n` +
    `    <link>${url}</link>\n` +
    `    <guid isPermaLink="true">${url}</guid>\n`;
  // pubDate is optional (RSS 2.0): an item without a known date leaves it out rather than claim one.
  if (item.dated) xml += `    <pubDate>${toRfc822Date(item.date)}</pubDate>\n`;
  // Profile, "author": RSS author holds an e-mail address; a name goes in dc:creator.
  if (item.author !== "") xml += `    <dc:creator>${escapeXml(item.author)}</dc:creator>\n`;
  for (const category of item.categories) xml += `    <category>${escapeXml(category)}</category>\n`;
  // Readers treat description as HTML, so plain text is escaped as HTML first, then kept in CDATA
  // (the RSS Advisory Board's "RSS Encoding Examples", 3 and 4).
  if (item.summary !== "") xml += `    <description>${cdata(escapeHtml(item.summary))}</description>\n`;
  if (item.html !== "") xml += `    <content:encoded>${cleanCdata(item.html)}</content:encoded>\n`;
  if (item.image !== null) {
    const { url: src, type } = item.image;
    // RSS 2.0 requires url, length and type on an enclosure; the profile: length 0 when unknown.
    if (type !== "") xml += `    <enclosure url="${escapeXml(src)}" length="0" type="${escapeXml(type)}"/>\n`;
    // Media RSS 1.5.1, "media:thumbnail": the item's representative image, whatever its type.
    xml += `    ${renderMediaThumbnail(item.image)}\n`;
  }
  return `${xml}  </item>\n`;
}

function atomLink(rel: string, href: string, type: string): string {
  return `  <atom:link href="${escapeXml(href)}" rel="${rel}" type="${type}"/>\n`;
}

const HTML_REFERENCES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;" };

function escapeHtml(text: string): string {
  return text.replace(/[&<>]/g, (char) => HTML_REFERENCES[char] as string);
}
