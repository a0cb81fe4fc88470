import { type LoopbackServer, serveOnLoopback } from "../e2e/loopback-server.ts";
import { encodeRowsPng, hashOf } from "../e2e/png.ts";

/** A local picture host on 127.0.0.1. */
export interface PictureHost extends LoopbackServer {
  /** The path of every request received, oldest first. */
  seen: string[];
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
  const server = await serveOnLoopback((req, res) => {
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
  return { ...server, seen };
}

/** `/…/1080/608(.jpg)?…` → [1080, 608], at most 2000 a side; [640, 360] without a size. */
export function sizeOf(path: string): [number, number] {
  const match = /\/(\d{1,4})\/(\d{1,4})(?:\.[a-z]+)?(?:\?.*)?$/i.exec(path);
  if (match === null) return [640, 360];
  const side = (text: string | undefined) => Math.min(Math.max(Number(text), 1), 2000);
  return [side(match[1]), side(match[2])];
}

/** A top-to-bottom gradient between two colours taken from `seed`, as an RGB PNG. */
function gradientPng(width: number, height: number, seed: number): Buffer {
  const top = [seed & 0xff, (seed >> 8) & 0xff, (seed >> 16) & 0xff];
  const bottom = top.map((c) => 255 - c);
  return encodeRowsPng(width, height, (y) => {
    const t = height === 1 ? 0 : y / (height - 1);
    return top.map((c, i) => Math.round(c + ((bottom[i] ?? c) - c) * t));
  });
}
