import { describe, expect, it } from "vitest";
import { MAX_FRONT_MATTER_CHARS, readFrontMatter } from "../../src/build/front-matter.ts";
import { readPostMeta } from "../../src/build/post-meta.ts";

const context = { source: "evil/post.md", timeZone: "UTC", now: new Date("2024-01-01T00:00:00Z") };

/** "Billion laughs": 9 levels of 9 aliases, 9^9 (387 million) strings if expanded. */
function aliasBomb(): string {
  const lines = ["l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]"];
  for (let level = 1; level <= 9; level += 1) {
    lines.push(
      `l${level}: &l${level} [${Array(9)
        .fill(`*l${level - 1}`)
        .join(", ")}]`,
    );
  }
  return lines.join("\n");
}

/** Reads a post through front matter and metadata, and how long that took. */
function readTimed(text: string) {
  const started = performance.now();
  const frontMatter = readFrontMatter(text);
  const meta = readPostMeta(frontMatter.data, context);
  return { frontMatter, meta, ms: performance.now() - started };
}

describe("hostile front matter", () => {
  it.each([
    ["as the title", "title: *l9"],
    ["as categories", "categories: *l9"],
    ["as an image", "headimg: *l9"],
    ["as the date", "date: *l9"],
    ["as excerpt_separator, which gray-matter would stringify", "excerpt_separator: *l9"],
    ["in a merge key", "<<: *l9"],
  ])("reads an alias bomb used %s in well under a second", (_, use) => {
    const { frontMatter, meta, ms } = readTimed(`---\n${aliasBomb()}\n${use}\n---\nbody`);
    expect(ms).toBeLessThan(250);
    expect(frontMatter.body).toBe("body");
    expect(meta.meta.title).toBe("post");
    // Valid YAML, so parsed, not recovered: the aliases were resolved, just never expanded.
    expect(frontMatter.problems).toEqual([]);
  });

  it("reports the fields an alias bomb fills with the kind of value, not its text", () => {
    const { meta } = readTimed(`---\n${aliasBomb()}\ntitle: *l9\ncategories: [*l9]\nthumbnail: *l9\n---\n`);
    expect(meta.problems).toEqual([
      {
        field: 'front matter "title"',
        value: "",
        message: 'is a list, not text; the post is titled "post" from its file name',
      },
      {
        field: 'front matter "categories"',
        value: "",
        message: "has an item that is a list (item 1); the post has no category",
      },
      {
        field: 'front matter "date"',
        value: "",
        message: "is missing; the post is dated 1970-01-01 (no usable date)",
      },
      { field: 'front matter "thumbnail"', value: "", message: "is a list, not a URL; it is ignored" },
    ]);
  });

  it.each([
    ["flow sequences", `title: ${"[".repeat(4000)}${"]".repeat(4000)}`],
    ["flow mappings", `title: ${"{a: ".repeat(1500)}b${"}".repeat(1500)}`],
    ["block sequences", `title:\n${"- ".repeat(4000)}x`],
  ])("reads thousands of nested %s within 8 KiB without overflowing the stack", (_, yaml) => {
    const { frontMatter, meta, ms } = readTimed(`---\n${yaml}\n---\nbody`);
    expect(ms).toBeLessThan(1000);
    expect(frontMatter.body).toBe("body");
    // Too deep for js-yaml's recursion: recovered line by line. Parsed: a title that is not text.
    const said = [...frontMatter.problems, ...meta.problems].map(
      (problem) => `${problem.field} ${problem.message}`,
    );
    expect(said).toContainEqual(
      expect.stringMatching(
        /^front matter is not valid YAML \(nested too deeply\)|^front matter "title" is a mapping/,
      ),
    );
  });

  it.each([
    ["one huge title", `title: ${"长".repeat(2_000_000)}`],
    ["a million blank lines", `${"\n".repeat(1_000_000)}title: late`],
    ["a million keys", Array.from({ length: 1_000_000 }, (_, i) => `k${i}: v`).join("\n")],
  ])("reads only the first 8 KiB of front matter with %s, fast", (_, yaml) => {
    const { frontMatter, meta, ms } = readTimed(`\n---\ntitle: Early\n${yaml}\n---\nbody`);
    expect(ms).toBeLessThan(1000);
    expect(frontMatter.body).toBe("body");
    expect(meta.meta.title).toBe("Early");
    expect(frontMatter.problems).toEqual([
      {
        field: "front matter",
        value: "",
        message: expect.stringMatching(
          /^is larger than 8 KiB \(\d+ characters\); the known keys in its first 8 KiB/,
        ),
      },
    ]);
  });

  it("parses 8 KiB of blank lines (gray-matter's slowest case) quickly", () => {
    const { frontMatter, ms } = readTimed(`---\n${"\n".repeat(MAX_FRONT_MATTER_CHARS - 20)}title: x\n---\n`);
    expect(frontMatter.data).toEqual({ title: "x" });
    expect(ms).toBeLessThan(1000);
  });

  it.each([
    ["!!js/function", 'title: !!js/function "function () { globalThis.pwned = true; }"'],
    ["!!js/regexp", "title: !!js/regexp /x/"],
    ["!!js/undefined", "title: !!js/undefined ''"],
    ["!!binary", "title: !!binary aGVsbG8="],
    ["!!python/object", "title: !!python/object:os.system [rm -rf /]"],
  ])("constructs no %s value", (_, yaml) => {
    const { frontMatter } = readTimed(`---\n${yaml}\n---\n`);
    expect(typeof frontMatter.data.title).toBe("string");
    expect(frontMatter.problems[0]?.message).toMatch(/^is not valid YAML at line 2 \(unknown tag/);
    expect("pwned" in globalThis).toBe(false);
  });

  it("never evaluates JavaScript front matter", () => {
    const { frontMatter } = readTimed("---javascript\n{ title: (globalThis.pwned = 'yes') }\n---\n");
    expect(frontMatter.data).toEqual({});
    expect("pwned" in globalThis).toBe(false);
  });

  it.each([
    ["__proto__", "__proto__: {polluted: yes}\ntitle: T"],
    ["constructor and prototype", "constructor: {prototype: {polluted: yes}}\ntitle: T"],
  ])("keeps a %s key as data, polluting nothing", (_, yaml) => {
    const { frontMatter, meta } = readTimed(`---\n${yaml}\n---\n`);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(meta.meta.title).toBe("T");
    expect(meta.problems.filter((problem) => problem.field !== 'front matter "date"')).toEqual([]);
    expect(frontMatter.problems).toEqual([]);
  });

  it("does not read keys inherited from Object.prototype as front matter", () => {
    expect(readPostMeta({}, context).meta.title).toBe("post");
  });
});
