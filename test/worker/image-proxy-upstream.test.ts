import { describe, expect, it } from "vitest";
import { JPEG } from "./fake-images.ts";
import { ETAG, LAST_MODIFIED } from "./fake-upstream.ts";
import { imagePath, proxyOver, uniqueUrl, upstreamRequests } from "./image-proxy-app.ts";
import { readBody } from "./read-body.ts";

const ACCEPT = "image/webp,image/png,image/jpeg,image/gif,image/*;q=0.8,*/*;q=0.5";
const USER_AGENT = "Edgefeed-ImageProxy/1 (+https://edgefeed.test)";

/** What the upstream received, less Host and CF-Worker, which the runtime adds to every fetch. */
async function sentHeaders(url: string): Promise<Array<Record<string, string>>> {
  return (await upstreamRequests(url)).map(({ headers: { host, "cf-worker": worker, ...rest } }) => rest);
}

describe("imageProxy's upstream request", () => {
  it("carries its own User-Agent and Accept, and none of the client's headers", async () => {
    const url = uniqueUrl("/image.jpg");
    const response = await proxyOver([url])(imagePath(url), {
      headers: {
        referer: "https://reader.example/feed",
        cookie: "session=secret",
        authorization: "Bearer secret",
        "x-forwarded-for": "203.0.113.7",
        "x-real-ip": "203.0.113.7",
        forwarded: "for=203.0.113.7",
        "cf-connecting-ip": "203.0.113.7",
        "cf-ipcountry": "CN",
        "cf-ray": "0123456789abcdef-SJC",
        "user-agent": "Mozilla/5.0 (Reader)",
        accept: "image/avif,image/webp,*/*",
        "accept-language": "zh-CN",
        origin: "https://reader.example",
        range: "bytes=0-10",
        "cache-control": "no-cache",
        "x-custom": "1",
      },
    });
    expect(await readBody(response)).toEqual(JPEG);
    expect(await upstreamRequests(url)).toHaveLength(1);
    expect(await sentHeaders(url)).toEqual([{ accept: ACCEPT, "user-agent": USER_AGENT }]);
  });

  it("names the configured site in its User-Agent", async () => {
    const url = uniqueUrl("/image.jpg");
    await proxyOver([url], { siteUrl: "https://news.example.com" })(imagePath(url));
    expect((await sentHeaders(url))[0]?.["user-agent"]).toBe(
      "Edgefeed-ImageProxy/1 (+https://news.example.com)",
    );
  });

  it("passes on the client's conditional headers, verbatim", async () => {
    const url = uniqueUrl("/validated.jpg");
    const conditional = { "if-none-match": `W/"old", ${ETAG}`, "if-modified-since": LAST_MODIFIED };
    await proxyOver([url])(imagePath(url), { headers: conditional });
    expect(await sentHeaders(url)).toEqual([{ accept: ACCEPT, "user-agent": USER_AGENT, ...conditional }]);
  });

  it("sends the same headers on every redirect hop", async () => {
    const url = uniqueUrl("/chain/2");
    const response = await proxyOver([url])(imagePath(url), { headers: { "if-none-match": '"other"' } });
    expect(await readBody(response)).toEqual(JPEG);
    const hops = [url, url.replace("/chain/2", "/chain/1"), url.replace("/chain/2", "/chain/0")];
    const expected = { accept: ACCEPT, "user-agent": USER_AGENT, "if-none-match": '"other"' };
    for (const hop of hops) expect(await sentHeaders(hop)).toEqual([expected]);
  });
});

describe("imageProxy's per-host Referer", () => {
  const referers = { "cdn.example": "https://www.cdn.example/" };

  it.each([
    ["a configured host", "http://cdn.example", "https://www.cdn.example/"],
    ["any other host", "http://img.example", undefined],
  ])("is sent to %s only", async (_name, origin, referer) => {
    const url = uniqueUrl("/image.jpg", origin);
    expect(await readBody(await proxyOver([url], { referers })(imagePath(url)))).toEqual(JPEG);
    expect((await sentHeaders(url))[0]?.referer).toBe(referer);
  });

  it("follows the host across redirects: sent to the configured hop, not to the next", async () => {
    const target = uniqueUrl("/image.jpg", "http://img.example");
    const url = uniqueUrl(`/redirect?to=${encodeURIComponent(target)}`, "http://cdn.example");
    expect(await readBody(await proxyOver([url], { referers })(imagePath(url)))).toEqual(JPEG);
    expect((await sentHeaders(url))[0]?.referer).toBe("https://www.cdn.example/");
    expect((await sentHeaders(target))[0]?.referer).toBeUndefined();
  });

  it("and reaches a configured host after a redirect from another", async () => {
    const target = uniqueUrl("/image.jpg", "http://cdn.example");
    const url = uniqueUrl(`/redirect?to=${encodeURIComponent(target)}`, "http://img.example");
    expect(await readBody(await proxyOver([url], { referers })(imagePath(url)))).toEqual(JPEG);
    expect((await sentHeaders(url))[0]?.referer).toBeUndefined();
    expect((await sentHeaders(target))[0]?.referer).toBe("https://www.cdn.example/");
  });

  it("is not looked up among the table's inherited properties", async () => {
    const url = uniqueUrl("/image.jpg", "http://img.example");
    await proxyOver([url], { referers: Object.create({ "img.example": "https://inherited.example/" }) })(
      imagePath(url),
    );
    expect((await sentHeaders(url))[0]?.referer).toBeUndefined();
  });
});
