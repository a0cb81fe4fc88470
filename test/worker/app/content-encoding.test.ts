/** Compression of every kind of response, through the app and through the deployed entry. */
import { SELF } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { STYLESHEET_PATH } from "../../../src/worker/pages/stylesheet.ts";
import { routesOf } from "./routes.ts";
import { appOver, BUNDLES } from "./site.ts";

const ORIGIN = "https://encoding.example";

describe.each(BUNDLES)("content encoding of the %s app", (_, bundle) => {
  const { get } = appOver(bundle);
  const routes = routesOf(bundle);
  const encodings: [acceptEncoding: string, encoding: string | null][] = [
    ["gzip", "gzip"],
    ["br", "br"],
    // Equal weights: the response cache's stored gzip bytes, which cost no compression to send.
    ["gzip, deflate, br", "gzip"],
    // br ranked first: still the stored gzip (RFC 9110 §12.5.3 leaves the choice to the server).
    ["br;q=1, gzip;q=0.5", "gzip"],
    ["br;q=0, gzip", "gzip"],
    ["identity", null],
    ["", null],
  ];
  const cases = routes.flatMap((route) =>
    encodings.map(([accept, encoding]) => ({
      name: `${route.name}, Accept-Encoding: ${JSON.stringify(accept)}`,
      path: route.path,
      accept,
      encoding,
    })),
  );

  it.each(cases)("$name: Content-Encoding $encoding", async ({ path, accept, encoding }) => {
    const identity = await get(`${ORIGIN}${path}`);
    const strong = identity.headers.get("etag") ?? "";
    expect(strong).toMatch(/^"[^"]+"$/);
    const response = await get(`${ORIGIN}${path}`, accept === "" ? {} : { "accept-encoding": accept });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-encoding")).toBe(encoding);
    expect(response.headers.get("content-type")).toBe(identity.headers.get("content-type"));
    expect(response.headers.get("vary")).toBe("Accept-Encoding");
    // RFC 9110 §8.8.1: a strong tag only for the very bytes; the encoded body's tag is weak.
    expect(response.headers.get("etag")).toBe(encoding === null ? strong : `W/${strong}`);
    // Either tag revalidates either representation (If-None-Match compares weakly).
    for (const tag of [strong, `W/${strong}`]) {
      const revalidated = await get(`${ORIGIN}${path}`, { "accept-encoding": accept, "if-none-match": tag });
      expect(revalidated.status, tag).toBe(304);
      expect(revalidated.headers.get("etag"), tag).toBe(response.headers.get("etag"));
    }
  });
});

describe.each(BUNDLES)("content encoding of the %s app's stylesheet", (_, bundle) => {
  const { get } = appOver(bundle);

  it.each([
    ["gzip", "gzip"],
    ["br", "br"],
    ["identity", null],
  ])("Accept-Encoding %j: Content-Encoding %s, Vary: Accept-Encoding", async (accept, encoding) => {
    const response = await get(`${ORIGIN}${STYLESHEET_PATH}`, { "accept-encoding": accept });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-encoding")).toBe(encoding);
    expect(response.headers.get("vary")).toBe("Accept-Encoding");
  });
});

describe("content encoding of the deployed worker", () => {
  it.each([["/rss.xml"], ["/atom.xml"], ["/feed.json"], ["/opml.xml"], ["/"]])(
    "%s reaches the client gzip- and br-encoded, and decodes to the same bytes",
    async (path) => {
      const plain = await SELF.fetch(`https://self.example${path}`);
      expect(plain.status).toBe(200);
      const body = await plain.text();
      for (const encoding of ["gzip", "br"]) {
        const response = await SELF.fetch(`https://self.example${path}`, {
          headers: { "accept-encoding": encoding },
        });
        expect(response.headers.get("content-encoding"), encoding).toBe(encoding);
        // The runtime encodes on the wire and fetch() decodes it again.
        expect(await response.text(), encoding).toBe(body);
      }
    },
  );
});
