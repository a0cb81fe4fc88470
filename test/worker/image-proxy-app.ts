/**
 * The image proxy as the worker mounts it (`app.route("/img", imageProxy(...))`) in a small Hono app
 * over a table of the test's own URLs, and what the fake upstream received.
 */
import { createExecutionContext, env, waitOnExecutionContext } from "cloudflare:test";
import { Hono } from "hono";
import { type ImageProxyOptions, imageProxy } from "../../src/worker/image-proxy/index.ts";
import type { ReceivedRequest } from "./fake-upstream.ts";

/** Our origin in the tests. */
export const ORIGIN = "https://edgefeed.test";

/**
 * A URL on a fake host no other test uses: the fake ignores the query, the log and the cache do not.
 *
 * @example
 * uniqueUrl("/image.jpg") // "http://img.example/image.jpg?case=3f2a..."
 */
export function uniqueUrl(path: string, origin = "http://img.example"): string {
  return `${origin}${path}${path.includes("?") ? "&" : "?"}case=${crypto.randomUUID()}`;
}

/** The table key of `url`, shaped as the build's: 16 hex digits of a hash, then the extension. */
export function keyFor(url: string): string {
  let hash = 0xcbf29ce484222325n; // FNV-1a, 64 bits
  for (const byte of new TextEncoder().encode(url)) {
    hash = ((hash ^ BigInt(byte)) * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  const extension = /\.([a-z]+)$/.exec(new URL(url).pathname)?.[1];
  return hash.toString(16).padStart(16, "0") + (extension === undefined ? "" : `.${extension}`);
}

/** Our path of the image at `url`. */
export const imagePath = (url: string) => `/img/${keyFor(url)}`;

/**
 * A proxy over `urls`, and a `request` function that waits for the proxy's background work (the cache
 * write) before it resolves.
 */
export function proxyOver(urls: string[], options: Omit<ImageProxyOptions, "images"> = {}) {
  const images = Object.fromEntries(urls.map((url) => [keyFor(url), url]));
  const app = new Hono().route("/img", imageProxy({ ...options, images }));
  return async (path: string, init?: RequestInit): Promise<Response> => {
    const ctx = createExecutionContext();
    const response = await app.fetch(new Request(`${ORIGIN}${path}`, init), env, ctx);
    await waitOnExecutionContext(ctx);
    return response;
  };
}

/** The requests the fake upstream received for exactly `url`, oldest first. */
export async function upstreamRequests(url: string): Promise<ReceivedRequest[]> {
  const response = await fetch(`http://upstream-log.test/?url=${encodeURIComponent(url)}`);
  return response.json();
}
