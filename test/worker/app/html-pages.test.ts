/**
 * The pages as the app serves them: statuses, security headers, and every link a reader follows
 * (feed autodiscovery, breadcrumbs, pager, stylesheet) leading somewhere that answers. What the
 * pages say is the renderers' business (test/worker/pages/).
 */
import { describe, expect, it } from "vitest";
import { createApp } from "../../../src/worker/app.ts";
import { contentBundle } from "../../bundles.ts";
import { keyFor, proxyOver, uniqueUrl } from "../image-proxy-app.ts";
import { select } from "../pages/select.ts";
import {
  appOver,
  articlesIn,
  BUNDLES,
  fetchThrough,
  HTML_TYPE,
  isWithin,
  pagesOf,
  permalink,
  scopesOf,
  uniqueOrigin,
} from "./site.ts";

const ORIGIN = "https://pages.example";

/** The directives of a Content-Security-Policy, by name. */
function directivesOf(policy: string | null): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of (policy ?? "").split(";")) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), values);
  }
  return directives;
}

/** What every page carries: a strict policy (no inline script or style), no referrer, no sniffing. */
function expectPageSecurity(response: Response, url: string): void {
  const policy = response.headers.get("content-security-policy");
  expect(directivesOf(policy).get("default-src"), url).toEqual(["'none'"]);
  expect(policy, url).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
  expect(response.headers.get("referrer-policy"), url).toBe("no-referrer");
  expect(response.headers.get("x-content-type-options"), url).toBe("nosniff");
}

/** The media type of a Content-Type, without parameters. */
function mediaType(contentType: string | null): string {
  return (contentType ?? "").split(";")[0]?.trim() ?? "";
}

