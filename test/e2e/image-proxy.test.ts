import { rmSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toImageRef } from "../../src/build/image-ref.ts";
import { type DevServer, startDevServer } from "./dev-server.ts";
import { type ImagePost, writeImagePosts } from "./image-posts.ts";
import { type ImageUpstream, type SeenRequest, startImageUpstream } from "./image-upstream.ts";

// The image proxy through the real `npm start` (wrangler dev, workerd) and a real HTTP upstream on
// 127.0.0.1: what the upstream receives, what the client gets, and what the edge cache saves.

/** What a browser sends for an `<img>` on someone else's page, plus what a proxy in front adds. */
const BROWSER_HEADERS: Record<string, string> = {
  accept: "image/avif,image/webp,image/apng,image/svg+xml,image/*,*/*;q=0.8",
  "accept-encoding": "gzip, deflate, br, zstd",
  "accept-language": "zh-CN,zh;q=0.9,en;q=0.8",
  authorization: "Bearer reader-secret-token",
  "cache-control": "no-cache",
  cookie: "session=reader-secret; theme=dark",
  dnt: "1",
  origin: "https://reader.example",
  pragma: "no-cache",
  referer: "https://reader.example/articles/42",
  "sec-fetch-dest": "image",
  "sec-fetch-mode": "no-cors",
  "sec-fetch-site": "cross-site",
  "user-agent":
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36",
  "x-forwarded-for": "203.0.113.7",
  "x-real-ip": "203.0.113.7",
};

/** The proxy's own Accept (src/worker/image-proxy/index.ts): one format choice for every client. */
const PROXY_ACCEPT = "image/webp,image/png,image/jpeg,image/gif,image/*;q=0.8,*/*;q=0.5";

/** Headers of every image the proxy serves (src/worker/image-proxy/response-headers.ts). */
const IMAGE_HEADERS = {
  "cache-control": "public, max-age=31536000, immutable",
  "x-content-type-options": "nosniff",
  "content-security-policy": "default-src 'none'; style-src 'unsafe-inline'; sandbox",
  "referrer-policy": "no-referrer",
  "access-control-allow-origin": "*",
  "cross-origin-resource-policy": "cross-origin",
};

/** The upstream paths of the pictures; `/missing.png` answers 404 (see image-upstream.ts). */
const PICTURES = {
  cover: "/photos/seaside/cover.png",
  headers: "/photos/seaside/headers.png",
  cached: "/photos/seaside/cached.png",
  missing: "/photos/seaside/missing.png",
  conditional: "/photos/hills/conditional.png",
  second: "/photos/hills/second.png",
};

/** Two posts in two categories; the second has no cover, so its first picture stands for it. */
function postsOn(upstream: string): ImagePost[] {
  const url = (path: string) => `${upstream}${path}`;
  return [
    {
      file: "demo-photos/post-5d1c7a90e3.md",
      title: "海边的一天：退潮后的礁石",
      categories: ["图片", "演示图库", "海边"],
      date: "Wed, 15 Jun 2022 08:57:00 GMT",
      cover: url(PICTURES.cover),
      images: [url(PICTURES.headers), url(PICTURES.cached), url(PICTURES.missing)],
    },
    {
      file: "demo-photos/post-8b42e6f1c0.md",
      title: "山里的一天",
      categories: ["图片", "演示图库", "山里"],
      date: "Thu, 16 Jun 2022 09:30:00 GMT",
      cover: "",
      images: [url(PICTURES.conditional), url(PICTURES.second)],
    },
  ];
}

const FEEDS = ["/rss.xml", "/atom.xml", "/feed.json"];

/** The local image host and `npm start` serving posts about its pictures (set by beforeAll). */
interface Site {
  upstream: ImageUpstream;
  server: DevServer;
}

/**
 * Registers the describe's hooks: before its tests, an image host, the posts about its pictures and
 * `npm start` over them with EDGEFEED_ALLOW_LOOPBACK_IMAGES set to `allowLoopbackImages`; after
 * them, all three gone.
 */
function setUpSite(allowLoopbackImages: string): Site {
  const site = {} as Site;
  let contentDir: string | undefined;
  beforeAll(async () => {
    site.upstream = await startImageUpstream();
    contentDir = writeImagePosts(postsOn(site.upstream.url));
    const env = { EDGEFEED_ALLOW_LOOPBACK_IMAGES: allowLoopbackImages };
    site.server = await startDevServer({ contentDir, env });
  }, 120_000);
  afterAll(async () => {
    await site.server?.stop();
    await site.upstream?.stop();
    if (contentDir) rmSync(contentDir, { recursive: true, force: true });
  });
  return site;
}

