import type { IncomingHttpHeaders } from "node:http";
import { type LoopbackServer, serveOnLoopback } from "./loopback-server.ts";
import { encodeRowsPng, hashOf } from "./png.ts";

/** A request the upstream received. */
export interface SeenRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
}

/** A local image host on 127.0.0.1. */
export interface ImageUpstream extends LoopbackServer {
  /** Every request received, oldest first. */
  seen: SeenRequest[];
}

/**
 * Starts an image host on loopback that answers every GET with a small PNG (its colour derived from
 * the path, so images differ), `ETag` and `Last-Modified`, and records each request's headers, so
 * tests can check what the proxy sends upstream. Paths ending in `/missing.png` answer 404.
 *
 * @example
 * const upstream = await startImageUpstream();
 * // posts refer to `${upstream.url}/photos/a.png`; later: upstream.seen[0].headers.referer
 */
export async function startImageUpstream(): Promise<ImageUpstream> {
  const seen: SeenRequest[] = [];
  const server = await serveOnLoopback((req, res) => {
    const path = req.url ?? "/";
    seen.push({ method: req.method ?? "", path, headers: req.headers });
    if (path.endsWith("/missing.png")) {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found\n");
      return;
    }
    const png = solidPng(path);
    const etag = `"${png.length}-${hashOf(path)}"`;
    if (req.headers["if-none-match"] === etag) {
      res.writeHead(304, { etag }).end();
      return;
    }
    res.writeHead(200, {
      "content-type": "image/png",
      "content-length": png.length,
      etag,
      "last-modified": "Fri, 20 Aug 2021 06:36:14 GMT",
    });
    res.end(req.method === "HEAD" ? undefined : png);
  });
  return { ...server, seen };
}

/** A 64×40 PNG of one colour. */
function solidPng(seed: string): Buffer {
  const hash = hashOf(seed);
  const rgb = [hash & 0xff, (hash >> 8) & 0xff, (hash >> 16) & 0xff];
  return encodeRowsPng(64, 40, () => rgb);
}
