import { toRfc3339Date } from "./feed-date.ts";
import { type FeedDocument, type FeedItem, feedAuthorName } from "./feed-document.ts";
import { withoutForbiddenChars } from "./xml.ts";

const VERSION = "https://jsonfeed.org/version/1.1";

/**
 * Renders one page of a feed as JSON Feed 1.1 (https://jsonfeed.org/version/1.1).
 *
 * The characters XML forbids are dropped here too: JSON could carry them escaped, but then the
 * formats would disagree, and readers that store or convert items as XML choke on them.
 *
 * @example
 * renderJsonFeed({
 *   title: "新浪财经", description: "", language: "zh-CN", author: "Edgefeed",
 *   homeUrl: "https://news.example.com/c/sina", selfUrl: "https://news.example.com/c/sina/feed.json",
 *   pages: { first: "…", last: "…", next: null, previous: null },
 *   updated: "2021-08-20T06:36:14Z", items: [],
 * }) // '{"version":"https://jsonfeed.org/version/1.1","title":"新浪财经",…,"items":[]}'
 */
export function renderJsonFeed(doc: FeedDocument): string {
  const head = stringifyClean((clean) => ({
    version: VERSION,
    title: clean(doc.title),
    home_page_url: clean(doc.homeUrl),
    feed_url: clean(doc.selfUrl),
    description: doc.description === "" ? undefined : clean(doc.description),
    // JSON Feed 1.1 "next_url": the one paging link the format has.
    next_url: doc.pages.next === null ? undefined : clean(doc.pages.next),
    authors: [{ name: clean(feedAuthorName(doc)) }],
    language: clean(doc.language),
  }));
  let items = "";
  for (const item of doc.items) items += (items === "" ? "" : ",") + renderJsonFeedItem(item);
  // `head` is one object; reopen it to append the items, each rendered on its own.
  return `${head.slice(0, -1)},"items":[${items}]}`;
}

/**
 * Renders one item object. An item without an author leaves `authors` out: JSON Feed 1.1 then
 * takes the feed's `authors` for it.
 *
 * @example
 * renderJsonFeedItem({ url: "https://news.example.com/p/1", title: "AT&T <3", … })
 * // '{"id":"https://news.example.com/p/1","url":"https://news.example.com/p/1","title":"AT&T <3",…}'
 */
export function renderJsonFeedItem(item: FeedItem): string {
  return stringifyClean((clean) => ({
    // JSON Feed 1.1 "id": a string, unique and unchanging; the permalink is both.
    id: clean(item.url),
    url: clean(item.url),
    title: clean(item.title),
    content_html: clean(item.html),
    summary: item.summary === "" ? undefined : clean(item.summary),
    image: item.image === null ? undefined : clean(item.image.url),
    date_published: item.dated ? toRfc3339Date(item.date) : undefined,
    authors: item.author === "" ? undefined : [{ name: clean(item.author) }],
    tags: item.categories.length === 0 ? undefined : item.categories.map(clean),
  }));
}

type Clean = (text: string) => string;

/**
 * `JSON.stringify` of what `build` returns (undefined members left out), without the characters
 * XML forbids. Scanning every string for them first would cost as much again as the stringifying,
 * so the output is screened instead: JSON.stringify writes C0 controls and lone surrogates as
 * escapes (`\u0001`, `\b`, `\f`, `\udc00`) and U+FFFE/U+FFFF as themselves. Only when one of
 * those (or a lookalike such as a literal `\u`) shows up is the object built again, cleaned.
 */
function stringifyClean(build: (clean: Clean) => object): string {
  const json = JSON.stringify(build(same));
  return isSuspect(json) ? JSON.stringify(build(withoutForbiddenChars)) : json;
}

function same(text: string): string {
  return text;
}

function isSuspect(json: string): boolean {
  return (
    json.includes("\\u") ||
    json.includes("\\b") ||
    json.includes("\\f") ||
    json.includes("\uFFFE") ||
    json.includes("\uFFFF")
  );
}
