import { toRfc3339Date } from "./feed-date.ts";
import { type FeedDocument, type FeedItem, feedAuthorName } from "./feed-document.ts";
import { withoutForbiddenChars as clean } from "./xml.ts";

/**
 * Renders one page of a feed as JSON Feed 1.1 (https://jsonfeed.org/version/1.1).
 *
 * Every string drops the characters XML forbids, as the XML formats do: JSON could carry them
 * escaped, but then the formats would disagree, and readers that store items as XML choke on them.
 * (`item.html` has none: see `FeedItem.html`.)
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
  // JSON.stringify leaves out undefined members: that is how optional ones are omitted.
  return JSON.stringify({
    version: "https://jsonfeed.org/version/1.1",
    title: clean(doc.title),
    home_page_url: clean(doc.homeUrl),
    // JSON Feed 1.1 "feed_url" identifies the feed, so every page names the first: a reader that
    // canonicalises on it must never move a subscription to page 2.
    feed_url: clean(doc.pages.first),
    description: doc.description === "" ? undefined : clean(doc.description),
    // JSON Feed 1.1 "next_url": the one paging link the format has.
    next_url: doc.pages.next === null ? undefined : clean(doc.pages.next),
    authors: [{ name: clean(feedAuthorName(doc)) }],
    language: clean(doc.language),
    items: doc.items.map(toJsonFeedItem),
  });
}

/**
 * Renders one item object, exactly as `renderJsonFeed` writes it in `items`.
 *
 * @example
 * renderJsonFeedItem({ url: "https://news.example.com/p/1", title: "AT&T <3", … })
 * // '{"id":"https://news.example.com/p/1","url":"https://news.example.com/p/1","title":"AT&T <3",…}'
 */
export function renderJsonFeedItem(item: FeedItem): string {
  return JSON.stringify(toJsonFeedItem(item));
}

function toJsonFeedItem(item: FeedItem) {
  return {
    // JSON Feed 1.1 "id": a string, unique and unchanging; the permalink is both.
    id: clean(item.url),
    url: clean(item.url),
    title: clean(item.title),
    // FeedItem.html holds no forbidden character, and is most of the feed: it is not scanned.
    content_html: item.html,
    summary: item.summary === "" ? undefined : clean(item.summary),
    image: item.image === null ? undefined : clean(item.image.url),
    date_published: item.dated ? toRfc3339Date(item.date) : undefined,
    // JSON Feed 1.1 "authors": an item without them has the feed's.
    authors: item.author === "" ? undefined : [{ name: clean(item.author) }],
    tags: item.categories.length === 0 ? undefined : item.categories.map(clean),
  };
}
