import { IMAGE_CACHE_CONTROL, IMAGE_SECURITY_HEADERS } from "./response-headers.ts";

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
