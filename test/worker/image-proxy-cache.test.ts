import { describe, expect, it } from "vitest";
import { JPEG } from "./fake-images.ts";
import { ETAG, LAST_MODIFIED } from "./fake-upstream.ts";
import { imagePath, keyFor, ORIGIN, proxyOver, uniqueUrl, upstreamRequests } from "./image-proxy-app.ts";
import { imageHeaders, NOT_MODIFIED_HEADERS } from "./image-proxy-expected.ts";
import { readBody } from "./read-body.ts";

/** The headers of `response`, less those the cache adds to what it serves (its status, Age, Date). */
const headersOf = (response: Response) => {
  const {
    "cf-cache-status": _status,
    age: _age,
    date: _date,
    ...rest
  } = Object.fromEntries(response.headers);
  return rest;
};

describe("imageProxy's edge cache", () => {
  it("answers a repeat request without reaching upstream, the same way", async () => {
    const url = uniqueUrl("/image.jpg");
    const request = proxyOver([url]);
    const first = await request(imagePath(url));
    const second = await request(imagePath(url));
    expect(await upstreamRequests(url)).toHaveLength(1);
    expect(headersOf(second)).toEqual(headersOf(first));
    expect(headersOf(second)).toEqual(imageHeaders("image/jpeg", JPEG.length));
    expect(await readBody(second)).toEqual(JPEG);
  });

  it("keeps one entry per key, whatever the query or percent-encoding", async () => {
    const url = uniqueUrl("/image.jpg");
    const key = keyFor(url);
    const request = proxyOver([url]);
    const encoded = `%${key.charCodeAt(0).toString(16)}${key.slice(1)}`;
    for (const path of [
      `/img/${key}?x=1`,
      `/img/${key}?url=http://10.0.0.1/`,
      `/img/${encoded}`,
      `/img/${key}`,
    ]) {
      expect(await readBody(await request(path))).toEqual(JPEG);
    }
    expect(await upstreamRequests(url)).toHaveLength(1);
    expect(await caches.default.match(`${ORIGIN}/img/${key}`)).toBeDefined();
    expect(await caches.default.match(`${ORIGIN}/img/${key}?x=1`)).toBeUndefined();
    expect(await caches.default.match(`${ORIGIN}/img/${encoded}`)).toBeUndefined();
  });

  it("is filled by a HEAD, which gets no body", async () => {
    const url = uniqueUrl("/image.jpg");
    const request = proxyOver([url]);
    expect(await readBody(await request(imagePath(url), { method: "HEAD" }))).toEqual(new Uint8Array());
    expect(await readBody(await request(imagePath(url)))).toEqual(JPEG);
    expect(await upstreamRequests(url)).toHaveLength(1);
  });

  it("answers a HEAD with the cached headers and no body", async () => {
    const url = uniqueUrl("/image.jpg");
    const request = proxyOver([url]);
    await request(imagePath(url));
    const head = await request(imagePath(url), { method: "HEAD" });
    expect(headersOf(head)).toEqual(imageHeaders("image/jpeg", JPEG.length));
    expect(await readBody(head)).toEqual(new Uint8Array());
    expect(await upstreamRequests(url)).toHaveLength(1);
  });

  it("stores no error", async () => {
    const url = uniqueUrl("/status/500");
    const request = proxyOver([url]);
    for (const _ of [1, 2]) expect((await request(imagePath(url))).status).toBe(502);
    expect(await upstreamRequests(url)).toHaveLength(2);
  });
});

describe("imageProxy answers conditional requests", () => {
  const earlier = "Mon, 30 Jun 2025 00:00:00 GMT";
  const later = "Wed, 02 Jul 2025 00:00:00 GMT";

  it.each([
    [{ "if-none-match": ETAG }, 304],
    [{ "if-none-match": `W/${ETAG}` }, 304],
    [{ "if-none-match": `"other", ${ETAG}` }, 304],
    [{ "if-none-match": "*" }, 304],
    [{ "if-none-match": '"other"' }, 200],
    [{ "if-modified-since": LAST_MODIFIED }, 304],
    [{ "if-modified-since": later }, 304],
    [{ "if-modified-since": earlier }, 200],
    [{ "if-modified-since": "not a date" }, 200],
    [{ "if-none-match": '"other"', "if-modified-since": LAST_MODIFIED }, 200],
  ])("from the cache: %j -> %i", async (conditional, status) => {
    const url = uniqueUrl("/image.jpg");
    const request = proxyOver([url]);
    await request(imagePath(url));
    const response = await request(imagePath(url), { headers: conditional });
    expect(response.status).toBe(status);
    if (status === 304) {
      expect(headersOf(response)).toEqual(NOT_MODIFIED_HEADERS);
      expect(await readBody(response)).toEqual(new Uint8Array());
    } else {
      expect(await readBody(response)).toEqual(JPEG);
    }
    expect(await upstreamRequests(url)).toHaveLength(1);
  });

  it("by passing on the upstream's 304, and storing nothing", async () => {
    const url = uniqueUrl("/validated.jpg");
    const request = proxyOver([url]);
    const response = await request(imagePath(url), { headers: { "if-none-match": ETAG } });
    expect(response.status).toBe(304);
    // The fake's 304 names only its ETag.
    const { "last-modified": _, ...expected } = NOT_MODIFIED_HEADERS;
    expect(headersOf(response)).toStrictEqual(expected);
    expect((await request(imagePath(url))).status).toBe(200);
    expect(await upstreamRequests(url)).toHaveLength(2);
  });

  it("itself when the upstream ignores them, storing the image it sent", async () => {
    const url = uniqueUrl("/image.jpg");
    const request = proxyOver([url]);
    const response = await request(imagePath(url), { headers: { "if-none-match": ETAG } });
    expect(response.status).toBe(304);
    expect(headersOf(response)).toEqual(NOT_MODIFIED_HEADERS);
    expect(await readBody(await request(imagePath(url)))).toEqual(JPEG);
    expect(await upstreamRequests(url)).toHaveLength(1);
  });
});
