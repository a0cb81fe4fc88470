/**
 * Which content types pass: every `image/*`, SVG included (IMAGE_SECURITY_HEADERS forbid its scripts
 * and sandbox it). A missing or generic binary type is decided by the body's first bytes.
 */

/**
 * The media type's essence, lower-cased, parameters dropped; "" when there is none.
 *
 * @example
 * mediaType("Image/JPEG; charset=binary") // "image/jpeg"
 */
export function mediaType(contentType: string | null): string {
  return (contentType ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
}

/**
 * True for a well-formed `image/<subtype>` (RFC 9110 §8.3.1 token characters).
 *
 * @example
 * isImageType("image/webp") // true
 * isImageType("text/html")  // false
 */
export function isImageType(type: string): boolean {
  return /^image\/[a-z0-9!#$%&'*+.^_`|~-]+$/.test(type);
}

/**
 * True when the type says nothing about the bytes (none, or generic binary, as object stores often
 * send), so the bytes are sniffed instead.
 *
 * @example
 * shouldSniff("application/octet-stream") // true
 */
export function shouldSniff(type: string): boolean {
  return type === "" || type === "application/octet-stream" || type === "binary/octet-stream";
}

/** How many leading bytes sniffImageType needs. */
export const SNIFF_BYTES = 16;

const ascii = (text: string) => [...text].map((char) => char.charCodeAt(0));

/**
 * WHATWG MIME Sniffing §6.1 "image type pattern matching", plus AVIF (an ISO BMFF `ftyp` box with an
 * AVIF brand). `null` matches any byte. SVG is text and is never sniffed.
 */
const SIGNATURES: ReadonlyArray<readonly [string, ReadonlyArray<number | null>]> = [
  ["image/x-icon", [0x00, 0x00, 0x01, 0x00]],
  ["image/x-icon", [0x00, 0x00, 0x02, 0x00]],
  ["image/bmp", ascii("BM")],
  ["image/gif", ascii("GIF87a")],
  ["image/gif", ascii("GIF89a")],
  ["image/webp", [...ascii("RIFF"), null, null, null, null, ...ascii("WEBPVP")]],
  ["image/png", [0x89, ...ascii("PNG"), 0x0d, 0x0a, 0x1a, 0x0a]],
  ["image/jpeg", [0xff, 0xd8, 0xff]],
  ["image/avif", [null, null, null, null, ...ascii("ftypavif")]],
  ["image/avif", [null, null, null, null, ...ascii("ftypavis")]],
];

/**
 * The image type whose signature `head` starts with, or null.
 *
 * @example
 * sniffImageType(new Uint8Array([0xff, 0xd8, 0xff, 0xe0])) // "image/jpeg"
 */
export function sniffImageType(head: Uint8Array): string | null {
  const matches = (signature: ReadonlyArray<number | null>) =>
    signature.length <= head.length && signature.every((byte, i) => byte === null || byte === head[i]);
  return SIGNATURES.find(([, signature]) => matches(signature))?.[0] ?? null;
}
