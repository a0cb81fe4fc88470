import { encodedHeaders, isCompressible } from "./content-encoding.ts";
import { gunzip, gzip } from "./gzip.ts";

/**
 * A 200 response as the response cache keeps it. The body is bytes, never a string or a stream, so
 * that answering it encodes nothing; its gzip encoding is kept beside it once a client that accepts
 * gzip has asked, so that answering that client compresses nothing either.
 */
export interface StoredResponse {
  /** The body as rendered. */
  readonly body: Uint8Array;
  /** The headers of the plain answer. */
  readonly headers: [string, string][];
  /** The body gzip-encoded and the headers answered with it; null until a client asks. */
  readonly gzip: StoredEncoding | null;
}

/** One encoding of a stored body. */
export interface StoredEncoding {
  readonly body: Uint8Array;
  readonly headers: [string, string][];
}

/**
 * Marks an edge-cache entry whose body is the gzip encoding. It is no `Content-Encoding`: the Cache
 * API would decode such a body as it reads it, and the point is to keep the encoded bytes.
 */
const EDGE_GZIP = "x-edgefeed-gzip";

/** Reads a rendered response, or an edge-cache entry that {@link toEdgeEntry} wrote. */
export async function readStored(response: Response): Promise<StoredResponse> {
  const bytes = new Uint8Array(await response.arrayBuffer());
  // Content-Length is the runtime's to set, from the bytes each answer sends.
  const headers = [...response.headers].filter(([name]) => name !== EDGE_GZIP && name !== "content-length");
  if (!response.headers.has(EDGE_GZIP)) return { body: bytes, headers, gzip: null };
  return { body: await gunzip(bytes), headers, gzip: { body: bytes, headers: gzipHeaders(headers) } };
}

/**
 * The entry with its gzip encoding, made now if it has none; null for a type not worth compressing
 * (images).
 */
export async function withGzip(stored: StoredResponse): Promise<StoredResponse | null> {
  if (stored.gzip !== null) return stored;
  const type = stored.headers.find(([name]) => name === "content-type")?.[1] ?? null;
  if (!isCompressible(type)) return null;
  return { ...stored, gzip: { body: await gzip(stored.body), headers: gzipHeaders(stored.headers) } };
}

/** The answer from a stored response: gzip-encoded when it is asked for and stored, else plain. */
export function answerStored(stored: StoredResponse, encoding: "gzip" | null): Response {
  if (encoding === "gzip" && stored.gzip !== null) {
    // `manual`: the body is already encoded; the runtime sends it as it is.
    return new Response(stored.gzip.body, { headers: stored.gzip.headers, encodeBody: "manual" });
  }
  return new Response(stored.body, { headers: stored.headers });
}

/** The edge-cache entry of a stored response: the gzip encoding when there is one, else the body. */
export function toEdgeEntry(stored: StoredResponse): Response {
  if (stored.gzip === null) return new Response(stored.body, { headers: stored.headers });
  return new Response(stored.gzip.body, { headers: [...stored.headers, [EDGE_GZIP, "1"]] });
}

/** Bytes a stored response takes in memory. */
export function storedSize(stored: StoredResponse): number {
  return stored.body.byteLength + (stored.gzip?.body.byteLength ?? 0);
}

function gzipHeaders(headers: [string, string][]): [string, string][] {
  return [...encodedHeaders(headers, "gzip")];
}
