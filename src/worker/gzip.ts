/**
 * `bytes` gzip-encoded by the runtime's zlib (`CompressionStream`), whose output for the same input
 * is the same bytes every time.
 *
 * @example
 * const encoded = await gzip(new TextEncoder().encode("<rss>…</rss>"));
 */
export function gzip(bytes: Uint8Array): Promise<Uint8Array> {
  return transform(bytes, new CompressionStream("gzip"));
}

/** The bytes that {@link gzip} encoded. */
export function gunzip(bytes: Uint8Array): Promise<Uint8Array> {
  return transform(bytes, new DecompressionStream("gzip"));
}

async function transform(
  bytes: Uint8Array,
  stream: CompressionStream | DecompressionStream,
): Promise<Uint8Array> {
  const writer = stream.writable.getWriter();
  const [out] = await Promise.all([
    new Response(stream.readable).arrayBuffer(),
    writer.write(bytes).then(() => writer.close()),
  ]);
  return new Uint8Array(out);
}
