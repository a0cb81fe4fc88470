/**
 * Reads served feeds with two independent parsers, feedsmith and @extractus/feed-extractor (its
 * pure `extractFromXml`/`extractFromJson`, which run in workerd), into one shape to compare.
 */
import { extractFromJson, extractFromXml } from "@extractus/feed-extractor";
import { parseAtomFeed, parseJsonFeed, parseRssFeed } from "feedsmith";
import type { Format } from "./site.ts";

/** One item as a reader sees it. */
export interface ReadItem {
  /** RSS guid, Atom id, JSON Feed id. */
  id: string;
  link: string;
  title: string;
  /** Publication time in ms since the epoch, or null when the feed gives none. */
  published: number | null;
  categories: string[];
  /** The representative image's URL, or null. */
  image: string | null;
  /** The full content, HTML. */
  html: string;
}

/** RFC 5005 paging links (JSON Feed has only `next`, and `first` as its `feed_url`). */
export interface PageLinks {
  self?: string;
  first?: string;
  previous?: string;
  next?: string;
  last?: string;
}

export interface ReadFeed {
  title: string;
  /** The scope's HTML page. */
  home: string;
  links: PageLinks;
  items: ReadItem[];
}

const date = (text: string | undefined): number | null => (text === undefined ? null : Date.parse(text));

/** Reads a feed with feedsmith. */
export function readWithFeedsmith(format: Format, body: string): ReadFeed {
  if (format === "rss") {
    const feed = parseRssFeed(body);
    return {
      title: feed.title ?? "",
      home: feed.link ?? "",
      links: linksByRel(feed.atom?.links ?? []),
      items: (feed.items ?? []).map((item) => ({
        id: item.guid?.value ?? "",
        link: item.link ?? "",
        title: item.title ?? "",
        published: date(item.pubDate),
        categories: (item.categories ?? []).map((category) => category.name ?? ""),
        image: item.media?.thumbnails?.[0]?.url ?? item.enclosures?.[0]?.url ?? null,
        html: item.content?.encoded ?? "",
      })),
    };
  }
  if (format === "atom") {
    const feed = parseAtomFeed(body);
    const links = feed.links ?? [];
    return {
      title: feed.title?.value ?? "",
      home: links.find((link) => link.rel === "alternate")?.href ?? "",
      links: linksByRel(links),
      items: (feed.entries ?? []).map((entry) => ({
        id: entry.id ?? "",
        link: entry.links?.find((link) => (link.rel ?? "alternate") === "alternate")?.href ?? "",
        title: entry.title?.value ?? "",
        published: date(entry.published),
        categories: (entry.categories ?? []).map((category) => category.term ?? ""),
        image: entry.media?.thumbnails?.[0]?.url ?? null,
        html: entry.content?.value ?? "",
      })),
    };
  }
  const feed = parseJsonFeed(JSON.parse(body));
  return {
    title: feed.title ?? "",
    home: feed.home_page_url ?? "",
    links: { first: feed.feed_url, next: feed.next_url },
    items: (feed.items ?? []).map((item) => ({
      id: item.id ?? "",
      link: item.url ?? "",
      title: item.title ?? "",
      published: date(item.date_published),
      categories: item.tags ?? [],
      image: item.image ?? null,
      html: item.content_html ?? "",
    })),
  };
}

function linksByRel(links: { rel?: string; href?: string }[]): PageLinks {
  const found: Record<string, string> = {};
  for (const { rel, href } of links) if (rel !== undefined && href !== undefined) found[rel] = href;
  return found;
}

type Raw = Record<string, unknown>;

/**
 * Reads a feed's items with feed-extractor. Its normalised entries carry id, link, title and date;
 * categories, image and content come from the raw entry it hands to `getExtraEntryFields`, where
 * fast-xml-parser leaves character references in attribute values undecoded (decoded here).
 */
export function readWithFeedExtractor(format: Format, body: string): ReadFeed {
  const options = {
    descriptionMaxLen: 0,
    getExtraEntryFields: (raw: Raw) => ({ raw }),
  };
  const feed = format === "json" ? extractFromJson(body, options) : extractFromXml(body, options);
  return {
    title: feed.title ?? "",
    home: feed.link ?? "",
    links: {},
    items: (feed.entries ?? []).map((entry) => {
      const raw = entry.raw as Raw;
      return {
        id: entry.id,
        link: entry.link ?? "",
        title: entry.title ?? "",
        published: entry.published ? Date.parse(entry.published) : null,
        ...rawFields(format, raw),
      };
    }),
  };
}

function rawFields(format: Format, raw: Raw): Pick<ReadItem, "categories" | "image" | "html"> {
  const list = (value: unknown): Raw[] =>
    (Array.isArray(value) ? value : value === undefined ? [] : [value]) as Raw[];
  const text = (value: unknown): string =>
    typeof value === "object" && value !== null ? String((value as Raw)["#text"] ?? "") : String(value ?? "");
  const attribute = (value: unknown, name: string): string | null =>
    value === undefined ? null : decodeReferences(String((value as Raw)[`@_${name}`] ?? ""));
  if (format === "rss") {
    return {
      categories: list(raw.category).map(text),
      image: attribute(raw["media:thumbnail"], "url"),
      html: text(raw["content:encoded"]),
    };
  }
  if (format === "atom") {
    return {
      categories: list(raw.category).map((category) => attribute(category, "term") ?? ""),
      image: attribute(raw["media:thumbnail"], "url"),
      html: text(raw.content),
    };
  }
  return {
    categories: (raw.tags as string[] | undefined) ?? [],
    image: (raw.image as string | undefined) ?? null,
    html: String(raw.content_html ?? ""),
  };
}

function decodeReferences(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, decimal: string) => String.fromCodePoint(Number(decimal)))
    .replaceAll("&quot;", '"')
    .replaceAll("&lt;", "<")
    .replaceAll("&gt;", ">")
    .replaceAll("&amp;", "&");
}
