import type { Bundle, Category } from "../model.ts";
import { type ArticleText, closeArticleText } from "./article-text.ts";
import { type BytePiece, joinBytePieces } from "./byte-pieces.ts";
import { escapeForSingleQuotes } from "./js-string-literal.ts";
import { sha256 } from "./sha256.ts";

/** What a bundle is made of: its articles in final order, as text, and the site-wide parts. */
export interface BundleParts {
  articles: Array<{ text: ArticleText; id: string; category: number }>;
  categories: Category[];
  images: Map<string, string>;
  allowLoopbackImages: boolean;
}

/** A bundle as text, in pieces that are never joined in memory (see `BytePiece`). */
export interface BundleText {
  version: string;
  /** `bundle.js`: the bundle's JSON as a module (see `serializeBundle`). */
  module: BytePiece[];
}

/**
 * Assembles the bundle's text from its parts and stamps it with a hash of its contents, so the
 * same content always gives the same bundle, byte for byte, and a different one a different
 * `version`. Each article's text is copied as it is, never parsed or stringified again, and the
 * version hashes each article's hash rather than its bytes: a rebuild pays for copying 10,000
 * articles, not for their JSON.
 */
export function assembleBundle(parts: BundleParts): BundleText {
  const literal: BytePiece[] = [];
  // What the version hashes, joined: one `update` of a megabyte, not 20,000 small ones.
  const hashed: string[] = [ARTICLES_OPEN];
  const last = parts.articles.length - 1;
  parts.articles.forEach(({ text, id, category }, index) => {
    const close = `${closeArticleText(id, category)}${index < last ? "," : ""}`;
    hashed.push(text.hash, close);
    // Ids and numbers are ASCII: latin1 encodes them byte for byte, faster than UTF-8.
    literal.push(text.literal, Buffer.from(close, "latin1"));
  });
  const images = JSON.stringify(sortImages(parts.images));
  const tail = `],"categories":${JSON.stringify(parts.categories)},"images":${images},"allowLoopbackImages":${parts.allowLoopbackImages}}`;
  hashed.push(tail);
  const version = sha256(hashed.join(""), "hex").slice(0, 16);
  const head = `${JSON.stringify({ format: 1, version }).slice(0, -1)},${ARTICLES_OPEN.slice(1)}`;
  return {
    version,
    module: [
      Buffer.from(`${MODULE_OPEN}${escapeForSingleQuotes(head)}`),
      ...literal,
      Buffer.from(`${escapeForSingleQuotes(tail)}${MODULE_CLOSE}`),
    ],
  };
}

const ARTICLES_OPEN = '{"articles":[';

/**
 * `JSON.parse` of one string literal starts faster than an object literal of the same size (V8
 * parses JSON in one cheap pass).
 */
const MODULE_OPEN = "export default JSON.parse('";
const MODULE_CLOSE = "');\n";

/** Image keys in code-unit order, so the table never depends on the order posts were read in. */
function sortImages(images: Map<string, string>): Record<string, string> {
  // `sort()` without a comparator orders strings by code unit, as `<` does, and is faster.
  return Object.fromEntries([...images.keys()].sort().map((key) => [key, images.get(key) as string]));
}

/**
 * The bundle a text holds, as the worker will see it. Its JSON is kept beside it, so that
 * `serializeBundle` does not stringify tens of megabytes again.
 */
export function parseBundle(text: BundleText): Bundle {
  const module = joinBytePieces(text.module).toString();
  // Undoes `escapeForSingleQuotes`: in its output every backslash starts one of these escapes.
  const json = module
    .slice(MODULE_OPEN.length, -MODULE_CLOSE.length)
    .replace(/\\(\\|'|u2028|u2029)/g, (_, escaped: string) => UNESCAPED[escaped] as string);
  const bundle = JSON.parse(json) as Bundle;
  bundleJson.set(bundle, json);
  return bundle;
}

const UNESCAPED: Record<string, string> = { "\\": "\\", "'": "'", u2028: "\u2028", u2029: "\u2029" };

/** The JSON of bundles read by `parseBundle`. Bundles are never changed once built. */
const bundleJson = new WeakMap<Bundle, string>();

/**
 * The bundle as the ES module `bundle.js` (the same bytes as `assembleBundle` gives for its text).
 */
export function serializeBundle(bundle: Bundle): string {
  const json = bundleJson.get(bundle) ?? JSON.stringify(bundle);
  return `${MODULE_OPEN}${escapeForSingleQuotes(json)}${MODULE_CLOSE}`;
}

/** The declaration that lets the worker import the generated module with its type. */
export const BUNDLE_DECLARATION = `declare const bundle: import("../src/model.ts").Bundle;\nexport default bundle;\n`;
