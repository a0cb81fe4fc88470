import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import { contentEncoding, encodedHeaders, pickEncoding } from "../../src/worker/content-encoding.ts";

describe("pickEncoding", () => {
  it.each<[string, string | null]>([
    ["", null],
    ["identity", null],
    ["gzip", "gzip"],
    ["gzip, deflate, br", "br"],
    ["br;q=0, gzip", "gzip"],
    ["gzip;q=0.5, br;q=0.8", "br"],
    ["gzip;q=1.0, br;q=0.2", "gzip"],
    ["*", "br"],
    ["*;q=0", null],
    ["deflate", null],
  ])("Accept-Encoding %j -> %s", (header, expected) => {
    expect(pickEncoding(header)).toBe(expected);
  });
});

describe("encodedHeaders", () => {
  it.each<[plain: Record<string, string>, etag: string | null, vary: string]>([
    [{ etag: '"a"' }, 'W/"a"', "Accept-Encoding"],
    [{ etag: 'W/"a"', vary: "accept-encoding" }, 'W/"a"', "accept-encoding"],
    [{ vary: "Origin" }, null, "Origin, Accept-Encoding"],
    [{ vary: "*" }, null, "*"],
  ])("%j -> ETag %s, Vary %s", (plain, etag, vary) => {
    const headers = encodedHeaders({ ...plain, "content-length": "9" }, "gzip");
    expect(headers.get("content-encoding")).toBe("gzip");
    expect(headers.get("content-length")).toBeNull();
    expect(headers.get("etag")).toBe(etag);
    expect(headers.get("vary")).toBe(vary);
  });
});

describe("contentEncoding", () => {
  const app = new Hono();
  app.use("*", contentEncoding());
  for (const [path, type] of [
    ["/atom", "application/atom+xml; charset=utf-8"],
    ["/json", "application/feed+json; charset=utf-8"],
    ["/rss", "application/rss+xml; charset=utf-8"],
    ["/html", "text/html; charset=utf-8"],
    ["/png", "image/png"],
  ] as const) {
    app.get(path, (c) => c.body("x".repeat(2000), 200, { "content-type": type, etag: '"t"' }));
  }

  it.each(["/atom", "/json", "/rss", "/html"])("encodes %s and weakens its ETag", async (path) => {
    const res = await app.request(path, { headers: { "accept-encoding": "gzip" } });
    expect(res.headers.get("content-encoding")).toBe("gzip");
    expect(res.headers.get("etag")).toBe('W/"t"');
  });

  it("leaves images and clients without gzip alone", async () => {
    const png = await app.request("/png", { headers: { "accept-encoding": "gzip" } });
    expect(png.headers.get("content-encoding")).toBeNull();
    const plain = await app.request("/atom");
    expect(plain.headers.get("content-encoding")).toBeNull();
    expect(plain.headers.get("etag")).toBe('"t"');
  });
});
