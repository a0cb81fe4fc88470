/**
 * What every renderer reads: one page of one scope's feed, as plain data. The worker builds it from
 * the bundle, the settings and the request (see `toFeedItem`); the renderers turn it into RSS 2.0,
 * Atom 1.0 or JSON Feed 1.1 without looking anything else up.
 *
 * Text fields are plain text: renderers escape them. Every URL is absolute.
 */

/** One page of a feed. */
export interface FeedDocument {
  /** Plain text. */
  title: string;
  /** Plain text; may be empty (RSS then repeats the title, since its description is required). */
  description: string;
  /** BCP 47 tag (`zh-CN`). */
  language: string;
  /**
   * The HTML page of this scope, without paging. Also the Atom feed's `id`, so it must stay the
   * same across pages, page sizes and deploys.
   */
  homeUrl: string;
  /** This document: this page, this format (RSS and Atom rel="self"). */
  selfUrl: string;
  /** RFC 5005 paging links, in the same format as `selfUrl`. */
  pages: FeedPages;
  /**
   * ISO 8601 UTC (`2021-08-20T06:36:14Z`) of the newest item, not of the build or the request, so
   * that an unchanged feed renders byte for byte the same. For an empty feed, a stable value.
   */
  updated: string;
  /** Feed-level author's name (plain text); when "", the title stands in (see `feedAuthorName`). */
  author: string;
  /** Newest first. */
  items: FeedItem[];
}

/** RFC 5005 §3 paging links: absolute URLs of pages of this feed, in this format. */
export interface FeedPages {
  /** Also JSON Feed's `feed_url`, the feed's identity there, so keep it free of the page number. */
  first: string;
  last: string;
  /** The page of older items, or null on the last page. */
  next: string | null;
  /** The page of newer items, or null on the first page. */
  previous: string | null;
}

/** One post, ready to render. */
export interface FeedItem {
  /** Absolute permalink; also the item's id (Atom `id`, RSS `guid`, JSON Feed `id`). */
  url: string;
  /** Plain text; `&`, `<` and quotes are text, not markup. */
  title: string;
  /**
   * Full cleaned HTML with absolute URLs. Never contains `]]>` (renderers guard it anyway), nor a
   * character XML 1.0 forbids: renderers write it without scanning for them (`Article.html` is built
   * so, and `toFeedItem` only inserts a URL).
   */
  html: string;
  /** Plain text; may be empty. */
  summary: string;
  /** ISO 8601 UTC (`2021-08-20T06:36:14Z`). */
  date: string;
  /** False when no real date is known: formats that allow it then leave the date out. */
  dated: boolean;
  /** Plain text; "" for none (the feed's author stands in where a format needs one). */
  author: string;
  /** Labels of each level of the post's category path, root level first. */
  categories: string[];
  /** Representative image, or null. */
  image: FeedImage | null;
}

/** An item's representative image. */
export interface FeedImage {
  /** Absolute URL. */
  url: string;
  /** MIME type (`image/jpeg`), or "" when unknown. */
  type: string;
  /** Pixel size, or 0 when unknown. */
  width: number;
  height: number;
}

/** The name every format gives as the generator. */
export const GENERATOR = "Edgefeed";

/**
 * The feed-level author's name: `doc.author`, or the title when that is empty, since Atom needs an
 * author on the feed or on every entry (RFC 4287 §4.1.1) and an empty name helps no reader.
 *
 * @example
 * feedAuthorName({ ...doc, author: "", title: "Edgefeed" }) // "Edgefeed"
 */
export function feedAuthorName(doc: FeedDocument): string {
  return doc.author || doc.title;
}
