import type { Context, MiddlewareHandler } from "hono";
import { MemoryCache } from "./memory-cache.ts";
import { replaceResponse } from "./replace-response.ts";

/** Options of {@link responseCache}. */
export interface ResponseCacheOptions {
  /**
   * The cache key for a request, or null to bypass the cache. Build it from the path and the known
   * parameters in a fixed order, so that unknown parameters can neither split nor poison the cache.
   */
  key: (c: Context) => string | null;
  /** Upper bound, in bytes of body, of the in-isolate tier. */
  memoryBytes: number;
  /** Cache API cache name (`caches.open`); omitted: `caches.default`. */
  cacheName?: string;
}

interface StoredResponse {
  body: ArrayBuffer;
  headers: [string, string][];
}

/**
 * Serves repeat GET and HEAD requests without rendering: from a small in-isolate LRU first, then
 * from the edge cache (Cache API). Rendered 200 responses are stored in both.
 *
 * The Cache API keeps a response at one Cloudflare location until its `s-maxage`; the in-isolate
 * tier saves even that lookup while the isolate lives. Keys must include the bundle version, so a
 * deploy with new content starts from an empty cache.
 *
 * @example
 * app.use("*", responseCache({ key: (c) => new URL(c.req.url).pathname, memoryBytes: 16 << 20 }))
 */
export function responseCache(options: ResponseCacheOptions): MiddlewareHandler {
  const memory = new MemoryCache<StoredResponse>(options.memoryBytes, (entry) => entry.body.byteLength);
  return async function responseCache(c, next) {
    const method = c.req.method;
    const key = method === "GET" || method === "HEAD" ? options.key(c) : null;
    if (key === null) return next();

    const remembered = memory.get(key);
    if (remembered) {
      replaceResponse(c, toResponse(remembered));
      return;
    }
    const edge = await openCache(options.cacheName);
    const cached = await edge?.match(key);
    if (cached) {
      const stored = await toStored(cached);
      memory.set(key, stored);
      replaceResponse(c, toResponse(stored));
      return;
    }

    await next();
    if (c.res.status !== 200 || c.res.headers.has("set-cookie")) return;
    const stored = await toStored(c.res);
    memory.set(key, stored);
    replaceResponse(c, toResponse(stored));
    if (edge) waitUntil(c, edge.put(key, toResponse(stored)));
  };
}

/** Lets a cache write finish after the response; without an execution context (tests), awaits it. */
function waitUntil(c: Context, promise: Promise<unknown>): void {
  let ctx: Context["executionCtx"] | undefined;
  try {
    ctx = c.executionCtx;
  } catch {
    // Hono throws when the app was called without one, as `app.request()` does.
  }
  if (ctx) ctx.waitUntil(promise);
  else promise.catch(() => {});
}

async function openCache(name: string | undefined): Promise<Cache | undefined> {
  if (typeof caches === "undefined") return undefined;
  return name === undefined ? caches.default : caches.open(name);
}

async function toStored(response: Response): Promise<StoredResponse> {
  return { body: await response.arrayBuffer(), headers: [...response.headers] };
}

function toResponse(stored: StoredResponse): Response {
  return new Response(stored.body, { status: 200, headers: stored.headers });
}
