/**
 * The response cache, observed from outside: an app is handed a bundle it then sees changed (as if
 * rendering anew would show the change), so a body that still shows the old content can only have
 * come from a cache. Each test takes its own origin, since the Cache API outlives every app.
 */
import { describe, expect, it } from "vitest";
import type { Bundle } from "../../../src/model.ts";
import { createApp } from "../../../src/worker/app.ts";
import { gunzip } from "../../../src/worker/gzip.ts";
import { BUNDLES, editedBundle, fetchThrough, scopesOf, uniqueOrigin } from "./site.ts";

const OLD_TITLE = "缓存前的标题";
const NEW_TITLE = "缓存后的标题";

/** A private copy of `bundle` whose newest article is titled `title`. */
function withNewestTitled(bundle: Bundle, title: string): Bundle {
  const copy = structuredClone(bundle);
  (copy.articles[0] as { title: string }).title = title;
  return copy;
}

/** Paths that show the newest article's title, one per kind of response, by name. */
function pathsShowingNewest(bundle: Bundle): [name: string, path: string][] {
  const newest = bundle.articles[0];
  if (newest === undefined) throw new Error("test: empty bundle");
  const scope = scopesOf(bundle)[newest.category];
  return [
    ["the site's RSS", "/rss.xml"],
    ["the site's Atom", "/atom.xml"],
    ["the site's JSON Feed", "/feed.json"],
    ["the home page", "/"],
    ["the newest article's page", `/articles/${encodeURIComponent(newest.id)}`],
    ["its category's RSS", `${scope?.path}rss.xml`],
    ["its category's JSON Feed, 5 to a page", `${scope?.path}feed.json?limit=5`],
    ["its category's page", `${scope?.path}`],
  ];
}

describe.each(BUNDLES)("the response cache over the %s bundle", (_, bundle) => {
  it.each(pathsShowingNewest(bundle))(
    "answers a repeat request for %s without rendering",
    async (_, path) => {
      const origin = uniqueOrigin();
      const changing = withNewestTitled(bundle, OLD_TITLE);
      const app = createApp(changing);
      const first = await fetchThrough(app, `${origin}${path}`);
      expect(first.status).toBe(200);
      const body = await first.text();
      expect(body).toContain(OLD_TITLE);

      (changing.articles[0] as { title: string }).title = NEW_TITLE;
      const repeat = await fetchThrough(app, `${origin}${path}`);
      expect(await repeat.text()).toBe(body);
      expect(repeat.headers.get("etag")).toBe(first.headers.get("etag"));
      // Rendering now would show the change: a request the cache has not seen does.
      const unseen = await fetchThrough(app, `${origin}${path}`.replace("://", "://unseen-"));
      expect(await unseen.text()).toContain(NEW_TITLE);
    },
  );

  it.each(pathsShowingNewest(bundle))(
    "serves %s from the edge cache to another app over the same bundle",
    async (_, path) => {
      const origin = uniqueOrigin();
      const first = await fetchThrough(createApp(withNewestTitled(bundle, OLD_TITLE)), `${origin}${path}`);
      const body = await first.text();
      // Another isolate of the same deploy: its own memory, the same bundle version and edge cache.
      const other = createApp(withNewestTitled(bundle, NEW_TITLE));
      const response = await fetchThrough(other, `${origin}${path}`);
      expect(await response.text()).toBe(body);
      expect(response.headers.get("etag")).toBe(first.headers.get("etag"));
    },
  );

  // A second-level category whose Chinese segments are percent-encoded.
  const category = scopesOf(bundle).find(
    (scope) => scope.category.path.length === 2 && /%[0-9A-F]{2}/.test(scope.path),
  );
  const encoded = category?.path ?? "";
  const lower = encoded.replace(/%[0-9A-F]{2}/g, (octet) => octet.toLowerCase());
  const raw = decodeURI(encoded);

  it.each([
    ["a lowercase percent-encoding", `${encoded}rss.xml`, `${lower}rss.xml`],
    ["the segments unencoded", `${encoded}rss.xml`, `${raw}rss.xml`],
    ["an unknown parameter", `${encoded}rss.xml`, `${encoded}rss.xml?utm_source=feedly`],
    ["the default limit spelled out", `${encoded}rss.xml`, `${encoded}rss.xml?limit=20`],
    ["page 1 spelled out", `${encoded}rss.xml`, `${encoded}rss.xml?page=1&ref=x`],
    ["a page, lowercase, with parameters", encoded, `${lower}?page=1&utm_medium=x`],
  ])("answers %s from the canonical request's entry", async (_, canonical, variant) => {
    const origin = uniqueOrigin();
    const first = await fetchThrough(createApp(withNewestTitled(bundle, OLD_TITLE)), `${origin}${canonical}`);
    const body = await first.text();
    const other = createApp(withNewestTitled(bundle, NEW_TITLE));
    const response = await fetchThrough(other, `${origin}${variant}`);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(body);
    // The same app renders afresh where the entry differs: another page size.
    const fresh = await fetchThrough(other, `${origin}${encoded}rss.xml?limit=19`);
    expect(await fresh.text()).not.toBe(body);
  });

  it.each(pathsShowingNewest(bundle))(
    "stores %s rendered for a HEAD, whole, for the next GET",
    async (_, path) => {
      const origin = uniqueOrigin();
      const head = await fetchThrough(
        createApp(withNewestTitled(bundle, OLD_TITLE)),
        `${origin}${path}`,
        {},
        "HEAD",
      );
      expect(await head.text()).toBe("");
      const other = createApp(withNewestTitled(bundle, NEW_TITLE));
      const response = await fetchThrough(other, `${origin}${path}`);
      expect(response.headers.get("etag")).toBe(head.headers.get("etag"));
      expect(await response.text()).toContain(OLD_TITLE);
    },
  );

  it.each(pathsShowingNewest(bundle))(
    "never serves %s cached for another bundle version",
    async (_, path) => {
      const origin = uniqueOrigin();
      const before = await fetchThrough(createApp(bundle), `${origin}${path}`);
      expect(await before.text()).not.toContain("改过的标题");
      const after = await fetchThrough(createApp(editedBundle(bundle, "改过的标题")), `${origin}${path}`);
      expect(await after.text()).toContain("改过的标题");
      expect(after.headers.get("etag")).not.toBe(before.headers.get("etag"));
    },
  );

  it("never serves an entry cached under other settings", async () => {
    const origin = uniqueOrigin();
    const newest = bundle.articles[0];
    if (newest === undefined) throw new Error("test: empty bundle");
    const paths = ["/rss.xml", "/feed.json", "/", "/opml.xml", `/articles/${newest.id}`];
    for (const path of paths) await fetchThrough(createApp(bundle), `${origin}${path}`);
    const redeployed = createApp(bundle);
    const vars = { SITE_TITLE: "换了名字的站", BROWSER_TTL: "60", EDGE_TTL: "600", FEED_ITEMS: "3" };
    for (const path of paths) {
      const response = await fetchThrough(redeployed, `${origin}${path}`, vars);
      expect(await response.text(), path).toContain("换了名字的站");
      expect(response.headers.get("cache-control"), path).toBe("public, max-age=60, s-maxage=600");
    }
    const feed = await fetchThrough(redeployed, `${origin}/feed.json`, vars);
    expect((JSON.parse(await feed.text()) as { items: unknown[] }).items).toHaveLength(3);
  });
});

