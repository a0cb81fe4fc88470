import type { MiddlewareHandler } from "hono";
import { replaceResponse } from "./replace-response.ts";

/** The content codings this worker answers in, by name in Accept-Encoding. */
export type ContentCoding = "br" | "gzip";

/**
 * Compresses text responses on the wire with the best encoding the client accepts.
 *
 * Cloudflare compresses only the types on its default list, which leaves out
 * `application/atom+xml` and `application/feed+json`. Setting `Content-Encoding` ourselves makes the
 * Workers runtime encode the body as it sends it (the Response's default `encodeBody: "automatic"`),
 * for every type we serve. A response that already has a `Content-Encoding` (the response cache's
 * stored gzip bytes) is left as it is.
 *
 * The ETag of an encoded response is made weak: the bytes differ from the identity response's, and
 * RFC 9110 §8.8.1 reserves strong tags for byte-identical representations. Cloudflare's own
 * compression does the same.
 *
 * @example
 * app.use("*", contentEncoding())
 */
export function contentEncoding(): MiddlewareHandler {
  return async function contentEncoding(c, next) {
    await next();
    const res = c.res;
    if (res.status !== 200 || res.body === null || res.headers.has("content-encoding")) return;
    if (!isCompressible(res.headers.get("content-type"))) return;
    const encoding = pickEncoding(clientAcceptEncoding(c.req.raw));
    if (encoding === null) return;
    replaceResponse(
      c,
      new Response(res.body, { status: res.status, headers: encodedHeaders(res.headers, encoding) }),
    );
  };
}

/**
 * The headers of a response once its body is encoded with `encoding`: `Content-Encoding` set, no
 * `Content-Length` (the encoded body has its own), the ETag weak (RFC 9110 §8.8.1), and
 * `Accept-Encoding` in `Vary`, so that no shared cache hands these bytes to a client that cannot
 * decode them (RFC 9110 §12.5.5).
 *
 * @example
 * encodedHeaders(new Headers({ etag: '"a"' }), "gzip") // content-encoding: gzip, etag: W/"a", vary: Accept-Encoding
 */
export function encodedHeaders(plain: HeadersInit, encoding: ContentCoding): Headers {
  const headers = new Headers(plain);
  headers.set("content-encoding", encoding);
  headers.delete("content-length");
  const etag = headers.get("etag");
  if (etag !== null && !etag.startsWith("W/")) headers.set("etag", `W/${etag}`);
  if (!varies(headers, "accept-encoding")) headers.append("vary", "Accept-Encoding");
  return headers;
}

/** Whether `Vary` names `field` (or is `*`). */
function varies(headers: Headers, field: string): boolean {
  const names = (headers.get("vary") ?? "").split(",").map((name) => name.trim().toLowerCase());
  return names.includes("*") || names.includes(field);
}

/**
 * The Accept-Encoding the client sent. Cloudflare, and wrangler dev like it, hand the worker
 * `Accept-Encoding: br, gzip` whatever the client sent, and keep the client's own value ("" when it
 * sent none) in `request.cf.clientAcceptEncoding`.
 */
export function clientAcceptEncoding(request: Request): string {
  const cf = request.cf as IncomingRequestCfProperties | undefined;
  return cf?.clientAcceptEncoding ?? request.headers.get("accept-encoding") ?? "";
}

/** True for the types worth compressing: text, XML and JSON. */
export function isCompressible(contentType: string | null): boolean {
  const type = contentType?.split(";", 1)[0]?.trim().toLowerCase() ?? "";
  return type.startsWith("text/") || /^application\/(?:[\w.-]+\+)?(?:xml|json)$/.test(type);
}

/**
 * The encoding to use, among `offered` (earlier ones win ties), given an Accept-Encoding header
 * (RFC 9110 §12.5.3), or null for identity.
 *
 * @example
 * pickEncoding("gzip, deflate, br") // "br"
 * pickEncoding("gzip, deflate, br", ["gzip"]) // "gzip"
 */
export function pickEncoding<C extends ContentCoding>(
  acceptEncoding: string,
  offered: readonly C[] = ["br", "gzip"] as C[],
): C | null {
  const weights = new Map<string, number>();
  for (const part of acceptEncoding.toLowerCase().split(",")) {
    const [name = "", ...params] = part.trim().split(";");
    const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
    if (name !== "") weights.set(name.trim(), q === undefined ? 1 : Number(q));
  }
  const weight = (name: string) => weights.get(name) ?? weights.get("*") ?? 0;
  const best = offered.filter((name) => weight(name) > 0);
  best.sort((a, b) => weight(b) - weight(a));
  return best[0] ?? null;
}
