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
  const version = createHash("sha256").update(JSON.stringify(body)).digest("hex").slice(0, 16);
  return { format: 1, version, ...body };
}

/**
 * The bundle as an ES module for wrangler to bundle. `JSON.parse` of one string literal starts
 * faster than an object literal of the same size (V8 parses JSON in one cheap pass).
 */
export function serializeBundle(bundle: Bundle): string {
  const json = JSON.stringify(bundle);
  // A single-quoted JS string holding the JSON: escape backslashes, quotes and line terminators.
  const literal = json.replace(/[\\'\n\r\u2028\u2029]/g, (c) => ESCAPES[c] ?? c);
  return `export default JSON.parse('${literal}');\n`;
}

const ESCAPES: Record<string, string> = {
  "\\": "\\\\",
  "'": "\\'",
  "\n": "\\n",
  "\r": "\\r",
  "\u2028": "\\u2028",
  "\u2029": "\\u2029",
};

/** The declaration that lets the worker import the generated module with its type. */
export const BUNDLE_DECLARATION = `declare const bundle: import("../src/model.ts").Bundle;\nexport default bundle;\n`;
