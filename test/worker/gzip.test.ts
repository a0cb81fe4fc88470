import { describe, expect, it } from "vitest";
import { gunzip, gzip } from "../../src/worker/gzip.ts";

describe("gzip", () => {
  const text = new TextEncoder().encode(`<rss>${"<item>新闻 &amp; 资讯</item>".repeat(2000)}</rss>`);

  it("encodes what gunzip decodes, smaller", async () => {
    const encoded = await gzip(text);
    expect(encoded.byteLength).toBeLessThan(text.byteLength / 10);
    expect([...encoded.subarray(0, 2)]).toEqual([0x1f, 0x8b]);
    expect(await gunzip(encoded)).toEqual(text);
  });

  it("gives the same bytes for the same input", async () => {
    expect(await gzip(text)).toEqual(await gzip(text));
  });

  it("handles an empty body", async () => {
    expect(await gunzip(await gzip(new Uint8Array()))).toEqual(new Uint8Array());
  });

  it("rejects bytes that are not gzip", async () => {
    await expect(gunzip(text)).rejects.toThrow();
  });
});
