/**
 * A short, stable fingerprint of a text, for cache-busting file names. Not a security hash: it
 * only has to change when the text does.
 *
 * FNV-1a, 32 bits, over UTF-16 code units (http://www.isthe.com/chongo/tech/comp/fnv/), as 8 hex
 * digits. Synchronous, so a module can compute it at load time (`crypto.subtle` is async).
 *
 * @example
 * fingerprint("foobar") // "bf9cf968"
 */
export function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, "0");
}