describe.each(BUNDLES)("the gzip encoding the response cache keeps, over the %s bundle", (_, bundle) => {
  const GZIP = { "accept-encoding": "gzip" };

  it.each(pathsShowingNewest(bundle))(
    "answers %s with the same gzip bytes rendered, from memory and from the edge cache",
    async (_, path) => {
      const origin = uniqueOrigin();
      const app = createApp(bundle);
      const rendered = await fetchThrough(app, `${origin}${path}`, {}, "GET", GZIP);
      const remembered = await fetchThrough(app, `${origin}${path}`, {}, "GET", GZIP);
      const fromEdge = await fetchThrough(createApp(bundle), `${origin}${path}`, {}, "GET", GZIP);
      // Another isolate's plain answer: decoded from the edge cache's gzip bytes.
      const plain = await fetchThrough(createApp(bundle), `${origin}${path}`);
      const plainBody = new Uint8Array(await plain.arrayBuffer());
      const renderedBody = await rendered.arrayBuffer();
      for (const response of [rendered, remembered, fromEdge]) {
        expect(response.headers.get("content-encoding")).toBe("gzip");
        expect(response.headers.get("etag")).toBe(`W/${plain.headers.get("etag")}`);
        expect(response.headers.get("vary")).toBe("Accept-Encoding");
      }
      expect(new Uint8Array(await remembered.arrayBuffer())).toEqual(new Uint8Array(renderedBody));
      expect(new Uint8Array(await fromEdge.arrayBuffer())).toEqual(new Uint8Array(renderedBody));
      expect(await gunzip(new Uint8Array(renderedBody))).toEqual(plainBody);
      expect(plain.headers.get("content-encoding")).toBeNull();
    },
  );

  it.each(pathsShowingNewest(bundle))(
    "encodes %s once a client accepts gzip, after a plain render, for every tier",
    async (_, path) => {
      const origin = uniqueOrigin();
      const app = createApp(bundle);
      const plain = await fetchThrough(app, `${origin}${path}`);
      const encoded = await fetchThrough(app, `${origin}${path}`, {}, "GET", GZIP);
      const head = await fetchThrough(createApp(bundle), `${origin}${path}`, {}, "HEAD", GZIP);
      const fromEdge = await fetchThrough(createApp(bundle), `${origin}${path}`, {}, "GET", GZIP);
      const encodedBody = await encoded.arrayBuffer();
      expect(await gunzip(new Uint8Array(encodedBody))).toEqual(new Uint8Array(await plain.arrayBuffer()));
      expect(new Uint8Array(await fromEdge.arrayBuffer())).toEqual(new Uint8Array(encodedBody));
      expect(head.headers.get("content-encoding")).toBe("gzip");
      expect(head.headers.get("etag")).toBe(encoded.headers.get("etag"));
      expect(await head.text()).toBe("");
    },
  );
});
