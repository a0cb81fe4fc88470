import type { MiddlewareHandler } from "hono";
import { replaceResponse } from "./replace-response.ts";

/**
 * Headers a 304 keeps: RFC 9110 §15.4.5 asks for those a 200 would carry among Cache-Control,
 * Content-Location, Date, ETag, Expires and Vary; the validators and CORS headers are kept too, so a
 * reader can store them and a browser app may read the answer.
 */
const KEPT_ON_304 = [
  "cache-control",
  "content-location",
  "date",
  "etag",
  "expires",
  "last-modified",
  "vary",
  "access-control-allow-origin",
  "access-control-expose-headers",
];

/**
 * Answers conditional GET and HEAD requests with `304 Not Modified` when the response the inner
 * handlers produced (rendered or cached) still matches the client's copy.
 *
 * @example
 * app.use("/feeds/*", conditionalGet())
 */
export function conditionalGet(): MiddlewareHandler {
  return async function conditionalGet(c, next) {
    await next();
    if ((c.req.method !== "GET" && c.req.method !== "HEAD") || c.res.status !== 200) return;
    if (!isNotModified(c.req.raw.headers, c.res.headers)) return;
    await c.res.body?.cancel();
    const headers = new Headers();
    for (const name of KEPT_ON_304) {
      const value = c.res.headers.get(name);
      if (value !== null) headers.set(name, value);
    }
    replaceResponse(c, new Response(null, { status: 304, headers }));
  };
}

/**
 * True when a GET or HEAD with these request headers is answered 304 for a representation with these
 * response headers (RFC 9110 §13.1.2 and §13.1.3). The app's middleware and the image proxy both ask.
 *
 * @example
 * isNotModified(new Headers({ "if-none-match": 'W/"a"' }), new Headers({ etag: '"a"' })) // true
 */
export function isNotModified(request: Headers, response: Headers): boolean {
  const ifNoneMatch = request.get("if-none-match");
  // RFC 9110 §13.1.3: If-Modified-Since is ignored when If-None-Match is present.
  if (ifNoneMatch !== null) return matchesEntityTag(ifNoneMatch, response.get("etag"));
  // An unreadable date is ignored (§13.1.3), never taken as "modified".
  const since = Date.parse(request.get("if-modified-since") ?? "");
  const modified = Date.parse(response.get("last-modified") ?? "");
  return !Number.isNaN(since) && !Number.isNaN(modified) && modified <= since;
}

/** An entity-tag, weak or strong (RFC 9110 §8.8.3); may contain commas, so lists are matched, not split. */
const ENTITY_TAG = /(?:W\/)?"[^"]*"/g;

/** RFC 9110 §13.1.2: If-None-Match uses the weak comparison, and `*` matches any current representation. */
function matchesEntityTag(ifNoneMatch: string, etag: string | null): boolean {
  if (etag === null) return false;
  if (ifNoneMatch.trim() === "*") return true;
  const opaque = (tag: string) => tag.replace(/^W\//, "");
  return (ifNoneMatch.match(ENTITY_TAG) ?? []).some((tag) => opaque(tag) === opaque(etag));
}
