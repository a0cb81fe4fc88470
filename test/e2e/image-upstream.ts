import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { deflateSync } from "node:zlib";

/** A request the upstream received. */
export interface SeenRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
}

/** A local image host on 127.0.0.1. */
export interface ImageUpstream {
  /** `http://127.0.0.1:<port>` */
  url: string;
  /** Every request received, oldest first. */
  seen: SeenRequest[];
  stop: () => Promise<void>;
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
  const server = createServer((req, res) => {
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
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    seen,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

function hashOf(text: string): number {
  let hash = 2166136261;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 16777619);
  return hash >>> 0;
}

/** A 64×40 PNG of one colour. */
function solidPng(seed: string): Buffer {
  const width = 64;
  const height = 40;
  const hash = hashOf(seed);
  const rgb = [hash & 0xff, (hash >> 8) & 0xff, (hash >> 16) & 0xff];
  const row = Buffer.alloc(1 + width * 3);
  for (let x = 0; x < width; x++) row.set(rgb, 1 + x * 3);
  const pixels = Buffer.concat(Array.from({ length: height }, () => row));
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(pixels)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function crc32(bytes: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}
