import { describe, expect, it } from "vitest";
import { assignArticleIds, hashSource, normalizeSource } from "../../src/build/article-id.ts";
import { hashBase32 } from "../../src/build/base32-hash.ts";

describe("normalizeSource", () => {
  it.each([
    ["sina/post-1.md", "sina/post-1.md"],
    ["./sina/post-1.md", "sina/post-1.md"],
    ["/sina//post-1.md", "sina/post-1.md"],
    [".\\sina\\post-1.md", "sina/post-1.md"],
    ["二次元/番剧/第1话.md", "二次元/番剧/第1话.md"],
    ["cafe\u0301/x.md", "café/x.md"],
  ])("normalizes %j", (source, path) => {
    expect(normalizeSource(source)).toBe(path);
  });
});

describe("assignArticleIds", () => {
  it("gives each post the first 12 base32 characters of its path's hash", () => {
    expect(assignArticleIds(["sina/post-1.md"])).toEqual([hashBase32("sina/post-1.md").slice(0, 12)]);
    expect(assignArticleIds(["sina/post-1.md"])[0]).toMatch(/^[a-z2-7]{12}$/);
  });

  it("depends only on the path: same in any order and any company", () => {
    const [one] = assignArticleIds(["sina/post-1.md"]);
    expect(assignArticleIds(["zhihu/a.md", "sina/post-1.md", "36kr/b.md"])[1]).toBe(one);
    expect(assignArticleIds(["./sina\\post-1.md"])).toEqual([one]);
    expect(assignArticleIds(["sina/post-1.md".normalize("NFD")])).toEqual([one]);
  });

  it("gives the same file name in different folders different ids", () => {
    const [a, b] = assignArticleIds(["sina/post-1.md", "zhihu/post-1.md"]);
    expect(a).not.toBe(b);
  });

  it("keeps 10,000 posts' ids short and distinct", () => {
    const sources = Array.from({ length: 10_000 }, (_, i) => `source-${i % 26}/post-${i}.md`);
    const ids = assignArticleIds(sources);
    expect(new Set(ids).size).toBe(10_000);
    expect(ids.every((id) => id.length === 12)).toBe(true);
  });

  it("never repeats an id, even for paths that normalize alike", () => {
    const variants = ["a/b.md", "./a/b.md", "a\\b.md", "/a/b.md", "a//b.md", "./a\\b.md"];
    const sources = [...variants, ...variants.map((source) => `./${source}`), "a/c.md"];
    const ids = assignArticleIds(sources);
    expect(new Set(ids).size).toBe(sources.length);
    // The first in raw-path order keeps the plain id; then longer prefixes; then numbered.
    const hash = hashBase32("a/b.md");
    const first = sources.filter((source) => normalizeSource(source) === "a/b.md").sort()[0] as string;
    expect(ids[sources.indexOf(first)]).toBe(hash.slice(0, 12));
    expect(ids).toContain(hash.slice(0, 52));
    expect(ids).toContain(`${hash.slice(0, 12)}-2`);
    expect(ids.every((id) => /^[a-z2-7-]+$/.test(id))).toBe(true);
  });

  it("lengthens only the id of the colliding post that sorts later", () => {
    // Paths with equal 12-character prefixes are too rare to find here; NFC twins collide fully.
    const composed = "news/café.md";
    const decomposed = composed.normalize("NFD");
    const hash = hashBase32(composed);
    const existing = assignArticleIds([decomposed, "other.md"]);
    const added = assignArticleIds([composed, decomposed, "other.md"]);
    // The NFD twin sorts first in raw order (e U+0065 < é U+00E9): it keeps its id, the newcomer grows.
    expect(existing[0]).toBe(hash.slice(0, 12));
    expect(added[1]).toBe(hash.slice(0, 12));
    expect(added[0]).toBe(hash.slice(0, 16));
    expect(added[2]).toBe(existing[1]);
  });
});

describe("hashSource", () => {
  it("hashes the normalized path, and ids cut from known hashes are the same", () => {
    expect(hashSource("./sina\\post-1.md")).toBe(hashBase32("sina/post-1.md"));
    const sources = ["a/b.md", "./a/b.md", "c.md", "news/café.md", "news/café.md".normalize("NFD")];
    expect(assignArticleIds(sources, sources.map(hashSource))).toEqual(assignArticleIds(sources));
  });
});
