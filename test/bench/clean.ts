/**
 * A benchmark, not a test: measures the cleaner's throughput against a floor, on the shared corpus
 * cycled to 10,000 posts. The floor parses each post's front matter (gray-matter) and parses and
 * serializes its body with linkedom once; the cleaner's run reads the front matter as the build
 * does, then cleanHtml, pickRepresentativeImage and summarize. The build must keep at least half
 * the floor's rate.
 *
 *   npm run bench:clean -- [posts=10000] [rounds=1]
 */

import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { cleanHtml } from "../../src/build/clean-html.ts";
import { readFrontMatter } from "../../src/build/front-matter.ts";
import { parseHtmlBody } from "../../src/build/html-document.ts";
import { pickRepresentativeImage } from "../../src/build/representative-image.ts";
import { summarize } from "../../src/build/summary.ts";
import { corpusDir } from "../corpus-dir.ts";
import { floorFrontMatterBody } from "./floor-front-matter.ts";

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

function floor(post: string): number {
  return parseHtmlBody(floorFrontMatterBody(post)).body.innerHTML.length;
}

function build(post: string): number {
  const { data, body } = readFrontMatter(post);
  const options = { allowLoopbackImages: false };
  const cleaned = cleanHtml(body, options);
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
