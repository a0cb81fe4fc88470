import { FEED_FORMATS, type FeedFormat } from "../feed-formats.ts";
import { absoluteUrl } from "./absolute-url.ts";
import { type Html, html } from "./html.ts";

const NAMES: Record<FeedFormat, string> = { rss: "RSS", atom: "Atom", json: "JSON Feed" };

/**
 * The three feeds every scope has, by file name under the scope's path: the served formats' own
 * files and media types (without the charset, as `type` attributes give them), so links and routes
 * cannot disagree.
 */
const FEEDS = (Object.keys(NAMES) as FeedFormat[]).map((format) => ({
  file: FEED_FORMATS[format].file,
  type: FEED_FORMATS[format].type.split(";", 1)[0],
  name: NAMES[format],
}));

/**
 * Feed autodiscovery for a scope (`/` for the site, a category's path otherwise): one
 * `<link rel="alternate">` per format, with absolute hrefs, as feed readers expect.
 *
 * @example
 * renderFeedAlternates("https://news.example.com", "/categories/%E9%87%91%E8%9E%8D/", "Edgefeed › 金融")
 * // <link rel="alternate" type="application/rss+xml" title="Edgefeed › 金融 (RSS)"
 * //   href="https://news.example.com/categories/%E9%87%91%E8%9E%8D/rss.xml"> …
 */
export function renderFeedAlternates(origin: string, scopePath: string, title: string): Html {
  return html`${FEEDS.map(
    (feed) =>
      html`<link rel="alternate" type="${feed.type}" title="${title} (${feed.name})" href="${absoluteUrl(origin, scopePath + feed.file)}">\n`,
  )}`;
}

/**
 * Visible links to a scope's feeds, root-relative: `RSS · Atom · JSON Feed`.
 *
 * @example
 * renderFeedLinks("/") // <span class="feeds"><a href="/rss.xml" type="application/rss+xml">RSS</a> · …
 */
export function renderFeedLinks(scopePath: string): Html {
  const links = FEEDS.map((feed, i) => [
    i > 0 && " · ",
    html`<a href="${scopePath + feed.file}" type="${feed.type}">${feed.name}</a>`,
  ]);
  return html`<span class="feeds">${links}</span>`;
}
