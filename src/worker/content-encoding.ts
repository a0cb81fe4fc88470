import type { MiddlewareHandler } from "hono";
import { replaceResponse } from "./replace-response.ts";

/**
 * Compresses text responses on the wire with the best encoding the client accepts.
 *
 * Cloudflare compresses only the types on its default list, which leaves out
 * `application/atom+xml` and `application/feed+json`. Setting `Content-Encoding` ourselves makes the
 * Workers runtime encode the body as it sends it (the Response's default `encodeBody: "automatic"`),
 * for every type we serve.
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
    const headers = new Headers(res.headers);
    headers.set("content-encoding", encoding);
    headers.delete("content-length");
    const etag = headers.get("etag");
    if (etag !== null && !etag.startsWith("W/")) headers.set("etag", `W/${etag}`);
    replaceResponse(c, new Response(res.body, { status: res.status, headers }));
  };
}

/**
 * The Accept-Encoding the client sent. Cloudflare, and wrangler dev like it, hand the worker
 * `Accept-Encoding: br, gzip` whatever the client sent, and keep the client's own value ("" when it
 * sent none) in `request.cf.clientAcceptEncoding`.
 */
function clientAcceptEncoding(request: Request): string {
  const cf = request.cf as IncomingRequestCfProperties | undefined;
  return cf?.clientAcceptEncoding ?? request.headers.get("accept-encoding") ?? "";
}

function isCompressible(contentType: string | null): boolean {
  const type = contentType?.split(";", 1)[0]?.trim().toLowerCase() ?? "";
  return type.startsWith("text/") || /^application\/(?:[\w.-]+\+)?(?:xml|json)$/.test(type);
}

/** The encoding to use given an Accept-Encoding header (RFC 9110 §12.5.3), or null for identity. */
export function pickEncoding(acceptEncoding: string): "br" | "gzip" | null {
  const weights = new Map<string, number>();
  for (const part of acceptEncoding.toLowerCase().split(",")) {
    const [name = "", ...params] = part.trim().split(";");
    const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
    if (name !== "") weights.set(name.trim(), q === undefined ? 1 : Number(q));
  }
  const weight = (name: string) => weights.get(name) ?? weights.get("*") ?? 0;
  const best = (["br", "gzip"] as const).filter((name) => weight(name) > 0);
  best.sort((a, b) => weight(b) - weight(a));
  return best[0] ?? null;
}
