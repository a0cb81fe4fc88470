import type { Context } from "hono";
import type { Settings } from "../site.ts";
import { fingerprint } from "./pages/fingerprint.ts";
import { canonicalQuery, limitsOf, readPage, readPaging } from "./paging.ts";

/**
 * The response-cache key of a request: bundle version, a fingerprint of the settings, base URL, the
 * path with each segment re-encoded one canonical way, and only the parameters that path
 * understands, in a fixed order. So `?utm_source=x`, `?page=1` or `%e9` vs `%E9` cannot split or
 * poison the cache, and a deploy that changes only `[vars]` (title, TTLs, page sizes) keeps the
 * bundle version but never serves what the old settings rendered. Returns null for requests not
 * to cache (the image proxy caches for itself; bad parameters answer 400).
 */
export function cacheKey(c: Context, version: string, settings: Settings, baseUrl: string): string | null {
  const url = new URL(c.req.url);
  if (url.pathname.startsWith("/img/")) return null;
  let path: string;
  try {
    path = url.pathname
      .split("/")
      .map((segment) => encodeURIComponent(decodeURIComponent(segment).normalize("NFC")))
      .join("/");
  } catch {
    return null; // malformed percent-encoding: the route answers 404
  }
  let query = "";
  try {
    if (/\.(xml|json)$/.test(path) && path !== "/opml.xml") {
      query = canonicalQuery(readPaging(url.searchParams, limitsOf(settings)), settings.feedItems);
    } else if (path === "/" || path.endsWith("/")) {
      query = canonicalQuery({ page: readPage(url.searchParams), limit: 0 }, 0);
    }
  } catch {
    return null;
  }
  return `${baseUrl}/.edgefeed-cache/${version}-${settingsVersion(settings)}${path}${query}`;
}

const settingsVersions = new WeakMap<Settings, string>();

/** A short fingerprint of everything the settings say, computed once per settings object. */
function settingsVersion(settings: Settings): string {
  let version = settingsVersions.get(settings);
  if (version === undefined) {
    version = fingerprint(JSON.stringify(settings));
    settingsVersions.set(settings, version);
  }
  return version;
}
