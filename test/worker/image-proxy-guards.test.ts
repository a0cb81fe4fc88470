import { describe, expect, it } from "vitest";
import { JPEG } from "./fake-images.ts";
import { SLOW_MS } from "./fake-upstream.ts";
import { imagePath, ORIGIN, proxyOver, uniqueUrl, upstreamRequests } from "./image-proxy-app.ts";
import { decodeBody, readBody } from "./read-body.ts";

const unique = (url: string) => `${url}${url.includes("?") ? "&" : "?"}case=${crypto.randomUUID()}`;

/** Not http(s) to a public host, in the spellings a crawled post or a redirect might use. */
const REFUSED = [
  "http://10.0.0.1/a.jpg",
  "http://172.16.0.1/a.jpg",
  "http://192.168.1.1/a.jpg",
  "http://169.254.169.254/latest/meta-data/",
  "http://100.64.0.1/a.jpg",
  "http://0.0.0.0/a.jpg",
  "http://127.0.0.1/a.jpg",
  "http://2130706433/a.jpg",
  "http://localhost/a.jpg",
  "http://[::1]/a.jpg",
  "http://[::ffff:10.0.0.1]/a.jpg",
  "http://[fd00::1]/a.jpg",
  "http://intranet/a.jpg",
  "http://printer.local/a.jpg",
  "http://user:secret@img.example/image.jpg",
  "ftp://img.example/image.jpg",
  "file:///etc/passwd",
];

describe("imageProxy refuses, at request time, a table URL that is not http(s) to a public host", () => {
  it.each(REFUSED)("%s", async (refused) => {
    const url = unique(refused);
    const response = await proxyOver([url])(imagePath(url));
    expect(response.status).toBe(502);
    expect(decodeBody(await readBody(response))).toBe(
      "Bad Gateway: image URL is not http(s) to a public host\n",
    );
    expect(await upstreamRequests(url)).toEqual([]);
  });

  it.each([
    [false, 502],
    [true, 200],
  ])("a loopback one too, unless allowLoopback (%s)", async (allowLoopback, status) => {
    const url = uniqueUrl("/image.jpg", "http://127.0.0.1");
    const response = await proxyOver([url], { allowLoopback })(imagePath(url));
    expect(response.status).toBe(status);
    expect(await upstreamRequests(url)).toHaveLength(allowLoopback ? 1 : 0);
  });
});

describe("imageProxy follows redirects by hand", () => {
  const redirectTo = (target: string, status = 302) =>
    uniqueUrl(`/redirect?to=${encodeURIComponent(target)}&status=${status}`);

  it.each([301, 302, 303, 307, 308])("%i to a public host, checked and followed", async (status) => {
    const target = uniqueUrl("/image.jpg", "http://cdn.example");
    const url = redirectTo(target, status);
    expect(await readBody(await proxyOver([url])(imagePath(url)))).toEqual(JPEG);
    expect(await upstreamRequests(target)).toHaveLength(1);
  });

  it.each([...REFUSED, "data:image/png;base64,iVBORw0KGgo=", "javascript:alert(1)", "http://["])(
    "refusing one to %s without requesting it",
    async (refused) => {
      const target = unique(refused);
      const url = redirectTo(target);
      const response = await proxyOver([url])(imagePath(url));
      expect(response.status).toBe(502);
      expect(decodeBody(await readBody(response))).toBe(
        "Bad Gateway: redirect is not http(s) to a public host\n",
      );
      expect(await upstreamRequests(target)).toEqual([]);
    },
  );

  it("refusing one to a private host even when loopback is allowed", async () => {
    const target = unique("http://10.0.0.1/a.jpg");
    const url = redirectTo(target);
    expect((await proxyOver([url], { allowLoopback: true })(imagePath(url))).status).toBe(502);
    expect(await upstreamRequests(target)).toEqual([]);
  });

  it.each([
    [3, 200, 4],
    [4, 502, 4],
    [9, 502, 4],
  ])("%i relative ones in a row -> %i, after %i requests", async (count, status, requests) => {
    const url = uniqueUrl(`/chain/${count}`);
    const response = await proxyOver([url])(imagePath(url));
    expect(response.status).toBe(status);
    if (status === 502)
      expect(decodeBody(await readBody(response))).toBe("Bad Gateway: more than 3 redirects\n");
    const hops = Array.from({ length: count + 1 }, (_, i) =>
      url.replace(`/chain/${count}`, `/chain/${count - i}`),
    );
    const made = await Promise.all(hops.map(async (hop) => (await upstreamRequests(hop)).length));
    expect(made.reduce((sum, n) => sum + n, 0)).toBe(requests);
  });

  it("refusing one without a Location", async () => {
    const url = uniqueUrl("/redirect-no-location");
    const response = await proxyOver([url])(imagePath(url));
    expect(response.status).toBe(502);
    expect(decodeBody(await readBody(response))).toBe(
      "Bad Gateway: upstream answered 302 without a Location\n",
    );
  });
});

