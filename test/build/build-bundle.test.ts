import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { type ArticleFields, writeArticleText } from "../../src/build/article-text.ts";
import {
  assembleBundle,
  type BundleParts,
  parseBundle,
  serializeBundle,
} from "../../src/build/build-bundle.ts";
import { joinBytePieces } from "../../src/build/byte-pieces.ts";
import type { Bundle } from "../../src/model.ts";

const dir = mkdtempSync(join(tmpdir(), "edgefeed-bundle-test-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Evaluates a serialized bundle the way the worker gets it: as an ES module. */
async function load(text: string, name: string): Promise<unknown> {
  const path = join(dir, `${name}.mjs`);
  writeFileSync(path, text);
  return (await import(pathToFileURL(path).href)).default;
}

const AWKWARD = `it's a "quote", a \\ backslash, \\' both, \\u2028 as text, line\nbreaks\r\n, \u2028 and \u2029, </script>, 😀, \u0001`;

function fields(html: string): ArticleFields {
  return {
    title: AWKWARD,
    author: "",
    date: "2021-08-20T06:36:14Z",
    dated: true,
    summary: AWKWARD,
    image: null,
    html,
    source: "a/b.md",
  };
}

function parts(html = `<p class="x">${AWKWARD}</p>`): BundleParts {
  return {
    articles: [
      { text: writeArticleText(fields(html)), id: "abc", category: 0 },
      { text: writeArticleText(fields("<p>正文</p>")), id: "def", category: 0 },
    ],
    categories: [{ label: "", path: [], parent: -1, children: [], articles: [0, 1] }],
    images: new Map([["k.jpg", "https://example.com/a.jpg?x='1'"]]),
    allowLoopbackImages: false,
  };
}

const moduleText = (p: BundleParts) => joinBytePieces(assembleBundle(p).module).toString();

describe("assembleBundle", () => {
  it("gives a module whose default export is the bundle, whatever its strings hold", async () => {
    const text = assembleBundle(parts());
    const bundle = parseBundle(text);
    expect(bundle.articles[0]).toEqual({ ...fields(`<p class="x">${AWKWARD}</p>`), id: "abc", category: 0 });
    expect(bundle.version).toBe(text.version);
    expect(await load(joinBytePieces(text.module).toString(), "built")).toEqual(bundle);
  });

  it("is deterministic, and any change to an article gives another version", () => {
    expect(moduleText(parts())).toBe(moduleText(parts()));
    expect(assembleBundle(parts("<p>x</p>")).version).not.toBe(assembleBundle(parts()).version);
    const moved = parts();
    moved.articles.reverse();
    expect(assembleBundle(moved).version).not.toBe(assembleBundle(parts()).version);
  });

  it("holds no raw line terminator, so the string literal stays on one line", () => {
    expect(moduleText(parts()).slice(0, -1)).not.toMatch(/[\n\r\u2028\u2029]/);
  });
});

describe("serializeBundle", () => {
  it("writes the module's bytes for a parsed bundle and for a plain copy of it", async () => {
    const text = moduleText(parts());
    const bundle = parseBundle(assembleBundle(parts()));
    const copy = JSON.parse(JSON.stringify(bundle)) as Bundle;
    expect(serializeBundle(bundle)).toBe(text);
    expect(serializeBundle(copy)).toBe(text);
    expect(await load(serializeBundle(copy), "copy")).toEqual(bundle);
  });
});
