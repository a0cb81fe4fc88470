import {
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  truncateSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { buildSite } from "../../src/build/build-site.ts";
import { joinBytePieces } from "../../src/build/byte-pieces.ts";
import { PostCache } from "../../src/build/post-cache.ts";
import { writeFiles } from "./content-files.ts";

const NOW = new Date("2026-01-01T00:00:00Z");
/** Files the tests have just written count as settled (see `isSettled`) from this time on. */
const LATER = () => Date.now() + 60_000;

let root: string;
let content: string;
let cacheDir: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), "edgefeed-post-cache-"));
  content = join(root, "content");
  cacheDir = join(root, "cache");
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const post = (title: string, body = "<p>正文。</p>", date = "2021-05-16 04:16:04") =>
  `---\ntitle: '${title}'\ncategories:\n - 金融\nauthor: 某社\ndate: ${date}\n---\n\n${body}\n<img src="https://example.com/${encodeURIComponent(title)}.jpg">\n`;

function write(files: Record<string, string>): void {
  writeFiles(content, files);
}

/** A build as the CLI runs it: open the cache, build, save, close. Returns bundle.js's text. */
function rebuild(options: { settings?: unknown; now?: Date; openedAt?: number } = {}) {
  const cache = PostCache.open(
    cacheDir,
    { settings: options.settings ?? "UTC" },
    options.openedAt ?? LATER(),
  );
  const result = buildSite({
    contentDir: content,
    timeZone: "UTC",
    allowLoopbackImages: false,
    now: options.now ?? NOW,
    cache,
  });
  const module = joinBytePieces(result.text.module).toString();
  cache.save(result.order);
  cache.close();
  return { module, reused: result.reused, files: result.files, problems: result.problems.length };
}

/** A build from scratch, without a cache. */
function fullBuild(now = NOW): string {
  const result = buildSite({ contentDir: content, timeZone: "UTC", allowLoopbackImages: false, now });
  return joinBytePieces(result.text.module).toString();
}

const POSTS = {
  "a.md": post("甲"),
  "b/b.md": post("乙"),
  "c.md": post("丙", "<p>三</p>", "2021-05-17 00:00:00"),
};

