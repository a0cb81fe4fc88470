import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PROJECT_ROOT } from "../corpus-dir.ts";

/** The hosts the samples' images live on (content/README.md). */
export const SAMPLE_IMAGE_HOSTS = ["picsum.photos", "n.sinaimg.cn"] as const;

// `https://host/…`, `http://host/…` or `//host/…`, optionally behind the public CORS proxy the
// jandan and bangumi samples use (`https://cors.zfour.workers.dev/?https://picsum.photos/…`).
const IMAGE_URL = new RegExp(
  String.raw`(?:https?:)?//(?:cors\.zfour\.workers\.dev/?\?(?:https?:)?//)?(` +
    SAMPLE_IMAGE_HOSTS.map((host) => host.replaceAll(".", String.raw`\.`)).join("|") +
    ")/",
  "g",
);

/**
 * Points a post's image URLs (front matter and body) at a local image host, keeping the real host
 * and path in the path, so that every image still differs and the build still recognizes the ones
 * it drops by path (Sina's QR-code banner).
 *
 * @example
 * rewriteImageUrls("headimg: 'https://picsum.photos/seed/a/640/360'", "http://127.0.0.1:4000")
 * // "headimg: 'http://127.0.0.1:4000/picsum.photos/seed/a/640/360'"
 */
export function rewriteImageUrls(text: string, upstreamUrl: string): string {
  return text.replace(IMAGE_URL, (_, host: string) => `${upstreamUrl}/${host}/`);
}

/**
 * A copy of `content/` in a new temporary folder, with every image URL rewritten by
 * {@link rewriteImageUrls}: the browser test serves it, built with
 * `EDGEFEED_ALLOW_LOOPBACK_IMAGES=1`, so no image needs the internet.
 *
 * @returns the folder, for `CONTENT_DIR` (the caller removes it)
 */
export function copySamplesWithLocalImages(upstreamUrl: string): string {
  const dir = mkdtempSync(join(tmpdir(), "edgefeed-browser-content-"));
  const source = join(PROJECT_ROOT, "content");
  cpSync(source, dir, { recursive: true });
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith(".md")) continue;
    const file = join(entry.parentPath, entry.name);
    writeFileSync(file, rewriteImageUrls(readFileSync(file, "utf8"), upstreamUrl));
  }
  return dir;
}
