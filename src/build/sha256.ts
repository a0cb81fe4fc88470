import * as crypto from "node:crypto";

/**
 * The SHA-256 of a text's UTF-8 bytes or of bytes, as `encoding` spells it (`"buffer"`: the 32
 * bytes themselves).
 *
 * @example
 * sha256("abc", "hex").slice(0, 8) // "ba7816bf"
 */
export function sha256(data: string | Uint8Array, encoding: "hex" | "base64url"): string;
export function sha256(data: string | Uint8Array, encoding: "buffer"): Buffer;
export function sha256(data: string | Uint8Array, encoding: "hex" | "base64url" | "buffer"): string | Buffer {
  // A build hashes tens of thousands of short texts (ids, image keys): the one-shot `hash` (Node
  // 20.12) costs half of a `Hash` object's setup. Node 20.3 to 20.11 have only the latter.
  if (typeof crypto.hash === "function") return crypto.hash("sha256", data, encoding as "hex");
  const digest = crypto.createHash("sha256").update(data);
  return encoding === "buffer" ? digest.digest() : digest.digest(encoding);
}
