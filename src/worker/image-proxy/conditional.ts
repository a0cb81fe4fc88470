import { IMAGE_CACHE_CONTROL, IMAGE_SECURITY_HEADERS } from "./response-headers.ts";

/** An entity-tag, weak or strong (RFC 9110 §8.8.3); may contain commas, so lists are matched, not split. */
const ENTITY_TAG = /(?:W\/)?"[^"]*"/g;

/**
 * True when a GET or HEAD with these request headers is answered 304 for a representation with these
 * response headers (RFC 9110 §13.1.2 and §13.1.3).
 *
 * @example
 * isNotModified(new Headers({ "if-none-match": 'W/"a"' }), new Headers({ etag: '"a"' })) // true
 */
export function isNotModified(request: Headers, response: Headers): boolean {
  const ifNoneMatch = request.get("if-none-match");
  // RFC 9110 §13.1.3: If-Modified-Since is ignored when If-None-Match is present.
  if (ifNoneMatch !== null) return matchesEntityTag(ifNoneMatch, response.get("etag"));
  const since = Date.parse(request.get("if-modified-since") ?? "");
  const modified = Date.parse(response.get("last-modified") ?? "");
  return !Number.isNaN(since) && !Number.isNaN(modified) && modified <= since;
}

/** RFC 9110 §13.1.2: If-None-Match uses the weak comparison, and `*` matches any current representation. */
function matchesEntityTag(ifNoneMatch: string, etag: string | null): boolean {
  if (etag === null) return false;
  if (ifNoneMatch.trim() === "*") return true;
  const opaque = (tag: string) => tag.replace(/^W\//, "");
  return (ifNoneMatch.match(ENTITY_TAG) ?? []).some((tag) => opaque(tag) === opaque(etag));
}

/**
 * A 304 for an image whose validators are in `headers` (ours from the cache, or the upstream's).
 *
 * @example
 * notModified(cached.headers) // 304 with the cached ETag and Last-Modified
 */
export function notModified(headers: Headers): Response {
  // RFC 9110 §15.4.5: a 304 carries the fields a 200 would have sent among Cache-Control, Date, ETag,
  // Expires, Vary and Content-Location; Last-Modified too, to guide caches that lack an ETag.
  const kept = new Headers({ ...IMAGE_SECURITY_HEADERS, "cache-control": IMAGE_CACHE_CONTROL });
  for (const name of ["etag", "last-modified"]) {
    const value = headers.get(name);
    if (value !== null) kept.set(name, value);
  }
  return new Response(null, { status: 304, headers: kept });
}
