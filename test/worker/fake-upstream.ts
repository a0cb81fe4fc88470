/**
 * The image hosts the proxy tests talk to, faked in Node: the worker project's `outboundService` sends
 * every outbound `fetch` of workerd here, so no test reaches a network. Fake hosts route by path; every
 * request is recorded, by full URL, and a test reads the record back from `http://upstream-log.test/`.
 *
 * Routes (any query is ignored, so tests make URLs unique with one):
 * /image.jpg /image.png /image.webp   the image, with Content-Length, ETag and Last-Modified
 * /untyped /untyped-text /octet.gif   a PNG without Content-Type, text without, a GIF as octet-stream
 * /html /svg /gzip.svg /cookie.jpg     HTML, SVG, gzip-encoded SVG, an image setting a cookie
 * /validated.jpg                       answers 304 to a matching If-None-Match or If-Modified-Since
 * /status/<n>                          status n; /not-modified: a 304 nobody asked for
 * /redirect?to=<url>&status=<n>        a redirect to `to`; /redirect-no-location: one without a target
 * /chain/<n>                           n relative redirects, then the JPEG
 * /slow-headers /slow-body             the JPEG after SLOW_MS, or its head at once and the rest after
 * /bytes/<n> /stream/<n>               n bytes of "JPEG", declared, or streamed without a length
 */
import { GIF, JPEG, PNG, SVG, WEBP } from "./fake-images.ts";

/** One request the fake received, as the log returns it. */
export interface ReceivedRequest {
  method: string;
  headers: Record<string, string>;
}

/** The hosts the fake answers for; requests to any other host are recorded and answered 599. */
export const FAKE_HOSTS = ["img.example", "cdn.example", "127.0.0.1"];
/** Where tests read what the fake received: `http://upstream-log.test/?url=<full URL>`. */
export const LOG_HOST = "upstream-log.test";
/** The delay of the slow routes; test timeouts are far shorter, and no fake request outlives this. */
export const SLOW_MS = 3000;
/** The ETag and Last-Modified of every image the fake serves. */
export const ETAG = '"v1"';
export const LAST_MODIFIED = "Tue, 01 Jul 2025 00:00:00 GMT";

const received = new Map<string, ReceivedRequest[]>();

/** Answers one outbound request of the worker under test. */
export async function fakeUpstream(request: Request): Promise<Response> {
  const url = new URL(request.url);
  if (url.hostname === LOG_HOST) return Response.json(received.get(url.searchParams.get("url") ?? "") ?? []);
  const record = { method: request.method, headers: Object.fromEntries(request.headers) };
  received.set(request.url, [...(received.get(request.url) ?? []), record]);
  if (!FAKE_HOSTS.includes(url.hostname)) {
    return new Response(`test: unexpected outbound request to ${request.url}`, { status: 599 });
  }
  return route(url, request);
}

/** An image response; a body of known size declares it (Miniflare passes on only a declared length). */
function image(
  body: Uint8Array | string | ReadableStream<Uint8Array>,
  type: string,
  extra: Record<string, string> = {},
): Response {
  const bytes = typeof body === "string" ? new TextEncoder().encode(body) : body;
  const headers = new Headers({ "content-type": type, etag: ETAG, "last-modified": LAST_MODIFIED, ...extra });
  if (bytes instanceof Uint8Array) headers.set("content-length", String(bytes.byteLength));
  return new Response(bytes, { headers });
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function route(url: URL, request: Request): Promise<Response> {
  const [, first = "", second = ""] = url.pathname.split("/");
  switch (first) {
    case "image.jpg":
      return image(JPEG, "image/jpeg");
    case "image.png":
      return image(PNG, "image/png");
    case "image.webp":
      return image(WEBP, "image/webp");
    case "untyped":
      return new Response(PNG);
    case "untyped-text":
      return new Response(new TextEncoder().encode("plain words, no image"));
    case "octet.gif":
      return image(GIF, "application/octet-stream");
    case "html":
      return image("<!doctype html><script>alert(1)</script>", "text/html; charset=utf-8");
    case "svg":
      return image(SVG, "image/svg+xml");
    case "gzip.svg":
      // Miniflare encodes the body on the way to workerd, which decodes it, as Cloudflare's fetch does.
      return image(SVG, "image/svg+xml", { "content-encoding": "gzip" });
    case "cookie.jpg":
      return image(JPEG, "image/jpeg", { "set-cookie": "session=upstream; Path=/", "x-upstream": "1" });
    case "validated.jpg":
      return isFresh(request)
        ? new Response(null, { status: 304, headers: { etag: ETAG } })
        : image(JPEG, "image/jpeg");
    case "not-modified":
      return new Response(null, { status: 304, headers: { etag: ETAG } });
    case "status": {
      const status = Number(second);
      return new Response([204, 205, 304].includes(status) ? null : `fake status ${status}`, { status });
    }
    case "redirect":
      return redirect(url.searchParams.get("to") ?? "", Number(url.searchParams.get("status") ?? 302));
    case "redirect-no-location":
      return new Response(null, { status: 302 });
    case "chain": {
      const left = Number(second);
      return left === 0 ? image(JPEG, "image/jpeg") : redirect(`/chain/${left - 1}${url.search}`, 302);
    }
    case "slow-headers":
      await wait(SLOW_MS);
      return image(JPEG, "image/jpeg");
    case "slow-body":
      return image(slowBody(), "image/jpeg");
    case "bytes":
      return image(fakeJpeg(Number(second)), "image/jpeg");
    case "stream":
      return image(lazyStream(Number(second)), "image/jpeg");
    default:
      return new Response("fake: no such route", { status: 404 });
  }
}

function isFresh(request: Request): boolean {
  return (
    request.headers.get("if-none-match") === ETAG ||
    request.headers.get("if-modified-since") === LAST_MODIFIED
  );
}

function redirect(location: string, status: number): Response {
  return new Response(null, { status, headers: { location } });
}

function fakeJpeg(size: number): Uint8Array {
  const bytes = new Uint8Array(size).fill(0x61);
  bytes.set(JPEG.subarray(0, Math.min(size, 4)));
  return bytes;
}

function slowBody(): ReadableStream<Uint8Array> {
  let started = false;
  return new ReadableStream({
    async pull(controller) {
      if (!started) {
        started = true;
        controller.enqueue(JPEG.subarray(0, 20));
        return;
      }
      await wait(SLOW_MS);
      controller.enqueue(JPEG.subarray(20));
      controller.close();
    },
  });
}

/** `size` bytes of "JPEG" in 16 KiB chunks, made as they are pulled. */
function lazyStream(size: number): ReadableStream<Uint8Array> {
  const chunk = fakeJpeg(16 * 1024);
  let sent = 0;
  return new ReadableStream({
    pull(controller) {
      const length = Math.min(chunk.length, size - sent);
      if (length <= 0) return controller.close();
      sent += length;
      controller.enqueue(chunk.slice(0, length));
    },
  });
}
