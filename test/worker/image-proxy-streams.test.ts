import { describe, expect, it } from "vitest";
import { toImageProxyError } from "../../src/worker/image-proxy/image-proxy-error.ts";
import { type LimitedBody, limitStream } from "../../src/worker/image-proxy/limit-stream.ts";
import { peekStream } from "../../src/worker/image-proxy/peek-stream.ts";
import { readBody } from "./read-body.ts";

/** A stream of `sizes.length` chunks of those sizes, byte i of the whole being i % 256; then `end`. */
function chunks(sizes: number[], end: Error | null = null): ReadableStream<Uint8Array> {
  let offset = 0;
  let index = 0;
  return new ReadableStream({
    pull(controller) {
      const size = sizes[index++];
      if (size === undefined) return end === null ? controller.close() : controller.error(end);
      controller.enqueue(Uint8Array.from({ length: size }, (_, i) => (offset + i) % 256));
      offset += size;
    },
  });
}

const sequence = (length: number) => Uint8Array.from({ length }, (_, i) => i % 256);

/** What limitStream gave: the stream as read, and the whole, each as bytes or the error it failed with. */
async function settle({ stream, whole }: LimitedBody): Promise<Array<Uint8Array | Error>> {
  const gathered = whole.then(
    async (blob) => new Uint8Array(await blob.arrayBuffer()),
    (error: Error) => error,
  );
  return Promise.all([readBody(new Response(stream)), gathered]);
}

describe("peekStream", () => {
  it.each([
    ["one large chunk", [100]],
    ["several small chunks", [3, 3, 3, 3, 3, 3, 100]],
    ["chunks ending right at the size", [8, 8, 50]],
  ])("reads the first 16 bytes of %s and still yields the whole", async (_name, sizes) => {
    const { head, stream } = await peekStream(chunks(sizes), 16);
    expect(head).toEqual(sequence(16));
    const total = sizes.reduce((sum, size) => sum + size, 0);
    expect(await readBody(new Response(stream))).toEqual(sequence(total));
  });

  it("gives all of a shorter stream", async () => {
    const { head, stream } = await peekStream(chunks([5]), 16);
    expect(head).toEqual(sequence(5));
    expect(await readBody(new Response(stream))).toEqual(sequence(5));
  });
});

describe("limitStream", () => {
  it.each([
    ["undeclared", null],
    ["declared", 3000],
  ])("passes a body of exactly the cap, %s, to the stream and whole", async (_name, length) => {
    const limited = limitStream(chunks([1000, 1000, 1000]), { maxBytes: 3000, length });
    expect(await settle(limited)).toEqual([sequence(3000), sequence(3000)]);
  });

  it.each([
    [
      "one byte past the cap",
      [1000, 1000, 1001],
      null,
      null,
      "ImageProxyError: image larger than 3000 bytes",
    ],
    [
      "short of its declared length",
      [1000],
      2000,
      null,
      "ImageProxyError: image ended after 1000 of 2000 bytes",
    ],
    ["whose upstream fails", [1000], null, new Error("connection reset"), "Error: connection reset"],
  ])("fails both for a body %s", async (_name, sizes, length, end, message) => {
    const [stream, whole] = await settle(limitStream(chunks(sizes, end), { maxBytes: 3000, length }));
    expect(stream).toBeInstanceOf(Error);
    expect(String(whole)).toBe(message);
  });

  it("still gathers the whole when the stream's reader goes away", async () => {
    const { stream, whole } = limitStream(chunks([1000, 1000]), { maxBytes: 3000, length: null });
    await stream.cancel();
    expect(new Uint8Array(await (await whole).arrayBuffer())).toEqual(sequence(2000));
  });
});

describe("toImageProxyError", () => {
  it.each([
    ["a timeout", new DOMException("The operation was aborted due to timeout", "TimeoutError"), 504],
    ["a network failure", new TypeError("Network connection lost."), 502],
    ["anything else", new Error("unexpected"), 502],
  ])("maps %s to %i", (_name, error, status) => {
    expect(toImageProxyError(error).status).toBe(status);
  });
});