describe.each(BUNDLES)("the %s pages", (_, bundle) => {
  const { get } = appOver(bundle);
  const scopes = scopesOf(bundle);
  const pageUrls = [
    ...scopes.map((scope) => `${ORIGIN}${scope.path}`),
    ...bundle.articles.map((article) => permalink(ORIGIN, article)),
  ];

  it("answers every page 200 as HTML, with the security headers, and 304 to its ETag", async () => {
    for (const url of pageUrls) {
      const response = await get(url);
      expect(response.status, url).toBe(200);
      expect(response.headers.get("content-type"), url).toBe(HTML_TYPE);
      expectPageSecurity(response, url);
      const etag = response.headers.get("etag") ?? "";
      const notModified = await get(url, { "if-none-match": etag });
      expect(notModified.status, url).toBe(304);
      expect(notModified.headers.get("etag"), url).toBe(etag);
      expectPageSecurity(notModified, url);
    }
  });

  it.each([
    ["an unknown article", "/articles/nope"],
    ["an unknown category", "/categories/nope/"],
    ["a page past the last", `/?page=${pagesOf(bundle.articles.length, 20) + 1}`],
    ["an unknown path", "/nope"],
  ])("answers %s with the 404 page and the security headers", async (_, path) => {
    const response = await get(`${ORIGIN}${path}`);
    expect(response.status).toBe(404);
    expect(mediaType(response.headers.get("content-type"))).toBe("text/html");
    expectPageSecurity(response, path);
    expect(await response.text()).toContain('<meta name="robots" content="noindex">');
  });

  it.each(["page=0", "page=abc", "page=1.5", "page=1&page=2"])(
    "answers a listing's ?%s with a 400 error page naming page",
    async (query) => {
      for (const path of ["/", scopes[1]?.path]) {
        const response = await get(`${ORIGIN}${path}?${query}`);
        expect(response.status, path).toBe(400);
        expect(mediaType(response.headers.get("content-type")), path).toBe("text/html");
        expectPageSecurity(response, path ?? "");
        expect(await response.text(), path).toContain("page must be");
      }
    },
  );

  it("links every page's feeds for autodiscovery, each answering 200 as the type it names", async () => {
    const checked = new Map<string, string>();
    for (const url of pageUrls) {
      const alternates = await select(await (await get(url)).text(), 'head > link[rel="alternate"]');
      expect(alternates.map(({ attrs }) => attrs.type).sort(), url).toEqual([
        "application/atom+xml",
        "application/feed+json",
        "application/rss+xml",
      ]);
      for (const { attrs } of alternates) {
        const href = attrs.href ?? "";
        expect(href.startsWith(`${ORIGIN}/`), href).toBe(true);
        if (!checked.has(href)) {
          const feed = await get(href);
          expect(feed.status, href).toBe(200);
          checked.set(href, mediaType(feed.headers.get("content-type")));
        }
        expect(checked.get(href), href).toBe(attrs.type);
      }
    }
    // Every scope's feeds are discoverable from some page.
    expect(checked.size).toBe(scopes.length * 3);
  });

  it("leads every breadcrumb to the page of a category the page sits in", async () => {
    const pages = [
      ...scopes.slice(1).map((scope) => ({ url: `${ORIGIN}${scope.path}`, category: scope.index })),
      ...bundle.articles.map((article) => ({ url: permalink(ORIGIN, article), category: article.category })),
    ];
    const answers = new Map<string, number>();
    for (const { url, category } of pages) {
      const crumbs = await select(await (await get(url)).text(), "nav.breadcrumbs a");
      const hrefs = crumbs.map(({ attrs }) => attrs.href ?? "");
      expect(hrefs[0], url).toBe("/");
      for (const href of hrefs.slice(1)) {
        const scope = scopes.find((candidate) => candidate.path === href);
        expect(scope, `${url}: ${href}`).toBeDefined();
        expect(isWithin(bundle, category, scope?.index ?? -1), `${url}: ${href}`).toBe(true);
        if (!answers.has(href)) answers.set(href, (await get(`${ORIGIN}${href}`)).status);
        expect(answers.get(href), href).toBe(200);
      }
    }
    expect(answers.size).toBeGreaterThan(0);
  });

  it.each([2, 7])("pages through every listing by its pager, %i articles to a page", async (pageItems) => {
    const { get: getPaged } = appOver(bundle, { PAGE_ITEMS: String(pageItems) });
    for (const scope of scopes) {
      const seen: string[] = [];
      const visited: string[] = [];
      for (let url: string | undefined = `${ORIGIN}${scope.path}`; url !== undefined; ) {
        const response = await getPaged(url);
        expect(response.status, url).toBe(200);
        const page = await response.text();
        const entries = await select(page, "ol.entries h2 a");
        seen.push(...entries.map(({ attrs }) => `${ORIGIN}${attrs.href}`));
        const [previous] = await select(page, 'nav.pager a[rel="prev"]');
        const [next] = await select(page, 'nav.pager a[rel="next"]');
        expect(previous === undefined ? undefined : `${ORIGIN}${previous.attrs.href}`, url).toBe(
          visited.at(-1),
        );
        visited.push(url);
        expect(visited.length, url).toBeLessThanOrEqual(200);
        url = next === undefined ? undefined : `${ORIGIN}${next.attrs.href}`;
      }
      const expected = articlesIn(bundle, scope.index);
      expect(seen, scope.name).toEqual(expected.map((article) => permalink(ORIGIN, article)));
      expect(visited, scope.name).toHaveLength(pagesOf(expected.length, pageItems));
    }
  });

  it("serves the stylesheet every page links, for a year", async () => {
    const [stylesheet] = await select(await (await get(`${ORIGIN}/`)).text(), 'link[rel="stylesheet"]');
    const href = stylesheet?.attrs.href ?? "";
    expect(href).toMatch(/^\/[^/]/);
    const response = await get(`${ORIGIN}${href}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/css; charset=utf-8");
    expect(response.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect((await response.text()).length).toBeGreaterThan(0);
  });
});

describe.each(BUNDLES)("the %s app's images", (_, bundle) => {
  const image = uniqueUrl("/image.jpg");
  const key = keyFor(image);
  const withImage = { ...structuredClone(bundle), images: { ...bundle.images, [key]: image } };

  it.each([
    ["an image", `/img/${key}`, 200],
    ["an unknown image", "/img/0000000000000000.jpg", 404],
  ])("serves %s with the image proxy's own headers, not the pages'", async (_, path, status) => {
    // As the runtime calls it: the proxy hands its cache write to waitUntil.
    const served = await fetchThrough(createApp(withImage), `${uniqueOrigin()}${path}`);
    const alone = await proxyOver([image])(path);
    expect([served.status, alone.status]).toEqual([status, status]);
    for (const name of [
      "content-type",
      "content-security-policy",
      "cache-control",
      "x-content-type-options",
      "referrer-policy",
      "cross-origin-resource-policy",
      "access-control-allow-origin",
    ]) {
      expect(served.headers.get(name), name).toBe(alone.headers.get(name));
    }
    // None of what the pages add.
    expect(served.headers.get("x-frame-options")).toBeNull();
    expect(served.headers.get("cross-origin-opener-policy")).toBeNull();
  });
});

describe("the site's icon", () => {
  it.each(["/favicon.svg", "/favicon.ico"])("%s answers an SVG icon from our origin", async (path) => {
    const res = await createApp(contentBundle()).request(`https://edgefeed.example${path}`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("image/svg+xml");
    expect(await res.text()).toMatch(/^<svg /);
  });
});

describe("pages on a host other than BASE_URL", () => {
  it("link images on BASE_URL, and their CSP lets that origin's images load", async () => {
    const bundle = contentBundle();
    const article = bundle.articles.find((a) => a.html.includes('src="/img/'));
    if (article === undefined) throw new Error("test: no sample article has an image");
    const env = { BASE_URL: "https://news.example.com" };
    const res = await createApp(bundle).request(
      `https://edgefeed.example.workers.dev/articles/${article.id}`,
      {},
      env,
    );
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('src="https://news.example.com/img/');
    expect(res.headers.get("content-security-policy")).toContain("img-src 'self' https://news.example.com;");
  });

  it("keep img-src to 'self' when the request arrives on BASE_URL", async () => {
    const env = { BASE_URL: "https://news.example.com" };
    const res = await createApp(contentBundle()).request("https://news.example.com/", {}, env);
    expect(res.headers.get("content-security-policy")).toContain("img-src 'self';");
  });
});
