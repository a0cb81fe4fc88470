import { ImageProxyError } from "./image-proxy-error.ts";

/** An upstream body under the size cap, for the client and for the cache. */
export interface LimitedBody {
  /** The body as it comes, for the client: errors past the cap, or when the upstream fails. */
  stream: ReadableStream<Uint8Array>;
  /** The whole body once it has ended intact, for the cache; rejects otherwise, never partial. */
  whole: Promise<Blob>;
}

/**
 * Reads `body` at the upstream's pace, passing it on as `stream` (read at the client's own pace) and
 * gathering it into `whole`, until more than `maxBytes` have come or the body ends short of a declared
 * `length`: then both fail and `body` is cancelled.
 *
 * The cache gets `whole` rather than a stream: `cache.put()` of a stream that fails midway rejects, yet
 * may keep what it got (Miniflare's does), and an image stored is served for a year.
 *
 * @example
 * const { stream, whole } = limitStream(upstream.body, { maxBytes: 10 * 1024 * 1024, length: null });
 */
export function limitStream(
  body: ReadableStream<Uint8Array>,
  options: { maxBytes: number; length: number | null },
): LimitedBody {
  // Native streams: workerd knows a FixedLengthStream's length, and a native stream can be cancelled
  // (HEAD, 304) without holding up the rest.
  const { readable, writable } =
    options.length === null ? new IdentityTransformStream() : new FixedLengthStream(options.length);
  return { stream: readable, whole: pump(body, writable.getWriter(), options) };
}

async function pump(
  body: ReadableStream<Uint8Array>,
  writer: WritableStreamDefaultWriter,
  { maxBytes, length }: { maxBytes: number; length: number | null },
): Promise<Blob> {
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let seen = 0;
  try {
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
      seen += chunk.value.byteLength;
      if (seen > maxBytes) throw new ImageProxyError(502, `image larger than ${maxBytes} bytes`);
      chunks.push(chunk.value);
      // Not awaited: a slow client does not hold the upstream (and its timeout) up, and one that went
      // away only fails its own writes.
      writer.write(chunk.value).catch(() => {});
    }
    if (length !== null && seen !== length) {
      throw new ImageProxyError(502, `image ended after ${seen} of ${length} bytes`);
    }
    writer.close().catch(() => {});
    return new Blob(chunks);
  } catch (error) {
    await Promise.allSettled([writer.abort(error), reader.cancel(error)]);
    throw error;
  }
}
