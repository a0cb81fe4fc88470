/**
 * The bundle: what the build writes and the worker serves. Pure data, shared by `src/build/`
 * (which produces it) and `src/worker/` and `src/feed/` (which read it).
 */

/** One published post, cleaned and validated. */
export interface Article {
  /** Stable id: the same across rebuilds and edits of title or body. URL-safe. */
  id: string;
  /** Plain text: no markup, no XML-forbidden characters. Escaped by each renderer. */
  title: string;
  /** Plain text; may be empty. */
  author: string;
  /** Publication time, ISO 8601 in UTC with seconds (`2021-08-20T06:36:14Z`). */
  date: string;
  /** False when the post had no usable date and `date` is the build's stable fallback. */
  dated: boolean;
  /** Index into `Bundle.categories` of the post's own (deepest) category. */
  category: number;
  /** Plain-text excerpt. */
  summary: string;
  /** Representative image, or null. */
  image: ImageRef | null;
  /**
   * Cleaned, sanitized HTML. Images point at the proxy by root-relative URL (`src="/img/<key>"`),
   * so renderers make them absolute with one `replaceAll`. Never contains `]]>`, nor a character
   * XML 1.0 forbids (C0 controls but tab, LF and CR; U+FFFE, U+FFFF; lone surrogates): the build
   * strips them once, so that feeds need not scan every article on every request.
   */
  html: string;
  /** Content path relative to the content folder, with forward slashes (`sina/post-1.md`). */
  source: string;
}

/** A proxied image: the key under `/img/` and what is known of it offline. */
export interface ImageRef {
  /** `<hash>.<ext>` (or `<hash>` when the URL has no extension); the path after `/img/`. */
  key: string;
  /** MIME type guessed from the extension, or "" when unknown. */
  type: string;
  /** Pixel size when the build can tell it offline (from attributes or the URL), else 0. */
  width: number;
  height: number;
}

/** One node of the category tree. `Bundle.categories[0]` is the root (the whole site). */
export interface Category {
  /** Display label, decoration removed (`番剧`, not `— 番剧`). The root's label is "". */
  label: string;
  /** URL path segments from the root (`["金融", "新浪财经"]`); the root has none. */
  path: string[];
  /** Index of the parent category; -1 for the root. */
  parent: number;
  /** Indexes of child categories, ordered by label. */
  children: number[];
  /** Indexes into `Bundle.articles` of this category's and its descendants' posts, newest first. */
  articles: number[];
}

/** Everything the worker serves, produced once per deploy by `npm run build`. */
export interface Bundle {
  /** Format version of this structure. */
  format: 1;
  /**
   * Hash of everything below. Part of every edge-cache key, so a deploy with new content never
   * serves responses cached for the old one.
   */
  version: string;
  /** Published articles, newest first (ties by id), so a page of a scope is a slice. */
  articles: Article[];
  /** The category tree, root first, parents before children. */
  categories: Category[];
  /** Image key -> upstream URL. The image proxy fetches nothing else. */
  images: Record<string, string>;
  /** True only when built with `EDGEFEED_ALLOW_LOOPBACK_IMAGES=1` (tests and local demos). */
  allowLoopbackImages: boolean;
}
