import { describe, expect, it } from "vitest";
import { GIF, JPEG, PNG, SVG, WEBP } from "./fake-images.ts";
import { ETAG } from "./fake-upstream.ts";
import { imagePath, keyFor, proxyOver, uniqueUrl, upstreamRequests } from "./image-proxy-app.ts";
import { ERROR_HEADERS, imageHeaders, SECURITY_HEADERS } from "./image-proxy-expected.ts";
import { decodeBody, readBody } from "./read-body.ts";

const headersOf = (response: Response) => Object.fromEntries(response.headers);

describe("imageProxy serves images from the table", () => {
  it.each([
    ["/image.jpg", "image/jpeg", JPEG],
    ["/image.png", "image/png", PNG],
    ["/image.webp", "image/webp", WEBP],
    ["/svg", "image/svg+xml", new TextEncoder().encode(SVG)],
  ])("%s as %s, with its length and validators and our headers", async (path, type, bytes) => {
    const url = uniqueUrl(path);
    const response = await proxyOver([url])(imagePath(url));
    expect(response.status).toBe(200);
    expect(headersOf(response)).toEqual(imageHeaders(type, bytes.length));
    expect(await readBody(response)).toEqual(bytes);
  });

  it.each([
    ["/untyped", "no Content-Type", "image/png", PNG],
    ["/octet.gif", "application/octet-stream", "image/gif", GIF],
  ])("%s (%s) by its first bytes, as %s", async (path, _declared, type, bytes) => {
    const url = uniqueUrl(path);
    const response = await proxyOver([url])(imagePath(url));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe(type);
    expect(await readBody(response)).toEqual(bytes);
  });

  it("a gzip-encoded image decoded, without the encoding's length, and with a weak ETag", async () => {
    const url = uniqueUrl("/gzip.svg");
    const response = await proxyOver([url])(imagePath(url));
    const { etag, ...rest } = imageHeaders("image/svg+xml", null);
    expect(headersOf(response)).toEqual({ ...rest, etag: `W/${etag}` });
    expect(decodeBody(await readBody(response))).toBe(SVG);
  });

  it("without the upstream's cookies or other headers", async () => {
    const url = uniqueUrl("/cookie.jpg");
    const response = await proxyOver([url])(imagePath(url));
    expect(headersOf(response)).toEqual(imageHeaders("image/jpeg", JPEG.length));
  });

  it("an SVG only with a policy that forbids its scripts and sandboxes it", async () => {
    const url = uniqueUrl("/svg");
    const response = await proxyOver([url])(imagePath(url));
    const policy = response.headers.get("content-security-policy") ?? "";
    expect(policy.split(/;\s*/)).toEqual(expect.arrayContaining(["default-src 'none'", "sandbox"]));
    expect(policy).not.toMatch(/script-src|unsafe-eval/);
  });

  it("to HEAD: the GET's headers, no body", async () => {
    const url = uniqueUrl("/image.jpg");
    const response = await proxyOver([url])(imagePath(url), { method: "HEAD" });
    expect(response.status).toBe(200);
    expect(headersOf(response)).toEqual(imageHeaders("image/jpeg", JPEG.length));
    expect(await readBody(response)).toEqual(new Uint8Array());
  });

  it("ignoring the query: no parameter names what is fetched", async () => {
    const url = uniqueUrl("/image.jpg");
    const other = uniqueUrl("/image.png");
    const request = proxyOver([url]);
    const query = `?url=${encodeURIComponent(other)}&src=${encodeURIComponent(other)}`;
    const response = await request(`${imagePath(url)}${query}`);
    expect(await readBody(response)).toEqual(JPEG);
    expect((await request(`/img/0123456789abcdef.png${query}`)).status).toBe(404);
    expect(await upstreamRequests(other)).toEqual([]);
  });
});

