import { sha256 } from "./sha256.ts";

// RFC 4648 §6 alphabet, lower-cased: URL-safe, case-insensitive-safe, no look-alike 0/1/8.
const ALPHABET = "abcdefghijklmnopqrstuvwxyz234567";

/**
 * The SHA-256 of a text's UTF-8 bytes in lower-case base32: 52 characters, the first 12 of which
 * (60 bits) are already unique among millions of texts.
 *
 * @example
 * hashBase32("sina/post-1.md").slice(0, 12) // 12 characters of [a-z2-7]
 */
export function hashBase32(text: string): string {
  const bytes = sha256(text, "buffer");
  let out = "";
  let bits = 0;
  let buffer = 0;
  for (const byte of bytes) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      out += ALPHABET[(buffer >> bits) & 31];
    }
    buffer &= (1 << bits) - 1;
  }
  return bits > 0 ? out + ALPHABET[(buffer << (5 - bits)) & 31] : out;
}
