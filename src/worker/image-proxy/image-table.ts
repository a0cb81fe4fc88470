/**
 * Which images may be fetched: only the URLs in the build's image table, by key. Whether a URL (or a
 * redirect target) may be reached at request time is `isProxyableUrl`'s to say, in `upstream-fetch.ts`.
 */

/** `<16 hex>` or `<16 hex>.<ext>`: the keys the build derives from image URLs. */
export const IMAGE_KEY_PATTERN = /^[0-9a-f]{16}(?:\.[0-9a-z]{1,8})?$/i;

/**
 * The upstream URL of `key`, or null when the key is malformed or not in the table. The key comes from
 * the client, so only the table's own entries count (not `constructor`, `__proto__`...).
 *
 * @example
 * lookUpImage({ "0123456789abcdef.jpg": "https://n.sinaimg.cn/a.jpg" }, "0123456789abcdef.jpg")
 * // "https://n.sinaimg.cn/a.jpg"
 */
export function lookUpImage(images: Readonly<Record<string, string>>, key: string): string | null {
  if (!IMAGE_KEY_PATTERN.test(key) || !Object.hasOwn(images, key)) return null;
  const url = images[key];
  return typeof url === "string" ? url : null;
}
