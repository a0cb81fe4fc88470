import { absoluteUrl } from "./absolute-url.ts";
import { type Html, html } from "./html.ts";

/** The three feeds every scope has, by file name under the scope's path. */
const FEEDS = [
  { file: "rss.xml", type: "application/rss+xml", name: "RSS" },
  { file: "atom.xml", type: "application/atom+xml", name: "Atom" },
  { file: "feed.json", type: "application/feed+json", name: "JSON Feed" },
] as const;

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
