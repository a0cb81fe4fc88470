import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { serializeBundle } from "../../src/build/build-bundle.ts";
import { type BuildOptions, buildSite } from "../../src/build/build-site.ts";
import { PostCache } from "../../src/build/post-cache.ts";
import type { Bundle } from "../../src/model.ts";
import { corpusDir } from "../corpus-dir.ts";
import { ATTRIBUTE_MARKERS, BOILERPLATE_MARKERS, TAG_MARKERS } from "./boilerplate-markers.ts";
import { crawledPost, writeFiles } from "./content-files.ts";

const NOW = new Date("2026-01-01T00:00:00Z");

function build(contentDir: string, more: Partial<BuildOptions> = {}) {
  return buildSite({ contentDir, timeZone: "UTC", allowLoopbackImages: false, now: NOW, ...more });
}

/** Every `/img/<key>` an article's HTML refers to. */
function imageKeysIn(html: string): string[] {
  return [...html.matchAll(/src="\/img\/([^"]+)"/g)].map((m) => m[1] as string);
}

describe("buildSite over the real corpus", () => {
  const result = build(corpusDir());
  const { bundle } = result;

  it("publishes every post and skips none", () => {
    const manifest = readFileSync(join(corpusDir(), "MANIFEST.tsv"), "utf8").trimEnd().split("\n").slice(1);
    expect(result.files).toBe(manifest.length);
    expect(result.skipped).toBe(0);
    expect(bundle.articles).toHaveLength(manifest.length);
    expect(new Set(bundle.articles.map((a) => a.source))).toEqual(
      new Set(manifest.map((l) => l.split("\t")[0])),
    );
  });

  it("warns only about what the corpus README lists as broken", () => {
    const warnings = result.problems.map((p) => `${p.file.slice(corpusDir().length + 1)}: ${p.field}`);
    expect(warnings.sort()).toEqual(
      [
        'jianshu-home/locksupport-offer-ef631ae39a.md: front matter "date"', // Invalid Date
        "juejin/post-1c3f7f9a90.md: body <img src>", // https://juejin.cn/post/undefined
        "legacy-1draw/post-68ae3d9054.md: front matter", // not YAML
        "legacy-agefans/post-71956c1ebe.md: front matter",
        "legacy-agefans/post-74e7af3a52.md: front matter",
        "legacy-dlsite/2021-04-18-dlsite-vol1-fbda0c3bf8.md: body <img src>", // a data: placeholder
        'legacy-dlsite/2021-04-18-dlsite-vol1-fbda0c3bf8.md: front matter "date"', // year 0900
        "legacy-dlsite/2021-04-18-dlsite-vol1-fbda0c3bf8.md: front matter",
      ].sort(),
    );
  });

  it("leaves no boilerplate marker anywhere in the bundle", () => {
    const published = bundle.articles.map((a) => `${a.title}\n${a.summary}\n${a.html}`).join("\n");
    for (const marker of [...BOILERPLATE_MARKERS, ...TAG_MARKERS])
      expect(published, marker).not.toContain(marker);
    // Attributes only inside tags: code text may well say `class=`.
    const tags = bundle.articles.flatMap((a) => a.html.match(/<[a-z][^>]*>/g) ?? []).join("\n");
    for (const marker of ATTRIBUTE_MARKERS) expect(tags, marker).not.toContain(marker);
  });

  it("puts every image the articles show into the image table, and nothing else", () => {
    const shown = new Set<string>();
    for (const article of bundle.articles) {
      for (const key of imageKeysIn(article.html)) shown.add(key);
      if (article.image) shown.add(article.image.key);
    }
    expect(new Set(Object.keys(bundle.images))).toEqual(shown);
    for (const url of Object.values(bundle.images)) expect(url).toMatch(/^https?:\/\/[^/]+\.[^/]+\//);
  });

  it("orders articles newest first and files each under an existing category", () => {
    const dates = bundle.articles.map((a) => a.date);
    expect(dates).toEqual([...dates].sort().reverse());
    for (const article of bundle.articles) expect(bundle.categories[article.category]).toBeDefined();
    expect(bundle.categories[0]?.articles).toHaveLength(bundle.articles.length);
  });

  it("folds `— 番剧` and `番剧` into one category", () => {
    const acfun = bundle.categories.filter((c) => c.label === "番剧");
    expect(acfun).toHaveLength(1);
    expect(acfun[0]?.articles).toHaveLength(2);
  });

  it("gives every post a distinct id and never a `]]>` in its HTML", () => {
    expect(new Set(bundle.articles.map((a) => a.id)).size).toBe(bundle.articles.length);
    for (const article of bundle.articles) expect(article.html).not.toContain("]]>");
  });

  it("is deterministic: the same content builds byte-identical bundles", () => {
    expect(serializeBundle(build(corpusDir()).bundle)).toBe(serializeBundle(bundle));
  });
});

describe("buildSite on edge cases", () => {
  let dir: string;
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  function writePosts(files: Record<string, string | Uint8Array>): string {
    dir = mkdtempSync(join(tmpdir(), "edgefeed-build-"));
    writeFiles(dir, files);
    return dir;
  }

  const post = (title: string, body?: string) => crawledPost({ title, body, categories: ["金融", "测试"] });

  it("passes over README.md and names starting with _ or . without a word", () => {
    const result = build(
      writePosts({
        "README.md": "# not a post",
        "a/README.md": "# not a post either",
        "_drafts/x.md": post("草稿"),
        ".git/y.md": post("隐藏"),
        "a/_z.md": post("下划线"),
        "notes.txt": "not markdown",
        "a/post.md": post("文章"),
      }),
    );
    expect(result.files).toBe(1);
    expect(result.problems).toEqual([]);
    expect(result.bundle.articles.map((a) => a.title)).toEqual(["文章"]);
  });

  it("skips files with nothing publishable and says which", () => {
    const result = build(
      writePosts({
        "empty.md": "",
        "blank.md": "\n  \n",
        "binary.md": new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]),
        "ok.md": post("好"),
      }),
    );
    expect(result.bundle.articles).toHaveLength(1);
    expect(result.skipped).toBe(3);
    expect(result.problems.filter((p) => p.severity === "skip").map((p) => p.file)).toEqual([
      join(dir, "binary.md"),
      join(dir, "blank.md"),
      join(dir, "empty.md"),
    ]);
  });

  it("keeps ids across title and body edits, and apart for the same name in two folders", () => {
    const before = build(writePosts({ "a/post.md": post("旧标题"), "b/post.md": post("另一篇") })).bundle;
    writeFileSync(join(dir, "a/post.md"), post("新标题", "<p>改过的正文。</p>"));
    const after = build(dir).bundle;
    const idOf = (bundle: Bundle, source: string) => bundle.articles.find((a) => a.source === source)?.id;
    expect(idOf(after, "a/post.md")).toBe(idOf(before, "a/post.md"));
    expect(idOf(before, "a/post.md")).not.toBe(idOf(before, "b/post.md"));
  });

  it("reads zone-less dates in the site's time zone", () => {
    const dir = writePosts({ "a.md": post("时区") });
    const utc = build(dir, { timeZone: "UTC" }).bundle.articles[0]?.date;
    const shanghai = build(dir, { timeZone: "Asia/Shanghai" }).bundle.articles[0]?.date;
    expect(utc).toBe("2021-05-16T04:16:04Z");
    expect(shanghai).toBe("2021-05-15T20:16:04Z");
  });

  it("cleans only changed posts again when given a cache", () => {
    const dir = writePosts({ "a.md": post("甲"), "b.md": post("乙"), "c.md": post("丙") });
    const cacheDir = `${dir}-cache`;
    try {
      const first = PostCache.open(cacheDir, {});
      const built = build(dir, { cache: first });
      expect(built.reused).toBe(0);
      first.save(built.order);
      first.close();
      writeFileSync(join(dir, "b.md"), post("乙", "<p>改了。</p>"));
      const second = PostCache.open(cacheDir, {});
      const result = build(dir, { cache: second });
      expect(result.reused).toBe(2);
      expect(result.bundle.articles.find((a) => a.source === "b.md")?.html).toContain("改了");
      second.close();
      // Other options give other results: the cache starts empty.
      const other = PostCache.open(cacheDir, { timeZone: "Asia/Tokyo" });
      expect(build(dir, { cache: other }).reused).toBe(0);
      other.close();
    } finally {
      rmSync(cacheDir, { recursive: true, force: true });
    }
  });
});
