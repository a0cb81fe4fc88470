import type { Settings } from "../site.ts";

/** What a rendered document needs to be served and revalidated. */
export interface CacheableBody {
  body: string;
  /** `Content-Type`, with charset. */
  type: string;
  /** ISO 8601 time of the newest thing in the document: its `Last-Modified`. */
  lastModified: string;
}

/**
 * A 200 response for a rendered document, with the validators and caching headers every feed and
 * page carries: a strong `ETag` derived from the bytes (the same on every deploy and at every edge
 * location for the same content), `Last-Modified`, and `Cache-Control` from the settings.
 */
export async function cacheableResponse(doc: CacheableBody, settings: Settings): Promise<Response> {
  const bytes = new TextEncoder().encode(doc.body);
  return new Response(bytes, {
    headers: {
      "content-type": doc.type,
      etag: `"${await digest(bytes)}"`,
      "last-modified": new Date(doc.lastModified).toUTCString(),
      "cache-control": `public, max-age=${settings.browserTtl}, s-maxage=${settings.edgeTtl}`,
      vary: "Accept-Encoding",
    },
  });
}

/** 144 bits of SHA-256 in base64url: ample against collisions, short in every response. */
async function digest(bytes: Uint8Array): Promise<string> {
  const hash = new Uint8Array(await crypto.subtle.digest("SHA-256", bytes));
  let binary = "";
  for (const byte of hash.subarray(0, 18)) binary += String.fromCharCode(byte);
  return btoa(binary).replaceAll("+", "-").replaceAll("/", "_");
}
