/** The app's wiring: statuses, methods, redirects and CORS, on every route. */
import { describe, expect, it, vi } from "vitest";
import { appOver, BUNDLES, FORMATS, OPML_TYPE, scopesOf } from "./site.ts";

const ORIGIN = "https://app.example";
// Error answers come from hono's c.text/c.html, which spell the charset "UTF-8": the same value
// (RFC 9110 §8.3.2: charset names are case-insensitive).
const TEXT = /^text\/plain;\s*charset=utf-8$/i;
const ERROR_PAGE = /^text\/html;\s*charset=utf-8$/i;

/** A header's comma-separated values, lowercased. */
function listOf(value: string | null): string[] {
  return (value ?? "").split(",").map((part) => part.trim().toLowerCase());
}

describe.each(BUNDLES)("the %s app's statuses", (_, bundle) => {
  const { get, request } = appOver(bundle);
  const scopes = scopesOf(bundle);
  const category = scopes.find((scope) => scope.category.children.length > 0 && scope.index > 0);
  const article = bundle.articles[0];
  if (category === undefined || article === undefined) throw new Error("test: the bundle is too small");
  // A subcategory's path with an encoded slash between its segments: one segment, no category.
  const child = scopes.find((scope) => scope.category.parent === category.index);
  const slashed = child?.path.replace(/\/(?=[^/]+\/$)/, "%2F") ?? "";

  it.each([
    "/nope.xml",
    "/nope.json",
    "/categories/nope/rss.xml",
    "/categories/nope/atom.xml",
    "/categories/nope/feed.json",
    `${category.path}nope.xml`,
    `${category.path}nope/rss.xml`,
    "/categories//rss.xml",
    "/categories//feed.json",
    `${slashed}rss.xml`,
    `/articles/${article.id}.json`,
  ])("%s: 404 with a short text", async (path) => {
    const response = await get(`${ORIGIN}${path}`);
    expect(response.status).toBe(404);
    expect(response.headers.get("content-type")).toMatch(TEXT);
    const body = await response.text();
    expect(body).toMatch(/^[^\n]+\n$/);
    expect(body.length).toBeLessThan(120);
  });

  it.each([
    "/nope",
    "/nope/",
    "/rss.xml/",
    "/index.html",
    "/articles/nope",
    `/articles/${article.id}/`,
    "/articles/",
    "/categories/",
    "/categories//",
    "/categories/nope/",
    `${category.path}nope/`,
    `${category.path}nope`,
    slashed,
    slashed.slice(0, -1),
    "/?page=99999",
    `${category.path}?page=99999`,
  ])("%s: 404 with the not-found page", async (path) => {
    const response = await get(`${ORIGIN}${path}`);
    expect(response.status).toBe(404);
    expect(response.headers.get("content-type")).toMatch(ERROR_PAGE);
    const page = await response.text();
    expect(page).toMatch(/^<!doctype html>/);
    expect(page).toContain('<meta name="robots" content="noindex">');
    expect(page).toContain('href="/"');
  });

  const paths = [
    "/",
    "/rss.xml",
    "/atom.xml",
    "/feed.json",
    "/opml.xml",
    `${category.path}rss.xml`,
    category.path,
    `/articles/${article.id}`,
    "/nope",
  ];
  const methods = ["POST", "PUT", "DELETE", "PATCH"];

  it.each(methods)("%s: 405 with Allow: GET, HEAD, OPTIONS on every route", async (method) => {
    for (const path of paths) {
      const response = await request(`${ORIGIN}${path}`, { method, body: "x" });
      expect(response.status, path).toBe(405);
      expect(response.headers.get("allow"), path).toBe("GET, HEAD, OPTIONS");
      expect((await response.text()).length, path).toBeLessThan(120);
    }
  });

  it("answers a CORS preflight that asks to send If-None-Match", async () => {
    for (const path of paths.slice(1, 6)) {
      const response = await request(`${ORIGIN}${path}`, {
        method: "OPTIONS",
        headers: {
          origin: "https://reader.example",
          "access-control-request-method": "GET",
          "access-control-request-headers": "if-none-match",
        },
      });
      expect(response.status, path).toBe(204);
      expect(response.headers.get("access-control-allow-origin"), path).toBe("*");
      expect(listOf(response.headers.get("access-control-allow-methods")), path).toContain("get");
      expect(listOf(response.headers.get("access-control-allow-headers")), path).toContain("if-none-match");
      expect(await response.text(), path).toBe("");
    }
  });

  it("redirects every category named without its trailing slash to its page, query kept", async () => {
    for (const scope of scopes.slice(1)) {
      const bare = scope.path.slice(0, -1);
      for (const [asked, query] of [
        [bare, ""],
        [decodeURI(bare), ""],
        [bare.replace(/%[0-9A-F]{2}/g, (octet) => octet.toLowerCase()), "?page=1"],
      ] as const) {
        const response = await get(`${ORIGIN}${asked}${query}`);
        expect(response.status, asked).toBe(301);
        const location = response.headers.get("location") ?? "";
        expect(location, asked).toBe(`${scope.path}${query}`);
        const target = await get(new URL(location, ORIGIN).href);
        expect(target.status, location).toBe(200);
      }
    }
  });
});

describe.each(BUNDLES)("the %s app with a setting it cannot use", (_, bundle) => {
  const { get } = appOver(bundle, { FEED_ITEMS: "twenty" });
  const article = bundle.articles[0];

  it.each([
    ["/rss.xml", TEXT],
    ["/opml.xml", TEXT],
    ["/", ERROR_PAGE],
    [`/articles/${article?.id}`, ERROR_PAGE],
    ["/nope", ERROR_PAGE],
  ])("answers %s with a 500 of its own, not an exception", async (path, type) => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      const response = await get(`${ORIGIN}${path}`);
      expect(response.status).toBe(500);
      expect(response.headers.get("content-type")).toMatch(type);
      // The reason goes to the log, not to readers.
      expect(await response.text()).not.toContain("FEED_ITEMS");
      expect(String(log.mock.calls[0]?.[1])).toContain("FEED_ITEMS");
    } finally {
      log.mockRestore();
    }
  });
});

describe.each(BUNDLES)("the %s app's CORS headers", (_, bundle) => {
  const { get } = appOver(bundle);
  const urls = [
    `${ORIGIN}/opml.xml`,
    ...scopesOf(bundle).flatMap((scope) => FORMATS.map(({ file }) => `${ORIGIN}${scope.path}${file}`)),
  ];

  it("let any origin read every feed and the OPML, and its ETag and Last-Modified, on 200 and 304", async () => {
    for (const url of urls) {
      const ok = await get(url, { origin: "https://reader.example" });
      expect(ok.status, url).toBe(200);
      const etag = ok.headers.get("etag");
      const notModified = await get(url, { origin: "https://reader.example", "if-none-match": etag ?? "" });
      expect(notModified.status, url).toBe(304);
      for (const response of [ok, notModified]) {
        expect(response.headers.get("access-control-allow-origin"), url).toBe("*");
        expect(listOf(response.headers.get("access-control-expose-headers")), url).toEqual(
          expect.arrayContaining(["etag", "last-modified"]),
        );
      }
    }
    expect((await get(`${ORIGIN}/opml.xml`)).headers.get("content-type")).toBe(OPML_TYPE);
  });
});
