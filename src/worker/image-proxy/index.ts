import { Hono } from "hono";
import { isNotModified } from "../conditional-get.ts";
import { waitUntil } from "../execution-context.ts";
import { MemoryCache } from "../memory-cache.ts";
import { answerStored, type StoredResponse, storedSize } from "../stored-response.ts";
import { notModified } from "./conditional.ts";
import { type CheckedImage, checkImage } from "./image-check.ts";
import { ImageProxyError, toImageProxyError } from "./image-proxy-error.ts";
import { lookUpImage } from "./image-table.ts";
import { limitStream } from "./limit-stream.ts";
import { errorResponse } from "./response-headers.ts";
import { fetchUpstream } from "./upstream-fetch.ts";

export { ImageProxyError } from "./image-proxy-error.ts";
export { IMAGE_KEY_PATTERN } from "./image-table.ts";
export {
  ERROR_CACHE_CONTROL,
  errorResponse,
  IMAGE_CACHE_CONTROL,
  IMAGE_SECURITY_HEADERS,
} from "./response-headers.ts";

/** What the image proxy serves and how far it trusts upstream. */
export interface ImageProxyOptions {
  /** Image key -> upstream URL (`Bundle.images`). Nothing else is ever fetched. */
  images: Readonly<Record<string, string>>;
  /** Accept loopback upstream hosts (`Bundle.allowLoopbackImages`): tests and local demos only. */
  allowLoopback?: boolean;
  /**
   * Lower-case host (as in the URL, without port) -> the `Referer` sent to that host only
   * (`Settings.imageReferers`, from IMAGE_REFERERS). Empty by default: no Referer anywhere.
   *
   * An operator adds a host when its images fail through the proxy (a 502 "upstream answered 403",
   * or a placeholder picture) although they load on the host's own site, and when the image loads
   * with that site as Referer and not without: compare `curl -sI URL` with
   * `curl -sI -H 'Referer: https://www.jianshu.com/' URL`. The value is the host's own site, never ours.
   *
   * @example { "upload-images.jianshu.io": "https://www.jianshu.com/" }
   */
  referers?: Readonly<Record<string, string>>;
  /** Site origin named in the User-Agent (`Settings.baseUrl`); by default the request's origin. */
  siteUrl?: string | null;
  /** Milliseconds for the whole upstream exchange: redirects, headers and body. Default 5000. */
  timeoutMs?: number;
  /** Largest image passed on, in bytes, declared or streamed. Default 10 MiB. */
  maxBytes?: number;
  /**
   * The in-isolate tier in front of the edge cache, where small images are kept: the app passes the
   * one its response cache uses, so that one limit bounds both. Default: a 16 MiB one of its own.
   */
  memory?: MemoryCache<StoredResponse>;
}

const DEFAULT_TIMEOUT_MS = 5000;
const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;
const MAX_REDIRECTS = 3;
const DEFAULT_MEMORY_BYTES = 16 * 1024 * 1024;
/** Larger images go to the edge cache only: a few of them would push out many feeds' worth. */
const MAX_MEMORY_IMAGE_BYTES = 512 * 1024;

/**
 * Sent upstream instead of the client's Accept. All clients share one cached copy per image, so the
 * upstream must choose the same format for all: one every reader shows (WebP, PNG, JPEG, GIF) before
 * newer ones.
 */
const ACCEPT = "image/webp,image/png,image/jpeg,image/gif,image/*;q=0.8,*/*;q=0.5";

/** The only client headers passed upstream, so that an upstream 304 can answer the client. */
const CONDITIONAL_HEADERS = ["if-none-match", "if-modified-since"];

/**
 * The image proxy: `GET /<key>` serves the image the table maps `key` to, fetched without the
 * client's Referer, cookies or headers, checked (public host, image type, size, time) and kept in the
 * edge cache. Errors are short plain-text responses; every response carries IMAGE_SECURITY_HEADERS.
 *
 * @example
 * app.route("/img", imageProxy({ images: bundle.images, allowLoopback: bundle.allowLoopbackImages,
 *   referers: settings.imageReferers, siteUrl: settings.baseUrl }));
 */
