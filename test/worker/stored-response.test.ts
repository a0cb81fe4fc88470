import { describe, expect, it } from "vitest";
import { gunzip } from "../../src/worker/gzip.ts";
import {
  answerStored,
  readStored,
  type StoredResponse,
  storedSize,
  toEdgeEntry,
  withGzip,
} from "../../src/worker/stored-response.ts";

const BODY = `<rss>${"<item>新闻</item>".repeat(500)}</rss>`;
const HEADERS = {
  "content-type": "application/rss+xml; charset=utf-8",
  etag: '"abc"',
  "last-modified": "Fri, 20 Aug 2021 06:36:14 GMT",
  "cache-control": "public, max-age=300, s-maxage=3600",
  vary: "Accept-Encoding",
};

const rendered = () => readStored(new Response(BODY, { headers: HEADERS }));

describe("a stored response", () => {
  it("keeps the body as bytes, plain until gzip is asked for", async () => {
    const stored = await rendered();
    expect(new TextDecoder().decode(stored.body)).toBe(BODY);
    expect(stored.gzip).toBeNull();
    expect(storedSize(stored)).toBe(stored.body.byteLength);
  });

  it("answers gzip with the encoded bytes, Content-Encoding and a weak ETag", async () => {
    const stored = (await withGzip(await rendered())) as StoredResponse;
    const answer = answerStored(stored, "gzip");
    expect(answer.headers.get("content-encoding")).toBe("gzip");
    expect(answer.headers.get("etag")).toBe('W/"abc"');
    expect(answer.headers.get("vary")).toBe("Accept-Encoding");
    expect(await gunzip(new Uint8Array(await answer.arrayBuffer()))).toEqual(stored.body);
    expect(storedSize(stored)).toBe(stored.body.byteLength + (stored.gzip?.body.byteLength ?? 0));
  });

  it("answers plain, with the strong ETag, without gzip or when gzip is not stored", async () => {
    const plain = await rendered();
    const encoded = (await withGzip(plain)) as StoredResponse;
    for (const answer of [answerStored(encoded, null), answerStored(plain, "gzip")]) {
      expect(answer.headers.get("content-encoding")).toBeNull();
      expect(answer.headers.get("etag")).toBe('"abc"');
      expect(await answer.text()).toBe(BODY);
    }
  });

  it("goes to the edge cache and back whole, gzip bytes included", async () => {
    const stored = (await withGzip(await rendered())) as StoredResponse;
    const back = await readStored(toEdgeEntry(stored));
    expect(back).toEqual(stored);
    const plain = await rendered();
    expect(await readStored(toEdgeEntry(plain))).toEqual(plain);
  });

  it("is never gzip-encoded when its type is not text", async () => {
    const image = await readStored(
      new Response(new Uint8Array([1, 2, 3]), { headers: { "content-type": "image/png" } }),
    );
    expect(await withGzip(image)).toBeNull();
  });
});
