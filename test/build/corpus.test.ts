import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { buildCategoryTree } from "../../src/build/categories.ts";
import { foldCategoryLabel, toCategoryLabel } from "../../src/build/category-label.ts";
import { decodeText } from "../../src/build/decode-text.ts";
import { readFrontMatter } from "../../src/build/front-matter.ts";
import { toPlainText } from "../../src/build/plain-text.ts";
import { readPostMeta } from "../../src/build/post-meta.ts";
import { corpusDir } from "../corpus-dir.ts";

// Real crawled posts (see its README.md), read in place: never copied into the repository.
const corpus = corpusDir();
const timeZone = "Asia/Shanghai";
const now = new Date("2025-01-01T00:00:00Z");

interface Entry {
  path: string;
  title: string;
  date: string;
  categories: string[];
  yamlOk: boolean;
}

const entries: Entry[] = readFileSync(resolve(corpus, "MANIFEST.tsv"), "utf8")
  .trimEnd()
  .split("\n")
  .slice(1)
  .map((line) => {
    const [path, , , , title, date, categories, yamlOk] = line.split("\t") as string[];
    return { path, title, date, categories: categories?.split(" > "), yamlOk: yamlOk === "true" } as Entry;
  });

const posts = entries.map((entry) => {
  const decoded = decodeText(readFileSync(resolve(corpus, entry.path)));
  if (!decoded.ok) throw new Error(`${entry.path}: ${decoded.problem.message}`);
  const frontMatter = readFrontMatter(decoded.text);
  const { meta, problems } = readPostMeta(frontMatter.data, { source: entry.path, timeZone, now });
  return { entry, meta, problems: [...decoded.problems, ...frontMatter.problems, ...problems] };
});

const fold = (labels: string[]) => labels.map((label) => foldCategoryLabel(toCategoryLabel(label)));
const said = (problems: { field: string; message: string }[]) =>
  problems.map((problem) => `${problem.field} ${problem.message.replace(/ \(.*\)/, "")}`);

describe(`the crawled corpus (${corpus})`, () => {
  it("has all 91 posts, every one read", () => {
    expect(posts).toHaveLength(91);
    for (const { meta } of posts) expect(meta.title).not.toBe("");
  });

  it("recovers exactly the 4 posts whose front matter is not YAML, each with one warning", () => {
    const recovered = posts.filter(({ problems }) =>
      problems.some(
        (problem) => problem.field === "front matter" && problem.message.startsWith("is not valid YAML"),
      ),
    );
    expect(recovered.map(({ entry }) => entry.path).sort()).toEqual(
      entries
        .filter((entry) => !entry.yamlOk)
        .map((entry) => entry.path)
        .sort(),
    );
  });

  it("reports nothing else but the two unusable dates", () => {
    const reported = posts.flatMap(({ entry, problems }) =>
      said(problems).map((line) => `${entry.path}: ${line}`),
    );
    expect(reported.filter((line) => !line.includes("front matter is not valid YAML")).sort()).toEqual([
      'jianshu-home/locksupport-offer-ef631ae39a.md: front matter "date" is not a date; the post is dated 1970-01-01',
      'legacy-dlsite/2021-04-18-dlsite-vol1-fbda0c3bf8.md: front matter "date" is before 1990; the post is dated 2021-04-18 from its file name',
    ]);
  });

  it.each(entries.filter((entry) => entry.yamlOk).map((entry) => [entry.path, entry]))(
    "titles %s as MANIFEST does",
    (_, entry) => {
      const post = posts.find((candidate) => candidate.entry === entry);
      expect(post?.meta.title).toBe(toPlainText(entry.title));
    },
  );

  it.each([
    ["legacy-1draw/post-68ae3d9054.md", "kqrqsiの投稿イラスト"],
    ["legacy-agefans/post-71956c1ebe.md", "第10集"],
    ["legacy-agefans/post-74e7af3a52.md", "SP"],
    [
      "legacy-dlsite/2021-04-18-dlsite-vol1-fbda0c3bf8.md",
      "2021年04月18日 割引終了 DLsite専売 アールグレイ・『恋』パックVol.1",
    ],
  ])("titles the recovered %s %j", (path, title) => {
    expect(posts.find(({ entry }) => entry.path === path)?.meta.title).toBe(title);
  });

  it("dates every post as written, zone-less ones in the site's zone", () => {
    for (const { entry, meta } of posts) {
      if (entry.date === "Invalid Date" || entry.date.includes(" 0900 ")) continue;
      const zoned = /^\d{4}-\d{2}-\d{2} /.test(entry.date)
        ? `${entry.date.replace(" ", "T")}+08:00`
        : entry.date;
      expect({ path: entry.path, date: meta.date, dated: meta.dated }).toEqual({
        path: entry.path,
        date: new Date(zoned).toISOString().replace(".000Z", "Z"),
        dated: true,
      });
    }
  });

  it("falls back for Invalid Date and the year 0900", () => {
    const dates = posts
      .filter(({ entry }) => entry.date === "Invalid Date" || entry.date.includes(" 0900 "))
      .map(({ meta }) => [meta.date, meta.dated]);
    expect(dates).toEqual([
      ["1970-01-01T00:00:00Z", false],
      ["2021-04-17T16:00:00Z", true], // 2021-04-18 from the file name, midnight in Shanghai
    ]);
  });

  it("files every post under MANIFEST's categories, after folding", () => {
    for (const { entry, meta } of posts) {
      expect([entry.path, fold(meta.categories)]).toEqual([entry.path, fold(entry.categories)]);
    }
  });

  it("folds `— 番剧` into 番剧 in the category tree", () => {
    const { categories, categoryOf } = buildCategoryTree(posts.map(({ meta }) => meta.categories));
    const acfun = posts.flatMap(({ entry }, index) =>
      entry.path.startsWith("acfun-bangumi/") ? [index] : [],
    );
    const [first, second] = acfun.map((index) => categoryOf[index] as number);
    expect(first).toBe(second);
    expect(categories[first as number]).toMatchObject({ label: "番剧", path: ["二次元", "acfun", "番剧"] });
    expect(
      categories.filter((category) => category.path.length === 1).map((category) => category.label),
    ).toEqual(["二次元", "博客", "图片", "新媒体", "游戏", "社交媒体", "编程", "金融"]);
  });
});
