/**
 * A benchmark, not a test: measures the cleaner's throughput against a floor, on the shared corpus cycled to
 * 10,000 posts. The floor parses each post's front matter and parses and serializes its body with
 * linkedom once; the cleaner's run parses the front matter, then cleanHtml, pickRepresentativeImage
 * and summarize. The build must keep at least half the floor's rate.
 *
 *   npm run bench:clean -- [posts=10000] [rounds=1]
 */

import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import matter from "gray-matter";
import { cleanHtml } from "../../src/build/clean-html.ts";
import { parseHtmlBody } from "../../src/build/html-document.ts";
import { pickRepresentativeImage } from "../../src/build/representative-image.ts";
import { summarize } from "../../src/build/summary.ts";
import { corpusDir } from "../corpus-dir.ts";

const CORPUS = corpusDir();
const count = Number(process.argv[2] ?? 10_000);
const rounds = Number(process.argv[3] ?? 1);

const files: string[] = [];
for (const source of readdirSync(CORPUS, { withFileTypes: true })) {
  if (!source.isDirectory()) continue;
  for (const file of readdirSync(join(CORPUS, source.name))) {
    if (file.endsWith(".md")) files.push(readFileSync(join(CORPUS, source.name, file), "utf8"));
  }
}
// Each post made distinct, so no layer can answer from a cache.
const posts = Array.from({ length: count }, (_, i) => `${files[i % files.length]}\n<!-- ${i} -->`);

function frontMatter(post: string): { data: Record<string, unknown>; content: string } {
  try {
    return matter(post, {}); // options given: gray-matter does not cache
  } catch {
    const end = post.indexOf("\n---", post.indexOf("---") + 3);
    return { data: {}, content: post.slice(post.indexOf("\n", end + 1) + 1) };
  }
}

function floor(post: string): number {
  const { content } = frontMatter(post);
  return parseHtmlBody(content).body.innerHTML.length;
}

function build(post: string): number {
  const { data, content } = frontMatter(post);
  const options = { allowLoopbackImages: false };
  const cleaned = cleanHtml(content, options);
  const images = [data.headimg, data.thumbnail].map((value) => (typeof value === "string" ? value : ""));
  const image = pickRepresentativeImage(images, cleaned.images, options);
  return cleaned.html.length + summarize(cleaned.text).length + (image === null ? 0 : 1);
}

// Floor and build alternate post by post, so both see the same machine load and heap.
let floorMs = 0;
let buildMs = 0;
let sink = 0;
for (let round = 0; round < rounds; round++) {
  for (const post of posts) {
    const start = performance.now();
    sink += floor(post);
    const middle = performance.now();
    sink += build(post);
    floorMs += middle - start;
    buildMs += performance.now() - middle;
  }
}
if (sink < 0) throw new Error("unreachable");
console.log(`${count} posts x ${rounds} rounds, floor and build alternating post by post`);
console.log(
  `floor (front matter + linkedom parse and serialize): ${(floorMs / rounds).toFixed(0)} ms a round`,
);
console.log(
  `build (front matter + clean + image + summary):     ${(buildMs / rounds).toFixed(0)} ms a round`,
);
console.log(`build rate / floor rate: ${(floorMs / buildMs).toFixed(2)} (must be >= 0.5)`);
