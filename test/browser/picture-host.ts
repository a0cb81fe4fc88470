import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { deflateSync } from "node:zlib";

/** A local picture host on 127.0.0.1. */
export interface PictureHost {
  /** `http://127.0.0.1:<port>` */
  url: string;
  /** The path of every request received, oldest first. */
  seen: string[];
  stop: () => Promise<void>;
}

/**
 * Starts a stand-in for the samples' picture hosts on loopback: every GET answers a PNG as large as
 * the picsum-style path asks (`/…/<width>/<height>`, `.jpg` or a query allowed; 640×360 when the
 * path names no size), a gradient whose colours come from the path. Unlike test/e2e's image host
 * (one 64×40 PNG for all), the screenshots then show pages with pictures of the real sizes: a
 * 1080×608 banner, a 750×1334 phone capture, a 690×1600 comic strip.
 *
 * @example
 * const host = await startPictureHost();
 * // `${host.url}/picsum.photos/seed/a/1080/608` is a 1080×608 PNG
 */
export async function startPictureHost(): Promise<PictureHost> {
  const seen: string[] = [];
  const cache = new Map<string, Buffer>();
  const server = createServer((req, res) => {
    const path = req.url ?? "/";
    seen.push(path);
    let png = cache.get(path);
    if (png === undefined) {
      const [width, height] = sizeOf(path);
      png = gradientPng(width, height, hashOf(path));
      cache.set(path, png);
    }
    res.writeHead(200, {
      "content-type": "image/png",
      "content-length": png.length,
      "cache-control": "public, max-age=3600",
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

/** `/…/1080/608(.jpg)?…` → [1080, 608], at most 2000 a side; [640, 360] without a size. */
export function sizeOf(path: string): [number, number] {
  const match = /\/(\d{1,4})\/(\d{1,4})(?:\.[a-z]+)?(?:\?.*)?$/i.exec(path);
  if (match === null) return [640, 360];
  const side = (text: string | undefined) => Math.min(Math.max(Number(text), 1), 2000);
  return [side(match[1]), side(match[2])];
}

function hashOf(text: string): number {
  let hash = 2166136261;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 16777619);
  return hash >>> 0;
}

/** A top-to-bottom gradient between two colours taken from `seed`, as an RGB PNG. */
function gradientPng(width: number, height: number, seed: number): Buffer {
  const top = [seed & 0xff, (seed >> 8) & 0xff, (seed >> 16) & 0xff];
  const bottom = top.map((c) => 255 - c);
  const rows: Buffer[] = [];
  for (let y = 0; y < height; y++) {
    const t = height === 1 ? 0 : y / (height - 1);
    const rgb = top.map((c, i) => Math.round(c + ((bottom[i] ?? c) - c) * t));
    const row = Buffer.alloc(1 + width * 3);
    row.fill(Buffer.from(rgb), 1);
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(Buffer.concat(rows))),
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
