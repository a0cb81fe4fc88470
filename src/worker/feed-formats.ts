import { renderAtom } from "../feed/atom.ts";
import type { FeedDocument } from "../feed/feed-document.ts";
import { renderJsonFeed } from "../feed/json-feed.ts";
import { renderRss } from "../feed/rss.ts";

/** The three feed formats: file name, media type, renderer. */
export const FEED_FORMATS = {
  rss: { file: "rss.xml", type: "application/rss+xml; charset=utf-8", render: renderRss },
  atom: { file: "atom.xml", type: "application/atom+xml; charset=utf-8", render: renderAtom },
  json: { file: "feed.json", type: "application/feed+json; charset=utf-8", render: renderJsonFeed },
} as const satisfies Record<string, { file: string; type: string; render: (doc: FeedDocument) => string }>;

export type FeedFormat = keyof typeof FEED_FORMATS;

/** The format served under a file name (`rss.xml`), or undefined. */
export function formatOfFile(file: string): FeedFormat | undefined {
  return (Object.keys(FEED_FORMATS) as FeedFormat[]).find((format) => FEED_FORMATS[format].file === file);
}
