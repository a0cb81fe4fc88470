import { ImageProxyError } from "./image-proxy-error.ts";
import { isImageType, mediaType, SNIFF_BYTES, shouldSniff, sniffImageType } from "./image-type.ts";
import { peekStream } from "./peek-stream.ts";
import { IMAGE_CACHE_CONTROL, IMAGE_SECURITY_HEADERS } from "./response-headers.ts";

/** How an upstream answer is judged. */
export interface CheckImageOptions {
  /** Largest body passed on, in bytes. */
  maxBytes: number;
  /** Whether our request carried the client's conditional headers, so that a 304 answers the client. */
  conditional: boolean;
}

/**
 * What may be served from an upstream answer, with our headers: an image (its body still unread, and
 * so not yet held to the cap), or a 304 for the client's own conditional request.
 */
export type CheckedImage =
  | { status: 200; headers: Headers; body: ReadableStream<Uint8Array>; length: number | null }
  | { status: 304; headers: Headers };

/**
 * Judges the upstream's final (non-redirect) response: its status, its declared length and its type,
 * sniffed from the first bytes when undeclared. Keeps from upstream only the type, length and
 * validators.
 *
 * @example
 * const image = await checkImage(await fetchUpstream(url, options), { maxBytes, conditional: false });
 * @throws ImageProxyError 404 for an upstream 404 or 410; 502 for any other status, a declared length
 *   over the cap, or a body that is not an image.
 */
export async function checkImage(upstream: Response, options: CheckImageOptions): Promise<CheckedImage> {
  if (upstream.status === 304 && options.conditional) {
    return { status: 304, headers: imageHeaders(upstream.headers, null, null) };
  }
  if (upstream.status !== 200) {
    await upstream.body?.cancel();
    const status = upstream.status === 404 || upstream.status === 410 ? 404 : 502;
    throw new ImageProxyError(status, `upstream answered ${upstream.status}`);
  }
  const length = declaredLength(upstream.headers);
  if (length !== null && length > options.maxBytes) {
    await upstream.body?.cancel();
    throw new ImageProxyError(502, `image is ${length} bytes, more than ${options.maxBytes}`);
  }
  const { type, body } = await checkType(upstream);
  return { status: 200, headers: imageHeaders(upstream.headers, type, length), body, length };
}

/** The image type, declared or sniffed, and the body (still whole after a sniff); throws for a non-image. */
async function checkType(upstream: Response): Promise<{ type: string; body: ReadableStream<Uint8Array> }> {
  let body = upstream.body ?? new ReadableStream<Uint8Array>({ start: (controller) => controller.close() });
  let type = mediaType(upstream.headers.get("content-type"));
  if (shouldSniff(type)) {
    const peeked = await peekStream(body, SNIFF_BYTES);
    body = peeked.stream;
    type = sniffImageType(peeked.head) ?? type;
  }
  if (!isImageType(type)) {
    await body.cancel();
    throw new ImageProxyError(502, `upstream sent ${type || "no Content-Type"}, not an image`);
  }
  return { type, body };
}

/** Our headers for an image (or its 304): fixed ones, plus the upstream's validators, type and length. */
function imageHeaders(upstream: Headers, type: string | null, length: number | null): Headers {
  const headers = new Headers({ ...IMAGE_SECURITY_HEADERS, "cache-control": IMAGE_CACHE_CONTROL });
  if (type !== null) headers.set("content-type", type);
  if (length !== null) headers.set("content-length", String(length));
  const etag = upstream.get("etag");
  // workerd decodes a content-coding (and drops Content-Length). A strong validator named the encoded
  // bytes, so for the decoded ones it can only be weak (RFC 9110 §8.8.1).
  const decoded = !["", "identity"].includes(upstream.get("content-encoding") ?? "");
  if (etag !== null) headers.set("etag", decoded && !etag.startsWith("W/") ? `W/${etag}` : etag);
  const lastModified = upstream.get("last-modified");
  if (lastModified !== null) headers.set("last-modified", lastModified);
  return headers;
}

function declaredLength(headers: Headers): number | null {
  const value = headers.get("content-length")?.trim() ?? "";
  return /^\d+$/.test(value) ? Number(value) : null;
}
