import { mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { isSameStamp, isSettled, readFileStamp } from "../../src/build/file-stamp.ts";

const dir = mkdtempSync(join(tmpdir(), "edgefeed-stamp-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("readFileStamp", () => {
  it("is the same for an untouched file, and changes on a write of the same size", () => {
    const file = join(dir, "a.md");
    writeFileSync(file, "one");
    const before = readFileStamp(file);
    expect(isSameStamp(readFileStamp(file), before)).toBe(true);
    writeFileSync(file, "two");
    // Times set back to what they were: the change time still tells.
    utimesSync(file, before.mtimeMs / 1000, before.mtimeMs / 1000);
    const after = readFileStamp(file);
    expect(after.size).toBe(before.size);
    expect(isSameStamp(after, before)).toBe(false);
  });

  it("changes when the file is replaced by another", () => {
    const file = join(dir, "b.md");
    writeFileSync(file, "one");
    const before = readFileStamp(file);
    rmSync(file);
    writeFileSync(join(dir, "c.md"), "one"); // so the inode is not reused at once
    writeFileSync(file, "one");
    expect(isSameStamp(readFileStamp(file), before)).toBe(false);
  });
});

describe("isSettled", () => {
  const stamp = { size: 1, mtimeMs: 10_000, ctimeMs: 10_500, ino: 1 };
  it.each([
    [10_500 + 2_001, true],
    [10_500 + 2_000, false],
    [10_600, false],
  ])("at %d ms: %s", (readAt, settled) => {
    expect(isSettled(stamp, readAt)).toBe(settled);
  });
});
