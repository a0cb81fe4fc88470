/** HTTP caching of every kind of response: validators, 304s (RFC 9110 §13), HEAD, Cache-Control. */
import { describe, expect, it } from "vitest";
import type { Bundle } from "../../../src/model.ts";
import { createApp } from "../../../src/worker/app.ts";
import { routesOf } from "./routes.ts";
import { appOver, BUNDLES, editedBundle, envWith } from "./site.ts";

const ORIGIN = "https://caching.example";
const DAY = 86_400_000;

/** The same content under another version: rendered afresh, since the cache keys carry the version. */
function redeployed(bundle: Bundle): Bundle {
  return { ...structuredClone(bundle), version: `${bundle.version}-redeployed` };
}

/** The headers a 304 must carry, as the 200 had them. */
const KEPT_ON_304 = [
  "etag",
  "last-modified",
  "cache-control",
  "vary",
  "access-control-allow-origin",
  "access-control-expose-headers",
];

describe.each(BUNDLES)("HTTP caching of the %s app", (_, bundle) => {
  const { get, request } = appOver(bundle);
  const routes = routesOf(bundle);

  it.each(routes)(
    "$name: a strong ETag, the same on another deploy of the same content",
    async ({ path }) => {
      const first = await get(`${ORIGIN}${path}`);
      expect(first.status).toBe(200);
      const etag = first.headers.get("etag");
      expect(etag).toMatch(/^"[\w-]+"$/);
      const again = await createApp(redeployed(bundle)).request(`${ORIGIN}${path}`, {}, envWith());
      expect(again.headers.get("etag")).toBe(etag);
      expect(await again.text()).toBe(await first.text());
    },
  );

  // The routes that show the newest article's title, which editedBundle changes (OPML shows none).
  it.each(routes.filter((route) => route.newest === bundle.articles[0] && route.name !== "OPML"))(
    "$name: another ETag when the content differs",
    async ({ path }) => {
      const before = await get(`${ORIGIN}${path}`);
      const after = await createApp(editedBundle(bundle)).request(`${ORIGIN}${path}`, {}, envWith());
      expect(after.headers.get("etag")).toMatch(/^"[\w-]+"$/);
      expect(after.headers.get("etag")).not.toBe(before.headers.get("etag"));
    },
  );

  it.each(routes)(
    "$name: Last-Modified is the date of the newest article it shows",
    async ({ path, newest }) => {
      const response = await get(`${ORIGIN}${path}`);
      expect(response.headers.get("last-modified")).toBe(new Date(newest.date).toUTCString());
    },
  );

  it("gives page 2 of a feed its own Last-Modified", async () => {
    const [first, second] = await Promise.all([
      get(`${ORIGIN}/atom.xml?limit=1`),
      get(`${ORIGIN}/atom.xml?limit=1&page=2`),
    ]);
    const dates = bundle.articles.slice(0, 2).map((article) => new Date(article.date).toUTCString());
    expect(dates[0]).not.toBe(dates[1]);
    expect([first.headers.get("last-modified"), second.headers.get("last-modified")]).toEqual(dates);
  });

  // Each case turns the 200's validators into request headers.
  const conditions: [string, (etag: string, lastModified: string) => Record<string, string>, number][] = [
    ["its ETag", (etag) => ({ "if-none-match": etag }), 304],
    ["its ETag made weak", (etag) => ({ "if-none-match": `W/${etag}` }), 304],
    ["a list holding its ETag", (etag) => ({ "if-none-match": `"old", ${etag}, W/"older"` }), 304],
    ["If-None-Match: *", () => ({ "if-none-match": "*" }), 304],
    ["another ETag", () => ({ "if-none-match": '"another"' }), 200],
    ["its Last-Modified", (_, date) => ({ "if-modified-since": date }), 304],
    ["a later date", (_, date) => ({ "if-modified-since": shift(date, DAY) }), 304],
    ["a made-up future date", () => ({ "if-modified-since": "Fri, 31 Dec 2100 23:59:59 GMT" }), 304],
    ["an earlier date", (_, date) => ({ "if-modified-since": shift(date, -1000) }), 200],
    ["a date that is no date", () => ({ "if-modified-since": "yesterday" }), 200],
    // RFC 9110 §13.2.2: If-None-Match is evaluated first; If-Modified-Since only without it.
    [
      "a stale ETag with a later date",
      (_, date) => ({ "if-none-match": '"stale"', "if-modified-since": shift(date, DAY) }),
      200,
    ],
    [
      "its ETag with an earlier date",
      (etag, date) => ({ "if-none-match": etag, "if-modified-since": shift(date, -DAY) }),
      304,
    ],
  ];
  const cases = routes.flatMap((route) =>
    conditions.map(([condition, headers, status]) => ({
      name: `${route.name}, ${condition}`,
      route,
      headers,
      status,
    })),
  );

  it.each(cases)("$name: $status", async ({ route, headers, status }) => {
    const ok = await get(`${ORIGIN}${route.path}`);
    const etag = ok.headers.get("etag") ?? "";
    const lastModified = ok.headers.get("last-modified") ?? "";
    const response = await get(`${ORIGIN}${route.path}`, headers(etag, lastModified));
    expect(response.status).toBe(status);
    if (status === 200) {
      expect(await response.text()).toBe(await ok.text());
      return;
    }
    expect(await response.text()).toBe("");
    for (const name of KEPT_ON_304) {
      expect(response.headers.get(name), name).not.toBeNull();
      expect(response.headers.get(name), name).toBe(ok.headers.get(name));
    }
    expect(response.headers.get("content-length")).toBeNull();
  });

  it.each(routes)("$name: HEAD gets the headers of GET and no body", async ({ path }) => {
    const head = await request(`${ORIGIN}${path}`, { method: "HEAD" });
    const got = await get(`${ORIGIN}${path}`);
    expect(head.status).toBe(200);
    expect(Object.fromEntries(head.headers)).toEqual(Object.fromEntries(got.headers));
    expect(await head.text()).toBe("");
    const notModified = await request(`${ORIGIN}${path}`, {
      method: "HEAD",
      headers: { "if-none-match": got.headers.get("etag") ?? "" },
    });
    expect(notModified.status).toBe(304);
  });

  it.each(routes)(
    "$name: Cache-Control from BROWSER_TTL and EDGE_TTL, Vary: Accept-Encoding",
    async ({ path }) => {
      const byDefault = await get(`${ORIGIN}${path}`);
      // README.md and src/site.ts: BROWSER_TTL 300 seconds, EDGE_TTL 86400 unless set.
      expect(byDefault.headers.get("cache-control")).toBe("public, max-age=300, s-maxage=86400");
      expect(byDefault.headers.get("vary")).toBe("Accept-Encoding");
      const { get: getSet } = appOver(bundle, { BROWSER_TTL: "60", EDGE_TTL: "3600" });
      const set = await getSet(`${ORIGIN}${path}`);
      expect(set.headers.get("cache-control")).toBe("public, max-age=60, s-maxage=3600");
      expect(set.headers.get("vary")).toBe("Accept-Encoding");
    },
  );
});

/** An HTTP date moved by `ms` milliseconds. */
function shift(httpDate: string, ms: number): string {
  return new Date(Date.parse(httpDate) + ms).toUTCString();
}
