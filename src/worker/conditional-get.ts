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
 * RFC 9110 §13.2.2: If-None-Match decides when present (weak comparison, §13.1.2); otherwise
 * If-Modified-Since, which any date at or after Last-Modified satisfies.
 */
export function isNotModified(request: Headers, response: Headers): boolean {
  const ifNoneMatch = request.get("if-none-match");
  if (ifNoneMatch !== null) {
    const etag = response.get("etag");
    return etag !== null && matchesAnyTag(ifNoneMatch, etag);
  }
  const ifModifiedSince = request.get("if-modified-since");
  const lastModified = response.get("last-modified");
  if (ifModifiedSince === null || lastModified === null) return false;
  const since = Date.parse(ifModifiedSince);
  const modified = Date.parse(lastModified);
  // An unreadable date is ignored (§13.1.3), never taken as "modified".
  return !Number.isNaN(since) && !Number.isNaN(modified) && modified <= since;
}

function matchesAnyTag(ifNoneMatch: string, etag: string): boolean {
  if (ifNoneMatch.trim() === "*") return true;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, "");
  const ours = opaque(etag);
  return (ifNoneMatch.match(/(?:W\/)?"[^"]*"/g) ?? []).some((tag) => opaque(tag) === ours);
}
