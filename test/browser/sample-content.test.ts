import { readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { copySamplesWithLocalImages, rewriteImageUrls } from "./sample-content.ts";

const UPSTREAM = "http://127.0.0.1:4000";

describe("rewriteImageUrls", () => {
  it.each([
    ["https://picsum.photos/seed/a/640/360", `${UPSTREAM}/picsum.photos/seed/a/640/360`],
    ["http://picsum.photos/400/300?random=2231", `${UPSTREAM}/picsum.photos/400/300?random=2231`],
    ['src="//picsum.photos/id/30/560/420.jpg"', `src="${UPSTREAM}/picsum.photos/id/30/560/420.jpg"`],
    [
      "https://cors.zfour.workers.dev/?https://picsum.photos/id/237/480/270.jpg",
      `${UPSTREAM}/picsum.photos/id/237/480/270.jpg`,
    ],
    [
      "https://n.sinaimg.cn/finance/cece9e13/20200514/343233024.png",
      `${UPSTREAM}/n.sinaimg.cn/finance/cece9e13/20200514/343233024.png`,
    ],
    ["https://finance.sina.com.cn/a.shtml", "https://finance.sina.com.cn/a.shtml"],
  ])("%s", (url, expected) => {
    expect(rewriteImageUrls(url, UPSTREAM)).toBe(expected);
  });
});

describe("copySamplesWithLocalImages", () => {
  it("leaves no sample image on the internet", () => {
    const dir = copySamplesWithLocalImages(UPSTREAM);
    try {
      const posts = readdirSync(dir, { recursive: true, withFileTypes: true }).filter(
        (entry) => entry.isFile() && entry.name.endsWith(".md") && entry.name !== "README.md",
      );
      expect(posts).toHaveLength(25);
      for (const post of posts) {
        const text = readFileSync(join(post.parentPath, post.name), "utf8");
        expect(text, post.name).not.toMatch(/\/\/(picsum\.photos|n\.sinaimg\.cn)\/|zfour/);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
