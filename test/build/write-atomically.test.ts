import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { TextStore } from "../../src/build/text-store.ts";
import { replaceFile, writeAtomically } from "../../src/build/write-atomically.ts";

const dir = mkdtempSync(join(tmpdir(), "edgefeed-write-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const bytes = (text: string) => Buffer.from(text);

describe("writeAtomically", () => {
  it("writes the pieces in order, over any earlier file", () => {
    const path = join(dir, "sub", "a.txt");
    writeAtomically(path, [bytes("one "), bytes("two")]);
    writeAtomically(path, [bytes("三"), bytes("")]);
    expect(readFileSync(path, "utf8")).toBe("三");
  });
});

describe("replaceFile", () => {
  it("gives each write's bytes exactly, shorter or longer, and keeps the file before as the spare", () => {
    const path = join(dir, "bundle.js");
    const spare = join(dir, "cache", "bundle.spare.js");
    for (const text of ["a long first text", "short", "a longer third text than the rest", "x"]) {
      const before = existsSync(path) ? readFileSync(path, "utf8") : null;
      replaceFile(path, spare, [bytes(text)]);
      expect(readFileSync(path, "utf8")).toBe(text);
      if (before !== null) expect(readFileSync(spare, "utf8")).toBe(before);
    }
  });
});

describe("TextStore", () => {
  it("reads back appended texts by range, and refuses another store's token", () => {
    const path = join(dir, "store.bin");
    const { token, places } = TextStore.write(path, [bytes("abc")]);
    expect(places).toEqual([[16, 3]]);
    const store = TextStore.open(path, token) as TextStore;
    expect(store.size).toBe(19);
    store.append([bytes("de")]);
    expect(store.range(16, 5)).toMatchObject({ at: 16, length: 5 });
    expect(store.range(16, 6)).toBeNull();
    expect(readFileSync(path).subarray(16).toString()).toBe("abcde");
    store.close();
    expect(TextStore.open(path, Buffer.alloc(16, 8).toString("hex"))).toBeNull();
    writeFileSync(path, "short");
    expect(TextStore.open(path, token)).toBeNull();
    expect(statSync(path).size).toBe(5);
  });
});