describe("npm start with EDGEFEED_ALLOW_LOOPBACK_IMAGES=1 proxies a loopback upstream", () => {
  const site = setUpSite("1");

  const keyOf = (path: string) => toImageRef(`${site.upstream.url}${path}`).key;
  const image = (path: string, headers: Record<string, string> = BROWSER_HEADERS) =>
    fetch(`${site.server.url}/img/${keyOf(path)}`, { headers });
  /** The requests the proxy made for `path` (not the test's own, which have no proxy User-Agent). */
  const proxied = (path: string): SeenRequest[] =>
    site.upstream.seen.filter(
      (r) => r.path === path && r.headers["user-agent"]?.startsWith("Edgefeed-ImageProxy/"),
    );
  /** What the upstream sends for `path` when asked directly. */
  const direct = async (path: string) => {
    const res = await fetch(`${site.upstream.url}${path}`);
    return { bytes: new Uint8Array(await res.arrayBuffer()), headers: res.headers };
  };

  it("points every picture of the pages and feeds at /img/<key>, and never names the upstream", async () => {
    const posts = postsOn(site.upstream.url);
    // Newest first: the second post written, then the first.
    const pages = await Promise.all((await articleUrls(site.server)).map(text));
    expect(pages.map(imageKeys)).toEqual(
      [posts[1], posts[0]].map((post) => post?.images.map((url) => toImageRef(url).key)),
    );
    const home = await text(`${site.server.url}/`);
    expect(imageKeys(home)).toEqual([keyOf(PICTURES.conditional), keyOf(PICTURES.cover)]);
    const feeds = await Promise.all(FEEDS.map((path) => text(`${site.server.url}${path}`)));
    for (const feed of feeds)
      expect(new Set(imageKeys(feed))).toEqual(new Set(Object.values(PICTURES).map(keyOf)));
    for (const document of [...pages, home, ...feeds])
      expect(document).not.toContain(new URL(site.upstream.url).host);
  });

  it("sends upstream none of the client's headers: its own User-Agent and Accept, no Referer", async () => {
    const res = await image(PICTURES.headers);
    expect(res.status).toBe(200);
    await res.arrayBuffer();
    expect(proxied(PICTURES.headers).map((r) => r.headers)).toEqual([
      {
        host: new URL(site.upstream.url).host,
        accept: PROXY_ACCEPT,
        "user-agent": `Edgefeed-ImageProxy/1 (+${site.server.url})`,
        // workerd names the calling worker on every subrequest, as Cloudflare does.
        "cf-worker": expect.any(String),
      },
    ]);
  });

  it("answers with the upstream's PNG bytes, its validators and the proxy's headers", async () => {
    const expected = await direct(PICTURES.cover);
    const res = await image(PICTURES.cover);
    expect(res.status).toBe(200);
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(expected.bytes);
    expect(Object.fromEntries(res.headers)).toMatchObject({
      ...IMAGE_HEADERS,
      "content-type": "image/png",
      "content-length": String(expected.bytes.length),
      etag: expected.headers.get("etag"),
      "last-modified": expected.headers.get("last-modified"),
    });
    // An image is passed on as it came, whatever encodings the client accepts; nothing sets a cookie.
    expect([res.headers.get("content-encoding"), res.headers.get("set-cookie")]).toEqual([null, null]);
  });

  it("serves repeat requests from the edge cache: the upstream is asked once", async () => {
    const expected = await direct(PICTURES.cached);
    const first = await image(PICTURES.cached);
    expect(new Uint8Array(await first.arrayBuffer())).toEqual(expected.bytes);
    // The proxy stores the image after the response ends (waitUntil): wait for a request it serves
    // without the upstream, then no later request may reach the upstream either.
    const cached = await isServedFromCache(image, PICTURES.cached, () => proxied(PICTURES.cached).length);
    expect(cached, "a request answered without the upstream, within 100 tries").toBe(true);
    const asked = proxied(PICTURES.cached).length;
    const again = await image(PICTURES.cached, { ...BROWSER_HEADERS, referer: "https://other.example/" });
    expect([again.status, new Uint8Array(await again.arrayBuffer())]).toEqual([200, expected.bytes]);
    expect(Object.fromEntries(again.headers)).toMatchObject(IMAGE_HEADERS);
    const revalidated = await image(PICTURES.cached, {
      ...BROWSER_HEADERS,
      "if-none-match": expected.headers.get("etag") ?? "",
    });
    expect(revalidated.status).toBe(304);
    expect(proxied(PICTURES.cached)).toHaveLength(asked);
  });

  it("passes the client's If-None-Match and If-Modified-Since upstream, and its 304 on", async () => {
    const { headers: validators } = await direct(PICTURES.conditional);
    const conditional = {
      "if-none-match": validators.get("etag") ?? "",
      "if-modified-since": validators.get("last-modified") ?? "",
    };
    const res = await image(PICTURES.conditional, { ...BROWSER_HEADERS, ...conditional });
    expect(res.status).toBe(304);
    expect(Object.fromEntries(res.headers)).toMatchObject({
      ...IMAGE_HEADERS,
      etag: conditional["if-none-match"],
    });
    const [seen] = proxied(PICTURES.conditional);
    expect(seen?.headers).toMatchObject(conditional);
    expect(Object.keys(seen?.headers ?? {}).sort()).toEqual(
      ["accept", "cf-worker", "host", "if-modified-since", "if-none-match", "user-agent"].sort(),
    );
  });

  it("answers 404 when the upstream has no such picture", async () => {
    const res = await image(PICTURES.missing);
    expect([res.status, await res.text()]).toEqual([404, "Not Found: upstream answered 404\n"]);
    expect(Object.fromEntries(res.headers)).toMatchObject({
      ...IMAGE_HEADERS,
      "cache-control": "public, max-age=60",
    });
    expect(proxied(PICTURES.missing)).toHaveLength(1);
  });

  it.each([
    ["a well-formed key in no post", () => "0123456789abcdef.png"],
    ["the key of an upstream URL in no post", () => keyOf("/photos/seaside/unlisted.png")],
  ])("answers 404 to %s without asking the upstream", async (_name, key) => {
    const before = site.upstream.seen.length;
    const res = await fetch(`${site.server.url}/img/${key()}`, { headers: BROWSER_HEADERS });
    expect([res.status, await res.text()]).toEqual([404, "Not Found: no such image\n"]);
    expect(site.upstream.seen.length).toBe(before);
  });
});

