import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../corpus-dir.ts";
import { crawledPost, writeFiles } from "./content-files.ts";

const work = mkdtempSync(join(tmpdir(), "edgefeed-cli-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Runs `npm run build` as a user would, with CONTENT_DIR and extra arguments. */
function runBuild(contentDir: string, args: string[] = []) {
  const result = spawnSync("npx", ["tsx", "src/build/cli.ts", "--out", join(work, "out"), ...args], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, CONTENT_DIR: contentDir, CI: "true" },
    encoding: "utf8",
  });
  return { status: result.status, stderr: result.stderr, lines: result.stderr.trimEnd().split("\n") };
}

/** A content folder under the test's temporary directory. */
function folder(name: string, files: Record<string, string>): string {
  const dir = join(work, name);
  writeFiles(dir, files);
  return dir;
}

const good = crawledPost({ title: "好文章", date: "Fri, 20 Aug 2021 06:36:14 GMT" });
const undated = good.replace("Fri, 20 Aug 2021 06:36:14 GMT", "Invalid Date");

describe("npm run build", () => {
  const clean = folder("clean", { "a.md": good });
  const warned = folder("warned", { "a.md": good, "b.md": undated, "empty.md": "" });

  it("ends with the summary line and exits 0", () => {
    const { status, lines } = runBuild(clean);
    expect(status).toBe(0);
    expect(lines.at(-1)).toBe("built 1 articles in 1 categories from 1 files: 0 warnings, 0 skipped");
  });

  it("prints one line per problem naming file, field and value, then the counts", () => {
    const { status, lines } = runBuild(warned);
    expect(status).toBe(0);
    expect(lines).toContain(
      `build: ${join(warned, "b.md")}: front matter "date" is not a date ("Invalid Date"); the post is dated 1970-01-01 (no usable date)`,
    );
    expect(lines.some((l) => l.startsWith(`build: ${join(warned, "empty.md")}: file is empty`))).toBe(true);
    expect(lines.at(-1)).toBe("built 2 articles in 1 categories from 3 files: 1 warnings, 1 skipped");
  });

  it("fails with --strict when there is any problem, and only then", () => {
    expect(runBuild(warned, ["--strict"]).status).toBe(1);
    expect(runBuild(clean, ["--strict"]).status).toBe(0);
  });

  it("writes byte-identical bundles for the same content", () => {
    runBuild(warned);
    const first = readFileSync(join(work, "out", "bundle.js"));
    rmSync(join(work, "out"), { recursive: true });
    runBuild(warned);
    expect(readFileSync(join(work, "out", "bundle.js")).equals(first)).toBe(true);
  });

  it("writes after a change, with its cache, the bytes a full build writes", () => {
    const dir = folder("edited", { "a.md": good, "b.md": undated, "c.md": good.replace("好文章", "另一篇") });
    const out = join(work, "out");
    rmSync(out, { recursive: true, force: true });
    runBuild(dir);
    writeFileSync(join(dir, "c.md"), good.replace("正文", "改过的正文"));
    rmSync(join(dir, "b.md"));
    expect(runBuild(dir).lines.at(-1)).toBe(
      "built 2 articles in 1 categories from 2 files: 0 warnings, 0 skipped",
    );
    const rebuilt = readFileSync(join(out, "bundle.js"));
    expect(rebuilt.toString()).toContain("改过的正文");
    rmSync(out, { recursive: true });
    runBuild(dir);
    expect(readFileSync(join(out, "bundle.js")).equals(rebuilt)).toBe(true);
  });

  it("says so when the content folder does not exist", () => {
    const { status, stderr } = runBuild(join(work, "nowhere"));
    expect(status).toBe(2);
    expect(stderr).toContain(`content folder ${join(work, "nowhere")} does not exist`);
  });
});
