import { createHash } from "node:crypto";
import type { Bundle } from "../model.ts";

/**
 * Assembles the bundle and stamps it with a hash of its contents, so the same content always gives
 * the same bundle, byte for byte, and a different one a different `version`.
 */
export function buildBundle(
  parts: Omit<Bundle, "format" | "version" | "images"> & { images: Map<string, string> },
): Bundle {
  const images = Object.fromEntries([...parts.images].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  const body = {
    articles: parts.articles,
    categories: parts.categories,
    images,
    allowLoopbackImages: parts.allowLoopbackImages,
  };
  const json = JSON.stringify(body);
  const version = createHash("sha256").update(json).digest("hex").slice(0, 16);
  const bundle: Bundle = { format: 1, version, ...body };
  bodyJson.set(bundle, json);
  return bundle;
}

/**
 * The JSON of each bundle's body as `buildBundle` hashed it, so that `serializeBundle` does not
 * stringify tens of megabytes a second time. Bundles are never changed once built.
 */
const bodyJson = new WeakMap<Bundle, string>();

/**
 * The bundle as an ES module for wrangler to bundle. `JSON.parse` of one string literal starts
 * faster than an object literal of the same size (V8 parses JSON in one cheap pass).
 */
export function serializeBundle(bundle: Bundle): string {
  const body = bodyJson.get(bundle);
  // The same text as JSON.stringify(bundle): its first two members, then the body's.
  const json =
    body === undefined
      ? JSON.stringify(bundle)
      : `${JSON.stringify({ format: bundle.format, version: bundle.version }).slice(0, -1)},${body.slice(1)}`;
  // A single-quoted JS string holding the JSON: escape backslashes, quotes and the line terminators
  // JSON leaves raw (it writes LF and CR as \n and \r already). One native pass each, no callback
  // per match: the JSON of HTML has a backslash before every attribute's quote.
  const literal = json
    .replaceAll("\\", "\\\\")
    .replaceAll("'", "\\'")
    .replaceAll("\u2028", "\\u2028")
    .replaceAll("\u2029", "\\u2029");
  return `export default JSON.parse('${literal}');\n`;
}

/** The declaration that lets the worker import the generated module with its type. */
export const BUNDLE_DECLARATION = `declare const bundle: import("../src/model.ts").Bundle;\nexport default bundle;\n`;