export function imageProxy(options: ImageProxyOptions) {
  const app = new Hono();
  const memory = options.memory ?? new MemoryCache<StoredResponse>(DEFAULT_MEMORY_BYTES, storedSize);

  app.get("/:key", async (c) => {
    const key = c.req.param("key");
    const url = lookUpImage(options.images, key);
    if (url === null) throw new ImageProxyError(404, "no such image");
    const cacheKey = toCacheKey(c.req.url, key);
    const remembered = memory.get(cacheKey);
    if (remembered !== undefined) return answer(c.req.raw, answerStored(remembered, null));
    const cached = await caches.default.match(cacheKey);
    if (cached !== undefined) {
      if (isSmall(cached.headers)) {
        const image = toStored(new Uint8Array(await cached.arrayBuffer()), cached.headers);
        memory.set(cacheKey, image);
        return answer(c.req.raw, answerStored(image, null));
      }
      return answer(c.req.raw, cached);
    }

    const image = await fetchImage(url, c.req.raw, options);
    if (image.status === 304) return notModified(image.headers);
    const { status, headers } = image;
    const { stream, whole } = limitStream(image.body, {
      maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES,
      length: image.length,
    });
    // Stored only whole: a failed or oversized image never is. Stored even when the client wants no
    // body (HEAD, 304), so the next request finds it.
    const store = whole.then(async (blob) => {
      if (blob.size <= MAX_MEMORY_IMAGE_BYTES) {
        memory.set(cacheKey, toStored(new Uint8Array(await blob.arrayBuffer()), headers));
      }
      await caches.default.put(cacheKey, new Response(blob, { status, headers }));
    });
    waitUntil(
      c,
      store.catch(() => {}),
    );
    return answer(c.req.raw, new Response(stream, { status, headers }));
  });

  app.all("/:key", () => errorResponse(405, "only GET and HEAD", { allow: "GET, HEAD" }));
  app.all("*", () => errorResponse(404, "no such image"));
  app.onError((error) => {
    const { status, message } = toImageProxyError(error);
    return errorResponse(status, message);
  });
  return app;
}

/** An image (always a 200: nothing else is stored) as the memory tier keeps it; images are never gzipped. */
function toStored(body: Uint8Array, headers: Headers): StoredResponse {
  return { body, headers: [...headers], gzip: null };
}

/** True when the stored image is small enough for the in-memory tier. */
function isSmall(headers: Headers): boolean {
  const length = Number(headers.get("content-length") ?? Number.NaN);
  return Number.isFinite(length) && length <= MAX_MEMORY_IMAGE_BYTES;
}

/**
 * Our URL for the image, the key as its last segment and no query: one cache entry per image, whatever
 * query or percent-encoding a request used.
 */
function toCacheKey(requestUrl: string, key: string): string {
  const url = new URL(requestUrl);
  url.pathname = url.pathname.slice(0, url.pathname.lastIndexOf("/") + 1) + key;
  url.search = "";
  url.hash = "";
  return url.href;
}

async function fetchImage(url: string, request: Request, options: ImageProxyOptions): Promise<CheckedImage> {
  const site = options.siteUrl ?? new URL(request.url).origin;
  const headers = new Headers({ "user-agent": `Edgefeed-ImageProxy/1 (+${site})`, accept: ACCEPT });
  for (const name of CONDITIONAL_HEADERS) {
    const value = request.headers.get(name);
    if (value !== null) headers.set(name, value);
  }
  const upstream = await fetchUpstream(url, {
    headers,
    referers: options.referers ?? {},
    allowLoopback: options.allowLoopback ?? false,
    maxRedirects: MAX_REDIRECTS,
    signal: AbortSignal.timeout(options.timeoutMs ?? DEFAULT_TIMEOUT_MS),
  });
  return checkImage(upstream, {
    maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES,
    conditional: CONDITIONAL_HEADERS.some((name) => headers.has(name)),
  });
}

/** `response` as the client asked for it: 304 when its validators match, no body for HEAD. */
async function answer(request: Request, response: Response): Promise<Response> {
  const bodyless = isNotModified(request.headers, response.headers)
    ? notModified(response.headers)
    : request.method === "HEAD"
      ? new Response(null, response)
      : null;
  if (bodyless === null) return response;
  // Release the unread body now rather than when collected.
  await response.body?.cancel();
  return bodyless;
}