describe("imageProxy answers 404 for anything but a table key", () => {
  const url = uniqueUrl("/image.jpg");
  const key = keyFor(url);
  const request = proxyOver([url]);

  it.each([
    ["a well-formed key not in the table", "/img/0123456789abcdef.jpg"],
    ["a key without its extension", `/img/${key.split(".")[0]}`],
    ["a key in upper case", `/img/${key.toUpperCase()}`],
    ["a key with a trailing slash", `/img/${key}/`],
    ["a key with a path after it", `/img/${key}/x.jpg`],
    ["an object property name", "/img/constructor"],
    ["__proto__", "/img/__proto__"],
    ["hasOwnProperty", "/img/hasOwnProperty"],
    ["an upstream URL", `/img/${encodeURIComponent(url)}`],
    ["an encoded path traversal", `/img/..%2F..%2F${key}`],
    ["an encoded slash inside a key", `/img/${key.slice(0, 8)}%2F${key.slice(8)}`],
    [
      "a double-encoded key",
      `/img/${encodeURIComponent(`%${key.charCodeAt(0).toString(16)}`)}${key.slice(1)}`,
    ],
    ["no key", "/img/"],
  ])("%s", async (_name, path) => {
    const response = await request(path);
    expect(response.status).toBe(404);
    expect(headersOf(response)).toEqual(ERROR_HEADERS);
    expect(decodeBody(await readBody(response))).toBe("Not Found: no such image\n");
    expect(await upstreamRequests(url)).toEqual([]);
  });

  it("but serves a key whose characters are percent-encoded: the same key", async () => {
    const encoded = `%${key.charCodeAt(0).toString(16)}${key.slice(1)}`;
    expect(await readBody(await request(`/img/${encoded}`))).toEqual(JPEG);
  });
});

describe("imageProxy answers 405 to other methods", () => {
  it.each(["POST", "PUT", "PATCH", "DELETE", "OPTIONS"])("%s, with Allow", async (method) => {
    const url = uniqueUrl("/image.jpg");
    const response = await proxyOver([url])(imagePath(url), { method });
    expect(response.status).toBe(405);
    expect(headersOf(response)).toEqual({ ...ERROR_HEADERS, allow: "GET, HEAD" });
    expect(await upstreamRequests(url)).toEqual([]);
  });
});

describe("imageProxy maps upstream failures to short plain-text errors", () => {
  it.each([
    ["/status/404", 404, "Not Found: upstream answered 404"],
    ["/status/410", 404, "Not Found: upstream answered 410"],
    ["/status/400", 502, "Bad Gateway: upstream answered 400"],
    ["/status/403", 502, "Bad Gateway: upstream answered 403"],
    ["/status/429", 502, "Bad Gateway: upstream answered 429"],
    ["/status/500", 502, "Bad Gateway: upstream answered 500"],
    ["/status/503", 502, "Bad Gateway: upstream answered 503"],
    ["/status/204", 502, "Bad Gateway: upstream answered 204"],
    ["/status/300", 502, "Bad Gateway: upstream answered 300"],
    ["/not-modified", 502, "Bad Gateway: upstream answered 304"],
    ["/html", 502, "Bad Gateway: upstream sent text/html, not an image"],
    ["/untyped-text", 502, "Bad Gateway: upstream sent no Content-Type, not an image"],
  ])("%s -> %i", async (path, status, message) => {
    const url = uniqueUrl(path);
    const response = await proxyOver([url])(imagePath(url));
    expect(response.status).toBe(status);
    expect(headersOf(response)).toEqual(ERROR_HEADERS);
    expect(decodeBody(await readBody(response))).toBe(`${message}\n`);
  });

  it("and serves the next image as if nothing happened", async () => {
    const [bad, good] = [uniqueUrl("/status/500"), uniqueUrl("/image.jpg")];
    const request = proxyOver([bad, good]);
    expect((await request(imagePath(bad))).status).toBe(502);
    expect(await readBody(await request(imagePath(good)))).toEqual(JPEG);
  });
});

describe("imageProxy's headers", () => {
  it("are the same security headers on images, errors and 304s", async () => {
    const url = uniqueUrl("/image.jpg");
    const request = proxyOver([url]);
    const responses = [
      await request(imagePath(url)),
      await request(imagePath(url), { headers: { "if-none-match": ETAG } }),
      await request("/img/0123456789abcdef"),
      await request(imagePath(url), { method: "POST" }),
    ];
    expect(responses.map((response) => response.status)).toEqual([200, 304, 404, 405]);
    for (const response of responses) expect(headersOf(response)).toMatchObject(SECURITY_HEADERS);
  });
});