describe("PostCache", () => {
  it("reuses every unchanged post, and a rebuild writes a full build's bytes", () => {
    write(POSTS);
    expect(rebuild().reused).toBe(0);
    const again = rebuild();
    expect(again.reused).toBe(3);
    expect(again.module).toBe(fullBuild());
  });

  it("reads a changed post again, byte-identical to a full build, many times over", () => {
    write(POSTS);
    rebuild();
    for (let round = 0; round < 5; round++) {
      writeFileSync(join(content, "b/b.md"), post("乙", `<p>第 ${round} 次改动。</p>`));
      const result = rebuild();
      expect(result.reused).toBe(2);
      expect(result.module).toContain(`第 ${round} 次改动`);
      expect(result.module).toBe(fullBuild());
    }
  });

  it("sees a change of the same size even when the modification time is set back", () => {
    write(POSTS);
    rebuild();
    const file = join(content, "a.md");
    const { atime, mtime, size } = statSync(file);
    writeFileSync(file, readFileSync(file, "utf8").replace("正文", "原文"));
    utimesSync(file, atime, mtime); // the change time still moves: it cannot be set
    expect(statSync(file).size).toBe(size);
    const result = rebuild();
    expect(result.reused).toBe(2);
    expect(result.module).toContain("原文");
    expect(result.module).toBe(fullBuild());
  });

  it("reuses a touched but unchanged post", () => {
    write(POSTS);
    rebuild();
    const later = new Date(Date.now() + 5_000);
    utimesSync(join(content, "a.md"), later, later);
    const result = rebuild();
    expect(result.reused).toBe(3);
    expect(result.module).toBe(fullBuild());
  });

  it("drops deleted posts and takes in new ones", () => {
    write(POSTS);
    rebuild();
    rmSync(join(content, "b/b.md"));
    const removed = rebuild();
    expect(removed.files).toBe(2);
    expect(removed.module).not.toContain("b/b.md");
    expect(removed.module).toBe(fullBuild());
    write({ "d.md": post("丁"), "b/b.md": post("乙") });
    const added = rebuild();
    expect(added.reused).toBe(2);
    expect(added.module).toBe(fullBuild());
  });

  it("keeps skipped files skipped, and reads them again once fixed", () => {
    write({ ...POSTS, "empty.md": "" });
    rebuild();
    const kept = rebuild();
    expect(kept.reused).toBe(4);
    expect(kept.problems).toBe(1);
    write({ "empty.md": post("戊") });
    const fixed = rebuild();
    expect(fixed.reused).toBe(3);
    expect(fixed.module).toBe(fullBuild());
  });

  it("writes a journal of the changes and leaves the index as it was", () => {
    write(POSTS);
    rebuild();
    const index = readFileSync(join(cacheDir, "posts.json"));
    writeFileSync(join(content, "a.md"), post("甲", "<p>一改</p>"));
    rmSync(join(content, "c.md"));
    expect(rebuild().module).toBe(fullBuild());
    writeFileSync(join(content, "b/b.md"), post("乙", "<p>二改</p>"));
    const result = rebuild();
    expect(result.reused).toBe(1);
    expect(result.module).toBe(fullBuild());
    expect(readFileSync(join(cacheDir, "posts.json")).equals(index)).toBe(true);
    const journal = JSON.parse(readFileSync(join(cacheDir, "posts.journal.json"), "utf8"));
    expect(journal.sources.sort()).toEqual(["a.md", "b/b.md"]);
    expect(journal.removed).toEqual(["c.md"]);
    write({ "c.md": POSTS["c.md"] });
    const back = rebuild();
    expect(back.reused).toBe(2);
    expect(back.module).toBe(fullBuild());
  });

  it.each([
    ["a damaged journal", () => writeFileSync(join(cacheDir, "posts.journal.json"), "{")],
    ["a missing journal", () => rmSync(join(cacheDir, "posts.journal.json"))],
    [
      "a journal of another store",
      () => {
        const path = join(cacheDir, "posts.journal.json");
        writeFileSync(path, JSON.stringify({ ...JSON.parse(readFileSync(path, "utf8")), token: "00" }));
      },
    ],
  ])("still writes a full build's bytes with %s", (_, damage) => {
    write(POSTS);
    rebuild();
    writeFileSync(join(content, "a.md"), post("甲", "<p>一改</p>"));
    rebuild();
    damage();
    const result = rebuild();
    expect(result.reused).toBe(2); // a.md's entry in the index no longer fits the file
    expect(result.module).toBe(fullBuild());
    expect(rebuild().reused).toBe(3);
  });

  it("starts over when the settings change", () => {
    write(POSTS);
    rebuild({ settings: "UTC" });
    expect(rebuild({ settings: "Asia/Tokyo" }).reused).toBe(0);
    expect(rebuild({ settings: "Asia/Tokyo" }).reused).toBe(3);
  });

  it("starts over when the index was written by other code", () => {
    write(POSTS);
    rebuild();
    const path = join(cacheDir, "posts.json");
    const index = JSON.parse(readFileSync(path, "utf8")) as { version: string };
    writeFileSync(path, JSON.stringify({ ...index, version: "0".repeat(64) }));
    expect(rebuild().reused).toBe(0);
  });

  it.each([
    ["an index that is not JSON", () => writeFileSync(join(cacheDir, "posts.json"), "{not json")],
    ["an index of another shape", () => writeFileSync(join(cacheDir, "posts.json"), "null")],
    ["a missing index", () => rmSync(join(cacheDir, "posts.json"))],
    ["a missing store", () => rmSync(join(cacheDir, "articles.bin"))],
    ["a truncated store", () => truncateSync(join(cacheDir, "articles.bin"), 100)],
    ["a store of another build", () => writeFileSync(join(cacheDir, "articles.bin"), "x".repeat(100_000))],
    [
      "an index with a column cut short",
      () => {
        const path = join(cacheDir, "posts.json");
        const index = JSON.parse(readFileSync(path, "utf8")) as { dates: string[] };
        writeFileSync(path, JSON.stringify({ ...index, dates: index.dates.slice(1) }));
      },
    ],
  ])("falls back to a full build on %s", (_, damage) => {
    write(POSTS);
    rebuild();
    damage();
    const result = rebuild();
    expect(result.reused).toBe(0);
    expect(result.module).toBe(fullBuild());
    expect(rebuild().reused).toBe(3);
  });

  it("publishes a post dated in the future once its date has come", () => {
    write({ ...POSTS, "future.md": post("未来", "<p>未来。</p>", "2026-06-01 00:00:00") });
    const before = rebuild({ now: NOW });
    expect(before.module).toBe(fullBuild(NOW));
    const later = new Date("2026-07-01T00:00:00Z");
    const after = rebuild({ now: later });
    expect(after.reused).toBe(3);
    expect(after.module).toBe(fullBuild(later));
    expect(after.module).not.toBe(before.module);
  });

  it("reads again a file written within the clock's slack of the build, whose stamp proves nothing", () => {
    write(POSTS);
    rebuild({ openedAt: Date.now() }); // just written: no stamp is kept, each file is hashed next time
    expect(rebuild().reused).toBe(3);
    expect(rebuild().module).toBe(fullBuild());
  });

  it("rewrites a store grown mostly dead, and still gives a full build's bytes", () => {
    write(POSTS);
    rebuild();
    for (let round = 0; round < 30; round++) {
      write({ "a.md": post("甲", `<p>${"长".repeat(20_000)}${round}</p>`) });
      expect(rebuild().module).toBe(fullBuild());
    }
    expect(statSync(join(cacheDir, "articles.bin")).size).toBeLessThan(10 * 60_000 + 2 ** 20 * 1.5);
  });
});
