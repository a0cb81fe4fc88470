import { toRfc3339Date } from "./feed-date.ts";
import { type FeedDocument, type FeedItem, feedAuthorName, GENERATOR } from "./feed-document.ts";
import { MEDIA_RSS_NAMESPACE, renderMediaThumbnail } from "./media-rss.ts";
import { cleanCdata, escapeXml } from "./xml.ts";

const ATOM_TYPE = "application/atom+xml";

/**
 * Renders one page of a feed as Atom 1.0 (RFC 4287), with RFC 5005 paging links.
 *
 * The feed's `id` is `doc.homeUrl`: the same for every page, page size and deploy of a scope.
 *
 * @example
 * renderAtom({
 *   title: "新浪财经", description: "", language: "zh-CN", author: "Edgefeed",
 *   homeUrl: "https://news.example.com/c/sina", selfUrl: "https://news.example.com/c/sina/atom.xml",
 *   pages: { first: "…", last: "…", next: null, previous: null },
 *   updated: "2021-08-20T06:36:14Z", items: [],
 * }) // '<?xml version="1.0" encoding="UTF-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" …'
 */
export function renderAtom(doc: FeedDocument): string {
  const author = feedAuthorName(doc);
  let xml =
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<feed xmlns="http://www.w3.org/2005/Atom" xmlns:media="${MEDIA_RSS_NAMESPACE}" xml:lang="${escapeXml(doc.language)}">\n` +
    `  <id>${escapeXml(doc.homeUrl)}</id>\n` +
    `  <title type="text">${escapeXml(doc.title)}</title>\n` +
    (doc.description === "" ? "" : `  <subtitle type="text">${escapeXml(doc.description)}</subtitle>\n`) +
    `  <updated>${toRfc3339Date(doc.updated)}</updated>\n` +
    `  <author><name>${escapeXml(author)}</name></author>\n` +
    // Alternate first: some readers take a feed's first link as its site.
    link("alternate", doc.homeUrl, "text/html") +
    // RFC 4287 §4.1.1: a feed SHOULD link to itself with rel="self".
    link("self", doc.selfUrl, ATOM_TYPE) +
    // RFC 5005 §3: paged feeds.
    link("first", doc.pages.first, ATOM_TYPE) +
    (doc.pages.previous === null ? "" : link("previous", doc.pages.previous, ATOM_TYPE)) +
    (doc.pages.next === null ? "" : link("next", doc.pages.next, ATOM_TYPE)) +
    link("last", doc.pages.last, ATOM_TYPE) +
    `  <generator>${GENERATOR}</generator>\n`;
  for (const item of doc.items) xml += renderAtomEntry(item, author);
  return `${xml}</feed>\n`;
}

/**
 * Renders one `<entry>`. `author` names it when the item has no author of its own, so that the
 * entry stays complete on its own (RFC 4287 §4.1.2).
 *
 * @example
 * renderAtomEntry({ url: "https://news.example.com/p/1", title: "AT&T <3", … }, "Edgefeed")
 * // '  <entry>\n    <id>https://news.example.com/p/1</id>\n    <title type="text">AT&amp;T &lt;3</title>…'
 */
export function renderAtomEntry(item: FeedItem, author: string): string {
  const url = escapeXml(item.url);
  const date = toRfc3339Date(item.date);
  let xml =
    `  <entry>\n    <id>${url}</id>\n` +
    `    <title type="text">${escapeXml(item.title)}</title>\n` +
    `    <link rel="alternate" type="text/html" href="${url}"/>\n`;
  // RFC 4287 §4.1.2: `updated` is required, `published` optional, so an undated item keeps only
  // the stable fallback in `updated`.
  if (item.dated) xml += `    <published>${date}</published>\n`;
  xml +=
    `    <updated>${date}</updated>\n` +
    `    <author><name>${escapeXml(item.author || author)}</name></author>\n`;
  for (const category of item.categories) xml += `    <category term="${escapeXml(category)}"/>\n`;
  if (item.summary !== "") xml += `    <summary type="text">${escapeXml(item.summary)}</summary>\n`;
  // RFC 4287 §4.1.3.3: type="html" content is the markup as text; CDATA spares escaping it.
  // An entry without content needs an alternate link (§4.1.2); every entry has one.
  if (item.html !== "") xml += `    <content type="html">${cleanCdata(item.html)}</content>\n`;
  if (item.image !== null) {
    // RFC 4287 §4.2.7.2: rel="enclosure" for a related resource; its type tells readers it is an image.
    if (item.image.type !== "") {
      xml += `    <link rel="enclosure" type="${escapeXml(item.image.type)}" href="${escapeXml(item.image.url)}"/>\n`;
    }
    xml += `    ${renderMediaThumbnail(item.image)}\n`;
  }
  return `${xml}  </entry>\n`;
}

function link(rel: string, href: string, type: string): string {
  return `  <link rel="${rel}" type="${type}" href="${escapeXml(href)}"/>\n`;
}