describe("imageProxy caps an image's size", () => {
  it.each([
    [1000, 200],
    [1001, 502],
  ])("declared: %i bytes against 1000 -> %i, before any is streamed", async (size, status) => {
    const url = uniqueUrl(`/bytes/${size}`);
    const response = await proxyOver([url], { maxBytes: 1000 })(imagePath(url));
    expect(response.status).toBe(status);
    const body = await readBody(response);
    if (status === 200) expect(body).toHaveLength(size);
    else expect(decodeBody(body)).toBe("Bad Gateway: image is 1001 bytes, more than 1000\n");
  });

  it("declared, at 10 MiB by default", async () => {
    const url = uniqueUrl(`/bytes/${10 * 1024 * 1024 + 1}`);
    const response = await proxyOver([url])(imagePath(url));
    expect(decodeBody(await readBody(response))).toBe(
      "Bad Gateway: image is 10485761 bytes, more than 10485760\n",
    );
  });

  it("undeclared: streams up to the cap", async () => {
    const url = uniqueUrl("/stream/40000");
    const response = await proxyOver([url], { maxBytes: 40000 })(imagePath(url));
    expect(response.headers.get("content-length")).toBeNull();
    expect(await readBody(response)).toHaveLength(40000);
  });

  it("undeclared: fails the stream past the cap, and stores nothing", async () => {
    const url = uniqueUrl("/stream/1000000");
    const request = proxyOver([url], { maxBytes: 40000 });
    for (const _ of [1, 2]) {
      const response = await request(imagePath(url));
      expect(response.status).toBe(200);
      expect(String(await readBody(response))).toBe("ImageProxyError: image larger than 40000 bytes");
    }
    expect(await upstreamRequests(url)).toHaveLength(2);
    expect(await caches.default.match(`${ORIGIN}${imagePath(url)}`)).toBeUndefined();
  });
});

describe("imageProxy bounds the upstream exchange in time", () => {
  // Far from the fake's SLOW_MS both ways, so that a busy machine changes neither outcome.
  const timeoutMs = 600;

  it("answers 504 when the upstream sends no answer in time", async () => {
    const url = uniqueUrl("/slow-headers");
    const started = Date.now();
    const response = await proxyOver([url], { timeoutMs })(imagePath(url));
    expect(response.status).toBe(504);
    expect(decodeBody(await readBody(response))).toBe("Gateway Timeout: upstream did not answer in time\n");
    expect(Date.now() - started).toBeLessThan(SLOW_MS);
  });

  it("across redirects: one time limit for all hops", async () => {
    const slow = uniqueUrl("/slow-headers");
    const url = uniqueUrl(`/redirect?to=${encodeURIComponent(slow)}`);
    const response = await proxyOver([url], { timeoutMs })(imagePath(url));
    expect(response.status).toBe(504);
    expect(await upstreamRequests(slow)).toHaveLength(1);
  });

  it("fails the stream when the body is not over in time, and stores nothing", async () => {
    const url = uniqueUrl("/slow-body");
    const request = proxyOver([url], { timeoutMs });
    for (const _ of [1, 2]) {
      const response = await request(imagePath(url));
      expect(response.status).toBe(200);
      expect(await readBody(response)).toMatchObject({ name: "TimeoutError" });
    }
    expect(await upstreamRequests(url)).toHaveLength(2);
    expect(await caches.default.match(`${ORIGIN}${imagePath(url)}`)).toBeUndefined();
  });

  it("and serves the next image as if nothing happened", async () => {
    const [slow, good] = [uniqueUrl("/slow-headers"), uniqueUrl("/image.jpg")];
    const request = proxyOver([slow, good], { timeoutMs });
    expect((await request(imagePath(slow))).status).toBe(504);
    expect(await readBody(await request(imagePath(good)))).toEqual(JPEG);
  });
});