describe("npm start without the loopback setting leaves loopback pictures out", () => {
  // Set to "" rather than left out, so a developer's own EDGEFEED_ALLOW_LOOPBACK_IMAGES=1 cannot leak in.
  const site = setUpSite("");

  it("builds every post, with one warning per body picture", () => {
    const output = site.server.output();
    for (const url of postsOn(site.upstream.url).flatMap((post) => post.images)) {
      expect(output).toContain(
        `body <img src> is not a public http(s) URL (${JSON.stringify(url)}); dropped`,
      );
    }
    expect(output).toContain("built 2 articles in 4 categories from 2 files: 5 warnings, 0 skipped");
    expect(output).not.toContain("loopback images are proxied");
  });

  it("serves no /img/ URL for them, and the upstream is never contacted", async () => {
    const pages = await articleUrls(site.server);
    expect(pages).toHaveLength(2);
    const documents = await Promise.all(
      [...pages, ...["/", ...FEEDS].map((path) => `${site.server.url}${path}`)].map(text),
    );
    for (const document of documents) {
      expect(imageKeys(document)).toEqual([]);
      expect(document).not.toContain(new URL(site.upstream.url).host);
    }
    for (const path of Object.values(PICTURES)) {
      const res = await fetch(`${site.server.url}/img/${toImageRef(`${site.upstream.url}${path}`).key}`);
      expect([res.status, await res.text()]).toEqual([404, "Not Found: no such image\n"]);
    }
    expect(site.upstream.seen).toEqual([]);
  });
});

/** The `/img/<key>` keys a page or feed refers to, in order. */
function imageKeys(document: string): string[] {
  return [...document.matchAll(/\/img\/([0-9a-f]{16}(?:\.[0-9a-z]{1,8})?)/g)].map((m) => m[1] as string);
}

/** The article pages' URLs, newest first, as the site's JSON Feed lists them. */
async function articleUrls(server: DevServer): Promise<string[]> {
  const feed = (await (await fetch(`${server.url}/feed.json`)).json()) as { items: { url: string }[] };
  return feed.items.map((item) => item.url);
}

async function text(url: string): Promise<string> {
  const res = await fetch(url);
  expect(res.status, url).toBe(200);
  return res.text();
}

/**
 * Requests `path` until one request leaves the upstream's count unchanged: true once the cache
 * answers, false if it never does within many tries. Each try is a full request and a short pause,
 * so a slow machine only takes more tries.
 */
async function isServedFromCache(
  request: (path: string) => Promise<Response>,
  path: string,
  upstreamCount: () => number,
): Promise<boolean> {
  for (let attempt = 0; attempt < 100; attempt++) {
    const before = upstreamCount();
    const res = await request(path);
    await res.arrayBuffer();
    if (res.status === 200 && upstreamCount() === before) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return false;
}
