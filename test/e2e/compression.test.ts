import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { corpusDir } from "../corpus-dir.ts";
import { type DevServer, startDevServer } from "./dev-server.ts";
import { type RawAnswer, rawAnswer } from "./raw-answer.ts";

// Compression as it leaves `npm start`: the worker sets Content-Encoding itself, so feeds are
// compressed even in the types Cloudflare's default list leaves out (application/atom+xml,
// application/feed+json). Node's http.get decodes nothing, so the test sees the bytes on the wire.

const DOCUMENTS = [
  ["/rss.xml", "application/rss+xml"],
  ["/atom.xml", "application/atom+xml"],
  ["/feed.json", "application/feed+json"],
  ["/opml.xml", "text/x-opml"],
  ["/", "text/html"],
] as const;

const DECODERS: Record<string, (bytes: Buffer) => Buffer> = {
  gzip: gunzipSync,
  br: brotliDecompressSync,
};

/** Accept-Encoding as a client sends it, and the encodings it may get (null: identity). */
const ACCEPTS: [string, (string | null)[]][] = [
  ["gzip", ["gzip"]],
  ["br", ["br"]],
  ["br;q=0.5, gzip", ["gzip"]],
  // Equal weights: the worker picks br, and for the types on Cloudflare's own list the runtime
  // re-encodes to the first coding the client names, as Cloudflare does.
  ["gzip, deflate, br, zstd", ["br", "gzip"]],
  ["identity", [null]],
  ["deflate", [null]],
];

describe("npm start compresses what it serves on the wire", () => {
  let server: DevServer;
  beforeAll(async () => {
    server = await startDevServer({ contentDir: corpusDir() });
  }, 120_000);
  afterAll(async () => server?.stop());

  describe.each(DOCUMENTS)("%s (%s)", (path, type) => {
    let identity: RawAnswer;
    beforeAll(async () => {
      identity = await rawAnswer(`${server.url}${path}`, {});
    });

    it("without Accept-Encoding: no Content-Encoding, the type, Vary and a strong ETag", () => {
      expect(identity.status).toBe(200);
      expect(identity.headers["content-type"]?.split(";")[0]).toBe(type);
      expect(identity.headers["content-encoding"]).toBeUndefined();
      // RFC 9110 §12.5.5: a cache must not give this response to a client whose Accept-Encoding differs.
      expect(identity.headers.vary?.toLowerCase()).toContain("accept-encoding");
      expect(identity.headers.etag).toMatch(/^"/);
      expect(identity.body.length).toBeGreaterThan(0);
    });

    it.each(ACCEPTS)(
      "Accept-Encoding: %s gives %j, decoding to the same bytes",
      async (accept, encodings) => {
        const res = await rawAnswer(`${server.url}${path}`, { "accept-encoding": accept });
        expect(res.status).toBe(200);
        const encoding = res.headers["content-encoding"] ?? null;
        expect(encodings).toContain(encoding);
        const decode = encoding === null ? (bytes: Buffer) => bytes : DECODERS[encoding];
        expect(decode?.(res.body).equals(identity.body)).toBe(true);
        if (encoding !== null) {
          // RFC 9110 §8.8.1: other bytes, so at most a weak tag of the same validator.
          expect(res.headers.etag).toBe(`W/${identity.headers.etag}`);
          expect(res.headers.vary?.toLowerCase()).toContain("accept-encoding");
          expect(res.body.length).toBeLessThan(identity.body.length);
        }
      },
    );
  });
});
